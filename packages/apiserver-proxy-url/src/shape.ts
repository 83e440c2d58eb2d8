// Finding the proxy part of a URL: the first place where the full shape matches.
import type { ProxyResource } from './types.js';

/** Where the proxy shape was found: offsets into the input. */
export interface ProxyShape {
  /** The `/` that starts `/api/v1`. */
  at: number;
  resource: ProxyResource;
  resourceStart: number;
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

export const isSlash = (c: number): boolean => c === 47 || c === 92;

/** End of the segment starting at `i`: the next '/' before `end`, or `end`. */
function segmentEnd(s: string, i: number, end: number): number {
  const slash = s.indexOf('/', i);
  return slash < 0 || slash > end ? end : slash;
}

/** Matches `namespaces/{ns}/(services|pods)/{id}` or `nodes/{id}` at `i`, then `/proxy` unless legacy. */
function matchAt(
  s: string,
  i: number,
  end: number,
  at: number,
  legacy: boolean,
): ProxyShape | undefined {
  let resource: ProxyResource;
  let namespaceStart = -1;
  let namespaceEnd = -1;
  let resourceStart = i;
  if (s.startsWith('nodes/', i)) {
    resource = 'nodes';
  } else if (s.startsWith('namespaces/', i)) {
    namespaceStart = i + 11;
    namespaceEnd = segmentEnd(s, namespaceStart, end);
    resourceStart = namespaceEnd + 1;
    if (s.startsWith('services/', resourceStart)) resource = 'services';
    else if (s.startsWith('pods/', resourceStart)) resource = 'pods';
    else return undefined;
  } else {
    return undefined;
  }
  const idStart = resourceStart + resource.length + 1;
  if (idStart > end) return undefined;
  const idEnd = segmentEnd(s, idStart, end);
  let pathStart = idEnd;
  if (!legacy) {
    // '/proxy', then the end of the path or a separator (browsers read '\' as '/').
    pathStart = idEnd + 6;
    if (!s.startsWith('/proxy', idEnd) || pathStart > end) return undefined;
    if (pathStart < end && !isSlash(s.charCodeAt(pathStart))) return undefined;
  }
  return {
    at,
    resource,
    resourceStart,
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
 * (Prometheus), so the first full match wins. Each attempt reads a few segments ahead, so this is
 * linear in the input.
 */
export function findProxyShape(s: string, start: number, end: number): ProxyShape | undefined {
  for (
    let at = s.indexOf('/api/v1/', start);
    at >= 0 && at + 8 <= end;
    at = s.indexOf('/api/v1/', at + 1)
  ) {
    const legacy = s.startsWith('proxy/', at + 8);
    const shape = matchAt(s, legacy ? at + 14 : at + 8, end, at, legacy);
    if (shape) return shape;
  }
  return undefined;
}
