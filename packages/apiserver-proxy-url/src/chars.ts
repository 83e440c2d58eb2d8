// The characters the scanners compare against, by name (`s.charCodeAt(i) === SLASH`, not `=== 47`).

export const SPACE = 32;
export const HASH = 35;
export const PERCENT = 37;
export const AMPERSAND = 38;
export const MINUS = 45;
export const DOT = 46;
export const SLASH = 47;
export const DIGIT_9 = 57;
export const COLON = 58;
export const EQUALS = 61;
export const QUESTION_MARK = 63;
export const OPEN_BRACKET = 91;
export const BACKSLASH = 92;
export const UNDERSCORE = 95;
export const LOWER_A = 97;
export const LOWER_P = 112;
export const LOWER_S = 115;
export const LOWER_Z = 122;
export const TILDE = 126;
export const DELETE = 127;
