// The parser's findings about the proxied path: what the browser, kubectl proxy and the API server
// do to it on the way to the backend.
import { cleanPath, findRejectedPath } from './clean.js';
import type { DiagnosticList } from './diagnostics.js';
import { messages } from './messages.js';
import { findBadEscape, findEscape, isEscapeAt } from './percent.js';

/** Replaces `s[from, to)` in the trimmed input: a fix. */
export type Edit = (from: number, to: number, text: string) => string;

/**
 * Checks the proxied path `s[from, to)`; `pathnameStart` is where the URL's whole path begins, to
 * tell where a request that escapes really goes.
 */
export function checkPath(
  s: string,
  from: number,
  to: number,
  pathnameStart: number,
  list: DiagnosticList,
  edit: Edit,
): void {
  const bad = findBadEscape(s, from, to);
  if (bad >= 0) {
    const badEnd = Math.min(bad + 3, to);
    list.add(
      'bad-percent-encoding',
      messages.badEscape(s.slice(bad, badEnd)),
      bad,
      badEnd,
      edit(bad, bad + 1, '%25'),
    );
  }
  const path = s.slice(from, to);
  let dots = false; // dot segments that browsers or kubectl proxy remove
  if (path.includes('.') || path.includes('%')) {
    const browser = cleanPath(path, 'browser');
    const kubectl = cleanPath(path, 'kubectl');
    const escapesAt = browser.escapesAt >= 0 ? browser.escapesAt : kubectl.escapesAt;
    if (escapesAt >= 0) {
      const cleaner = browser.escapesAt >= 0 ? 'browser' : 'kubectl';
      const where = cleanPath(s.slice(pathnameStart, to), cleaner).path;
      const segmentEnd = s.indexOf('/', from + escapesAt + 1);
      const end = segmentEnd < 0 || segmentEnd > to ? to : segmentEnd;
      list.add('path-escapes-proxy', messages.pathEscapes(cleaner, where), from + escapesAt, end);
      return;
    }
    dots = browser.dotsAt >= 0 || kubectl.dotsAt >= 0;
    const dotsAt = dots
      ? browser.dotsAt >= 0
        ? browser.dotsAt
        : kubectl.dotsAt
      : path.includes('%')
        ? cleanPath(path, 'decoded').dotsAt
        : -1;
    if (dotsAt >= 0) {
      const fix = browser.dotsAt >= 0 ? edit(from, to, browser.path) : undefined;
      const segmentEnd = s.indexOf('/', from + dotsAt);
      const end = segmentEnd < 0 || segmentEnd > to ? to : segmentEnd;
      list.add(
        'dot-segment-in-path',
        messages.dotSegment(!dots, browser.path),
        from + dotsAt,
        end,
        fix,
      );
    }
  }
  const doubleSlash = s.indexOf('//', from);
  if (doubleSlash >= 0 && doubleSlash + 2 <= to) {
    const fix = dots ? undefined : edit(from, to, path.replace(/\/{2,}/g, '/'));
    list.add('double-slash-in-path', messages.doubleSlash(), doubleSlash, doubleSlash + 2, fix);
  }
  const slash = findEscape(s, '2F', from, to);
  if (slash >= 0) list.add('encoded-slash-in-path', messages.encodedSlash(), slash, slash + 3);
  const question = findEscape(s, '3F', from, to);
  if (question >= 0)
    list.add('encoded-query-in-path', messages.encodedQuery(), question, question + 3);
  const raw = s.indexOf('\\', from);
  const rawAt = raw >= 0 && raw < to ? raw : -1;
  const escaped = findEscape(s, '5C', from, to);
  if (rawAt >= 0 && (escaped < 0 || rawAt < escaped)) {
    list.add(
      'backslash-in-path',
      messages.backslash(true),
      rawAt,
      rawAt + 1,
      edit(from, to, path.replaceAll('\\', '%5C')),
    );
  } else if (escaped >= 0) {
    list.add('backslash-in-path', messages.backslash(false), escaped, escaped + 3);
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
  list: DiagnosticList,
): void {
  // Each escape decodes to one character (the scan looks only for ASCII); `escapes` remembers
  // where they were, to map offsets back.
  let text = '';
  const escapes: number[] = [];
  let copied = from;
  for (let i = s.indexOf('%', from); i >= 0 && i < to; i = s.indexOf('%', i + 1)) {
    if (!isEscapeAt(s, i)) continue;
    text += s.slice(copied, i) + String.fromCharCode(Number.parseInt(s.slice(i + 1, i + 3), 16));
    escapes.push(text.length - 1);
    copied = i + 3;
  }
  text += s.slice(copied, to);
  const rejected = findRejectedPath(text);
  if (!rejected) return;
  const toInput = (at: number): number => {
    let offset = from + at;
    for (const e of escapes) if (e < at) offset += 2;
    return offset;
  };
  const start = toInput(rejected.at);
  list.add(
    'kubectl-proxy-rejects-path',
    messages.rejectedPath(rejected.what),
    start,
    toInput(rejected.at + rejected.what.length),
  );
}
