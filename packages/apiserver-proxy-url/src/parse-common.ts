// The common case, read fast: a plain
// `[http(s)://host[:port]][/base]/api/v1/.../proxy[/path][?query][#fragment]` with nothing a client
// could read differently (no escape before `/proxy`, and none in the path that a path check looks
// at; no `\`, `//`, dot segment, space or control character). Such a URL needs no trimming, routing
// or path cleaning: two regexes show it is plain, and the checks that remain are the full parser's
// own (parse-target.ts). Anything else goes to the full parser (parse.ts), which gives the same
// result (test/parse-common.test.ts compares them).
import { COLON, LOWER_S, SLASH } from './chars.js';
import type { Diagnostic } from './diagnostics.js';
import { isLoopbackHost, type Origin } from './origin.js';
import { hostOf, type ParseResult, readTarget, setShapeParts } from './parse-target.js';
import { isAt, type ProxyShape } from './shape.js';
import type { ProxyUrlParts } from './types.js';

// Both regexes are linear. Each repeat is either a single character class followed by a character
// that class excludes, or a path segment: a `/` (which no segment's characters include), then
// characters. So every character can be matched one way only, and a failed match never re-reads
// more than one character per position. Neither can span two `/api/v1/`: the search for the shape
// starts at the first one (indexOf), and the full parser takes over when that one does not match.

/**
 * `http(s)://host[:port]` or nothing, then path segments that are neither empty nor dot segments,
 * up to the first `/api/v1/`: sticky at 0, it shows that everything before `lastIndex` is a plain
 * origin and base path.
 */
const PLAIN_PREFIX = /(?:https?:\/\/[a-z0-9.-]+(?::[0-9]+)?)?(?:\/(?!api\/v1\/)[\w~-]+)*/y;

/**
 * From `/api/v1/` to the end: the proxy shape with a plain namespace and id, then a path of
 * segments that are neither empty nor start with a dot (`//`, `/.`, `/..`), made of ASCII
 * characters other than spaces, controls, `%` and `\`, and of valid escapes other than `%2E` (a
 * dot), `%2F` (a slash), `%3F` (`?`) and `%5C` (`\`), which each have a path check; then a query
 * and a fragment without spaces or controls. (An escape is the only repeat here of more than one
 * character, and it starts with `%`, which the class beside it excludes.)
 */
const PLAIN_SHAPE =
  /\/api\/v1\/(?:namespaces\/[a-z0-9-]+\/(?:services|pods)|nodes)\/[a-z0-9:-][a-z0-9.:-]*\/proxy(?:\/(?:[^\0- %\\?#/.\x7f-\uffff]|%(?!2[EeFf]|3[Ff]|5[Cc])[\dA-Fa-f]{2})(?:[^\0- %\\?#/\x7f-\uffff]|%(?!2[EeFf]|3[Ff]|5[Cc])[\dA-Fa-f]{2})*)*\/?(?:\?[^\0- #\x7f-\uffff]*)?(?:#[^\0- \x7f-\uffff]*)?$/y;

/**
 * {@link parseProxyUrl} for the common case, or `undefined` when the URL is anything else.
 *
 * @example
 * parseCommon('/api/v1/namespaces/default/services/web:80/proxy/')?.target?.port // '80'
 * parseCommon('/api/v1/namespaces/default/services/web%3A80/proxy/')             // undefined
 */
export function parseCommon(s: string): ParseResult | undefined {
  PLAIN.lastIndex = 0;
  const m = PLAIN.exec(s);
  if (m === null) return undefined;
  const [, originText = '', basePath = '', ns, res, idText = '', pathText = '', query, fragment] =
    m;
  const end = s.length;
  const at = originText.length + basePath.length;
  let origin: Origin | undefined;
  let host = '';
  if (originText) {
    const scheme = s.charCodeAt(4) === COLON ? 'http' : 'https';
    const hostStart = scheme.length + 3;
    const colon = originText.indexOf(':', hostStart);
    const hostEnd = colon < 0 ? originText.length : colon;
    origin = { scheme, userStart: -1, hostStart, hostEnd, authorityEnd: originText.length };
    host = s.slice(hostStart, hostEnd);
  }
  let namespaceStart = -1;
  let namespaceEnd = -1;
  let resourceStart = at + 8;
  let resource: ProxyShape['resource'] = 'nodes';
  if (ns !== undefined) {
    namespaceStart = at + 19;
    namespaceEnd = namespaceStart + ns.length;
    resourceStart = namespaceEnd + 1;
    resource = res as ProxyShape['resource'];
  }
  const resourceEnd = resourceStart + resource.length;
  const idStart = resourceEnd + 1;
  const idEnd = idStart + idText.length;
  const pathStart = idEnd + 6;
  const pathnameEnd = pathStart + pathText.length;
  const queryMark =
    query === undefined ? (fragment === undefined ? end : pathnameEnd) : pathnameEnd;
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
  const viaKubectlProxy = !origin || (origin.scheme === 'http' && isLoopbackHost(host));
  return readTarget(
    {
      s,
      start: 0,
      end,
      origin,
      host,
      pathnameStart: originText.length,
      pathnameEnd,
      queryMark,
      hash,
      viaKubectlProxy,
      plain: true,
      percent: pathText.includes('%') ? s.indexOf('%', pathStart) : pathnameEnd,
      shape,
    },
    list,
    parts,
  );
}

const PLAIN =
  /(https?:\/\/[a-z0-9.-]+(?::[0-9]+)?)?((?:\/(?!api\/v1\/)[\w~-]+)*)\/api\/v1\/(?:namespaces\/([a-z0-9-]+)\/(services|pods)|nodes)\/([a-z0-9:-][a-z0-9.:-]*)\/proxy((?:\/(?:[^\0- %\\?#/.\x7f-\uffff]|%(?!2[EeFf]|3[Ff]|5[Cc])[\dA-Fa-f]{2})(?:[^\0- %\\?#/\x7f-\uffff]|%(?!2[EeFf]|3[Ff]|5[Cc])[\dA-Fa-f]{2})*)*\/?)(?:\?([^\0- #\x7f-\uffff]*))?(?:#([^\0- \x7f-\uffff]*))?$/y;

/** The first index of `text` at or after `from`, or `none` when there is none. */
function indexOr(s: string, text: string, from: number, none: number): number {
  const i = s.indexOf(text, from);
  return i < 0 ? none : i;
}

/** The offsets of the shape that {@link PLAIN_SHAPE} matched at `at`. */
function readShape(s: string, at: number): ProxyShape {
  let namespaceStart = -1;
  let namespaceEnd = -1;
  let resourceStart = at + 8;
  let resource: ProxyShape['resource'] = 'nodes';
  if (!isAt(s, resourceStart, 'nodes/')) {
    namespaceStart = at + 19; // after `/api/v1/namespaces/`
    namespaceEnd = s.indexOf('/', namespaceStart);
    resourceStart = namespaceEnd + 1;
    resource = s.charCodeAt(resourceStart) === LOWER_S ? 'services' : 'pods';
  }
  const resourceEnd = resourceStart + resource.length;
  const idStart = resourceEnd + 1;
  const idEnd = s.indexOf('/', idStart);
  return {
    at,
    resource,
    resourceStart,
    resourceEnd,
    namespaceStart,
    namespaceEnd,
    idStart,
    idEnd,
    pathStart: idEnd + 6, // after `/proxy`
    legacy: false,
  };
}
