import { checkKubectlRejects, checkPath, type Source, sourceEdit } from './check-path.js';
import { checkRoutes, routeInput } from './check-route.js';
import { addDiagnostic, countErrors, type Diagnostic, type DiagnosticCode } from './diagnostics.js';
import { hasRedundantColon, idParts, readId, type SchemeNamePort, shortestId } from './id.js';
import { deleteTabsAndNewlines, escapeControls, findCommandUrl, findControl } from './input.js';
import * as messages from './messages.js';
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

/** What {@link parseProxyUrl} returns. */
export interface ParseResult {
  /** True exactly when no diagnostic is an error. */
  ok: boolean;
  /** `null` when the URL has no proxy shape or a scheme no client sends to the API server. */
  target: ProxyTarget | null;
  parts: ProxyUrlParts;
  /** At most one per code, at its first occurrence, in input order. */
  diagnostics: Diagnostic[];
}

/**
 * Parses a proxy URL the way kube-apiserver, `kubectl proxy` and browsers read it, and says
 * everything they would do that the URL does not seem to say. Never throws, and runs in time linear
 * in the input.
 *
 * @example
 * const { ok, target, diagnostics } = parseProxyUrl(
 *   'http://104.197.5.247/api/v1/namespaces/kube-system/services/elasticsearch-logging/proxy/_search?q=user:kimchy',
 * );
 * ok;              // true
 * target.name;     // 'elasticsearch-logging'
 * target.path;     // '/_search'
 * target.query;    // 'q=user:kimchy'
 * diagnostics.map((d) => d.code); // ['insecure-remote-base', 'empty-port-unnamed-only']
 */
