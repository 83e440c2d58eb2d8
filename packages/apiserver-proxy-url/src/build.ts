import { cleanPath } from './clean.js';
import { type Diagnostic, DiagnosticList, ProxyUrlError, severities } from './diagnostics.js';
import { joinSchemeNamePort } from './id.js';
import { messages } from './messages.js';
import { scanOrigin } from './origin.js';
import { encodeText, findBadEscape } from './percent.js';
import { checkName, checkNamespace, checkPort, type Report } from './rules.js';
import { findProxyShape } from './shape.js';
import type { IdScheme, ProxyTargetInput } from './types.js';

type BuildResult = { ok: true; url: string } | { ok: false; diagnostics: Diagnostic[] };

/**
 * Builds the canonical proxy URL for a target, or explains why Kubernetes would refuse it. Never
 * throws. Input that works but is probably wrong (a named pod port, http to port 443) builds:
 * {@link parseProxyUrl} on the result reports the warning.
 *
 * @example
 * safeBuildProxyUrl({ namespace: 'kube-system', name: 'kube-dns', port: 'dns' })
 * // { ok: true, url: '/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy/' }
 * safeBuildProxyUrl({ namespace: 'ns', name: 'svc', path: '../../secrets' })
 * // { ok: false, diagnostics: [{ code: 'path-escapes-proxy', field: 'path', ... }] }
 */
export function safeBuildProxyUrl(input: ProxyTargetInput): BuildResult {
  const list = new DiagnosticList();
  const refuse = (code: Diagnostic['code'], field: keyof ProxyTargetInput, message: string): void =>
    list.add(code, message, 0, 0, undefined, field);
  const report: Report = (code, field, message) => {
    if (severities[code] === 'error') refuse(code, field, message);
  };
  const { resource = 'services', name, scheme = '' } = input ?? ({} as ProxyTargetInput);

  const base = normaliseBase(input?.base ?? '', refuse);
  if (resource !== 'services' && resource !== 'pods' && resource !== 'nodes') {
    refuse('invalid-resource', 'resource', messages.invalidResource(String(resource)));
  }
  const namespace = input?.namespace;
  if (resource === 'nodes') {
    if (namespace !== undefined && namespace !== null) {
      refuse('invalid-namespace', 'namespace', messages.nodeNamespace());
    }
  } else {
    checkNamespace(typeof namespace === 'string' ? namespace : '', report);
  }
  if (typeof name !== 'string') {
    refuse('invalid-name', 'name', messages.invalidName(resource, String(name)));
  } else {
    checkName(resource, name, report);
  }
  if (scheme !== '' && scheme !== 'http' && scheme !== 'https') {
    refuse('invalid-scheme', 'scheme', messages.badScheme(String(scheme)));
  }
  const port = portText(input?.port, refuse);
  if (port.includes(':')) refuse('invalid-id', 'port', messages.joinRefused('port'));
  else if (port.includes('/'))
    refuse('encoded-slash-in-name', 'port', messages.encodedSlashInName());
  else checkPort(resource, scheme as IdScheme, port, report);

  const prefix =
    list.errors === 0
      ? `/api/v1/${resource === 'nodes' ? '' : `namespaces/${namespace}/`}${resource}/${encodeText(
          joinSchemeNamePort({ scheme, name, port }).replaceAll('%', '%25'),
          false,
        )}/proxy`
      : '';
  const path = buildPath(input?.path, base, prefix, refuse);
  const query = buildQuery(input?.query);
  const fragment =
    typeof input?.fragment === 'string' ? encodeText(stripLead(input.fragment, 35), true) : '';
  if (list.errors > 0) return { ok: false, diagnostics: list.items };
  return {
    ok: true,
    url: `${base}${prefix}${path}${query ? `?${query}` : ''}${fragment ? `#${fragment}` : ''}`,
  };
}

/**
 * Builds the canonical proxy URL for a target (see {@link safeBuildProxyUrl}).
 * Throws {@link ProxyUrlError} when Kubernetes would refuse the input or the path would leave the
 * proxy once a browser or `kubectl proxy` cleans it.
 *
 * @example
 * buildProxyUrl({
 *   base: 'http://localhost:8001',
 *   namespace: 'kubernetes-dashboard',
 *   name: 'kubernetes-dashboard',
 *   scheme: 'https',
 *   port: 443,
 * });
 * // 'http://localhost:8001/api/v1/namespaces/kubernetes-dashboard/services/https:kubernetes-dashboard:443/proxy/'
 */
