// Copy-as snippets: the same request as a curl command, a `kubectl get --raw`, and the RBAC rule
// that allows it.
import { CR, DELETE, LAST_C1_CONTROL, LF, SPACE, TAB } from './chars.js';
import { cutAtBase } from './convert.js';
import type { Diagnostic } from './diagnostics.js';
import { joinSchemeNamePort } from './id.js';
import type { ProxyTarget } from './types.js';

/**
 * `s` as one POSIX shell word that expands to exactly `s`: single quotes, each `'` inside written
 * as `'\''` (close, an escaped quote, reopen). Nothing is special inside single quotes, so `$`,
 * backquotes, `!`, `\` and `"` stay literal; `s` must hold no control character (see
 * {@link encodeControls}), since a terminal acts on those before the shell sees them.
 */
const quote = (s: string): string => `'${s.split("'").join("'\\''")}'`;

/**
 * Whether a UTF-16 code unit is a control character a terminal or an editor may act on: C0
 * (U+0000 to U+001F, tab, line feed and carriage return included), DEL (U+007F), C1 (U+0080 to
 * U+009F), the line and paragraph separators (U+2028, U+2029) and the bidirectional formatting
 * characters (U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069), which can make a pasted command
 * read differently from what runs.
 */
export function isControl(unit: number): boolean {
  return (
    unit < SPACE ||
    (unit >= DELETE && unit <= LAST_C1_CONTROL) ||
    unit === 0x2028 ||
    unit === 0x2029 ||
    unit === 0x200e ||
    unit === 0x200f ||
    (unit >= 0x202a && unit <= 0x202e) ||
    (unit >= 0x2066 && unit <= 0x2069)
  );
}

/**
 * `url` with every control character ({@link isControl}) replaced by `%XX` escapes of its UTF-8
 * bytes, uppercase (`ESC` → `%1B`, U+0085 → `%C2%85`); everything else is kept as written. This is
 * what a browser sends for a control character in the path, query or fragment, except tab, line
 * feed and carriage return, which a browser deletes: here they are encoded too (`%09`, `%0A`,
 * `%0D`), like every other control, so what is copied shows that the URL held them.
 */
export function encodeControls(url: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < url.length; i++) {
    const unit = url.charCodeAt(i);
    if (!isControl(unit)) continue;
    out += url.slice(from, i) + encodeURIComponent(url[i] as string);
    from = i + 1;
  }
  return from === 0 ? url : out + url.slice(from);
}

const hasControl = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) if (isControl(s.charCodeAt(i))) return true;
  return false;
};

/**
 * A curl command for the URL, as the Kubernetes docs write one: with an
 * `Authorization: Bearer "$TOKEN"` header for the shell to fill in (or `options.token`). Through
 * `kubectl proxy` (plain `http://` to a loopback host) no header is needed: kubectl adds the
 * credentials. A path-only URL is sent to `"$APISERVER"`. The fragment is left out: it never leaves
 * the client.
 *
 * The command is safe to paste into a shell: the URL is one single-quoted word (a `'` in it is
 * written `'\''`), and it never holds a raw control character: control characters in the URL
 * (escape, a bracketed-paste end `ESC[201~`, tab, line feed, carriage return, any other C0, DEL, C1)
 * are percent-encoded as {@link encodeControls} does. The token is trimmed of surrounding
 * whitespace (a token file read with its final newline). A `user:password@` in the URL is left out:
 * the API server refuses passwords, and a copied command must not carry one.
 *
 * @throws {ProxyUrlError} when the URL is not a proxy URL or has an error.
 * @throws {TypeError} when `options.token` holds a control character or a space inside: it could
 *   not be sent in a header, and pasted into a shell it could run a command.
 * @example
 * toCurl('https://104.197.5.247/api/v1/namespaces/kube-system/services/elasticsearch-logging/proxy/_search?q=user:kimchy');
 * // `curl 'https://104.197.5.247/api/v1/namespaces/kube-system/services/elasticsearch-logging/proxy/_search?q=user:kimchy' --header "Authorization: Bearer $TOKEN"`
 * toCurl('http://localhost:8080/api/v1/namespaces/kube-system/services/elasticsearch-logging/proxy/');
 * // "curl 'http://localhost:8080/api/v1/namespaces/kube-system/services/elasticsearch-logging/proxy/'"
 */
