// The common case, read fast: a plain
// `[http(s)://host[:port]][/base]/api/v1/.../proxy[/path][?query][#fragment]` with nothing a client
// could read differently (no escape before `/proxy`, and none in the path that a path check looks
// at; no `\`, `//`, dot segment, space or control character). Such a URL needs no trimming, routing
// or path cleaning: one regex shows it is plain, a few one-character searches find its parts, and
// the checks that remain are the full parser's own (parse-target.ts). Anything else goes to the
// full parser (parse.ts), which gives the same result (test/parse-common.test.ts compares them).
import { COLON, LOWER_A, LOWER_N, LOWER_S, SLASH } from './chars.js';
import type { Diagnostic } from './diagnostics.js';
import { isLoopbackHost, type Origin } from './origin.js';
import { type ParseResult, readTarget, setShapeParts } from './parse-target.js';
import { indexIn, isAt, type ProxyShape } from './shape.js';
import type { ProxyUrlParts } from './types.js';

/**
 * A plain URL, anchored at both ends: `http(s)://host[:port]` or nothing; base path segments that
 * are neither empty nor dot segments, up to the first `/api/v1/`; the shape with a plain namespace
 * and id; a path below `/proxy` of segments that are neither empty nor start with a dot (`//`,
 * `/.`, `/..`), made of ASCII characters other than spaces, controls, `%` and `\`, and of valid
 * escapes other than `%2E` (a dot), `%2F` (a slash), `%3F` (`?`) and `%5C` (`\`), which each have a
 * path check; then a query and a fragment without spaces or controls. No groups: a match with
 * groups costs more (here about 250 ns, their strings included) than finding the parts again.
 *
 * Linear: each repeat is a single character class followed by a character that class excludes, or
 * a segment that starts with a `/` (which no segment's characters include), or an escape, which
 * starts with `%` (which the class beside it excludes). So every character can be matched one way
 * only, and a failed match never re-reads more than one character per position. The base's
 * segments cannot pass a `/api/v1/`, so the shape is tried at the first one only.
 */
const PLAIN =
  /^(?:https?:\/\/[a-z0-9.-]+(?::[0-9]+)?)?(?:\/(?!api\/v1\/)[\w~-]+)*\/api\/v1\/(?:namespaces\/[a-z0-9-]+\/(?:services|pods)|nodes)\/[a-z0-9:-][a-z0-9.:-]*\/proxy(?:\/(?:[^\0- %\\?#/.\x7f-\uffff]|%(?!2[EeFf]|3[Ff]|5[Cc])[\dA-Fa-f]{2})(?:[^\0- %\\?#/\x7f-\uffff]|%(?!2[EeFf]|3[Ff]|5[Cc])[\dA-Fa-f]{2})*)*\/?(?:\?[^\0- #\x7f-\uffff]*)?(?:#[^\0- \x7f-\uffff]*)?$/;

/**
 * {@link parseProxyUrl} for the common case, or `undefined` when the URL is anything else.
 *
 * @example
 * parseCommon('/api/v1/namespaces/default/services/web:80/proxy/')?.target?.port // '80'
 * parseCommon('/api/v1/namespaces/default/services/web%3A80/proxy/')             // undefined
 */
export function parseCommon(s: string): ParseResult | undefined {
  if (!PLAIN.test(s)) return undefined;
  // The offsets: each search stops at the first match, which the regex showed is the one.
  const end = s.length;
  let origin: Origin | undefined;
  let host = '';
  let pathnameStart = 0;
  if (s.charCodeAt(0) !== SLASH) {
    const scheme = s.charCodeAt(4) === COLON ? 'http' : 'https';
    const hostStart = scheme.length + 3;
    const authorityEnd = s.indexOf('/', hostStart);
    const colon = s.indexOf(':', hostStart);
    const hostEnd = colon >= 0 && colon < authorityEnd ? colon : authorityEnd;
    origin = { scheme, userStart: -1, hostStart, hostEnd, authorityEnd };
    host = s.slice(hostStart, hostEnd); // lower case already
    pathnameStart = authorityEnd;
  }
  // Most URLs have no base path: then no search. (From the path on: `https://api/v1/…` has one in
  // its authority.)
  const at = isAt(s, pathnameStart, '/api/v1/')
    ? pathnameStart
    : s.indexOf('/api/v1/', pathnameStart);
  let namespaceStart = -1;
  let namespaceEnd = -1;
  let resourceStart = at + 8; // after `/api/v1/`
  let resource: ProxyShape['resource'] = 'nodes';
  if (s.charCodeAt(resourceStart) === LOWER_N && s.charCodeAt(resourceStart + 1) === LOWER_A) {
    namespaceStart = at + 19; // after `/api/v1/namespaces/`
    namespaceEnd = s.indexOf('/', namespaceStart);
    resourceStart = namespaceEnd + 1;
    resource = s.charCodeAt(resourceStart) === LOWER_S ? 'services' : 'pods';
  }
  const resourceEnd = resourceStart + resource.length;
  const idStart = resourceEnd + 1;
  const idEnd = s.indexOf('/', idStart);
  const pathStart = idEnd + 6; // after `/proxy`
  const hash = indexIn(s, '#', pathStart, end);
  // The path ends at the query's `?` (the regex allows no other before the `#`), or at the `#`.
  const pathnameEnd = indexIn(s, '?', pathStart, hash);
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
      pathnameStart,
      pathnameEnd,
      queryMark: pathnameEnd,
      hash,
      viaKubectlProxy: !origin || (origin.scheme === 'http' && isLoopbackHost(host)),
      plain: true,
      percent: indexIn(s, '%', pathStart, pathnameEnd),
      shape,
    },
    list,
    parts,
  );
}
