// The query keys the API server itself reads: `dryRun` (refused with 400) and `path` (ignored).
import { AMPERSAND, EQUALS, LOWER_A, LOWER_D, LOWER_P, LOWER_R, PERCENT } from './chars.js';
import { addDiagnostic, type Diagnostic } from './diagnostics.js';
import { decodeComponent } from './percent.js';
import type { Span } from './types.js';

type Key = 'dryRun' | 'path';

/** The query keys the API server acts on: `dryRun` (refused) and `path` (ignored). */
export function checkQuery(s: string, from: number, to: number, list: Diagnostic[]): void {
  if (!mayHoldKey(s, from, to)) return;
  const dryRun = searchKey(s, from, to, 'dryRun');
  if (dryRun) addDiagnostic(list, { code: 'dry-run-query', start: dryRun[0], end: dryRun[1] });
  const path = searchKey(s, from, to, 'path');
  if (path) addDiagnostic(list, { code: 'path-query-ignored', start: path[0], end: path[1] });
}

/** The span of the first `&`-separated query key in `s[from, to)` that reads `key` once decoded. */
export function findQueryKey(s: string, from: number, to: number, key: Key): Span | undefined {
  return mayHoldKey(s, from, to) ? searchKey(s, from, to, key) : undefined;
}

// A key after an `&` that starts the way `dryRun` or `path` does, or with an escape (which may
// decode to either): a fixed-length pattern, so the search is linear.
const LIKE_A_KEY = /&(?:%|d[r%]|p[a%])/g;

/**
 * Whether a key of `s[from, to)` may read `dryRun` or `path` once decoded: one native search, which
 * rules out most queries (`pretty`, `q`, `orgId`) before any key is read.
 */
function mayHoldKey(s: string, from: number, to: number): boolean {
  const first = s.charCodeAt(from);
  const second = s.charCodeAt(from + 1);
  if (
    first === PERCENT ||
    (first === LOWER_D && (second === LOWER_R || second === PERCENT)) ||
    (first === LOWER_P && (second === LOWER_A || second === PERCENT))
  ) {
    return from < to;
  }
  // A query of one key needs no search (a one-character indexOf costs less than a regex call).
  const amp = s.indexOf('&', from);
  if (amp < 0 || amp >= to) return false;
  LIKE_A_KEY.lastIndex = amp;
  const found = LIKE_A_KEY.test(s);
  // The match ends at most three characters after the `&`, which must come before `to`.
  return found && LIKE_A_KEY.lastIndex - 3 < to;
}

function searchKey(s: string, from: number, to: number, key: Key): Span | undefined {
  let keyStart = from;
  let keyEnd = -1; // the first '=' of the current pair
  for (let i = from; i <= to; i++) {
    const c = i < to ? s.charCodeAt(i) : AMPERSAND;
    if (c === EQUALS && keyEnd < 0) keyEnd = i;
    if (c !== AMPERSAND) continue;
    if (keyEnd < 0) keyEnd = i;
    // Only a key that starts like `key`, or with an escape, can read `key` once decoded.
    const first = s.charCodeAt(keyStart);
    if (first === key.charCodeAt(0) || first === PERCENT) {
      const raw = s.slice(keyStart, keyEnd);
      if (
        raw === key ||
        (raw.length > key.length && decodeComponent(raw, 0, raw.length).value === key)
      ) {
        return [keyStart, keyEnd];
      }
    }
    keyStart = i + 1;
    keyEnd = -1;
  }
  return undefined;
}
