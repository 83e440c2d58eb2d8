import { cleanPath } from './clean.js';
import { addDiagnostic, type Diagnostic, ProxyUrlError, severities } from './diagnostics.js';
import { joinSchemeNamePort } from './id.js';
import { messages } from './messages.js';
import { portNumber } from './names.js';
import { scanOrigin } from './origin.js';
import { encodeText, findBadEscape } from './percent.js';
import { checkName, checkNamespace, checkPort, type Finding } from './rules.js';
import { findProxyShape } from './shape.js';
import type { IdScheme, ProxyTargetInput } from './types.js';

/** What {@link safeBuildProxyUrl} returns. */
export type BuildResult = { ok: true; url: string } | { ok: false; diagnostics: Diagnostic[] };

type Field = keyof ProxyTargetInput;

/** Refusals, created on the first one: most builds have none. */
type Refusals = Diagnostic[] | undefined;

function refuse(
  list: Refusals,
  code: Diagnostic['code'],
  field: Field,
  message: string,
): Diagnostic[] {
  const refusals = list ?? [];
  addDiagnostic(refusals, code, message, 0, 0, undefined, field);
  return refusals;
}

/** The builder refuses a rule's errors; its warnings are for the parser to report. */
function refuseErrors(list: Refusals, findings: Finding | Finding[] | undefined): Refusals {
  if (!findings) return list;
  for (const f of Array.isArray(findings) ? findings : [findings]) {
    if (severities[f.code] === 'error') list = refuse(list, f.code, f.field, f.message);
  }
  return list;
}

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
  const { resource = 'services', name, scheme = '' } = input ?? ({} as ProxyTargetInput);
  let list: Refusals;
  const base = input?.base ? normaliseBase(input.base) : '';
  if (typeof base !== 'string') list = refuse(list, base.code, 'base', base.message);
  if (resource !== 'services' && resource !== 'pods' && resource !== 'nodes') {
    list = refuse(list, 'invalid-resource', 'resource', messages.invalidResource(String(resource)));
  }
  const namespace = input?.namespace;
  if (resource !== 'nodes') {
    list = refuseErrors(list, checkNamespace(typeof namespace === 'string' ? namespace : ''));
  } else if (namespace !== undefined && namespace !== null) {
    list = refuse(list, 'invalid-namespace', 'namespace', messages.nodeNamespace());
  }
  if (typeof name !== 'string') {
    list = refuse(list, 'invalid-name', 'name', messages.invalidName(resource, String(name)));
  } else {
    list = refuseErrors(list, checkName(resource, name));
  }
  if (scheme !== '' && scheme !== 'http' && scheme !== 'https') {
    list = refuse(list, 'invalid-scheme', 'scheme', messages.badScheme(String(scheme)));
  }
  const rawPort = input?.port;
  const port = rawPort === undefined || rawPort === null ? '' : String(rawPort);
  if (
    typeof rawPort === 'number' &&
    !(Number.isInteger(rawPort) && rawPort >= 1 && rawPort <= 65535)
  ) {
    list = refuse(list, 'invalid-port', 'port', messages.portRange(port));
  } else if (port.includes(':')) {
    list = refuse(list, 'invalid-id', 'port', messages.joinRefused('port'));
  } else if (port.includes('/')) {
    list = refuse(list, 'encoded-slash-in-name', 'port', messages.encodedSlashInName());
  } else {
    list = refuseErrors(list, checkPort(resource, scheme as IdScheme, port));
  }

  // Names, numbers and Service port names are URL-safe as they are; only a pod's port name may
  // need encoding (and its '%' is literal).
  const safePort =
    resource === 'pods' && portNumber(port) === undefined
      ? encodeText(port.replaceAll('%', '%25'), 'path')
      : port;
  const id = list
    ? `${scheme}:${name}:${safePort}`
    : joinSchemeNamePort({ scheme, name, port: safePort });
  const prefix = `${typeof base === 'string' ? base : ''}/api/v1/${resource === 'nodes' ? 'nodes' : `namespaces/${namespace}/${resource}`}/${id}/proxy`;
  const path = buildPath(input?.path);
  if (path === undefined) {
    // Say where the request would go, as the cleaner that climbs out would send it.
    const origin = scanOrigin(prefix, 0, prefix.length);
    const pathname =
      (typeof origin === 'object' ? prefix.slice(origin.authorityEnd) : prefix) +
      encodePath(input.path as string);
    const browser = cleanPath(pathname, 'browser');
    const escaped = cleanPath(encodePath(input.path as string), 'browser').escapesAt >= 0;
    const cleaner = escaped ? 'browser' : 'kubectl';
    const where = escaped ? browser.path : cleanPath(pathname, 'kubectl').path;
    list = refuse(list, 'path-escapes-proxy', 'path', messages.pathEscapes(cleaner, where));
  }
  if (list) return { ok: false, diagnostics: list };
  const query = buildQuery(input.query);
  const fragment = input.fragment ? encodeText(stripMark(input.fragment, 35, '%23'), 'query') : '';
  return {
    ok: true,
    url: `${prefix}${path as string}${query ? `?${query}` : ''}${fragment ? `#${fragment}` : ''}`,
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

/**
 * Drops one leading `?` (or `#`). A second one is encoded: parsing gives the query without its `?`,
 * so a canonical query never starts with one.
 */
function stripMark(s: string, mark: number, escaped: string): string {
  const rest = s.charCodeAt(0) === mark ? s.slice(1) : s;
  return rest.charCodeAt(0) === mark ? escaped + rest.slice(1) : rest;
}

// Most builds reuse a handful of bases: remember the ones already checked.
const checkedBases = new Map<string, string>();

/** '' or a path prefix or an http(s)/ws(s) URL, without its trailing '/'; or why not. */
function normaliseBase(value: string): string | { code: Diagnostic['code']; message: string } {
  const known = checkedBases.get(value);
  if (known !== undefined) return known;
  const fail = (why: string) => ({
    code: 'invalid-base' as const,
    message: messages.invalidBase(String(value), why),
  });
  if (typeof value !== 'string') return fail('it is not a string');
  let base = value;
  while (base.endsWith('/')) base = base.slice(0, -1);
  let pathStart = 0;
  if (base !== '' && base.charCodeAt(0) !== 47) {
    const origin = scanOrigin(base, 0, base.length);
    if (typeof origin === 'string') {
      return { code: 'unsupported-url-scheme', message: messages.urlScheme(`${origin}:`) };
    }
    if (!origin) return fail('it is neither a path starting with "/" nor an http(s) or ws(s) URL');
    const slashes = origin.scheme.length + 1;
    const authorityStart = origin.userStart >= 0 ? origin.userStart : origin.hostStart;
    if (!base.startsWith('//', slashes) || authorityStart !== slashes + 2) {
      return fail('a URL base is written scheme://host');
    }
    if (origin.hostEnd === origin.hostStart) return fail('it has no host');
    const { hostStart, hostEnd, authorityEnd } = origin;
    if (base.charCodeAt(hostStart) === 91 && !isIpv6Literal(base, hostStart, hostEnd)) {
      return fail('its host is not an IPv6 address in brackets');
    }
    const port = base.slice(hostEnd + 1, authorityEnd);
    if (hostEnd < authorityEnd && !(/^\d{0,5}$/.test(port) && Number(port) <= 65535)) {
      return fail('its port must be a number from 1 to 65535');
    }
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
  if (encodeText(path, 'path') !== path || findBadEscape(path, 0, path.length) >= 0) {
    return fail('its path may only hold URL path characters and valid %XX escapes');
  }
  if (cleanPath(path, 'browser').dotsAt >= 0) return fail('browsers would remove its dot segments');
  if (findProxyShape(path, 0, path.length)) {
    return fail('it already holds a proxy path, and the first one in a URL is the one that counts');
  }
  if (checkedBases.size >= 64) checkedBases.clear();
  checkedBases.set(value, base);
  return base;
}

/** `[` hex digits, `:` and `.` `]` with at least one `:`. */
function isIpv6Literal(s: string, start: number, end: number): boolean {
  if (s.charCodeAt(end - 1) !== 93 || s.indexOf(':', start) >= end - 1) return false;
  for (let i = start + 1; i < end - 1; i++) {
    const c = s.charCodeAt(i) | 32;
    if (!((c >= 48 && c <= 58) || (c >= 97 && c <= 102) || c === 46)) return false;
  }
  return true;
}

const encodePath = (value: string): string => {
  const path = encodeText(String(value), 'path');
  return path.charCodeAt(0) === 47 ? path : `/${path}`;
};

/**
 * The path below `/proxy`: encoded, dot segments resolved; `undefined` when the path as given
 * climbs out once a browser or kubectl proxy cleans it.
 */
function buildPath(value: string | undefined): string | undefined {
  if (value === undefined || value === null) return '/';
  if (value === '') return '';
  const path = encodePath(value);
  if (!path.includes('.') && !path.includes('%')) return path;
  const cleaned = cleanPath(path, 'browser');
  if (cleaned.escapesAt >= 0 || cleanPath(path, 'kubectl').escapesAt >= 0) return undefined;
  return cleaned.path;
}

function buildQuery(query: ProxyTargetInput['query']): string {
  if (!query) return '';
  if (typeof query === 'string') return encodeText(stripMark(query, 63, '%3F'), 'query');
  if (query instanceof URLSearchParams) return query.toString();
  // Serialised as URLSearchParams does, without building one.
  let out = '';
  for (const key of Object.keys(query)) {
    const value = query[key];
    const encodedKey = encodeText(key, 'form');
    for (const v of Array.isArray(value) ? value : [value]) {
      out += `${out ? '&' : ''}${encodedKey}=${encodeText(String(v), 'form')}`;
    }
  }
  return out;
}
