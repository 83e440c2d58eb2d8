// The same target through another door: conversions between bases, and out of the removed form.
// Both stand on the parser and the builder, so no rule about URLs is written here a second time.
import { safeBuildProxyUrl } from './build.js';
import { ProxyUrlError } from './diagnostics.js';
import { type ParseResult, parseProxyUrl } from './parse.js';

/**
 * The modern URL for a link in the `/api/v1/proxy/...` form that Kubernetes removed in v1.10, or
 * `null` when the URL is not in that form. The parser's `legacy-proxy-path` fix is exactly this URL.
 *
 * @example
 * upgradeLegacyProxyUrl('/api/v1/proxy/namespaces/kube-system/services/kubernetes-dashboard/');
 * // '/api/v1/namespaces/kube-system/services/kubernetes-dashboard/proxy/'
 * upgradeLegacyProxyUrl('/api/v1/namespaces/ns/services/svc/proxy/'); // null
 */
export function upgradeLegacyProxyUrl(url: string): string | null {
  const { diagnostics } = parseProxyUrl(url);
  for (const d of diagnostics) if (d.code === 'legacy-proxy-path') return d.fix ?? null;
  return null;
}

/**
 * A proxy URL that Kubernetes accepts, cut where its base ends.
 *
 * @example
 * // cutAtBase('https://h/api/v1/nodes/n/proxy/')
 * { url: 'https://h/api/v1/nodes/n/proxy/', result: { ok: true, ... }, at: 9 }
 */
export interface ProxyUrlCut {
  /** The URL read (the modern form of a legacy link), trimmed as the parser trims it. */
  url: string;
  result: ParseResult;
  /** Where `/api/v1` starts in `url`. */
  at: number;
}

/**
 * Parses `url` for a conversion: a legacy link is read as its modern form (the same target), and
 * a URL the parser finds an error in is refused, since converting it would only move the error.
 * Internal: the conversions and snippets share it; it is not exported from the package.
 *
 * @throws {ProxyUrlError} with the parser's errors (none when there is no proxy shape at all).
 * @example
 * const { url, at } = cutAtBase(' /api/v1/proxy/nodes/n/stats ');
 * url;          // '/api/v1/nodes/n/proxy/stats'
 * url.slice(at) // the same: there is no base
 */
export function cutAtBase(url: string): ProxyUrlCut {
  let text = String(url);
  let result = parseProxyUrl(text);
  // The parser's fixes are whole, trimmed URLs: the modern form of a legacy link, the route
  // written plainly, or the URL without its surrounding whitespace. Reading that instead puts the offsets into what is returned.
  let rewritten: string | undefined;
  for (const d of result.diagnostics) {
    const plain = d.code === 'legacy-proxy-path' || d.code === 'hidden-route';
    if (plain || (d.code === 'surrounding-whitespace' && !rewritten)) {
      rewritten = d.fix;
    }
  }
  if (rewritten !== undefined) {
    text = rewritten;
    result = parseProxyUrl(text);
  }
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 || !result.target) throw new ProxyUrlError(errors);
  return { url: text, result, at: result.parts.base ? result.parts.base[1] : 0 };
}

// Any valid target will do: the builder writes the base in front of it, checked and normalised.
const PROBE = '/api/v1/nodes/n/proxy/';

/**
 * The same target through another door: replaces everything before `/api/v1` with `base`. The
 * rest of the URL (id, path, query, fragment) is kept exactly as written, so the backend receives
 * the same request. `base` is what {@link buildProxyUrl} takes: `''` for a path-only URL,
 * `kubectl proxy`'s `http://localhost:8001` (or another port), the in-cluster
 * `https://kubernetes.default.svc`, an API server address, or a gateway with a path prefix. A
 * legacy `/api/v1/proxy/...` link comes out in the modern form.
 *
 * @throws {ProxyUrlError} when the base is refused (`invalid-base`), or the URL is not a proxy URL
 *   or has an error (converting it would keep the error).
 * @example
 * rebaseProxyUrl(
 *   'http://104.197.5.247/api/v1/namespaces/kube-system/services/elasticsearch-logging/proxy/_search?q=user:kimchy',
 *   'http://localhost:8080',
 * );
 * // 'http://localhost:8080/api/v1/namespaces/kube-system/services/elasticsearch-logging/proxy/_search?q=user:kimchy'
 * rebaseProxyUrl('/api/v1/nodes/node-1/proxy/stats/summary', 'https://kubernetes.default.svc');
 * // 'https://kubernetes.default.svc/api/v1/nodes/node-1/proxy/stats/summary'
 */
export function rebaseProxyUrl(url: string, base: string): string {
  const built = safeBuildProxyUrl({ base, resource: 'nodes', name: 'n' });
  if (!built.ok) throw new ProxyUrlError(built.diagnostics);
  const cut = cutAtBase(url);
  return built.url.slice(0, built.url.length - PROBE.length) + cut.url.slice(cut.at);
}
