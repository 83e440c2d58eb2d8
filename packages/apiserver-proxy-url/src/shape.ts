// Finding the proxy part of a URL: the first place where the full shape matches.
import { BACKSLASH, LOWER_P, SLASH } from './chars.js';
import { isMasked } from './placeholders.js';
import type { ProxyResource } from './types.js';

/** Where the proxy shape was found: offsets into the input. */
export interface ProxyShape {
  /** The `/` that starts `/api/v1`. */
  at: number;
  resource: ProxyResource;
  resourceStart: number;
  resourceEnd: number;
  /** The namespace segment; both -1 for nodes. */
  namespaceStart: number;
  namespaceEnd: number;
  idStart: number;
  idEnd: number;
  /** After `/proxy` (for the legacy form, after the name). */
  pathStart: number;
  /** The removed `/api/v1/proxy/...` form. */
  legacy: boolean;
}

export const isSlash = (c: number): boolean => c === SLASH || c === BACKSLASH;

/**
 * Whether `token` is at `s[i]`. A slice and compare: in V8 (Node 20) this is half the cost of
 * `startsWith` with a position.
 */
export const isAt = (s: string, i: number, token: string): boolean =>
  s.slice(i, i + token.length) === token;

/** The first index of `text` in `s` at or after `from`, or `to` when it is not there before `to`. */
export function indexIn(s: string, text: string, from: number, to: number): number {
  const i = s.indexOf(text, from);
  return i < 0 || i > to ? to : i;
}

/** Matches `namespaces/{ns}/(services|pods)/{id}` or `nodes/{id}` at `i`, then `/proxy` unless legacy. */
function matchAt(
  s: string,
  i: number,
  end: number,
  at: number,
  legacy: boolean,
  placeholders: boolean,
): ProxyShape | undefined {
  let resource: ProxyResource;
  let namespaceStart = -1;
  let namespaceEnd = -1;
  let resourceStart = i;
  if (isAt(s, i, 'nodes/')) {
    resource = 'nodes';
  } else if (isAt(s, i, 'namespaces/')) {
    namespaceStart = i + 11;
    namespaceEnd = indexIn(s, '/', namespaceStart, end);
    resourceStart = namespaceEnd + 1;
    if (isAt(s, resourceStart, 'services/')) resource = 'services';
    else if (isAt(s, resourceStart, 'pods/')) resource = 'pods';
    else return undefined;
  } else {
    return undefined;
  }
  const idStart = resourceStart + resource.length + 1;
  if (idStart > end) return undefined;
  const idEnd = indexIn(s, '/', idStart, end);
  let pathStart = idEnd;
  if (!legacy) {
    // '/proxy', then the end of the path or a separator (browsers read '\' as '/').
    pathStart = idEnd + 6;
    if (!isAt(s, idEnd, '/proxy') || pathStart > end) return undefined;
    // A template's placeholder may stand for the whole path: `/proxy${path}`.
    const c = s.charCodeAt(pathStart);
    if (pathStart < end && !isSlash(c) && !(placeholders && isMasked(c))) return undefined;
  }
  return {
    at,
    resource,
    resourceStart,
    resourceEnd: resourceStart + resource.length,
    namespaceStart,
    namespaceEnd,
    idStart,
    idEnd,
    pathStart,
    legacy,
  };
}

/**
 * The first proxy shape in the path `s[start, end)`. The proxied path may itself hold `/api/v1/...`
 * (Prometheus), so the first full match wins. With `placeholders`, the text is masked
 * (placeholders.ts) and a placeholder right after `/proxy` is the path. Each attempt reads a few segments ahead, so this is
 * linear in the input.
 */
export function findProxyShape(
  s: string,
  start: number,
  end: number,
  placeholders = false,
): ProxyShape | undefined {
  for (
    let at = s.indexOf('/api/v1/', start);
    at >= 0 && at + 8 <= end;
    at = s.indexOf('/api/v1/', at + 1)
  ) {
    const legacy = s.charCodeAt(at + 8) === LOWER_P && isAt(s, at + 8, 'proxy/');
    const shape = matchAt(s, legacy ? at + 14 : at + 8, end, at, legacy, placeholders);
    if (shape) return shape;
  }
  return undefined;
}
