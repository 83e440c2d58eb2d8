// Percent-encoding, the way Go's net/url and the WHATWG URL standard treat it.
import {
  AMPERSAND,
  AT_SIGN,
  CASE_BIT,
  DIGIT_0,
  DIGIT_9,
  DOLLAR,
  EQUALS,
  EXCLAMATION_MARK,
  FIRST_NON_ASCII,
  LOWER_A,
  LOWER_F,
  LOWER_Z,
  PERCENT,
  QUESTION_MARK,
  SEMICOLON,
  SLASH,
  TILDE,
  UNDERSCORE,
  UPPER_Z,
} from './chars.js';

const isHex = (c: number): boolean =>
  (c >= DIGIT_0 && c <= DIGIT_9) || ((c | CASE_BIT) >= LOWER_A && (c | CASE_BIT) <= LOWER_F);

/** Whether `s[i]` starts a valid `%XX` escape. */
export const isEscapeAt = (s: string, i: number): boolean =>
  s.charCodeAt(i) === PERCENT && isHex(s.charCodeAt(i + 1)) && isHex(s.charCodeAt(i + 2));

/** The first `%` in `s[start, end)` that does not start a valid escape (what Go answers 400 to), or -1. */
export function findBadEscape(s: string, start: number, end: number): number {
  for (let i = s.indexOf('%', start); i >= 0 && i < end; i = s.indexOf('%', i + 1)) {
    if (i + 2 >= end || !isEscapeAt(s, i)) return i;
  }
  return -1;
}

/** Whether `s[i, i + 3)` is the escape `%` + `hex` (the two hex digits given upper case). */
export const isEscapeOf = (s: string, i: number, hex: string): boolean =>
  s.charCodeAt(i) === PERCENT &&
  s.charCodeAt(i + 1) === hex.charCodeAt(0) &&
  (s.charCodeAt(i + 2) & ~CASE_BIT) === hex.charCodeAt(1);

/** Offset of the first `%XX` (either case) at or after `from` and before `end`, or -1. */
export function findEscape(s: string, hex: string, from: number, end: number): number {
  for (let i = s.indexOf('%', from); i >= 0 && i + 2 < end; i = s.indexOf('%', i + 1)) {
    if (isEscapeOf(s, i, hex)) return i;
  }
  return -1;
}

export interface Decoded {
  value: string;
  /** Offset in the source of the escape that does not decode, or -1. */
  bad: number;
}

/**
 * Percent-decodes `s[start, end)` as the API server does before routing. When an escape is
 * malformed or not UTF-8, the value stays as written and `bad` points at the first malformed `%`
 * (or, for bytes that are not UTF-8, at the first escape).
 */
export function decodeComponent(s: string, start: number, end: number): Decoded {
  const raw = s.slice(start, end);
  if (!raw.includes('%')) return { value: raw, bad: -1 };
  try {
    return { value: decodeURIComponent(raw), bad: -1 };
  } catch {
    const malformed = findBadEscape(s, start, end);
    return { value: raw, bad: malformed >= 0 ? malformed : s.indexOf('%', start) };
  }
}

// RFC 3986 pchar (unreserved, sub-delims, ':' and '@'), by range: '!' '$' '&'..'.' '0'..';' '='
// '@'..'Z' '_' 'a'..'z' '~'.
const isPchar = (c: number): boolean =>
  (c >= LOWER_A && c <= LOWER_Z) ||
  (c >= AT_SIGN && c <= UPPER_Z) ||
  (c >= AMPERSAND && c <= SEMICOLON && c !== SLASH) ||
  c === EXCLAMATION_MARK ||
  c === DOLLAR ||
  c === EQUALS ||
  c === UNDERSCORE ||
  c === TILDE;

// A character that is neither pchar nor `/` (nor `?` in a query), or a `%` (which may not start a
// valid escape): what {@link encodeText} has to look at.
const NOT_PATH_TEXT = /[^\w\-.~!$&'()*+,;=:@/]/;
const NOT_QUERY_TEXT = /[^\w\-.~!$&'()*+,;=:@/?]/;

/**
 * Encodes what would not arrive byte for byte, as `%XX` of its UTF-8 bytes: every character outside
 * pchar and `/`, and outside `?` too unless `query` is set. Valid escapes stay as written and a
 * stray `%` becomes `%25`. A lone surrogate becomes U+FFFD, as browsers send it.
 */
export function encodeText(s: string, query: boolean): string {
  // Most texts need nothing encoded: one native scan says so.
  if (!(query ? NOT_QUERY_TEXT : NOT_PATH_TEXT).test(s)) return s;
  let out = '';
  let copied = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isPchar(c) || c === SLASH || (c === QUESTION_MARK && query)) continue;
    let escaped: string;
    if (c === PERCENT && isEscapeAt(s, i)) {
      i += 2;
      continue;
    }
    if (c < FIRST_NON_ASCII) escaped = `%${c < 16 ? '0' : ''}${c.toString(16).toUpperCase()}`;
    else if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      out += s.slice(copied, i) + encodeURIComponent(s.slice(i, i + 2));
      copied = ++i + 1;
      continue;
    } else if (c >= 0xd800 && c <= 0xdfff) escaped = '%EF%BF%BD';
    else escaped = encodeURIComponent(s[i] as string);
    out += s.slice(copied, i) + escaped;
    copied = i + 1;
  }
  return copied === 0 ? s : out + s.slice(copied);
}
