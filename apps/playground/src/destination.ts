import {
  type Diagnostic,
  type ParseResult,
  type ProxyTarget,
  parseProxyUrl,
} from 'apiserver-proxy-url';

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
  /** `kubectl proxy` with default flags answers 403 (its --reject-paths or --accept-hosts). */
  kubectlRefuses: boolean;
  /** The fragment, which never leaves the browser. */
  fragment: string;
}

/** How the target is named in text: `namespace/name`, or a node's name alone. */
export const objectName = (target: Pick<ProxyTarget, 'namespace' | 'name'>): string =>
  target.namespace === null ? target.name : `${target.namespace}/${target.name}`;

const has = (result: ParseResult, code: Diagnostic['code']): boolean =>
  result.diagnostics.some((d) => d.code === code);

export function destinationOf(url: string, parsed: ParseResult): Destination | null {
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
  const kubectlRefuses =
    has(parsed, 'kubectl-proxy-rejects-host') ||
    has(parsed, 'kubectl-proxy-rejects-path') ||
    has(pathOnly, 'kubectl-proxy-rejects-path');
  return {
    host: absolute ? sent.host : null,
    request,
    backend,
    cleaned: !backend || backend.path !== target.path || backend.query !== target.query,
    escapes: parsed.diagnostics.find((d) => d.code === 'path-escapes-proxy'),
    kubectlRefuses,
    fragment: target.fragment,
  };
}
