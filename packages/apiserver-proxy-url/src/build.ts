import {
  BACKSLASH,
  DIGIT_9,
  HASH,
  LOWER_A,
  LOWER_Z,
  MINUS,
  QUESTION_MARK,
  SLASH,
  TILDE,
  UNDERSCORE,
} from './chars.js';
import { type Cleaner, cleanPath } from './clean.js';
import {
  addDiagnostic,
  type Diagnostic,
  type DiagnosticParams,
  type ParserCode,
  ProxyUrlError,
  severityOf,
} from './diagnostics.js';
import { everyPart, hasSeparator, shortestId } from './id.js';
import { portNumber } from './names.js';
import { scanOrigin } from './origin.js';
import { encodeText, findBadEscape } from './percent.js';
import { findQueryKey } from './query.js';
import { checkName, checkNamespace, checkPort, type Finding } from './rules.js';
import type { IdScheme, ProxyTargetInput } from './types.js';

/** What {@link safeBuildProxyUrl} returns. */
export type BuildResult = { ok: true; url: string } | { ok: false; diagnostics: Diagnostic[] };

type Field = keyof ProxyTargetInput;

const refuse = (list: Diagnostic[], code: ParserCode, field: Field, params?: DiagnosticParams) =>
  addDiagnostic(list, { code, field, params });

/** The builder refuses a rule's errors; its warnings are for the parser to report. */
function refuseErrors(list: Diagnostic[], findings: Finding | Finding[] | undefined): void {
  if (!findings) return;
  if (!Array.isArray(findings)) {
    refuseError(list, findings);
    return;
  }
  for (let i = 0; i < findings.length; i++) refuseError(list, findings[i] as Finding);
}

function refuseError(list: Diagnostic[], f: Finding): void {
  if (severityOf(f.code) === 'error') refuse(list, f.code, f.field, f.params);
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
  // The type is for editors: JavaScript callers pass anything, and nothing here may throw.
  const list: Diagnostic[] = [];
  const fields = typedFields(input, list);
  if (!fields) return { ok: false, diagnostics: list };
  const { resource = 'services', namespace, name, scheme = '' } = fields;
  const base = fields.base ? normaliseBase(fields.base) : '';
  if (typeof base !== 'string') refuse(list, base.code, 'base', base.params);
  if (resource !== 'services' && resource !== 'pods' && resource !== 'nodes') {
    refuse(list, 'invalid-resource', 'resource');
  }
  if (resource !== 'nodes') {
    refuseErrors(list, checkNamespace(typeof namespace === 'string' ? namespace : ''));
  } else if (namespace !== undefined && namespace !== null) {
    refuse(list, 'invalid-namespace', 'namespace', { reason: 'node' });
  }
  refuseErrors(list, checkName(resource, name));
  if (scheme !== '' && scheme !== 'http' && scheme !== 'https') {
    refuse(list, 'invalid-scheme', 'scheme');
  }
  const rawPort = fields.port;
  const port = rawPort === undefined ? '' : String(rawPort);
  if (typeof rawPort === 'number') {
    // A number from 1 to 65535 breaks no rule of checkPort's that is an error (a test holds this):
    // only the warnings the parser reports on the built URL.
    if (!(Number.isInteger(rawPort) && rawPort >= 1 && rawPort <= 65535)) {
      refuse(list, 'invalid-port', 'port');
    }
  } else if (hasSeparator(port)) {
    refuse(list, 'invalid-id', 'port', { reason: 'join' });
  } else if (port.includes('/')) {
    refuse(list, 'encoded-slash-in-name', 'port');
  } else {
    refuseErrors(list, checkPort(resource, scheme as IdScheme, port));
  }

  // Names, numbers and Service port names are URL-safe as they are; only a pod's port name may
  // need encoding (and its '%' is literal).
  const safePort =
    resource === 'pods' && portNumber(port) === undefined
      ? encodeText(port.replaceAll('%', '%25'), false)
      : port;
  // The checks above already refused what joinSchemeNamePort throws for. With refusals, the
  // message shows every part.
  const id = (list.length ? everyPart : shortestId)(scheme, name, safePort);
  const prefix = `${typeof base === 'string' ? base : ''}/api/v1/${resource === 'nodes' ? 'nodes' : `namespaces/${namespace}/${resource}`}/${id}/proxy`;
  const path = buildPath(fields.path);
  if (typeof path !== 'string') {
    // Say where the request would go, as the cleaner that climbs out would send it.
    const origin = scanOrigin(prefix, 0, prefix.length);
    const pathname =
      (typeof origin === 'object' ? prefix.slice(origin.authorityEnd) : prefix) + path.encoded;
    const where = cleanPath(pathname, path.escapedBy).path;
    refuse(list, 'path-escapes-proxy', 'path', { cleaner: path.escapedBy, path: where });
  }
  const query = buildQuery(fields.query);
  if (query && findQueryKey(query, 0, query.length, 'dryRun')) {
    refuse(list, 'dry-run-query', 'query');
  }
  if (list.length) return { ok: false, diagnostics: list };
  const fragment = fields.fragment ? encodeText(stripMark(fields.fragment, HASH, '%23'), true) : '';
  return {
    ok: true,
    url: `${prefix}${path}${query ? `?${query}` : ''}${fragment ? `#${fragment}` : ''}`,
  };
}