export function parseProxyUrl(input: string, options?: ParseOptions): ParseResult {
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
  placeholders?: boolean;
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
function withPlaceholders(r: ParseResult, s: string, spans: Span[], masked: boolean): ParseResult {
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
    addDiagnostic(
      list,
      'surrounding-whitespace',
      messages.whitespace,
      from,
      to,
      s.slice(start, end),
    );
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
      addDiagnostic(list, 'pasted-command', messages.pastedCommand, start, end, fix);
      return result(list, inner.target, parts);
    }
    const fix = s.slice(start, end).replaceAll(' ', '%20');
    addDiagnostic(list, 'space-in-url', messages.spaceInUrl, space, space + 1, fix);
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
    addDiagnostic(list, 'control-character', messages.control, control, control + 1, text);
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
    addDiagnostic(list, 'control-character', messages.control, control, control + 1, fix);
  }

  let origin: Origin | undefined;
  const first = s.charCodeAt(start);
  if (isSlash(first) && isSlash(s.charCodeAt(start + 1))) {
    // `//host/...` (or `/\host`): every URL parser reads a host there.
    let hostStart = start + 2;
    while (hostStart < end && isSlash(s.charCodeAt(hostStart))) hostStart++;
    origin = scanAuthority(s, hostStart, end, '');
    const host = s.slice(origin.hostStart, origin.hostEnd);
    addDiagnostic(
      list,
      'protocol-relative-url',
      messages.protocolRelative(host),
      start,
      origin.authorityEnd,
    );
  } else if (first !== 47) {
    const scanned = scanOrigin(s, start, end);
    origin = typeof scanned === 'object' ? scanned : scanSchemelessOrigin(s, start, end);
    if (origin && typeof scanned !== 'object') {
      const fix = `http://${s.slice(start, end)}`;
      const to = origin.authorityEnd;
      addDiagnostic(list, 'missing-url-scheme', messages.missingScheme, start, to, fix);
    } else if (typeof scanned === 'string') {
      const schemeEnd = start + scanned.length + 1;
      addDiagnostic(list, 'unsupported-url-scheme', messages.urlScheme, start, schemeEnd);
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
      addDiagnostic(list, 'not-a-proxy-url', messages.noNamespace, missing, missing + word, fix);
    } else {
      addDiagnostic(list, 'not-a-proxy-url', messages.notProxy, start, end);
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
    addDiagnostic(list, 'legacy-proxy-path', messages.legacy, shape.at, shape.at + 13, fix);
    setTail(parts, pathStart, pathnameEnd, queryStart, hash, fragmentStart, end);
    return result(list, parseText(fix, masked).target, parts);
  }

  // The base: who receives the request, and whether that could be `kubectl proxy`.
  if (origin) {
    const { scheme, userStart, hostStart, hostEnd, authorityEnd } = origin;
    if (userStart >= 0) {
      const fix = sourceEdit(src, userStart, hostStart, '');
      addDiagnostic(list, 'credentials-in-url', messages.credentials, userStart, hostStart, fix);
    }
    if (scheme === 'http' || scheme === 'ws') {
      const host = hostOf(s, origin);
      if (!isLoopbackHost(host)) {
        const schemeEnd = s.charCodeAt(start + scheme.length) === 58 ? start + scheme.length : -1;
        const fix =
          schemeEnd < 0
            ? `https://${s.slice(start, end)}`
            : sourceEdit(src, start, schemeEnd, `${scheme}s`);
        addDiagnostic(list, 'insecure-remote-base', messages.insecure, start, hostEnd, fix);
      } else if (scheme === 'http' && !kubectlProxyAcceptsHost(host, hostEnd < authorityEnd)) {
        const fix = sourceEdit(src, hostStart, hostEnd, 'localhost');
        const message = messages.rejectedHost(host !== '[::1]' || hostEnd < authorityEnd);
        addDiagnostic(list, 'kubectl-proxy-rejects-host', message, hostStart, authorityEnd, fix);
      }
    }
  }

  // Go's server answers 400 to a broken escape anywhere in the path, the base's part included.
  const badInBase = percent < shape.at ? findBadEscape(s, percent, shape.at) : -1;
  if (badInBase >= 0) {
    const message = messages.badEscape(false);
    addDiagnostic(list, 'bad-percent-encoding', message, badInBase, badInBase + 1);
  }

  let namespace: string | null = null;
  if (namespaceStart >= 0) {
    const decoded = decodeSegment(s, namespaceStart, namespaceEnd, percent, list);
    namespace = decoded.value;
    const finding = decoded.bad < 0 ? checkNamespace(namespace) : undefined;
    if (finding) addDiagnostic(list, finding.code, finding.message, namespaceStart, namespaceEnd);
  }

  const id = checkId(src, resource, idStart, idEnd, percent, list, parts);
  setTail(parts, pathStart, pathnameEnd, queryStart, hash, fragmentStart, end);
  if (pathnameEnd === pathStart) {
    const fix = sourceEdit(src, pathStart, pathStart, '/');
    const at = Math.max(shape.idEnd, pathStart - 6);
    addDiagnostic(list, 'missing-trailing-slash', messages.missingSlash, at, pathStart, fix);
  } else {
    const hasPercent = percent < pathnameEnd;
    checkPath(src, pathStart, pathnameEnd, pathnameStart, hasPercent, viaKubectlProxy, list);
  }
  if (viaKubectlProxy) checkKubectlRejects(s, shape.at, pathnameEnd, percent < pathnameEnd, list);
  if (queryStart >= 0 && hash > queryStart) checkQuery(s, queryStart, hash, list);
  if (routing) checkRoutes(src, routing, raw, list);
  if (!routing?.shape && routing && countErrors(list) === 0) {
    // The text has the shape but no client routes it: never call that ok.
    addDiagnostic(list, 'not-a-proxy-url', messages.noRoute, idStart, idEnd);
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
  return { ok: countErrors(list) === 0, target, parts, diagnostics: list };
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
    const message = messages.badEscape(isEscapeAt(s, bad));
    addDiagnostic(list, 'bad-percent-encoding', message, bad, Math.min(bad + 3, to));
  }
  const slash = findEscape(s, '2F', from, to);
  if (slash >= 0) {
    addDiagnostic(list, 'encoded-slash-in-name', messages.encodedSlashInName, slash, slash + 3);
    decoded.bad = slash;
  }
  return decoded;
}

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
  addDiagnostic(list, f.code, f.message, from, to, fix);
}

