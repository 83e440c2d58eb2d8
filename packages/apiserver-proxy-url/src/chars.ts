// The characters the scanners compare against, by name (`s.charCodeAt(i) === SLASH`, not `=== 47`).

export const TAB = 9;
export const LF = 10;
export const CR = 13;
export const SPACE = 32;
export const DOUBLE_QUOTE = 34;
export const HASH = 35;
export const DOLLAR = 36;
export const PERCENT = 37;
export const AMPERSAND = 38;
export const SINGLE_QUOTE = 39;
export const PLUS = 43;
export const MINUS = 45;
export const DOT = 46;
export const SLASH = 47;
export const DIGIT_0 = 48;
export const DIGIT_9 = 57;
export const COLON = 58;
export const EQUALS = 61;
export const QUESTION_MARK = 63;
export const AT_SIGN = 64;
export const OPEN_BRACKET = 91;
export const BACKSLASH = 92;
export const CLOSE_BRACKET = 93;
export const UNDERSCORE = 95;
export const LOWER_A = 97;
export const LOWER_N = 110;
export const LOWER_P = 112;
export const LOWER_S = 115;
export const LOWER_Z = 122;
export const TILDE = 126;
export const DELETE = 127;

// The rest the other scanners need (placeholders, the docs finder, origins, percent-encoding).
export const ESC = 27;
export const EXCLAMATION_MARK = 33;
export const OPEN_PAREN = 40;
export const CLOSE_PAREN = 41;
export const ASTERISK = 42;
export const SEMICOLON = 59;
export const LESS_THAN = 60;
export const GREATER_THAN = 62;
export const UPPER_A = 65;
export const UPPER_Z = 90;
export const CARET = 94;
export const BACKTICK = 96;
export const LOWER_D = 100;
export const LOWER_F = 102;
export const LOWER_Q = 113;
export const LOWER_R = 114;
export const LOWER_V = 118;
export const OPEN_BRACE = 123;
export const FIRST_NON_ASCII = 128;
export const LAST_C1_CONTROL = 159;
export const ELLIPSIS = 8230;
/** The bit that tells an ASCII letter's cases apart: `(c | CASE_BIT)` is its lower case. */
export const CASE_BIT = 32;
