import { checkKubectlRejects, checkPath, type Source, sourceEdit } from './check-path.js';
import { checkRoutes, routeInput } from './check-route.js';
import { addDiagnostic, countErrors, type Diagnostic, type DiagnosticCode } from './diagnostics.js';
import { hasRedundantColon, shortestId, splitIdAt, splitSchemeNamePort } from './id.js';
import { deleteTabsAndNewlines, escapeControls, findCommandUrl, findControl } from './input.js';
import {
  isLoopbackHost,
  kubectlProxyAcceptsHost,
  type Origin,
  scanAuthority,
  scanOrigin,
  scanSchemelessOrigin,
} from './origin.js';
import {
  type Decoded,
  decodeComponent,
  findBadEscape,
  findEscape,
  isEscapeAt,
  isEscapeOf,
} from './percent.js';
import { findPlaceholders, maskPlaceholders, unmask } from './placeholders.js';
import { checkQuery } from './query.js';
import { needsRouting } from './route.js';
import { checkName, checkNamespace, checkPort, type Finding } from './rules.js';
import { findProxyShape, indexIn, isAt, isSlash } from './shape.js';
import type { ProxyResource, ProxyTarget, ProxyUrlParts, Span } from './types.js';

/**
 * What {@link parseProxyUrl} returns: `ok` narrows it, so after `if (r.ok)` the target is there.
 *
 * @example
 * const r = parseProxyUrl('/api/v1/namespaces/ns/services/web/proxy/');
 * if (r.ok) r.target.name; // 'web': no `?.` needed
 */
export type ParseResult = ParseSuccess | ParseFailure;

/** A {@link ParseResult} with no error: a URL the API server routes, and its target. */
export interface ParseSuccess {
  /** True exactly when no diagnostic is an error. */
  ok: true;
  target: ProxyTarget;
  parts: ProxyUrlParts;
  /** Warnings and infos only: at most one per code, at its first occurrence, in input order. */
  diagnostics: Diagnostic[];
}

/** A {@link ParseResult} with at least one error diagnostic. */
export interface ParseFailure {
  ok: false;
  /**
   * `null` when the URL has no proxy shape or a scheme no client sends to the API server; otherwise
   * as much as can be said (see the README).
   */
  target: ProxyTarget | null;
  parts: ProxyUrlParts;
  /** At most one per code, at its first occurrence, in input order. */
  diagnostics: Diagnostic[];
}

/**
 * What {@link parseProxyUrl} returns with `placeholders: true`: a placeholder may stand for the
 * whole shape (`/api/v1/namespaces/${data.prefix}/proxy/`), so an `ok` result may have no target.
 * It has the fields of {@link ParseResult}; `ok` is true exactly when no diagnostic is an error.
 */
export interface TemplateParseResult {
  ok: boolean;
  target: ProxyTarget | null;
  parts: ProxyUrlParts;
  diagnostics: Diagnostic[];
}

/**
 * The result for these findings. Without placeholders every URL without a target has an error
 * (`not-a-proxy-url`, `unsupported-url-scheme`), so `ok` is exactly "no error"; a property test
 * holds both.
 */
function settle(
  target: ProxyTarget | null,
  parts: ProxyUrlParts,
  diagnostics: Diagnostic[],
): ParseResult {
  return countErrors(diagnostics) === 0 && target !== null
    ? { ok: true, target, parts, diagnostics }
    : { ok: false, target, parts, diagnostics };
}

/**
 * Parses a proxy URL the way kube-apiserver, `kubectl proxy` and browsers read it, and says
 * everything they would do that the URL does not seem to say. Never throws, and runs in time linear
 * in the input.
 *
 * @example
 * const r = parseProxyUrl(
 *   'http://104.197.5.247/api/v1/namespaces/kube-system/services/elasticsearch-logging/proxy/_search?q=user:kimchy',
 * );
 * if (r.ok) {
 *   r.target.name;  // 'elasticsearch-logging'
 *   r.target.path;  // '/_search'
 *   r.target.query; // 'q=user:kimchy'
 * }
 * r.diagnostics.map((d) => d.code); // ['insecure-remote-base', 'empty-port-unnamed-only']
 */