export function toCurl(url: string, options?: { token?: string | undefined }): string {
  const { url: text, result, at } = cutAtBase(url);
  const sent = encodeControls(withoutFragment(withoutCredentials(text, result.diagnostics)));
  const token = options?.token === undefined ? undefined : trimToken(options.token);
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
 * Like {@link toCurl}, the path is one single-quoted shell word and its control characters are
 * percent-encoded ({@link encodeControls}): the command never holds a raw control character.
 *
 * @throws {ProxyUrlError} when the URL is not a proxy URL or has an error.
 * @example
 * toKubectlGetRaw('https://104.197.5.247/api/v1/namespaces/kube-system/services/https:elasticsearch-logging:/proxy/_cluster/health?pretty=true');
 * // "kubectl get --raw '/api/v1/namespaces/kube-system/services/https:elasticsearch-logging:/proxy/_cluster/health?pretty=true'"
 */
export function toKubectlGetRaw(url: string): string {
  const { url: text, at } = cutAtBase(url);
  return `kubectl get --raw ${quote(encodeControls(withoutFragment(text).slice(at)))}`;
}

const isBlank = (unit: number): boolean =>
  unit === SPACE || unit === TAB || unit === LF || unit === CR;

function trimToken(token: string): string {
  const text = String(token);
  let start = 0;
  let end = text.length;
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  const trimmed = text.slice(start, end);
  if (hasControl(trimmed) || trimmed.includes(' ')) {
    throw new TypeError('The token holds a control character or a space.');
  }
  return trimmed;
}

/** The URL without the `user:password@` that the parser found in it (`credentials-in-url`). */
function withoutCredentials(url: string, diagnostics: readonly Diagnostic[]): string {
  const found = diagnostics.find((d) => d.code === 'credentials-in-url');
  return found ? url.slice(0, found.start) + url.slice(found.end) : url;
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
 * (`https:kubernetes-dashboard:`, `kube-dns:dns`), not the name. RBAC compares that name with the
 * id segment of the request as sent, percent-decoded: it treats `svc:` and `svc` as two names.
 * - Given a URL string: the id exactly as that URL sends it, decoded (`web:` stays `web:`,
 *   `web%3A80` is `web:80`; tab, line feed and carriage return are dropped, as browsers drop them).
 *   A legacy `/api/v1/proxy/...` link is read as its modern form (the only form that is routed).
 * - Given a target: the shortest id, as {@link buildProxyUrl} writes it.
 *
 * The verbs follow the HTTP methods (`GET` by default): `get`, `create` for POST, `update`,
 * `patch`, `delete`. Nodes are cluster-scoped: put their rule in a ClusterRole.
 *
 * @throws {ProxyUrlError} for a URL that is not a proxy URL or has an error (as {@link toCurl}),
 *   or for target parts that cannot be joined into an id (`joinSchemeNamePort`).
 * @example
 * toRbacRule({ resource: 'services', scheme: 'https', name: 'kubernetes-dashboard', port: '' });
 * // { apiGroups: [''], resources: ['services/proxy'],
 * //   resourceNames: ['https:kubernetes-dashboard:'], verbs: ['get'] }
 * toRbacRule('/api/v1/namespaces/ns/services/web:/proxy/');
 * // { apiGroups: [''], resources: ['services/proxy'], resourceNames: ['web:'], verbs: ['get'] }
 */
export function toRbacRule(
  target: Pick<ProxyTarget, 'resource' | 'scheme' | 'name' | 'port'> | string,
  options?: { methods?: string[] | undefined },
): RbacRule {
  const verbs: string[] = [];
  for (const method of options?.methods ?? ['GET']) {
    const upper = method.toUpperCase();
    const verb = VERBS[upper] ?? upper.toLowerCase();
    if (!verbs.includes(verb)) verbs.push(verb);
  }
  let resource: ProxyTarget['resource'];
  let name: string;
  if (typeof target === 'string') {
    const { url, result } = cutAtBase(target);
    // cutAtBase refuses a URL without a target, so both are there.
    resource = (result.target as ProxyTarget).resource;
    const id = result.parts.id;
    name = id ? sentId(url.slice(id[0], id[1])) : joinSchemeNamePort(result.target as ProxyTarget);
  } else {
    resource = target.resource;
    name = joinSchemeNamePort(target);
  }
  return { apiGroups: [''], resources: [`${resource}/proxy`], resourceNames: [name], verbs };
}

/** The id segment as the API server sees it: without tab, LF, CR (browsers delete them), decoded. */
function sentId(raw: string): string {
  let kept = '';
  for (let i = 0; i < raw.length; i++) {
    const unit = raw.charCodeAt(i);
    if (unit !== TAB && unit !== LF && unit !== CR) kept += raw[i];
  }
  try {
    return decodeURIComponent(kept);
  } catch {
    // The parser refuses bad escapes in the id, so this is not reached; keep the text if it is.
    return kept;
  }
}
