// Placeholders in URL templates (docs, charts, code): `<service-name>`, `{{ .Release.Namespace }}`,
// `${ns}`, `$NS`, `%s`, `[:port]`, `SERVICE_NAME`, `…`. Each is an unknown value: the parser reads it
// as one opaque piece of text, so its dots, colons, slashes and spaces are not structure, and no rule
// on values (names, ports, escapes) applies to it.
import {
  AT_SIGN,
  BACKTICK,
  CASE_BIT,
  CLOSE_PAREN,
  CR,
  DIGIT_0,
  DIGIT_9,
  DOLLAR,
  DOT,
  DOUBLE_QUOTE,
  ELLIPSIS,
  FIRST_NON_ASCII,
  LESS_THAN,
  LF,
  LOWER_A,
  LOWER_D,
  LOWER_F,
  LOWER_Q,
  LOWER_S,
  LOWER_V,
  LOWER_Z,
  OPEN_BRACE,
  OPEN_BRACKET,
  OPEN_PAREN,
  PERCENT,
  SINGLE_QUOTE,
  SLASH,
  SPACE,
  UNDERSCORE,
  UPPER_A,
  UPPER_Z,
} from './chars.js';
import type { Span } from './types.js';

const isUpper = (c: number): boolean => c >= UPPER_A && c <= UPPER_Z;
const isLower = (c: number): boolean => c >= LOWER_A && c <= LOWER_Z;
const isDigit = (c: number): boolean => c >= DIGIT_0 && c <= DIGIT_9;
const isWordChar = (c: number): boolean =>
  isUpper(c) || isLower(c) || isDigit(c) || c === UNDERSCORE;
const isHex = (c: number): boolean =>
  isDigit(c) || ((c | CASE_BIT) >= LOWER_A && (c | CASE_BIT) <= LOWER_F);

/**
 * The end of the group opened at `i` (`open` is its length) and closed by `close`, or -1. The
 * group is not empty and holds no newline, no `open` again (so each scan stops at the next group:
 * linear) and, unless `spaces`, no space, quote or backtick.
 */
export function groupEnd(
  s: string,
  i: number,
  end: number,
  open: string,
  close: string,
  spaces = true,
): number {
  for (let j = i + open.length; j < end; j++) {
    if (s.startsWith(close, j)) return j > i + open.length ? j + close.length : -1;
    const c = s.charCodeAt(j);
    if (c === LF || c === CR || s.startsWith(open, j)) return -1;
    if (!spaces && (c <= SPACE || c === DOUBLE_QUOTE || c === SINGLE_QUOTE || c === BACKTICK))
      return -1;
  }
  return -1;
}

/** The end of `$( … )` opened at `i`, with nested parentheses but no other `$(`, or -1. */
export function commandEnd(s: string, i: number, end: number): number {
  let depth = 0;
  for (let j = i + 1; j < end; j++) {
    const c = s.charCodeAt(j);
    if (c === OPEN_PAREN) {
      if (s.charCodeAt(j - 1) === DOLLAR && j > i + 1) return -1;
      depth++;
    } else if (c === CLOSE_PAREN && --depth === 0) {
      return j + 1;
    } else if (c === LF || c === CR) {
      return -1;
    }
  }
  return -1;
}

/** Whether `s[from, to)` is a word written as a placeholder: ALL_CAPS, snake_case or `XXXXX`. */
function isPlaceholderWord(s: string, from: number, to: number): boolean {
  if (to - from < 2) return false;
  const first = s.charCodeAt(from);
  if (isUpper(first)) {
    for (let i = from + 1; i < to; i++) {
      const c = s.charCodeAt(i);
      if (!isUpper(c) && !isDigit(c) && c !== UNDERSCORE) return false;
    }
    return true;
  }
  if (!isLower(first)) return false;
  // snake_case: lower-case words joined by single underscores (no Kubernetes name has '_').
  let underscores = 0;
  for (let i = from + 1; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === UNDERSCORE) {
      if (s.charCodeAt(i - 1) === UNDERSCORE || i === to - 1) return false;
      underscores++;
    } else if (!isLower(c) && !isDigit(c)) {
      return false;
    }
  }
  return underscores > 0;
}

/**
 * The end of the placeholder (other than a word) that starts at `i` in `s[…, end)`, or -1 when none
 * starts there.
 */