export function parseProxyUrl(
  input: string,
  options?: ParseOptions & { placeholders?: false | undefined },
): ParseResult;
export function parseProxyUrl(input: string, options?: ParseOptions): TemplateParseResult;
export function parseProxyUrl(input: string, options?: ParseOptions): TemplateParseResult {
  const s = asString(input);
  if (options?.placeholders !== true) return parseText(s);
  const spans = findPlaceholders(s);
  if (spans.length === 0) return parseText(s);
  const masked = maskPlaceholders(s, spans);
  return withPlaceholders(
    masked === undefined ? parseText(s) : parseText(masked, true),
    s,
    spans,
    masked !== undefined,
  );
}

/** What {@link parseProxyUrl} can be told. */
export interface ParseOptions {
  /**
   * Read placeholders (`<svc>`, `{{ .Release.Namespace }}`, `${ns}`, `$NS`, `%s`, `[:port]`,
   * `SERVICE_NAME`, `…`) as unknown values: the rules on names, namespaces, ports and escapes skip
   * them, and the URL's structure is still checked (`https:<svc>` still lacks its trailing colon).
   */
  placeholders?: boolean | undefined;
}

// Rules on a value, which say nothing when the value is a placeholder.
const valueCodes: readonly DiagnosticCode[] = [
  'invalid-namespace',
  'invalid-name',
  'invalid-port',
  'invalid-scheme',
  'named-pod-port',
  'service-name-leading-digit',
  'port-number-format',
  'bad-percent-encoding',
];

/**
 * A result read from masked placeholders (`masked`): texts as written, and no finding on a
 * placeholder's value. An optional part (`svc[:port]`) may be the port that seems to be missing.
 */
function withPlaceholders(
  r: ParseResult,
  s: string,
  spans: Span[],
  masked: boolean,
): TemplateParseResult {
  const overlaps = (d: Diagnostic, optional: boolean): boolean => {
    // The first placeholder that ends after the diagnostic starts, then those that start before it ends.
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((spans[mid] as Span)[1] <= d.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < spans.length && (spans[i] as Span)[0] < d.end; i++) {
      if (!optional || s.charCodeAt((spans[i] as Span)[0]) === 91) return true;
    }
    return false;
  };
  const unknownShape = !r.target && isTemplateShape(s, spans);
  const diagnostics = r.diagnostics.filter((d) =>
    valueCodes.includes(d.code)
      ? !overlaps(d, false)
      : d.code === 'not-a-proxy-url'
        ? !unknownShape
        : !(d.code === 'empty-port-unnamed-only' && overlaps(d, true)),
  );
  if (!masked) return { ...r, ok: countErrors(diagnostics) === 0, diagnostics };
  for (const d of diagnostics) {
    d.message = unmask(d.message);
    if (d.fix !== undefined) d.fix = unmask(d.fix);
  }
  let target = r.target;
  if (target) {
    target = { ...target };
    for (const key of ['base', 'name', 'port', 'path', 'query', 'fragment'] as const) {
      target[key] = unmask(target[key]);
    }
    if (target.namespace !== null) target.namespace = unmask(target.namespace);
  }
  return { ok: countErrors(diagnostics) === 0, target, parts: r.parts, diagnostics };
}

/**
 * Whether placeholders stand where the shape needs a resource, or for the whole
 * `{ns}/{resource}/{id}`, up to `/proxy`: `namespaces/${ns}/${kind}/${name}/proxy/`,
 * `namespaces/${prefix}/proxy/`. The shape is then unknown, not wrong.
 */
function isTemplateShape(s: string, spans: Span[]): boolean {
  const at = s.indexOf('/api/v1/namespaces/');
  const proxy = at < 0 ? -1 : s.indexOf('/proxy', at);
  if (proxy < 0) return false;
  const segments = s.slice(at + 19, proxy).split('/');
  let offset = at + 19;
  const whole = segments.map((segment) => {
    const from = offset;
    offset += segment.length + 1;
    return spans.some(([a, b]) => a === from && b === from + segment.length);
  });
  return segments.length === 1 ? whole[0] === true : segments.length === 3 && whole[1] === true;
}

