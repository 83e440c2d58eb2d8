// The parser's findings about the proxied path: what the browser, kubectl proxy and the API server
// do to it on the way to the backend.
import { DOT } from './chars.js';
import { type Cleaner, cleanPath, findRejectedPath } from './clean.js';
import { addDiagnostic, type Diagnostic } from './diagnostics.js';
import { findBadEscape, findEscape, isEscapeAt, isEscapeOf } from './percent.js';
import { indexIn } from './shape.js';

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

/** The end of the dots (`.` or `%2e`) that start at `i`: the span of a dot segment. */
function dotsEnd(s: string, i: number): number {
  while (s.charCodeAt(i) === DOT || isEscapeOf(s, i, '2E')) i += s.charCodeAt(i) === DOT ? 1 : 3;
  return i;
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
  viaKubectlProxy: boolean,
  list: Diagnostic[],
): void {
  const { s } = src;
  if (hasPercent) {
    const bad = findBadEscape(s, from, to);
    if (bad >= 0) {
      const badEnd = Math.min(bad + 3, to);
      const fix = sourceEdit(
        src,
        from,
        to,
        s.slice(from, to).replace(/%(?![\dA-Fa-f]{2})/g, '%25'),
      );
      addDiagnostic(list, { code: 'bad-percent-encoding', start: bad, end: badEnd, fix });
    }
  }
  // Cheap looks for what the other checks need to know (most paths have none of it).
  const backslash = indexIn(s, '\\', from, to);
  const pair = indexIn(s, '//', from, to);
  const doubleSlash = pair + 1 < to ? pair : -1;
  const dot = indexIn(s, '.', from, to) < to;
  let dots = false; // dot segments that browsers or kubectl proxy remove
  if (hasPercent || backslash < to || dot) {
    const path = s.slice(from, to);
    const browser = cleanPath(path, 'browser');
    const kubectl = cleanPath(path, 'kubectl');
    // kubectl proxy up to 1.29 decodes first: `..%2F` climbs there.
    const decoded = hasPercent ? cleanPath(path, 'decoded') : undefined;
    // The first climb out, by any cleaner that may see the path.
    let cleaner: Cleaner | undefined;
    let escapesAt = to;
    for (const [name, cleaned] of [
      ['browser', browser],
      ['kubectl', kubectl],
      ['decoded', viaKubectlProxy ? decoded : undefined],
    ] as const) {
      if (cleaned && cleaned.escapesAt >= 0 && from + cleaned.escapesAt < escapesAt) {
        cleaner = name;
        escapesAt = from + cleaned.escapesAt;
      }
    }
    if (cleaner) {
      const where = cleanPath(s.slice(pathnameStart, to), cleaner).path;
      addDiagnostic(list, {
        code: 'path-escapes-proxy',
        params: { cleaner, path: where },
        start: escapesAt,
        end: dotsEnd(s, escapesAt),
      });
      return;
    }
    dots = browser.dotsAt >= 0 || kubectl.dotsAt >= 0;
    // The first dot segment, decoded ones (`..%2F`) included.
    let dotsAt = to;
    for (const at of [browser.dotsAt, kubectl.dotsAt, decoded ? decoded.dotsAt : -1]) {
      if (at >= 0 && at < dotsAt) dotsAt = at;
    }
    if (dotsAt < to) {
      const fix = browser.dotsAt >= 0 ? sourceEdit(src, from, to, browser.path) : undefined;
      const params = dots ? { path: browser.path } : { reason: 'decoded' };
      const at = from + dotsAt;
      addDiagnostic(list, {
        code: 'dot-segment-in-path',
        params,
        start: at,
        end: dotsEnd(s, at),
        fix,
      });
    }
  }
  if (doubleSlash >= 0) {
    const collapsed = dots ? undefined : s.slice(from, to).replace(/\/{2,}/g, '/');
    const fix = collapsed === undefined ? undefined : sourceEdit(src, from, to, collapsed);
    addDiagnostic(list, {
      code: 'double-slash-in-path',
      params: viaKubectlProxy ? { reason: 'kubectl-proxy' } : undefined,
      start: doubleSlash,
      end: doubleSlash + 2,
      fix,
    });
  }
  const escapedBackslash = hasPercent ? findEscape(s, '5C', from, to) : -1;
  if (hasPercent) {
    const slash = findEscape(s, '2F', from, to);
    if (slash >= 0) {
      addDiagnostic(list, { code: 'encoded-slash-in-path', start: slash, end: slash + 3 });
    }
    const question = findEscape(s, '3F', from, to);
    if (question >= 0) {
      addDiagnostic(list, { code: 'encoded-query-in-path', start: question, end: question + 3 });
    }
  }
  if (backslash < to && (escapedBackslash < 0 || backslash < escapedBackslash)) {
    // The fix is what browsers send.
    const fix = sourceEdit(src, from, to, s.slice(from, to).replaceAll('\\', '/'));
    addDiagnostic(list, { code: 'backslash-in-path', start: backslash, end: backslash + 1, fix });
  } else if (escapedBackslash >= 0) {
    const at = escapedBackslash;
    const params = { reason: 'escaped' };
    addDiagnostic(list, { code: 'backslash-in-path', params, start: at, end: at + 3 });
  }
}

const REJECTED = /\/(?:exec|attach)/g;
// `/exe` or `/att`, each character as written or escaped: how any `/exec` or `/attach` starts
// before it is decoded (escapes of these characters are digits only, so case does not matter).
const MAY_DECODE_TO_REJECTED =
  /(?:\/|%2[Ff])(?:(?:e|%65)(?:x|%78)(?:e|%65)|(?:a|%61)(?:t|%74)(?:t|%74))/g;

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
  // Most paths hold no `/exec` or `/attach`, as written or escaped: one native search says so
  // before anything is decoded (a match in the query only costs the full look).
  const look = hasPercent ? MAY_DECODE_TO_REJECTED : REJECTED;
  look.lastIndex = from;
  if (!look.test(s)) return;
  // Without escapes the input is scanned in place. Each escape decodes to one character and the
  // scan looks only for ASCII, so an offset in the decoded text maps back by counting escapes.
  const decoded = hasPercent
    ? s
        .slice(from, to)
        .replace(/%[\dA-Fa-f]{2}/g, (e) => String.fromCharCode(Number.parseInt(e.slice(1), 16)))
    : undefined;
  const rejected =
    decoded === undefined
      ? findRejectedPath(s, from, to)
      : findRejectedPath(decoded, 0, decoded.length);
  if (!rejected) return;
  const toInput = (at: number): number => {
    if (decoded === undefined) return at;
    let i = from;
    for (let k = 0; k < at; k++) i += isEscapeAt(s, i) ? 3 : 1;
    return i;
  };
  const { at, what } = rejected;
  const end = toInput(at + what.length);
  addDiagnostic(list, { code: 'kubectl-proxy-rejects-path', start: toInput(at), end });
}