function placeholderEnd(s: string, i: number, end: number): number {
  const c = s.charCodeAt(i);
  const next = s.charCodeAt(i + 1);
  switch (c) {
    case LESS_THAN: // <name>
      return groupEnd(s, i, end, '<', '>');
    case OPEN_BRACE: // {{ … }}, {name}
      return next === OPEN_BRACE ? groupEnd(s, i, end, '{{', '}}') : groupEnd(s, i, end, '{', '}');
    case OPEN_BRACKET: {
      // [https:], [:port] — but not an IPv6 host, `//[::1]` or `@[::1]`.
      const before = s.charCodeAt(i - 1);
      if (before === AT_SIGN || (before === SLASH && s.charCodeAt(i - 2) === SLASH)) return -1;
      return groupEnd(s, i, end, '[', ']');
    }
    case DOLLAR: // ${x}, $(cmd), $NAME, $1
      if (next === OPEN_BRACE) return groupEnd(s, i, end, '${', '}');
      if (next === OPEN_PAREN) return commandEnd(s, i, end);
      if (isWordChar(next)) {
        let j = i + 2;
        while (j < end && isWordChar(s.charCodeAt(j))) j++;
        return j;
      }
      return -1;
    case PERCENT: // %s, %d, %v, %q (Go and C formats), never a valid escape such as %dA
      if (next === LOWER_S || next === LOWER_V || next === LOWER_Q) return i + 2;
      return next === LOWER_D && !isHex(s.charCodeAt(i + 2)) ? i + 2 : -1;
    case ELLIPSIS: // …
      return i + 1;
    case DOT: {
      // ... (three dots or more)
      let j = i;
      while (j < end && s.charCodeAt(j) === DOT) j++;
      return j - i >= 3 ? j : -1;
    }
    default:
      return -1;
  }
}

/**
 * The placeholders in `s`, in order, not overlapping. A word is a placeholder only whole, and never
 * the URL's scheme (`HTTP://`) or the hex digits of an escape (`%3A`).
 *
 * @example
 * findPlaceholders('/api/v1/namespaces/$NS/services/<svc>:%d/proxy/') // [[19, 22], [32, 37], [38, 40]]
 */
export function findPlaceholders(s: string): Span[] {
  const spans: Span[] = [];
  const end = s.length;
  let i = 0;
  while (i < end) {
    const c = s.charCodeAt(i);
    if (isWordChar(c)) {
      let j = i + 1;
      while (j < end && isWordChar(s.charCodeAt(j))) j++;
      const escaped = s.charCodeAt(i - 1) === PERCENT;
      const scheme = s.startsWith('://', j);
      if (!escaped && !scheme && isPlaceholderWord(s, i, j)) spans.push([i, j]);
      i = j;
      continue;
    }
    const to = placeholderEnd(s, i, end);
    if (to > i) {
      spans.push([i, to]);
      i = to;
    } else {
      i++;
    }
  }
  return spans;
}

// The parser reads a placeholder as opaque text: each ASCII character in it becomes a private-use
// character (U+E000 + code), which no rule treats as structure, and every text the parser returns
// is mapped back. Same length, so every offset still points into the input.
const MASK = 0xe000;

/** The UTF-16 code units as a string, a chunk at a time (an argument list has a limit). */
function fromCodes(codes: Uint16Array): string {
  let out = '';
  for (let i = 0; i < codes.length; i += 8192) {
    out += String.fromCharCode.apply(null, codes.subarray(i, i + 8192) as unknown as number[]);
  }
  return out;
}

/** Whether a character is a masked placeholder's. */
export const isMasked = (c: number): boolean => c >= MASK && c < MASK + 128;

/** `s` with the ASCII characters inside `spans` masked, or `undefined` when it cannot be masked. */
export function maskPlaceholders(s: string, spans: Span[]): string | undefined {
  const codes = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Input that already holds the mask's characters could not be told apart: not masked.
    if (isMasked(c)) return undefined;
    codes[i] = c;
  }
  for (const [from, to] of spans) {
    for (let i = from; i < to; i++) {
      const c = codes[i] as number;
      if (c < FIRST_NON_ASCII) codes[i] = c + MASK;
    }
  }
  return fromCodes(codes);
}

/** A text the parser built from masked input, with the placeholders as written. */
export function unmask(text: string): string {
  let i = 0;
  while (i < text.length && !isMasked(text.charCodeAt(i))) i++;
  if (i === text.length) return text;
  const codes = new Uint16Array(text.length);
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    codes[j] = isMasked(c) ? c - MASK : c;
  }
  return fromCodes(codes);
}
