// The query keys the API server itself reads: `dryRun` (refused with 400) and `path` (ignored).
import { AMPERSAND, EQUALS, PERCENT } from './chars.js';
import { addDiagnostic, type Diagnostic } from './diagnostics.js';
import { decodeComponent } from './percent.js';
import { indexIn } from './shape.js';
import type { Span } from './types.js';

/** The query keys the API server acts on: `dryRun` (refused) and `path` (ignored). */
export function checkQuery(s: string, from: number, to: number, list: Diagnostic[]): void {
  // A key reads `dryRun` or `path` only if the query holds it as written or holds an escape.
  const escaped = indexIn(s, '%', from, to) < to;
  if (escaped || indexIn(s, 'dryRun', from, to) < to) {
    const key = findQueryKey(s, from, to, 'dryRun');
    if (key) addDiagnostic(list, { code: 'dry-run-query', start: key[0], end: key[1] });
  }
  if (escaped || indexIn(s, 'path', from, to) < to) {
    const key = findQueryKey(s, from, to, 'path');
    if (key) addDiagnostic(list, { code: 'path-query-ignored', start: key[0], end: key[1] });
  }
}

/** The span of the first `&`-separated query key that reads `key` once decoded. */
export function findQueryKey(s: string, from: number, to: number, key: string): Span | undefined {
  // A key reads `key` only if the query holds it as written or holds an escape: two native scans
  // rule out most queries.
  if (indexIn(s, key, from, to) >= to && indexIn(s, '%', from, to) >= to) return undefined;
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
