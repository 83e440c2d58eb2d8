import { LOWER_P, OPEN_BRACKET, SLASH, SPACE } from './chars.js';
import { sourceEdit } from './check-path.js';
import { routeInput } from './check-route.js';
import { addDiagnostic, countErrors, type Diagnostic, type DiagnosticCode } from './diagnostics.js';
import { deleteTabsAndNewlines, escapeControls, findCommandUrl, findControl } from './input.js';
import {
  isLoopbackHost,
  type Origin,
  scanAuthority,
  scanOrigin,
  scanSchemelessOrigin,
} from './origin.js';
import { parseCommon } from './parse-common.js';
import {
  hostOf,
  type ParseResult,
  readTarget,
  result,
  setShapeParts,
  setTail,
} from './parse-target.js';
import { isEscapeOf } from './percent.js';
import { findPlaceholders, maskPlaceholders, unmask } from './placeholders.js';
import { needsRouting } from './route.js';
import { findProxyShape, indexIn, isAt, isSlash } from './shape.js';
import type { ProxyTarget, ProxyUrlParts, Span } from './types.js';

export type { ParseFailure, ParseResult, ParseSuccess } from './parse-target.js';

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
  if (options?.placeholders !== true) return parseCommon(s) ?? parseText(s);
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
      if (!optional || s.charCodeAt((spans[i] as Span)[0]) === OPEN_BRACKET) return true;
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

/**
 * {@link parseProxyUrl} on a string, placeholders already masked: the full parser, which reads any
 * input. (parse-common.ts reads the common case faster, to the same result.)
 */
export function parseText(s: string, masked = false): ParseResult {
  const list: Diagnostic[] = [];
  const parts: ProxyUrlParts = {};

  // Browsers drop leading and trailing C0 controls and spaces.
  let start = 0;
  let end = s.length;
  while (start < end && s.charCodeAt(start) <= SPACE) start++;
  while (end > start && s.charCodeAt(end - 1) <= SPACE) end--;
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
  } else if (first !== SLASH) {
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
  const host = origin ? hostOf(s, origin) : '';
  const viaKubectlProxy = !origin || (origin.scheme === 'http' && isLoopbackHost(host));

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
      const word = s.charCodeAt(missing) === LOWER_P ? 4 : 8; // pods/ or services/
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
  // Checks on escapes are skipped when there is no '%' before the query.
  const percent = indexIn(s, '%', pathnameStart, pathnameEnd);
  setShapeParts(parts, start, shape);

  if (shape.legacy) {
    const { idEnd, pathStart } = shape;
    const queryStart = queryMark < hash ? queryMark + 1 : -1;
    const fragmentStart = hash < end ? hash + 1 : -1;
    // /api/v1/proxy/namespaces/{ns}/services/{id}{rest} → /api/v1/namespaces/{ns}/services/{id}/proxy{rest}
    let rest = pathnameEnd > pathStart ? s.slice(pathStart, pathnameEnd) : '/';
    // A URL that mixes both forms already has its /proxy.
    if (rest.startsWith('/proxy') && (rest.length === 6 || rest.charCodeAt(6) === SLASH)) {
      rest = rest.slice(6);
    }
    const fix = `${s.slice(start, shape.at + 8)}${s.slice(shape.at + 14, idEnd)}/proxy${rest || '/'}${s.slice(pathnameEnd, end)}`;
    addDiagnostic(list, { code: 'legacy-proxy-path', start: shape.at, end: shape.at + 13, fix });
    setTail(parts, pathStart, pathnameEnd, queryStart, hash, fragmentStart, end);
    return result(list, parseText(fix, masked).target, parts);
  }

  return readTarget(
    {
      s,
      start,
      end,
      origin,
      host,
      pathnameStart,
      pathnameEnd,
      queryMark,
      hash,
      viaKubectlProxy,
      plain: false, // the path checks look for themselves
      percent,
      shape,
    },
    list,
    parts,
    routing,
    raw,
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
    if (isSlash(c)) return true;
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
