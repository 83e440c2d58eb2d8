// The parser's findings about the proxied path: what the browser, kubectl proxy and the API server
// do to it on the way to the backend.
import { cleanPath, findRejectedPath } from './clean.js';
import { addDiagnostic, type Diagnostic } from './diagnostics.js';
import { messages } from './messages.js';
import { findBadEscape, findEscape, isEscapeAt } from './percent.js';

/** The input and its trimmed bounds: fixes are the trimmed input with one edit. */
export interface Source {
  s: string;
  start: number;
  end: number;
}

/** The trimmed input with `s[from, to)` replaced by `text`: a fix. */
export const sourceEdit = (
  { s, start, end }: Source,
  from: number,
  to: number,
  text: string,
): string => s.slice(start, from) + text + s.slice(to, end);

/** The first index of `char` in `s[from, to)`, or -1. */
function find(s: string, char: string, from: number, to: number): number {
  const i = s.indexOf(char, from);
  return i >= 0 && i < to ? i : -1;
}

/**
 * Checks the proxied path `s[from, to)`. `pathnameStart` is where the URL's whole path begins, to
 * tell where a request that escapes really goes; `hasPercent` says whether the path may hold escapes.
 */
export function checkPath(
  src: Source,
  from: number,
  to: number,
  pathnameStart: number,
  hasPercent: boolean,
  list: Diagnostic[],
): void {
  const { s } = src;
  if (hasPercent) {
    const bad = findBadEscape(s, from, to);
    if (bad >= 0) {
      const badEnd = Math.min(bad + 3, to);
      const fix = sourceEdit(src, bad, bad + 1, '%25');
      addDiagnostic(
        list,
        'bad-percent-encoding',
        messages.badEscape(s.slice(bad, badEnd)),
        bad,
        badEnd,
        fix,
      );
    }
  }
  // One pass for what the other checks need to know (most paths have none of it).
  let backslash = -1;
  let doubleSlash = -1;
  let dot = false;
  let dots = false; // dot segments that browsers or kubectl proxy remove
  for (let i = from, previous = 0; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 46) dot = true;
    else if (c === 92 && backslash < 0) backslash = i;
    else if (c === 47 && previous === 47 && doubleSlash < 0) doubleSlash = i - 1;
    previous = c;
  }
  if (hasPercent || backslash >= 0 || dot) {
    const path = s.slice(from, to);
    const browser = cleanPath(path, 'browser');
    const kubectl = cleanPath(path, 'kubectl');
    const escapesAt = browser.escapesAt >= 0 ? browser.escapesAt : kubectl.escapesAt;
    if (escapesAt >= 0) {
      const cleaner = browser.escapesAt >= 0 ? 'browser' : 'kubectl';
      const where = cleanPath(s.slice(pathnameStart, to), cleaner).path;
      const segmentEnd = find(s, '/', from + escapesAt + 1, to);
      const message = messages.pathEscapes(cleaner, where);
      addDiagnostic(
        list,
        'path-escapes-proxy',
        message,
        from + escapesAt,
        segmentEnd < 0 ? to : segmentEnd,
      );
      return;
    }
    dots = browser.dotsAt >= 0 || kubectl.dotsAt >= 0;
    const dotsAt = dots
      ? browser.dotsAt >= 0
        ? browser.dotsAt
        : kubectl.dotsAt
      : hasPercent
        ? cleanPath(path, 'decoded').dotsAt
        : -1;
    if (dotsAt >= 0) {
      const fix = browser.dotsAt >= 0 ? sourceEdit(src, from, to, browser.path) : undefined;
      const segmentEnd = find(s, '/', from + dotsAt, to);
      const message = messages.dotSegment(!dots, browser.path);
      addDiagnostic(
        list,
        'dot-segment-in-path',
        message,
        from + dotsAt,
        segmentEnd < 0 ? to : segmentEnd,
        fix,
      );
    }
  }
  if (doubleSlash >= 0) {
    const collapsed = dots ? undefined : s.slice(from, to).replace(/\/{2,}/g, '/');
    const fix = collapsed === undefined ? undefined : sourceEdit(src, from, to, collapsed);
    addDiagnostic(
      list,
      'double-slash-in-path',
      messages.doubleSlash(),
      doubleSlash,
      doubleSlash + 2,
      fix,
    );
  }
  const escapedBackslash = hasPercent ? findEscape(s, '5C', from, to) : -1;
  if (hasPercent) {
    const slash = findEscape(s, '2F', from, to);
    if (slash >= 0)
      addDiagnostic(list, 'encoded-slash-in-path', messages.encodedSlash(), slash, slash + 3);
    const question = findEscape(s, '3F', from, to);
    if (question >= 0) {
      addDiagnostic(list, 'encoded-query-in-path', messages.encodedQuery(), question, question + 3);
    }
  }
  if (backslash >= 0 && (escapedBackslash < 0 || backslash < escapedBackslash)) {
    // Only the first backslash is the fix's business: the others are reported by the next parse.
    const fix = sourceEdit(src, backslash, backslash + 1, '%5C');
    addDiagnostic(
      list,
      'backslash-in-path',
      messages.backslash(true),
      backslash,
      backslash + 1,
      fix,
    );
  } else if (escapedBackslash >= 0) {
    const at = escapedBackslash;
    addDiagnostic(list, 'backslash-in-path', messages.backslash(false), at, at + 3);
  }
}

/**
 * kubectl proxy's default `--reject-paths`, matched against the decoded path from `/api/v1` on.
 * Reports the `/exec` or `/attach` it refuses, with its span in the input.
 */
export function checkKubectlRejects(
  s: string,
  from: number,
  to: number,
  hasPercent: boolean,
  list: Diagnostic[],
): void {
  if (!hasPercent) {
    // Nothing to decode: scan the input in place.
    const rejected = findRejectedPath(s, from, to);
    if (rejected) {
      const message = messages.rejectedPath(rejected.what);
      addDiagnostic(
        list,
        'kubectl-proxy-rejects-path',
        message,
        rejected.at,
        rejected.at + rejected.what.length,
      );
    }
    return;
  }
  // Each escape decodes to one character (the scan looks only for ASCII); `escapes` keeps where
  // they were in the decoded text, to map offsets back.
  const chunks: string[] = [];
  const escapes: number[] = [];
  let length = 0;
  let copied = from;
  for (let i = s.indexOf('%', from); i >= 0 && i < to; i = s.indexOf('%', i + 1)) {
    if (!isEscapeAt(s, i)) continue;
    chunks.push(
      s.slice(copied, i),
      String.fromCharCode(Number.parseInt(s.slice(i + 1, i + 3), 16)),
    );
    length += i - copied + 1;
    escapes.push(length - 1);
    copied = i + 3;
  }
  chunks.push(s.slice(copied, to));
  const text = chunks.join('');
  const rejected = findRejectedPath(text, 0, text.length);
  if (!rejected) return;
  // Escapes are sorted: count those before each end of the match, two extra characters each.
  const toInput = (at: number): number => {
    let before = 0;
    while (before < escapes.length && (escapes[before] as number) < at) before++;
    return from + at + 2 * before;
  };
  const start = toInput(rejected.at);
  const end = toInput(rejected.at + rejected.what.length);
  addDiagnostic(
    list,
    'kubectl-proxy-rejects-path',
    messages.rejectedPath(rejected.what),
    start,
    end,
  );
}
