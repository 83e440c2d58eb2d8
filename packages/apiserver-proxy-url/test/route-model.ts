// An independent model of how each client turns a URL's text into the path the API server routes
// on (the README's "How each client reads a URL"; SplitSchemeNamePort in
// k8s.io/apimachinery/pkg/util/net/http.go; kubectl's proxy_server.go in
// staging/src/k8s.io/kubectl/pkg/proxy). Written from Go's net/url + net/http.ServeMux rules and
// the WHATWG URL standard (the real one: Node's `URL`), with nothing imported from src/: the
// routing properties compare the library against it.
//
// A *reading* is one way the URL can travel:
//   go                   Go clients, curl, `kubectl get --raw`: the path as written, decoded by the
//                        apiserver, split on '/' (so %2F is a separator); no dot cleaning.
//   browser              WHATWG: tabs/newlines deleted, '\' → '/', '.'/'..' (and %2e forms) resolved;
//                        then decoded and split like go.
//   kubectl              the raw text through `kubectl proxy` built with Go ≥ 1.22: ServeMux cleans
//                        the ESCAPED path (literal dots, '//'), then the apiserver decodes.
//   kubectl-old          the raw text through `kubectl proxy` built with Go < 1.22: ServeMux cleans
//                        the DECODED path (so ..%2F climbs).
//   browser+kubectl      the browser's pathname through kubectl proxy ≥ 1.22 ('//' collapses).
//   browser+kubectl-old  the browser's pathname through kubectl proxy < 1.22.
// The four kubectl readings apply only where the URL may go through kubectl proxy: no origin
// (path-only), or plain http:// to a loopback host (localhost, 127.x.x.x, [::1]).

export type ModelResource = 'services' | 'pods' | 'nodes';
export type ModelScheme = '' | 'http' | 'https';

export type ReadingName =
  | 'go'
  | 'browser'
  | 'kubectl'
  | 'kubectl-old'
  | 'browser+kubectl'
  | 'browser+kubectl-old';

export const ALL_READINGS: readonly ReadingName[] = [
  'go',
  'browser',
  'kubectl',
  'kubectl-old',
  'browser+kubectl',
  'browser+kubectl-old',
];

export interface ProxyOutcome {
  kind: 'proxy';
  resource: ModelResource;
  /** Decoded; null for nodes. */
  namespace: string | null;
  /** The decoded id segment, unsplit. */
  id: string;
}
export type RouteOutcome =
  | ProxyOutcome
  /** The request reaches an API resource (a Secrets list, a Service object, discovery). */
  | { kind: 'api' }
  /** 404 or unrelated: no proxy shape and no API resource path. */
  | { kind: 'none' }
  /** The client refuses the URL, or Go's server answers 400 (bad escape). */
  | { kind: 'refused'; reason: string };

export interface Reading {
  reading: ReadingName;
  outcome: RouteOutcome;
  /**
   * The routed path, decoded and split on '/' (a segment that is not valid UTF-8 is written
   * U+FFFD followed by its bytes as %XX, so it never equals a route word); null when refused.
   */
  segments: string[] | null;
}

// ---------------------------------------------------------------------------------------------
// The id (SplitSchemeNamePort, k8s.io/apimachinery/pkg/util/net/http.go)

/** kube-apiserver's split of the decoded id on every ':'; null = invalid (400). */
export function splitId(id: string): { scheme: ModelScheme; name: string; port: string } | null {
  const parts = id.split(':');
  let scheme = '';
  let name: string;
  let port = '';
  if (parts.length === 1) name = parts[0] as string;
  else if (parts.length === 2) [name, port] = parts as [string, string];
  else if (parts.length === 3) [scheme, name, port] = parts as [string, string, string];
  else return null;
  if (name === '') return null;
  if (scheme !== '' && scheme !== 'http' && scheme !== 'https') return null;
  return { scheme, name, port };
}

// ---------------------------------------------------------------------------------------------
// Splitting the URL text

export interface UrlText {
  /** `scheme://authority`, `//authority`, or '' for a path-only URL. */
  origin: string;
  /** The path as written, up to the first '?' or '#'. */
  path: string;
}

