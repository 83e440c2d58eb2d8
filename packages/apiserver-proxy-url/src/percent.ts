// Percent-encoding, the way Go's net/url and the WHATWG URL standard treat it.

const isHex = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 102);

/** Whether `s[i]` starts a valid `%XX` escape. */
export const isEscapeAt = (s: string, i: number): boolean =>
  s.charCodeAt(i) === 37 && isHex(s.charCodeAt(i + 1)) && isHex(s.charCodeAt(i + 2));

/** The first `%` in `s[start, end)` that does not start a valid escape (what Go answers 400 to), or -1. */
export function findBadEscape(s: string, start: number, end: number): number {
  for (let i = s.indexOf('%', start); i >= 0 && i < end; i = s.indexOf('%', i + 1)) {
    if (i + 2 >= end || !isEscapeAt(s, i)) return i;
  }
  return -1;
}

/** Whether `s[i, i + 3)` is the escape `%` + `hex` (the two hex digits given upper case). */
export const isEscapeOf = (s: string, i: number, hex: string): boolean =>
  s.charCodeAt(i) === 37 &&
  s.charCodeAt(i + 1) === hex.charCodeAt(0) &&
  (s.charCodeAt(i + 2) & ~32) === hex.charCodeAt(1);

/** Offset of the first `%XX` (either case) at or after `from` and before `end`, or -1. */
export function findEscape(s: string, hex: string, from: number, end: number): number {
  for (let i = s.indexOf('%', from); i >= 0 && i + 2 < end; i = s.indexOf('%', i + 1)) {
    if (isEscapeOf(s, i, hex)) return i;
  }
  return -1;
}

export interface Decoded {
  value: string;
  /** Offset in the source of the first escape that is malformed or not UTF-8, or -1. */
  bad: number;
}

/**
 * Percent-decodes `s[start, end)` as the API server does before routing. Escapes that are malformed
 * or do not form valid UTF-8 are reported in `bad` and kept as written.
 */
export function decodeComponent(s: string, start: number, end: number): Decoded {
  const raw = s.slice(start, end);
  if (!raw.includes('%')) return { value: raw, bad: -1 };
  try {
    return { value: decodeURIComponent(raw), bad: -1 };
  } catch {
    // Decode run by run of consecutive escapes, keeping the runs that do not decode.
  }
  let value = '';
  let bad = -1;
  let i = 0;
  while (i < raw.length) {
    if (!isEscapeAt(raw, i)) {
      if (bad < 0 && raw.charCodeAt(i) === 37) bad = start + i;
      value += raw[i];
      i++;
      continue;
    }
    let j = i;
    while (isEscapeAt(raw, j)) j += 3;
    const run = raw.slice(i, j);
    try {
      value += decodeURIComponent(run);
    } catch {
      if (bad < 0) bad = start + i;
      value += run;
    }
    i = j;
  }
  return { value, bad };
}

// RFC 3986 pchar (unreserved, sub-delims, ':' and '@'), by range: '!' '$' '&'..'.' '0'..';' '='
// '@'..'Z' '_' 'a'..'z' '~'.
const isPchar = (c: number): boolean =>
  (c >= 97 && c <= 122) ||
  (c >= 64 && c <= 90) ||
  (c >= 38 && c <= 59 && c !== 47) ||
  c === 33 ||
  c === 36 ||
  c === 61 ||
  c === 95 ||
  c === 126;

// application/x-www-form-urlencoded keeps only ASCII alphanumerics and '*-._' (space becomes '+').
const isFormSafe = (c: number): boolean =>
  (c >= 97 && c <= 122) ||
  (c >= 65 && c <= 90) ||
  (c >= 48 && c <= 57) ||
  c === 42 ||
  c === 45 ||
  c === 46 ||
  c === 95;

/** How {@link encodeText} encodes: a path, a query or fragment, or a form key or value. */
export type Encoding = 'path' | 'query' | 'form';

const keeps = (c: number, encoding: Encoding): boolean =>
  encoding === 'form'
    ? isFormSafe(c)
    : isPchar(c) || c === 47 || (c === 63 && encoding === 'query');

/**
 * Encodes what would not arrive byte for byte, as `%XX` of its UTF-8 bytes: for a path every
 * character outside pchar and `/`, for a query or fragment `?` is kept too. Valid escapes stay as
 * written and a stray `%` becomes `%25`. `form` encodes as `URLSearchParams` serialises (space as
 * `+`, every `%` encoded). A lone surrogate becomes U+FFFD, as browsers send it.
 */
export function encodeText(s: string, encoding: Encoding): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (keeps(c, encoding)) continue;
    let escaped: string;
    if (c === 37 && encoding !== 'form' && isEscapeAt(s, i)) {
      i += 2;
      continue;
    }
    if (c === 32 && encoding === 'form') escaped = '+';
    else if (c < 128) escaped = `%${c < 16 ? '0' : ''}${c.toString(16).toUpperCase()}`;
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
