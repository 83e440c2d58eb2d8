// Copy-as snippets: the same request as a curl command, a `kubectl get --raw`, and the RBAC rule
// that allows it.
import { cutAtBase } from './convert.js';
import { joinSchemeNamePort } from './id.js';
import type { ProxyTarget } from './types.js';

/** `s` as one POSIX shell word that expands to nothing. */
const quote = (s: string): string => `'${s.split("'").join("'\\''")}'`;

/**
 * A curl command for the URL, as the Kubernetes docs write one: with an
 * `Authorization: Bearer "$TOKEN"` header for the shell to fill in (or `options.token`). Through
 * `kubectl proxy` (plain `http://` to a loopback host) no header is needed: kubectl adds the
 * credentials. A path-only URL is sent to `"$APISERVER"`. The fragment is left out: it never leaves
 * the client.
 *
 * @throws {ProxyUrlError} when the URL is not a proxy URL or has an error.
 * @example
 * toCurl('https://104.197.5.247/api/v1/namespaces/kube-system/services/elasticsearch-logging/proxy/_search?q=user:kimchy');
 * // `curl 'https://104.197.5.247/api/v1/namespaces/kube-system/services/elasticsearch-logging/proxy/_search?q=user:kimchy' --header "Authorization: Bearer $TOKEN"`
 * toCurl('http://localhost:8080/api/v1/namespaces/kube-system/services/elasticsearch-logging/proxy/');
 * // "curl 'http://localhost:8080/api/v1/namespaces/kube-system/services/elasticsearch-logging/proxy/'"
 */
export function toCurl(url: string, options?: { token?: string }): string {
  const { url: text, result, at } = cutAtBase(url);
  const sent = withoutFragment(text);
  const token = options?.token;
  // The parser calls any other plain-http base insecure: what is left is a loopback host.
  const viaKubectlProxy =
    text.slice(0, 7).toLowerCase() === 'http://' &&
    !result.diagnostics.some((d) => d.code === 'insecure-remote-base');
  const target = at === 0 ? `"$APISERVER"${quote(sent)}` : quote(sent);
  // Globbing would read `[::1]` or `{a,b}` as a pattern.
  const glob = /[[\]{}]/.test(sent) ? ' --globoff' : '';
  const header =
    token !== undefined
      ? ` --header ${quote(`Authorization: Bearer ${token}`)}`
      : viaKubectlProxy
        ? ''
        : ' --header "Authorization: Bearer $TOKEN"';
  return `curl${glob} ${target}${header}`;
}

/**
 * `kubectl get --raw` for the URL: the path and query only, since kubectl supplies the API server
 * (and any prefix in front of it) from the kubeconfig. `--raw` sends GET.
 *
 * @throws {ProxyUrlError} when the URL is not a proxy URL or has an error.
 * @example
 * toKubectlGetRaw('https://104.197.5.247/api/v1/namespaces/kube-system/services/https:elasticsearch-logging:/proxy/_cluster/health?pretty=true');
 * // "kubectl get --raw '/api/v1/namespaces/kube-system/services/https:elasticsearch-logging:/proxy/_cluster/health?pretty=true'"
 */
export function toKubectlGetRaw(url: string): string {
  const { url: text, at } = cutAtBase(url);
  return `kubectl get --raw ${quote(withoutFragment(text).slice(at))}`;
}

function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/**
 * A rule of an RBAC Role (or, for nodes, a ClusterRole), as its YAML has it.
 *
 * @example
 * { apiGroups: [''], resources: ['services/proxy'], resourceNames: ['kube-dns:dns'], verbs: ['get'] }
 */
export interface RbacRule {
  apiGroups: string[];
  resources: string[];
  resourceNames: string[];
  verbs: string[];
}

// How kube-apiserver names the verb of a request to a subresource.
const VERBS: Record<string, string> = {
  GET: 'get',
  HEAD: 'get',
  POST: 'create',
  PUT: 'update',
  PATCH: 'patch',
  DELETE: 'delete',
};

/**
 * The RBAC rule that allows requests to the target's proxy: `services/proxy` (or `pods/proxy`,
 * `nodes/proxy`) for the resource name the API server authorises, which is the **whole id**
 * (`https:kubernetes-dashboard:`, `kube-dns:dns`), not the name. The id is the shortest form, as
 * {@link buildProxyUrl} writes it; RBAC treats `svc:` and `svc` as two names. The verbs follow the
 * HTTP methods (`GET` by default): `get`, `create` for POST, `update`, `patch`, `delete`. Nodes are
 * cluster-scoped: put their rule in a ClusterRole.
 *
 * @throws {ProxyUrlError} when the parts cannot be joined into an id (`joinSchemeNamePort`).
 * @example
 * toRbacRule({ resource: 'services', scheme: 'https', name: 'kubernetes-dashboard', port: '' });
 * // { apiGroups: [''], resources: ['services/proxy'],
 * //   resourceNames: ['https:kubernetes-dashboard:'], verbs: ['get'] }
 */
export function toRbacRule(
  target: Pick<ProxyTarget, 'resource' | 'scheme' | 'name' | 'port'>,
  options?: { methods?: string[] },
): RbacRule {
  const verbs: string[] = [];
  for (const method of options?.methods ?? ['GET']) {
    const upper = method.toUpperCase();
    const verb = VERBS[upper] ?? upper.toLowerCase();
    if (!verbs.includes(verb)) verbs.push(verb);
  }
  return {
    apiGroups: [''],
    resources: [`${target.resource}/proxy`],
    resourceNames: [joinSchemeNamePort(target)],
    verbs,
  };
}
