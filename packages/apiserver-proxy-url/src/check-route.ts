// The parser's findings about routing: which object each client reaches, and whether the text
// says so plainly.
import { BACKSLASH, DELETE, DOT, PERCENT, SLASH, SPACE } from './chars.js';
import { type Source, sourceEdit } from './check-path.js';
import { addDiagnostic, type Diagnostic } from './diagnostics.js';
import { encodeText, isEscapeOf } from './percent.js';
import { type Route, type RouteMatch, routeKey, routePath } from './route.js';
import type { ProxyShape } from './shape.js';

/** The object a route reaches, for a message: `services ns/web`, or the API path it reads instead. */
function reached(route: Route): string {
  const m = route.match;
  if (!m) return `/${route.tokens.map((t) => t.text).join('/')}`;
  return `${m.resource} ${m.namespace ? `${m.namespace.text}/` : ''}${m.id.text}`;
}

/** The shape in the input that a routed match stands for. */
function shapeOf(s: string, m: RouteMatch): ProxyShape {
  // The separator in front of `api`: '/', '\' or '%2F'.
  const at = isEscapeOf(s, m.api.start - 3, '2F') ? m.api.start - 3 : m.api.start - 1;
  return {
    at,
    resource: m.resource,
    resourceStart: m.resourceToken.start,
    resourceEnd: m.resourceToken.end,
    namespaceStart: m.namespace ? m.namespace.start : -1,
    namespaceEnd: m.namespace ? m.namespace.end : -1,
    idStart: m.id.start,
    idEnd: m.id.end,
    pathStart: m.proxy.end,
    legacy: false,
  };
}

export interface Routing {
  routes: Route[];
  /** What a browser reaches, or else the first client that reaches a proxy. */
  chosen: Route | undefined;
  shape: ProxyShape | undefined;
}

/** Routes the path `s[from, to)` every way a client can read it. */
export function routeInput(s: string, from: number, to: number, viaKubectlProxy: boolean): Routing {
  const routes = routePath(s, from, to, viaKubectlProxy);
  let chosen: Route | undefined;
  for (const route of routes) {
    if (route.match) {
      chosen = route;
      break;
    }
  }
  return { routes, chosen, shape: chosen?.match && shapeOf(s, chosen.match) };
}

/** The first text in `s[from, to)` that a client reads differently from a person. */
function firstHidden(s: string, from: number, to: number): [number, number] {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === PERCENT) return [i, i + 3];
    if (c === BACKSLASH || c < SPACE || c === DELETE) return [i, i + 1];
    if (c === DOT && (s.charCodeAt(i - 1) === SLASH || s.charCodeAt(i - 1) === BACKSLASH))
      return [i, i + 1];
  }
  return [from, to];
}

/**
 * Reports when clients reach different objects (an error), or reach the same one by a route the
 * text hides: escaped route words or separators, backslashes, dot segments (a warning whose fix is
 * the route written plainly). `raw` is the shape as a person reads the text, if any.
 */
export function checkRoutes(
  src: Source,
  { routes, chosen, shape }: Routing,
  raw: ProxyShape | undefined,
  list: Diagnostic[],
): void {
  if (!chosen?.match || !shape) return;
  const { s } = src;
  const key = routeKey(chosen.match);
  let other: Route | undefined;
  let missed = ''; // the readings that get 404, comma-separated
  for (const route of routes) {
    if (route.match ? routeKey(route.match) !== key : route.outcome === 'api') other ??= route;
    else if (route.outcome === 'none') missed += `${missed ? ',' : ''}${route.reading}`;
  }
  if (other) {
    // A path that climbs out of the proxy already has its own error, and an empty namespace or
    // id (which `kubectl proxy` collapses away) has its own.
    const m = chosen.match;
    if (m.id.text === '' || m.namespace?.text === '') return;
    if (list.some((d) => d.code === 'path-escapes-proxy')) return;
    const params = {
      reader: chosen.reading,
      reached: reached(chosen),
      otherReader: other.reading,
      otherReached: reached(other),
    };
    // Where the readings start to differ: somewhere from the start of the path.
    const [from, to] = firstHidden(
      s,
      Math.min(shape.at, routes[0]?.tokens[0]?.start ?? shape.at),
      shape.pathStart,
    );
    addDiagnostic(list, { code: 'route-differs', params, start: from, end: to });
    return;
  }
  const plain =
    raw &&
    raw.at === shape.at &&
    raw.idStart === shape.idStart &&
    raw.pathStart === shape.pathStart;
  // Readings that lose the proxy below /proxy are the path checks' business.
  if (plain) return;
  const [from, to] = firstHidden(s, shape.at, shape.pathStart);
  const m = chosen.match;
  const route = `/api/v1/${m.namespace ? `namespaces/${encodeText(m.namespace.text, false)}/${m.resource}` : 'nodes'}/${encodeText(m.id.text, false)}/proxy`;
  // A `%2F` right after `proxy` is its separator once decoded: write it as one.
  const slash = isEscapeOf(s, shape.pathStart, '2F') ? 3 : 0;
  const fix = sourceEdit(src, shape.at, shape.pathStart + slash, slash ? `${route}/` : route);
  const params = { reached: reached(chosen), missed };
  addDiagnostic(list, { code: 'hidden-route', params, start: from, end: to, fix });
}