const ORIGIN_RE = /^(?:[A-Za-z][A-Za-z0-9+.-]*:)?\/\/[^/?#]*/;

/** How Go's url.Parse cuts the text: origin, then the path up to the first '?' or '#'. */
export function splitUrlText(url: string): UrlText {
  const origin = ORIGIN_RE.exec(url)?.[0] ?? '';
  const rest = url.slice(origin.length);
  const end = rest.search(/[?#]/);
  return { origin, path: end < 0 ? rest : rest.slice(0, end) };
}

const LOOPBACK_HTTP =
  /^http:\/\/(?:[^@/]*@)?(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\])(?::\d*)?$/i;

/** No origin (path-only), or plain http:// to a loopback host. */
export function mayGoThroughKubectlProxy(url: string): boolean {
  const { origin } = splitUrlText(url);
  return origin === '' || LOOPBACK_HTTP.test(origin);
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find them
const CONTROL = /[\u0000-\u001f\u007f]/;

/** What a browser sends: the WHATWG pathname (relative inputs against an http page). */
export function browserPathname(url: string): string | null {
  try {
    return new URL(url, 'http://h').pathname;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Decoding and cleaning

const utf8 = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The apiserver's view of an escaped path: percent-decoded (null when a '%' is not followed by two
 * hex digits: Go answers 400), then split on '/' (a decoded %2F splits too).
 */
export function decodeSegments(escaped: string): string[] | null {
  const bytes: number[] = [];
  for (let i = 0; i < escaped.length; i++) {
    const c = escaped.charCodeAt(i);
    if (c === 0x25) {
      const hex = escaped.slice(i + 1, i + 3);
      if (!/^[0-9A-Fa-f]{2}$/.test(hex)) return null;
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else if (c < 0x80) {
      bytes.push(c);
    } else {
      const ch = String.fromCodePoint(escaped.codePointAt(i) as number);
      bytes.push(...utf8.encode(ch));
      i += ch.length - 1;
    }
  }
  const segments: string[] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x2f) continue;
    const seg = Uint8Array.from(bytes.slice(start, i));
    try {
      segments.push(strictUtf8.decode(seg));
    } catch {
      let marked = '\uFFFD';
      for (const b of seg) marked += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
      segments.push(marked);
    }
    start = i + 1;
  }
  return segments;
}

/**
 * net/http.ServeMux's cleanPath on segments (a path split on '/'): rooted path.Clean ('' and '.'
 * dropped, '..' pops, never above the root), and a trailing slash kept unless the result is '/'.
 * Returns segments again: ['', 'a', ''] is '/a/', ['', ''] is '/'.
 */
export function cleanSegments(segments: readonly string[]): string[] {
  const kept: string[] = [];
  for (const seg of segments) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') kept.pop();
    else kept.push(seg);
  }
  if (kept.length === 0) return ['', ''];
  const trailing = segments.length > 1 && segments[segments.length - 1] === '';
  return trailing ? ['', ...kept, ''] : ['', ...kept];
}

/** ServeMux's cleanPath on a path string (Go ≥ 1.22 applies it to the escaped path). */
export function serveMuxClean(path: string): string {
  return cleanSegments(path.split('/')).join('/');
}

// ---------------------------------------------------------------------------------------------
// Routing on the decoded segments

const NAMESPACED = new Set([
  'bindings',
  'configmaps',
  'endpoints',
  'events',
  'limitranges',
  'persistentvolumeclaims',
  'pods',
  'podtemplates',
  'replicationcontrollers',
  'resourcequotas',
  'secrets',
  'serviceaccounts',
  'services',
]);
const CLUSTER = new Set(['namespaces', 'nodes', 'persistentvolumes', 'componentstatuses']);
const SUBRESOURCES: Record<string, ReadonlySet<string>> = {
  pods: new Set([
    'attach',
    'binding',
    'ephemeralcontainers',
    'eviction',
    'exec',
    'log',
    'portforward',
    'proxy',
    'resize',
    'status',
  ]),
  services: new Set(['proxy', 'status']),
  nodes: new Set(['proxy', 'status']),
  namespaces: new Set(['finalize', 'status']),
  persistentvolumeclaims: new Set(['status']),
  persistentvolumes: new Set(['status']),
  replicationcontrollers: new Set(['scale', 'status']),
  resourcequotas: new Set(['status']),
  serviceaccounts: new Set(['token']),
};

/** A name an object could have (lenient DNS-1123 subdomain); `a\proxy`, `..`, `web:x` are not. */
const isObjectName = (s: string): boolean =>
  s.length <= 253 && /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(s);

/**
 * Whether the segments after `api/v1` name something the apiserver serves from the core group:
 * discovery, a list, an object or one of its subresources (a trailing slash allowed). Anything
 * else (an unknown resource or subresource, an impossible name, extra segments, '//') is a 404.
 */
export function isApiResourcePath(afterV1: readonly string[]): boolean {
  const r =
    afterV1.length > 0 && afterV1[afterV1.length - 1] === '' ? afterV1.slice(0, -1) : afterV1;
  if (r.length === 0) return true;
  if (r.some((s) => s === '')) return false;
  const [a, b, c, d, e] = r as [string, string?, string?, string?, string?];
  if (a === 'namespaces' && r.length >= 3) {
    if (!isObjectName(b as string)) return false;
    const resource = c as string;
    if (r.length === 3)
      return NAMESPACED.has(resource) || SUBRESOURCES.namespaces?.has(resource) === true;
    if (!NAMESPACED.has(resource) || !isObjectName(d as string)) return false;
    if (r.length === 4) return true;
    return r.length === 5 && SUBRESOURCES[resource]?.has(e as string) === true;
  }
  if (r.length === 1) return NAMESPACED.has(a) || CLUSTER.has(a);
  if (!CLUSTER.has(a) || !isObjectName(b as string)) return false;
  if (r.length === 2) return true;
  return r.length === 3 && SUBRESOURCES[a]?.has(c as string) === true;
}

/**
 * The outcome of a routed path: the FIRST `api/v1` followed by a proxy shape
 * (`namespaces/{ns}/(services|pods)/{id}/proxy` or `nodes/{id}/proxy`, `proxy` exactly, last or
 * followed by more segments); else `api` if the first `api/v1` is followed by an API resource path;
 * else `none`. Whatever is in front of `api/v1` is taken for a base (something in front of the
 * apiserver strips it).
 */
export function routeOutcome(segments: readonly string[]): RouteOutcome {
  const s = segments;
  for (let i = 0; i + 1 < s.length; i++) {
    if (s[i] !== 'api' || s[i + 1] !== 'v1') continue;
    const r = s[i + 2];
    if (r === 'namespaces') {
      const resource = s[i + 4];
      const id = s[i + 5];
      if (
        (resource === 'services' || resource === 'pods') &&
        id !== undefined &&
        s[i + 6] === 'proxy'
      )
        return { kind: 'proxy', resource, namespace: s[i + 3] as string, id };
    } else if (r === 'nodes') {
      const id = s[i + 3];
      if (id !== undefined && s[i + 4] === 'proxy')
        return { kind: 'proxy', resource: 'nodes', namespace: null, id };
    }
  }
  // The API server (or the proxy in front of it, which strips its own prefix) routes from the
  // first api/v1: a later one inside a path that names nothing is not reached.
  for (let i = 0; i + 1 < s.length; i++) {
    if (s[i] === 'api' && s[i + 1] === 'v1') {
      return isApiResourcePath(s.slice(i + 2)) ? { kind: 'api' } : { kind: 'none' };
    }
  }
  return { kind: 'none' };
}

// ---------------------------------------------------------------------------------------------
// The readings

const refused = (reading: ReadingName, reason: string): Reading => ({
  reading,
  outcome: { kind: 'refused', reason },
  segments: null,
});

function routed(reading: ReadingName, segments: string[] | null, why: string): Reading {
  if (segments === null) return refused(reading, why);
  return { reading, outcome: routeOutcome(segments), segments };
}

export interface ReadOptions {
  /**
   * Which kubectl readings to include: 'auto' (default) where the URL may go through kubectl
   * proxy, 'always' (a builder's URL may be pasted after any base), 'never'.
   */
  kubectl?: 'auto' | 'always' | 'never';
}

/** Every applicable reading of a URL, in the order of ALL_READINGS. */
export function readUrl(url: string, options: ReadOptions = {}): Reading[] {
  const mode = options.kubectl ?? 'auto';
  const kubectl = mode === 'always' || (mode === 'auto' && mayGoThroughKubectlProxy(url));
  const { path } = splitUrlText(url);
  const control = CONTROL.test(url);
  const pathname = browserPathname(url);
  const badEscape = 'a % not followed by two hex digits: 400';
  const out: Reading[] = [];

  // go: as written.
  out.push(
    control
      ? refused('go', 'control character: the client refuses the URL')
      : routed('go', decodeSegments(path), badEscape),
  );
  // browser: the WHATWG pathname.
  out.push(
    pathname === null
      ? refused('browser', 'the WHATWG parser throws')
      : routed('browser', decodeSegments(pathname), badEscape),
  );
  if (!kubectl) return out;

  // kubectl proxy ≥ 1.22: clean the escaped path, then decode.
  if (control) out.push(refused('kubectl', 'control character: the client refuses the URL'));
  else out.push(routed('kubectl', decodeSegments(serveMuxClean(path)), badEscape));
  // kubectl proxy < 1.22: decode, then clean.
  if (control) out.push(refused('kubectl-old', 'control character: the client refuses the URL'));
  else {
    const decoded = decodeSegments(path);
    out.push(routed('kubectl-old', decoded && cleanSegments(decoded), badEscape));
  }
  if (pathname === null) {
    out.push(refused('browser+kubectl', 'the WHATWG parser throws'));
    out.push(refused('browser+kubectl-old', 'the WHATWG parser throws'));
  } else {
    out.push(routed('browser+kubectl', decodeSegments(serveMuxClean(pathname)), badEscape));
    const decoded = decodeSegments(pathname);
    out.push(routed('browser+kubectl-old', decoded && cleanSegments(decoded), badEscape));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Comparing readings

/** Same (resource, namespace, id): ids compared by their split when both split, else as text. */
export function sameProxy(a: ProxyOutcome, b: ProxyOutcome): boolean {
  if (a.resource !== b.resource || a.namespace !== b.namespace) return false;
  const sa = splitId(a.id);
  const sb = splitId(b.id);
  if (sa === null || sb === null) return a.id === b.id;
  return sa.scheme === sb.scheme && sa.name === sb.name && sa.port === sb.port;
}

/**
 * Two readings that disagree: both reach proxies of different (resource, namespace, id), or one
 * reaches a proxy and the other an API resource. null when they all agree (refused and none
 * disagree with nothing).
 */
export function findDisagreement(readings: readonly Reading[]): [Reading, Reading] | null {
  for (const a of readings) {
    if (a.outcome.kind !== 'proxy') continue;
    for (const b of readings) {
      if (b.outcome.kind === 'api') return [a, b];
      if (b.outcome.kind === 'proxy' && !sameProxy(a.outcome, b.outcome)) return [a, b];
    }
  }
  return null;
}

/** The proxy the first proxy-reaching reading reaches, or null. */
export function firstProxy(readings: readonly Reading[]): ProxyOutcome | null {
  for (const r of readings) if (r.outcome.kind === 'proxy') return r.outcome;
  return null;
}

/** `services ns/a`, `nodes n1`, `api`, `none`, `refused`: for tables and failure messages. */
export function describeOutcome(o: RouteOutcome): string {
  if (o.kind !== 'proxy') return o.kind;
  return o.namespace === null ? `${o.resource} ${o.id}` : `${o.resource} ${o.namespace}/${o.id}`;
}

/** One line per reading: `go: services ns/a  /api/v1/...`. */
export function describeReadings(readings: readonly Reading[]): string {
  return readings
    .map(
      (r) =>
        `${r.reading}: ${describeOutcome(r.outcome)}${r.segments ? `  ${JSON.stringify(r.segments.join('/'))}` : r.outcome.kind === 'refused' ? ` (${r.outcome.reason})` : ''}`,
    )
    .join('\n');
}