export function buildProxyUrl(input: ProxyTargetInput): string {
  const result = safeBuildProxyUrl(input);
  if (!result.ok) throw new ProxyUrlError(result.diagnostics);
  return result.url;
}

type Refuse = (code: Diagnostic['code'], field: keyof ProxyTargetInput, message: string) => void;

const stripLead = (s: string, c: number): string => (s.charCodeAt(0) === c ? s.slice(1) : s);

function portText(port: unknown, refuse: Refuse): string {
  if (port === undefined || port === null) return '';
  if (typeof port === 'number') {
    if (!Number.isInteger(port) || port < 1 || port > 65535)
      refuse('invalid-port', 'port', messages.portRange(String(port)));
    return String(port);
  }
  return String(port);
}

/** '' or a path prefix or an http(s)/ws(s) URL, without its trailing '/'. */
function normaliseBase(value: string, refuse: Refuse): string {
  const fail = (why: string): string => {
    refuse('invalid-base', 'base', messages.invalidBase(String(value), why));
    return '';
  };
  if (typeof value !== 'string') return fail('it is not a string');
  let base = value;
  while (base.endsWith('/')) base = base.slice(0, -1);
  if (base === '') return '';
  let pathStart = 0;
  if (base.charCodeAt(0) !== 47) {
    const origin = scanOrigin(base, 0, base.length);
    if (typeof origin === 'string') {
      refuse('unsupported-url-scheme', 'base', messages.urlScheme(`${origin}:`));
      return '';
    }
    if (!origin) return fail('it is neither a path starting with "/" nor an http(s) or ws(s) URL');
    if (
      !base.startsWith('//', origin.scheme.length + 1) ||
      origin.hostStart !== origin.scheme.length + 3
    ) {
      return fail('a URL base is written scheme://host');
    }
    if (origin.hostEnd === origin.hostStart) return fail('it has no host');
    for (let i = origin.hostStart; i < origin.authorityEnd; i++) {
      const c = base.charCodeAt(i);
      if (
        c <= 32 ||
        c >= 127 ||
        c === 34 ||
        c === 60 ||
        c === 62 ||
        c === 94 ||
        c === 96 ||
        c === 123 ||
        c === 124 ||
        c === 125
      ) {
        return fail('its host holds characters that browsers would change');
      }
    }
    pathStart = origin.authorityEnd;
  } else if (base.startsWith('//')) {
    return fail('a path starting with "//" names a host, not a path');
  }
  const path = base.slice(pathStart);
  if (path.includes('?') || path.includes('#'))
    return fail('it may not hold a query or a fragment');
  if (
    path.includes('\\') ||
    encodeText(path, false) !== path ||
    findBadEscape(path, 0, path.length) >= 0
  ) {
    return fail('its path may only hold URL path characters and valid %XX escapes');
  }
  if (cleanPath(path, 'browser').dotsAt >= 0) return fail('browsers would remove its dot segments');
  if (findProxyShape(path, 0, path.length)) {
    return fail('it already holds a proxy path, and the first one in a URL is the one that counts');
  }
  return base;
}

/** The path below `/proxy`: encoded, dot segments resolved, never climbing out. */
function buildPath(
  value: string | undefined,
  base: string,
  prefix: string,
  refuse: Refuse,
): string {
  if (value === undefined || value === null) return '/';
  if (typeof value !== 'string' || value === '') return '';
  let path = encodeText(value, false);
  if (path.charCodeAt(0) !== 47) path = `/${path}`;
  if (!path.includes('.') && !path.includes('%')) return path;
  const cleaned = cleanPath(path, 'browser');
  if (cleaned.escapesAt >= 0) {
    const origin = scanOrigin(base, 0, base.length);
    const pathname =
      (typeof origin === 'object' ? base.slice(origin.authorityEnd) : base) + prefix + path;
    refuse(
      'path-escapes-proxy',
      'path',
      messages.pathEscapes('browser', cleanPath(pathname, 'browser').path),
    );
  }
  return cleaned.path;
}

function buildQuery(query: ProxyTargetInput['query']): string {
  if (query === undefined || query === null) return '';
  if (typeof query === 'string') return encodeText(stripLead(query, 63), true);
  if (query instanceof URLSearchParams) return query.toString();
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, String(v));
  }
  return params.toString();
}

export type { BuildResult };