/** {@link parseProxyUrl} on a string, placeholders already masked. */
function parseText(s: string, masked = false): ParseResult {
  const list: Diagnostic[] = [];
  const parts: ProxyUrlParts = {};

  // Browsers drop leading and trailing C0 controls and spaces.
  let start = 0;
  let end = s.length;
  while (start < end && s.charCodeAt(start) <= 32) start++;
  while (end > start && s.charCodeAt(end - 1) <= 32) end--;
  if (start > 0 || end < s.length) {
    const [from, to] = start > 0 ? [0, start] : [end, s.length];
    const fix = s.slice(start, end);
    addDiagnostic(list, { code: 'surrounding-whitespace', start: from, end: to, fix });
  }
  const space = indexIn(s, ' ', start, end);
  if (space < end) {
    const command = findCommandUrl(s, start, end);
    if (command) {
      // The URL inside, parsed on its own; its findings point into the input.
      const inner = parseText(s.slice(command[0], command[1]), masked);
      const at = (i: number): number => command[0] + i;
      addInner(inner, list, parts, at, at);
      const fix = s.slice(command[0], command[1]);
      addDiagnostic(list, { code: 'pasted-command', start, end, fix });
      return result(list, inner.target, parts);
    }
    const fix = s.slice(start, end).replaceAll(' ', '%20');
    addDiagnostic(list, { code: 'space-in-url', start: space, end: space + 1, fix });
  }
  // One scan for every control; the rare input that has one is looked at again.
  const control = findControl(s, start, end);
  if (control >= 0 && /[\t\n\r]/.test(s.slice(control, end))) {
    // Browsers delete tabs and newlines before reading anything: read what they read, point into
    // the input.
    const { text, at } = deleteTabsAndNewlines(s, start, end);
    const inner = parseText(text, masked);
    const map = (i: number): number => at[i] as number;
    addInner(inner, list, parts, map, (i) => (i > 0 ? (at[i - 1] as number) + 1 : map(0)));
    const code = 'control-character';
    addDiagnostic(list, { code, start: control, end: control + 1, fix: text });
    const target = inner.target && { ...inner.target };
    // (A legacy URL's target is its fix's, whose texts are not in the input.)
    if (target && !inner.diagnostics.some((d) => d.code === 'legacy-proxy-path')) {
      // The raw texts, as written (the values decoded from them are what a browser reads).
      for (const key of ['base', 'path', 'query', 'fragment'] as const) {
        const span = parts[key];
        target[key] = span ? s.slice(span[0], span[1]) : '';
      }
    }
    return result(list, target, parts);
  }
  if (control >= 0) {
    const fix = escapeControls(s, start, end);
    addDiagnostic(list, { code: 'control-character', start: control, end: control + 1, fix });
  }

  let origin: Origin | undefined;
  const first = s.charCodeAt(start);
  if (isSlash(first) && isSlash(s.charCodeAt(start + 1))) {
    // `//host/...` (or `/\host`): every URL parser reads a host there.
    let hostStart = start + 2;
    while (hostStart < end && isSlash(s.charCodeAt(hostStart))) hostStart++;
    origin = scanAuthority(s, hostStart, end, '');
    const host = s.slice(origin.hostStart, origin.hostEnd);
    const params = { host };
    const to = origin.authorityEnd;
    addDiagnostic(list, { code: 'protocol-relative-url', params, start, end: to });
  } else if (first !== 47) {
    const scanned = scanOrigin(s, start, end);
    origin = typeof scanned === 'object' ? scanned : scanSchemelessOrigin(s, start, end);
    if (origin && typeof scanned !== 'object') {
      const fix = `http://${s.slice(start, end)}`;
      const to = origin.authorityEnd;
      addDiagnostic(list, { code: 'missing-url-scheme', start, end: to, fix });
    } else if (typeof scanned === 'string') {
      const schemeEnd = start + scanned.length + 1;
      addDiagnostic(list, { code: 'unsupported-url-scheme', start, end: schemeEnd });
      return result(list, null, parts);
    }
  }
  const pathnameStart = origin ? origin.authorityEnd : start;
  const queryMark = indexIn(s, '?', pathnameStart, end);
  const hash = indexIn(s, '#', pathnameStart, end);
  const pathnameEnd = Math.min(queryMark, hash);
  const viaKubectlProxy =
    !origin || (origin.scheme === 'http' && isLoopbackHost(hostOf(s, origin)));

  // The shape is matched where clients route, which is the text itself unless it could read
  // differently to some of them.
  // When the text up to and just after its own /proxy reads the same to everyone, so does its
  // route, unless what follows climbs out (into another route, for some reader).
  const raw = findProxyShape(s, pathnameStart, pathnameEnd, masked);
  const routed = raw ? Math.min(raw.pathStart + 1, pathnameEnd) : pathnameEnd;
  const routing =
    needsRouting(s, pathnameStart, routed) || mayClimb(s, routed, pathnameEnd)
      ? routeInput(s, pathnameStart, pathnameEnd, viaKubectlProxy)
      : undefined;
  const shape = routing?.shape ?? raw;
  if (!shape) {
    // `/api/v1/services/web/proxy/`: Services and pods live in a namespace.
    const at = s.indexOf('/api/v1/', pathnameStart);
    const missing = at >= 0 && at < pathnameEnd ? at + 8 : -1;
    const fix =
      missing >= 0 && (isAt(s, missing, 'services/') || isAt(s, missing, 'pods/'))
        ? sourceEdit({ s, start, end }, missing, missing, 'namespaces/default/')
        : undefined;
    if (fix !== undefined && findProxyShape(fix, 0, fix.length)) {
      const word = s.charCodeAt(missing) === 112 ? 4 : 8;
      addDiagnostic(list, {
        code: 'not-a-proxy-url',
        params: { reason: 'no-namespace' },
        start: missing,
        end: missing + word,
        fix,
      });
    } else {
      addDiagnostic(list, { code: 'not-a-proxy-url', start, end });
    }
    return result(list, null, parts);
  }
  const { resource, namespaceStart, namespaceEnd, idStart, idEnd, pathStart } = shape;
  const queryStart = queryMark < hash ? queryMark + 1 : -1;
  const fragmentStart = hash < end ? hash + 1 : -1;
  // Checks on escapes are skipped when there is no '%' before the query.
  const percent = indexIn(s, '%', pathnameStart, pathnameEnd);
  const src: Source = { s, start, end };

  if (shape.at > start) parts.base = [start, shape.at];
  if (namespaceEnd > namespaceStart) parts.namespace = [namespaceStart, namespaceEnd];
  parts.resource = [shape.resourceStart, shape.resourceEnd];
  if (idEnd > idStart) parts.id = [idStart, idEnd];

  if (shape.legacy) {
    // /api/v1/proxy/namespaces/{ns}/services/{id}{rest} → /api/v1/namespaces/{ns}/services/{id}/proxy{rest}
    let rest = pathnameEnd > pathStart ? s.slice(pathStart, pathnameEnd) : '/';
    // A URL that mixes both forms already has its /proxy.
    if (rest.startsWith('/proxy') && (rest.length === 6 || rest.charCodeAt(6) === 47)) {
      rest = rest.slice(6);
    }
    const fix = `${s.slice(start, shape.at + 8)}${s.slice(shape.at + 14, idEnd)}/proxy${rest || '/'}${s.slice(pathnameEnd, end)}`;
    addDiagnostic(list, { code: 'legacy-proxy-path', start: shape.at, end: shape.at + 13, fix });
    setTail(parts, pathStart, pathnameEnd, queryStart, hash, fragmentStart, end);
    return result(list, parseText(fix, masked).target, parts);
  }

  // The base: who receives the request, and whether that could be `kubectl proxy`.
  if (origin) {
    const { scheme, userStart, hostStart, hostEnd, authorityEnd } = origin;
    if (userStart >= 0) {
      const fix = sourceEdit(src, userStart, hostStart, '');
      addDiagnostic(list, { code: 'credentials-in-url', start: userStart, end: hostStart, fix });
    }
    if (scheme === 'http' || scheme === 'ws') {
      const host = hostOf(s, origin);
      if (!isLoopbackHost(host)) {
        const schemeEnd = s.charCodeAt(start + scheme.length) === 58 ? start + scheme.length : -1;
        const fix =
          schemeEnd < 0
            ? `https://${s.slice(start, end)}`
            : sourceEdit(src, start, schemeEnd, `${scheme}s`);
        addDiagnostic(list, { code: 'insecure-remote-base', start, end: hostEnd, fix });
      } else if (scheme === 'http' && !kubectlProxyAcceptsHost(host, hostEnd < authorityEnd)) {
        const fix = sourceEdit(src, hostStart, hostEnd, 'localhost');
        const params =
          host !== '[::1]' || hostEnd < authorityEnd ? { reason: 'refused' } : undefined;
        addDiagnostic(list, {
          code: 'kubectl-proxy-rejects-host',
          params,
          start: hostStart,
          end: authorityEnd,
          fix,
        });
      }
    }
  }

  // Go's server answers 400 to a broken escape anywhere in the path, the base's part included.
  const badInBase = percent < shape.at ? findBadEscape(s, percent, shape.at) : -1;
  if (badInBase >= 0) {
    addDiagnostic(list, { code: 'bad-percent-encoding', start: badInBase, end: badInBase + 1 });
  }

  let namespace: string | null = null;
  if (namespaceStart >= 0) {
    const decoded = decodeSegment(s, namespaceStart, namespaceEnd, percent, list);
    namespace = decoded.value;
    const finding = decoded.bad < 0 ? checkNamespace(namespace) : undefined;
    if (finding) {
      const { code, params } = finding;
      addDiagnostic(list, { code, params, start: namespaceStart, end: namespaceEnd });
    }
  }

  const id = checkId(src, resource, idStart, idEnd, percent, list, parts);
  setTail(parts, pathStart, pathnameEnd, queryStart, hash, fragmentStart, end);
  if (pathnameEnd === pathStart) {
    const fix = sourceEdit(src, pathStart, pathStart, '/');
    const at = Math.max(shape.idEnd, pathStart - 6);
    addDiagnostic(list, { code: 'missing-trailing-slash', start: at, end: pathStart, fix });
  } else {
    const hasPercent = percent < pathnameEnd;
    checkPath(src, pathStart, pathnameEnd, pathnameStart, hasPercent, viaKubectlProxy, list);
  }
  if (viaKubectlProxy) checkKubectlRejects(s, shape.at, pathnameEnd, percent < pathnameEnd, list);
  if (queryStart >= 0 && hash > queryStart) checkQuery(s, queryStart, hash, list);
  if (routing) checkRoutes(src, routing, raw, list);
  if (!routing?.shape && routing && countErrors(list) === 0) {
    // The text has the shape but no client routes it: never call that ok.
    const params = { reason: 'no-route' };
    addDiagnostic(list, { code: 'not-a-proxy-url', params, start: idStart, end: idEnd });
  }
  return result(
    list,
    {
      base: s.slice(start, shape.at),
      resource,
      namespace,
      scheme: id.scheme,
      name: id.name,
      port: id.port,
      path: s.slice(pathStart, pathnameEnd),
      query: queryStart >= 0 ? s.slice(queryStart, hash) : '',
      fragment: fragmentStart >= 0 ? s.slice(fragmentStart, end) : '',
    },
    parts,
  );
}