const isText = (value: unknown): boolean => value === undefined || typeof value === 'string';

/**
 * Whether a value is of the type its field takes (the `invalid-input` message names it), field by
 * field in the order the builder reports them.
 */
const hasType: Readonly<Record<Field, (value: unknown) => boolean>> = {
  base: isText,
  resource: isText,
  namespace: (value) => isText(value) || value === null,
  name: (value) => typeof value === 'string',
  scheme: isText,
  port: (value) => isText(value) || typeof value === 'number',
  path: isText,
  query: (value) => isText(value) || isQueryRecord(value),
  fragment: isText,
};

const fieldNames = (): Field[] => Object.keys(hasType) as Field[];

/** Each field read by itself: a getter that throws reads as a symbol, which no field accepts. */
function readEachField(t: Record<Field, unknown>): Record<Field, unknown> {
  const read = (field: Field): unknown => {
    try {
      return t[field];
    } catch {
      return Symbol();
    }
  };
  return Object.fromEntries(fieldNames().map((field) => [field, read(field)])) as Record<
    Field,
    unknown
  >;
}

/** The input's fields when each is of its type; otherwise refuses each that is not. */
function typedFields(input: unknown, list: Diagnostic[]): ProxyTargetInput | undefined {
  if (typeof input !== 'object' || input === null) {
    refuse(list, 'invalid-input', 'name', { field: 'name' });
    return undefined;
  }
  // Each field read once by name, into one object of one shape whatever the shape of the caller's.
  let v: Record<Field, unknown>;
  try {
    const { base, resource, namespace, name, scheme, port, path, query, fragment } =
      input as Record<Field, unknown>;
    v = { base, resource, namespace, name, scheme, port, path, query, fragment };
  } catch {
    v = readEachField(input as Record<Field, unknown>);
  }
  // Written out: a loop's keyed reads cost ~0.1× a whole build.
  if (
    hasType.base(v.base) &&
    hasType.resource(v.resource) &&
    hasType.namespace(v.namespace) &&
    hasType.name(v.name) &&
    hasType.scheme(v.scheme) &&
    hasType.port(v.port) &&
    hasType.path(v.path) &&
    hasType.query(v.query) &&
    hasType.fragment(v.fragment)
  ) {
    return v as ProxyTargetInput;
  }
  for (const field of fieldNames()) {
    if (!hasType[field](v[field])) refuse(list, 'invalid-input', field, { field });
  }
  return undefined;
}

/** A `URLSearchParams`, or a record of strings and string arrays. */
function isQueryRecord(value: unknown): boolean {
  if (value instanceof URLSearchParams) return true;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const v of Object.values(value)) {
    if (typeof v === 'string') continue;
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) return false;
  }
  return true;
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

/**
 * '' or a path prefix or an http(s)/ws(s) URL, without its trailing '/'; or why not. The platform's
 * own URL parser says whether a browser would keep the base's path exactly as written.
 */
