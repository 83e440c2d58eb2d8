import {
  type Diagnostic,
  type ProxyTarget,
  parseProxyUrl,
  type TemplateParseResult,
} from 'apiserver-proxy-url';

/**
 * What `kubectl proxy` with default flags does with the request:
 * - `accepts`: the base could be kubectl proxy and it lets the request through;
 * - `redirects`: 301 to the cleaned path (a `//` in the path: Go's request router collapses it);
 * - `refuses`: 403 Forbidden (its default `--reject-paths` or `--accept-hosts`);
 * - `unreachable`: the connection is refused: kubectl proxy listens on 127.0.0.1 only, so an IPv6
 *   address (`[::1]`) or another 127.x address finds nothing listening;
 * - `elsewhere`: the base is not kubectl proxy's (an https:// address, a remote host, a gateway).
 */
export type KubectlVerdict = 'accepts' | 'redirects' | 'refuses' | 'unreachable' | 'elsewhere';

/** Where a parsed URL really goes, from the parser's findings and the platform's URL cleaning. */
export interface Destination {
  /** The host that gets the request; `null` for a path-only URL (the page's or tool's host). */
  host: string | null;
  /** Path and query as a browser sends them (`new URL(url, 'http://h')`): dot segments gone, `\` → `/`. */
  request: string;
  /** What the API server proxies to, read from the cleaned request; `null` when it left the proxy. */
  backend: ProxyTarget | null;
  /** True when the backend gets another path or query than the one written. */
  cleaned: boolean;
  /** The parser's `path-escapes-proxy` finding, if any. */
  escapes: Diagnostic | undefined;
  /** How the API server talks to the backend: the id's scheme (none is http), or the kubelet's https. */
  over: 'http' | 'https';
  /** A node's kubelet port (empty or exactly `10250`): https and the kubelet's credentials, whatever the id's scheme. */
  kubelet: boolean;
  /** The base could be kubectl proxy: no base, a path-only base, or plain http:// to a loopback host. */
  viaKubectl: boolean;
  /** What kubectl proxy with default flags does with it. */
  kubectl: KubectlVerdict;
  /** kubectl proxy's default `--reject-paths` refuses this path (403), whatever the base. */
  kubectlRejectsPath: boolean;
  /** The fragment, which never leaves the browser. */
  fragment: string;
}

/** How the target is named in text: `namespace/name`, or a node's name alone. */
export const objectName = (target: Pick<ProxyTarget, 'namespace' | 'name'>): string =>
  target.namespace === null ? target.name : `${target.namespace}/${target.name}`;

const has = (result: TemplateParseResult, code: Diagnostic['code']): boolean =>
  result.diagnostics.some((d) => d.code === code);

/** Whether a host (as `URL.hostname` writes it) is loopback: localhost, 127.x.x.x or [::1]. */
function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || hostname.startsWith('127.');
}

/**
 * Whether `base` could be `kubectl proxy`: no base, a path-only base (something in front adds the
 * host), or plain `http://` to a loopback host. Never https:// (kubectl proxy serves plain http)
 * nor a remote host.
 */
export function couldBeKubectlProxy(base: string): boolean {
  if (base === '' || (base.startsWith('/') && !base.startsWith('//'))) return true;
  if (base.slice(0, 7).toLowerCase() !== 'http://') return false;
  try {
    return isLoopback(new URL(base).hostname);
  } catch {
    return false;
  }
}

/** kubectl proxy listens on 127.0.0.1 only: an IPv6 address or another 127.x finds nothing there. */
function kubectlUnreachable(base: string): boolean {
  try {
    const { hostname } = new URL(base);
    return hostname.startsWith('[') || (hostname.startsWith('127.') && hostname !== '127.0.0.1');
  } catch {
    return false;
  }
}

export function destinationOf(url: string, parsed: TemplateParseResult): Destination | null {
  const { target, parts } = parsed;
  if (!target) return null;
  let sent: URL;
  try {
    sent = new URL(url.trim(), 'http://h');
  } catch {
    return null;
  }
  // A base with a scheme names its host; anything else goes to the host of whatever sends it.
  const absolute = URL.canParse(target.base);
  const request = `${sent.pathname}${sent.search}`;
  const found = parseProxyUrl(request).target;
  const backend =
    found &&
    found.resource === target.resource &&
    found.namespace === target.namespace &&
    found.name === target.name
      ? found
      : null;
  // The parser checks kubectl proxy's --reject-paths only for a base that could be kubectl proxy;
  // the same URL without its base says what kubectl proxy would do with it anyway.
  const pathOnly = parts.base ? parseProxyUrl(url.slice(parts.base[1])) : parsed;
  const kubectlRejectsPath =
    has(parsed, 'kubectl-proxy-rejects-path') || has(pathOnly, 'kubectl-proxy-rejects-path');
  const viaKubectl = couldBeKubectlProxy(target.base);
  let kubectl: KubectlVerdict;
  if (!viaKubectl) kubectl = 'elsewhere';
  else if (absolute && kubectlUnreachable(target.base)) kubectl = 'unreachable';
  else if (has(parsed, 'kubectl-proxy-rejects-host')) kubectl = 'refuses';
  // Go's request router 301-redirects a path with `//` before kubectl proxy's filters see it.
  else if (sent.pathname.includes('//')) kubectl = 'redirects';
  else kubectl = kubectlRejectsPath ? 'refuses' : 'accepts';
  const reached = backend ?? target;
  // The API server compares a node's port with the kubelet's as a string: `010250` is not it.
  const kubelet = reached.resource === 'nodes' && (reached.port === '' || reached.port === '10250');
  return {
    host: absolute ? sent.host : null,
    request,
    backend,
    cleaned: !backend || backend.path !== target.path || backend.query !== target.query,
    escapes: parsed.diagnostics.find((d) => d.code === 'path-escapes-proxy'),
    over: kubelet || reached.scheme === 'https' ? 'https' : 'http',
    kubelet,
    viaKubectl,
    kubectl,
    kubectlRejectsPath,
    fragment: target.fragment,
  };
}