/**
 * The diagnostics and parts of an inner parse, moved to their place in the input (one diagnostic
 * per code still). `map` moves a start, `mapEnd` an end.
 */
function addInner(
  inner: ParseResult,
  list: Diagnostic[],
  parts: ProxyUrlParts,
  map: (i: number) => number,
  mapEnd: (i: number) => number,
): void {
  const move = ([from, to]: Span): Span => [map(from), Math.max(map(from), mapEnd(to))];
  for (const d of inner.diagnostics) {
    if (list.some((other) => other.code === d.code)) continue;
    [d.start, d.end] = move([d.start, d.end]);
    list.push(d);
  }
  for (const key of Object.keys(inner.parts) as (keyof ProxyUrlParts)[]) {
    parts[key] = move(inner.parts[key] as Span);
  }
}

/** Whether `s[from, to)` holds what could climb above a segment: a dot segment, `\\` or `%2F`. */
function mayClimb(s: string, from: number, to: number): boolean {
  for (let i = indexIn(s, '.', from, to); i < to; i = indexIn(s, '.', i + 1, to)) {
    const c = s.charCodeAt(i - 1);
    if (c === 47 || c === 92) return true;
  }
  if (indexIn(s, '\\', from, to) < to) return true;
  for (let i = indexIn(s, '%', from, to); i < to; i = indexIn(s, '%', i + 1, to)) {
    if (isEscapeOf(s, i, '2E') || isEscapeOf(s, i, '2F')) return true;
  }
  return false;
}