/**
 * The id segment: read as the API server splits it, then every rule on its parts. Sets the parts'
 * spans and returns the id's values (all '' but the name, the whole decoded id, when it is refused).
 */
function checkId(
  src: Source,
  resource: ProxyResource,
  idStart: number,
  idEnd: number,
  percent: number,
  list: Diagnostic[],
  parts: ProxyUrlParts,
): SchemeNamePort {
  const { s } = src;
  const escapes = percent < idEnd;
  // Where the parts are as written (a `%3A` separates once decoded), to point at them.
  const id = readId(s, idStart, idEnd, escapes);
  // What the API server splits: the decoded id, which is the text itself when nothing is escaped.
  let text = s;
  let values = id;
  let bad = -1;
  if (escapes) {
    const decoded = decodeSegment(s, idStart, idEnd, percent, list);
    text = decoded.value;
    bad = decoded.bad;
    values = readId(text, 0, text.length);
    const encoded = findEscape(s, '3A', idStart, idEnd);
    if (encoded >= 0) {
      const fix = sourceEdit(src, idStart, idEnd, s.slice(idStart, idEnd).replace(/%3a/gi, ':'));
      addDiagnostic(list, 'encoded-colon', messages.encodedColon, encoded, encoded + 3, fix);
    }
  }
  if (values.refusal) {
    // The choice between the two follows the id as written.
    const code = id.refusal || 'invalid-id';
    if (code === 'invalid-scheme') {
      addDiagnostic(list, code, messages.badScheme, idStart, id.schemeEnd);
    } else {
      addDiagnostic(list, code, messages.invalidId, idStart, idEnd);
    }
    return { scheme: '', name: escapes ? text : s.slice(idStart, idEnd), port: '' };
  }
  const split = idParts(text, values);
  const { schemeEnd, nameStart, nameEnd, portStart, colons } = id;
  if (schemeEnd > idStart) parts.scheme = [idStart, schemeEnd];
  if (nameEnd > nameStart) parts.name = [nameStart, nameEnd];
  if (idEnd > portStart) parts.port = [portStart, idEnd];
  if (bad >= 0) return split; // a broken escape: the parts mean nothing yet

  if (colons > 0) {
    // Fixes reuse the parts' raw text, to keep the user's encoding.
    const name = s.slice(nameStart, nameEnd);
    const port = s.slice(portStart, idEnd);
    if (colons === 1 && (split.name === 'http' || split.name === 'https') && split.port) {
      const fix = sourceEdit(src, idStart, idEnd, `${name}:${port}:`);
      const message = messages.schemeAsName(`${split.name}:${split.port}:`);
      addDiagnostic(list, 'scheme-parsed-as-name', message, idStart, idEnd, fix);
    } else if (hasRedundantColon(values)) {
      // The same join, on the raw texts (a raw part is empty exactly when its value is).
      const text = shortestId(s.slice(idStart, schemeEnd), name, port);
      const fix = sourceEdit(src, idStart, idEnd, text);
      const message = messages.redundantColon(shortestId(split.scheme, split.name, split.port));
      addDiagnostic(list, 'redundant-colon', message, idStart, idEnd, fix);
    }
  }
  const nameFinding = checkName(resource, split.name);
  if (nameFinding) addFinding(src, list, parts, idStart, idEnd, nameFinding);
  const portFindings = checkPort(resource, split.scheme, split.port);
  if (portFindings) {
    for (let i = 0; i < portFindings.length; i++) {
      const f = portFindings[i] as Finding;
      if (f.code === 'scheme-port-mismatch' && colons > 0) {
        // The scheme the port speaks, on the id as written: `svc:443` → `https:svc:443`.
        const scheme = split.scheme === 'https' ? '' : 'https';
        const id = shortestId(scheme, s.slice(nameStart, nameEnd), s.slice(portStart, idEnd));
        addDiagnostic(
          list,
          f.code,
          f.message,
          portStart,
          idEnd,
          sourceEdit(src, idStart, idEnd, id),
        );
      } else {
        addFinding(src, list, parts, idStart, idEnd, f);
      }
    }
  }
  return split;
}