function normaliseBase(value: string): string | { code: ParserCode; params?: DiagnosticParams } {
  const known = checkedBases.get(value);
  if (known !== undefined) return known;
  // Why, as a word the message (and its translations) turns into a sentence.
  const fail = (reason: string) => ({ code: 'invalid-base' as const, params: { reason } });
  let base = String(value);
  while (base.endsWith('/')) base = base.slice(0, -1);
  const origin = base.charCodeAt(0) === SLASH ? undefined : scanOrigin(base, 0, base.length);
  if (typeof origin === 'string') return { code: 'unsupported-url-scheme' };
  const path = origin ? base.slice(origin.authorityEnd) : base;
  let url: URL;
  try {
    url = new URL(`${base}/`, 'http://h');
  } catch {
    return fail('host');
  }
  if (base && (origin ? !base.startsWith('//', origin.scheme.length + 1) : base.startsWith('//'))) {
    return fail('shape');
  }
  if (
    url.pathname !== `${path}/` ||
    url.search ||
    url.hash ||
    findBadEscape(path, 0, path.length) >= 0
  ) {
    return fail('path');
  }
  // The API server routes on the decoded path: an escape there could hide a separator, a dot
  // segment or a route word (`/%61pi/v1/nodes/a/proxy`), and a base needs none.
  if (hasNeedlessEscape(path)) return fail('escape');
  // Parsers take the first proxy shape, and a legacy one needs only the id this builder adds.
  if (`${path}/`.includes('/api/v1/')) return fail('api');
  if (checkedBases.size >= 64) checkedBases.clear();
  checkedBases.set(value, base);
  return base;
}

/** Whether `path` holds an escape of `/`, `\\` or an unreserved character (letter, digit, `-._~`). */
function hasNeedlessEscape(path: string): boolean {
  for (let i = path.indexOf('%'); i >= 0; i = path.indexOf('%', i + 1)) {
    const c = Number.parseInt(path.slice(i + 1, i + 3), 16);
    const lower = c | 32;
    if (
      c === SLASH ||
      c === BACKSLASH ||
      (lower >= LOWER_A && lower <= LOWER_Z) ||
      (c >= MINUS && c <= DIGIT_9) || // '-', '.', '/' and the digits
      c === UNDERSCORE ||
      c === TILDE
    ) {
      return true;
    }
  }
  return false;
}

// A character to encode, a dot or a '%' (which may start an escaped dot or slash): without one,
// a path is its own canonical form.
const NOT_PLAIN_PATH = /[^\w\-~!$&'()*+,;=:@/]/;
const MAY_HOLD_DOTS = /\.|%2[EeFf]/;

const encodePath = (value: string): string => {
  const path = encodeText(String(value), false);
  return path.charCodeAt(0) === SLASH ? path : `/${path}`;
};

/**
 * The path below `/proxy`: encoded, dot segments resolved. When the path as given climbs out once a
 * browser or kubectl proxy cleans it, says which one and the encoded path, for the message.
 */
function buildPath(value: string | undefined): string | { escapedBy: Cleaner; encoded: string } {
  if (value === undefined || value === null) return '/';
  if (value === '') return '';
  if (!NOT_PLAIN_PATH.test(value)) return value.charCodeAt(0) === SLASH ? value : `/${value}`;
  const path = encodePath(value);
  // Only a dot, or an escaped dot or slash, makes a dot segment for some cleaner.
  if (!MAY_HOLD_DOTS.test(path)) return path;
  const cleaned = cleanPath(path, 'browser');
  if (cleaned.escapesAt >= 0) return { escapedBy: 'browser', encoded: path };
  if (cleanPath(path, 'kubectl').escapesAt >= 0) return { escapedBy: 'kubectl', encoded: path };
  // kubectl proxy up to 1.29 decodes first: `..%2F` and `%2f.%2e` climb there.
  if (cleanPath(cleaned.path, 'decoded').escapesAt >= 0) {
    return { escapedBy: 'decoded', encoded: path };
  }
  return cleaned.path;
}

function buildQuery(query: ProxyTargetInput['query']): string {
  if (!query) return '';
  if (typeof query === 'string') return encodeText(stripMark(query, QUESTION_MARK, '%3F'), true);
  if (query instanceof URLSearchParams) return query.toString();
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, String(v));
  }
  return params.toString();
}