/** Any value as a string, never throwing (JavaScript callers pass anything). */
function asString(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return String(value);
  } catch {
    return '';
  }
}

const hostOf = (s: string, origin: Origin): string =>
  s.slice(origin.hostStart, origin.hostEnd).toLowerCase();

function setTail(
  parts: ProxyUrlParts,
  pathStart: number,
  pathEnd: number,
  queryStart: number,
  queryEnd: number,
  fragmentStart: number,
  end: number,
): void {
  if (pathEnd > pathStart) parts.path = [pathStart, pathEnd];
  if (queryStart >= 0 && queryEnd > queryStart) parts.query = [queryStart, queryEnd];
  if (fragmentStart >= 0 && end > fragmentStart) parts.fragment = [fragmentStart, end];
}

function result(list: Diagnostic[], target: ProxyTarget | null, parts: ProxyUrlParts): ParseResult {
  if (list.length > 1) list.sort((a, b) => a.start - b.start);
  return settle(target, parts, list);
}

/**
 * Decodes a namespace or id segment, reporting what keeps the API server from routing it (then
 * `bad >= 0`). `percent` is the first '%' of the path (or beyond it when there is none).
 */
function decodeSegment(
  s: string,
  from: number,
  to: number,
  percent: number,
  list: Diagnostic[],
): Decoded {
  if (percent >= to) return { value: s.slice(from, to), bad: -1 };
  const decoded = decodeComponent(s, from, to);
  const { bad } = decoded;
  if (bad >= 0) {
    addDiagnostic(list, {
      code: 'bad-percent-encoding',
      params: isEscapeAt(s, bad) ? { reason: 'utf8' } : undefined,
      start: bad,
      end: Math.min(bad + 3, to),
    });
  }
  const slash = findEscape(s, '2F', from, to);
  if (slash >= 0) {
    addDiagnostic(list, { code: 'encoded-slash-in-name', start: slash, end: slash + 3 });
    decoded.bad = slash;
  }
  return decoded;
}

