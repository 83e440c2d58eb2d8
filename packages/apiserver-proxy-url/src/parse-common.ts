// The common case, read fast: a plain
// `[http(s)://host[:port]][/base]/api/v1/.../proxy[/path][?query][#fragment]` with nothing a client
// could read differently (no escape before `/proxy`, and none in the path that a path check looks
// at; no `\`, `//`, dot segment, space or control character). Such a URL needs no trimming, routing
// or path cleaning: one regex shows it is plain and where its parts are, and the checks that remain
// are the full parser's own (parse-target.ts). Anything else goes to the full parser (parse.ts),
// which gives the same result (test/parse-common.test.ts compares them).
import { COLON } from './chars.js';
import type { Diagnostic } from './diagnostics.js';
import { isLoopbackHost, type Origin } from './origin.js';
import { type ParseResult, readTarget, setShapeParts } from './parse-target.js';
import type { ProxyShape } from './shape.js';
import type { ProxyUrlParts } from './types.js';

/**
 * A plain URL, anchored at both ends, its parts in groups:
 * 1. `http(s)://host[:port]`, or nothing;
 * 2. the base path: segments that are neither empty nor dot segments, up to the first `/api/v1/`;
 * 3, 4. the namespace and the resource (none for nodes), then 5. the id, plain characters only;
 * 6. the path below `/proxy`: segments that are neither empty nor start with a dot (`//`, `/.`,
 *    `/..`), made of ASCII characters other than spaces, controls, `%` and `\`, and of valid escapes
 *    other than `%2E` (a dot), `%2F` (a slash), `%3F` (`?`) and `%5C` (`\`), which each have a path
 *    check;
 * 7, 8. the query and the fragment, without spaces or controls.
 *
 * Linear: each repeat is a single character class followed by a character that class excludes, or
 * a segment that starts with a `/` (which no segment's characters include), or an escape, which
 * starts with `%` (which the class beside it excludes). So every character can be matched one way
 * only, and a failed match never re-reads more than one character per position. The base's
 * segments cannot pass a `/api/v1/`, so the shape is tried at the first one only.
 */
const PLAIN =
  /^(https?:\/\/[a-z0-9.-]+(?::[0-9]+)?)?((?:\/(?!api\/v1\/)[\w~-]+)*)\/api\/v1\/(?:namespaces\/([a-z0-9-]+)\/(services|pods)|nodes)\/([a-z0-9:-][a-z0-9.:-]*)\/proxy((?:\/(?:[^\0- %\\?#/.\x7f-\uffff]|%(?!2[EeFf]|3[Ff]|5[Cc])[\dA-Fa-f]{2})(?:[^\0- %\\?#/\x7f-\uffff]|%(?!2[EeFf]|3[Ff]|5[Cc])[\dA-Fa-f]{2})*)*\/?)(?:\?([^\0- #\x7f-\uffff]*))?(?:#([^\0- \x7f-\uffff]*))?$/;

/**
 * {@link parseProxyUrl} for the common case, or `undefined` when the URL is anything else.
 *
 * @example
 * parseCommon('/api/v1/namespaces/default/services/web:80/proxy/')?.target?.port // '80'
 * parseCommon('/api/v1/namespaces/default/services/web%3A80/proxy/')             // undefined
 */
export function parseCommon(s: string): ParseResult | undefined {
  const m = PLAIN.exec(s);
  if (m === null) return undefined;
  const [, originText = '', basePath = '', namespace, kind, id = '', path = '', query, fragment] =
    m;
  const end = s.length;
  const at = originText.length + basePath.length;
  // The offsets, from the lengths of the groups.
  let origin: Origin | undefined;
  let host = '';
  if (originText) {
    const scheme = s.charCodeAt(4) === COLON ? 'http' : 'https';
    const hostStart = scheme.length + 3;
    const colon = originText.indexOf(':', hostStart);
    const hostEnd = colon < 0 ? originText.length : colon;
    origin = { scheme, userStart: -1, hostStart, hostEnd, authorityEnd: originText.length };
    host = s.slice(hostStart, hostEnd); // lower case already
  }
  let namespaceStart = -1;
  let namespaceEnd = -1;
  let resourceStart = at + 8; // after `/api/v1/`
  let resource: ProxyShape['resource'] = 'nodes';
  if (namespace !== undefined) {
    namespaceStart = at + 19; // after `/api/v1/namespaces/`
    namespaceEnd = namespaceStart + namespace.length;
    resourceStart = namespaceEnd + 1;
    resource = kind as ProxyShape['resource'];
  }
  const resourceEnd = resourceStart + resource.length;
  const idStart = resourceEnd + 1;
  const idEnd = idStart + id.length;
  const pathStart = idEnd + 6; // after `/proxy`
  const pathnameEnd = pathStart + path.length;
  const hash = fragment === undefined ? end : end - fragment.length - 1;
  const shape: ProxyShape = {
    at,
    resource,
    resourceStart,
    resourceEnd,
    namespaceStart,
    namespaceEnd,
    idStart,
    idEnd,
    pathStart,
    legacy: false,
  };
  const list: Diagnostic[] = [];
  const parts: ProxyUrlParts = {};
  setShapeParts(parts, 0, shape);
  return readTarget(
    {
      s,
      start: 0,
      end,
      origin,
      host,
      pathnameStart: originText.length,
      pathnameEnd,
      queryMark: query === undefined ? hash : pathnameEnd,
      hash,
      viaKubectlProxy: !origin || (origin.scheme === 'http' && isLoopbackHost(host)),
      plain: true,
      percent: path.includes('%') ? s.indexOf('%', pathStart) : pathnameEnd,
      shape,
    },
    list,
    parts,
  );
}
