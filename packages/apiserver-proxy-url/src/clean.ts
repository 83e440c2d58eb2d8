// How clients clean a path before sending it, and what kubectl proxy refuses.
import { BACKSLASH, DOT, PERCENT, SLASH } from './chars.js';
import { isEscapeOf } from './percent.js';

/** Who cleans the path. */
export type Cleaner =
  /** The WHATWG URL parser (browsers, `new URL`): `/` and `\` separate, `%2e` is a dot, empty segments stay. */
  | 'browser'
  /** Go's `path.Clean` on the escaped path (`kubectl proxy` redirects to it): literal dots only, `//` collapses. */
  | 'kubectl'
  /** `path.Clean` on the decoded path (kubectl built with Go before 1.22, and the API server inside the backend). */
  | 'decoded';

// A dot segment is '.' or '..', where the browser also reads '%2e' as '.' and the decoded path
// reads '%2e' and '%2f' through decoding. Returns 1 for '.', 2 for '..', 0 otherwise.
export function dotCount(s: string, start: number, end: number, cleaner: Cleaner): number {
  let dots = 0;
  for (let i = start; i < end; dots++) {
    if (s.charCodeAt(i) === DOT) i++;
    else if (cleaner !== 'kubectl' && isEscapeOf(s, i, '2E')) i += 3;
    else return 0;
  }
  return dots <= 2 ? dots : 0;
}

function separatorAt(s: string, i: number, cleaner: Cleaner): number {
  const c = s.charCodeAt(i);
  if (c === SLASH) return 1;
  if (c === BACKSLASH && cleaner === 'browser') return 1;
  if (c === PERCENT && cleaner === 'decoded' && isEscapeOf(s, i, '2F')) return 3;
  return 0;
}

export interface Cleaned {
  /** The cleaned path, `/`-separated (separators normalised to `/`). */
  path: string;
  /** Offset of the first dot segment that climbs above the start of the path, or -1. */
  escapesAt: number;
  /** Offset of the first dot segment, or -1. */
  dotsAt: number;
}

/**
 * Cleans the path below the proxy as `cleaner` would, so `escapesAt >= 0` means it leaves the
 * proxy. A path that does not start with a separator (`\..` to kubectl proxy) continues the proxy's
 * own segment: a `..` after it climbs out.
 *
 * @example
 * cleanPath('/a/./b/../c/', 'browser')  // { path: '/a/c/', escapesAt: -1, dotsAt: 3 }
 * cleanPath('/x/../../secrets', 'browser') // { path: '/secrets', escapesAt: 6, dotsAt: 3 }
 */
export function cleanPath(s: string, cleaner: Cleaner): Cleaned {
  const keepEmpty = cleaner === 'browser';
  const segments: string[] = [];
  let escapesAt = -1;
  let dotsAt = -1;
  let i = 0;
  while (i < s.length && separatorAt(s, i, cleaner) === 0) i++;
  const glued = s.slice(0, i); // the tail of the proxy's own segment
  if (i === s.length) return { path: s, escapesAt, dotsAt };
  i += separatorAt(s, i, cleaner);
  while (i <= s.length) {
    let end = i;
    while (end < s.length && separatorAt(s, end, cleaner) === 0) end++;
    const last = end >= s.length;
    const count = dotCount(s, i, end, cleaner);
    if (count > 0 && dotsAt < 0) dotsAt = i;
    if (count === 2) {
      if (segments.length > 0) segments.pop();
      else if (escapesAt < 0) escapesAt = i;
      if (last && keepEmpty) segments.push('');
    } else if (count === 1) {
      if (last && keepEmpty) segments.push('');
    } else if (end === i && !keepEmpty && !last) {
      // Go collapses '//'.
    } else {
      segments.push(s.slice(i, end));
    }
    if (last) break;
    i = end + separatorAt(s, end, cleaner);
  }
  return { path: `${escapesAt < 0 ? glued : ''}/${segments.join('/')}`, escapesAt, dotsAt };
}

/**
 * The first `/exec` or `/attach` in `path[from, to)` that kubectl proxy's default `--reject-paths`
 * refuses, `path[from]` being the start of the request path. Its patterns are `/api/`, anything,
 * `/pods/`, anything, `/exec` (or `/attach`), anchored at the start only. Scanned rather than
 * matched, because the two "anything" backtrack on long input.
 */
export function findRejectedPath(
  path: string,
  from: number,
  to: number,
): { at: number; what: '/exec' | '/attach' } | undefined {
  if (path.slice(from, from + 5) !== '/api/') return undefined;
  const pods = path.indexOf('/pods/', from + 5);
  if (pods < 0 || pods + 6 > to) return undefined;
  const exec = path.indexOf('/exec', pods + 6);
  const attach = path.indexOf('/attach', pods + 6);
  if (exec >= 0 && exec + 5 <= to && (attach < 0 || exec < attach))
    return { at: exec, what: '/exec' };
  return attach >= 0 && attach + 7 <= to ? { at: attach, what: '/attach' } : undefined;
}