/** The next id separator at or after `from`, a literal ':' or '%3A', or `to`. */
function nextColon(s: string, from: number, to: number, percent: number): number {
  if (percent >= to) return indexIn(s, ':', from, to);
  // Checked in place: a search for the next '%' from every character would be quadratic.
  for (let i = from; i < to; i++) {
    if (s.charCodeAt(i) === 58 || (i + 3 <= to && isEscapeOf(s, i, '3A'))) return i;
  }
  return to;
}

const colonEnd = (s: string, at: number): number => at + (s.charCodeAt(at) === 58 ? 1 : 3);

/** Adds a rule's finding at its part of the id (an empty port or scheme points at the whole id). */
function addFinding(
  src: Source,
  list: Diagnostic[],
  parts: ProxyUrlParts,
  idStart: number,
  idEnd: number,
  f: Finding,
): void {
  const span = f.field === 'port' ? parts.port : f.field === 'scheme' ? parts.scheme : parts.name;
  const from = span ? span[0] : idStart;
  const to = span ? span[1] : idEnd;
  const fix = f.replacement === undefined ? undefined : sourceEdit(src, from, to, f.replacement);
  addDiagnostic(list, { code: f.code, params: f.params, start: from, end: to, fix });
}

/** The id segment: split as the API server splits it, then every rule on its parts. */
function checkId(
  src: Source,
  resource: ProxyResource,
  idStart: number,
  idEnd: number,
  percent: number,
  list: Diagnostic[],
  parts: ProxyUrlParts,
): Pick<ProxyTarget, 'scheme' | 'name' | 'port'> {
  const { s } = src;
  const decoded = decodeSegment(s, idStart, idEnd, percent, list);
  const id = decoded.value;
  const encoded = percent < idEnd ? findEscape(s, '3A', idStart, idEnd) : -1;
  if (encoded >= 0) {
    const fix = sourceEdit(src, idStart, idEnd, s.slice(idStart, idEnd).replace(/%3a/gi, ':'));
    addDiagnostic(list, { code: 'encoded-colon', start: encoded, end: encoded + 3, fix });
  }
  // The separators as written, to point at the parts.
  const c1 = nextColon(s, idStart, idEnd, percent);
  const c1End = c1 < idEnd ? colonEnd(s, c1) : idEnd;
  const c2 = c1 < idEnd ? nextColon(s, c1End, idEnd, percent) : idEnd;
  const c2End = c2 < idEnd ? colonEnd(s, c2) : idEnd;
  const c3 = c2 < idEnd ? nextColon(s, c2End, idEnd, percent) : idEnd;
  // Without escapes the id is as written, and the separators found are its colons.
  const split =
    percent >= idEnd
      ? splitIdAt(id, c1 < idEnd ? c1 - idStart : -1, c2 < idEnd ? c2 - idStart : -1, c3 < idEnd)
      : splitSchemeNamePort(id);
  if (!split) {
    if (c2 < idEnd && c3 >= idEnd && c1 > idStart && c2 > c1End) {
      addDiagnostic(list, { code: 'invalid-scheme', start: idStart, end: c1 });
    } else {
      addDiagnostic(list, { code: 'invalid-id', start: idStart, end: idEnd });
    }
    return { scheme: '', name: id, port: '' };
  }
  const nameStart = c2 < idEnd ? c1End : idStart;
  const nameEnd = c2 < idEnd ? c2 : c1;
  const portStart = c2 < idEnd ? c2End : c1End;
  if (c2 < idEnd && c1 > idStart) parts.scheme = [idStart, c1];
  if (nameEnd > nameStart) parts.name = [nameStart, nameEnd];
  if (idEnd > portStart) parts.port = [portStart, idEnd];
  if (decoded.bad >= 0) return split; // a broken escape: the parts mean nothing yet

  if (c1 < idEnd) {
    // Fixes reuse the parts' raw text, to keep the user's encoding.
    const name = s.slice(nameStart, nameEnd);
    const port = s.slice(portStart, idEnd);
    if (c2 >= idEnd && (split.name === 'http' || split.name === 'https') && split.port) {
      const fix = sourceEdit(src, idStart, idEnd, `${name}:${port}:`);
      addDiagnostic(list, {
        code: 'scheme-parsed-as-name',
        params: { id: `${split.name}:${split.port}:` },
        start: idStart,
        end: idEnd,
        fix,
      });
    } else {
      if (hasRedundantColon(split, c2 < idEnd ? 2 : 1)) {
        // The same join, on the raw texts (a raw part is empty exactly when its value is).
        const text = shortestId(split.scheme && s.slice(idStart, c1), name, port);
        const fix = sourceEdit(src, idStart, idEnd, text);
        const params = { id: shortestId(split.scheme, split.name, split.port) };
        addDiagnostic(list, { code: 'redundant-colon', params, start: idStart, end: idEnd, fix });
      }
    }
  }
  const nameFinding = checkName(resource, split.name);
  if (nameFinding) addFinding(src, list, parts, idStart, idEnd, nameFinding);
  const portFindings = checkPort(resource, split.scheme, split.port);
  if (portFindings) {
    for (let i = 0; i < portFindings.length; i++) {
      const f = portFindings[i] as Finding;
      if (f.code === 'scheme-port-mismatch' && c1 < idEnd) {
        // The scheme the port speaks, on the id as written: `svc:443` → `https:svc:443`.
        const scheme = split.scheme === 'https' ? '' : 'https';
        const id = shortestId(scheme, s.slice(nameStart, nameEnd), s.slice(portStart, idEnd));
        const fix = sourceEdit(src, idStart, idEnd, id);
        addDiagnostic(list, { code: f.code, params: f.params, start: portStart, end: idEnd, fix });
      } else {
        addFinding(src, list, parts, idStart, idEnd, f);
      }
    }
  }
  return split;
}
