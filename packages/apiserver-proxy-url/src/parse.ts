import { checkKubectlRejects, checkPath } from './check-path.js';
import { type Diagnostic, DiagnosticList } from './diagnostics.js';
import { joinSchemeNamePort, splitSchemeNamePort } from './id.js';
import { messages } from './messages.js';
import { isLoopbackHost, kubectlProxyAcceptsHost, scanOrigin } from './origin.js';
import { decodeComponent, isEscapeAt, isEscapeOf } from './percent.js';
import { checkName, checkNamespace, checkPort, type TargetField } from './rules.js';
import { findProxyShape } from './shape.js';
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
export function parseProxyUrl(input: string): ParseResult {
  const s = typeof input === 'string' ? input : String(input);
  const list = new DiagnosticList();
  const parts: ProxyUrlParts = {};
  const done = (target: ProxyTarget | null): ParseResult => {
    const diagnostics = list.items;
    if (diagnostics.length > 1) diagnostics.sort((a, b) => a.start - b.start);
    return { ok: list.errors === 0, target, parts, diagnostics };
  };

  // Browsers drop leading and trailing C0 controls and spaces.
  let start = 0;
  let end = s.length;
  while (start < end && s.charCodeAt(start) <= 32) start++;
  while (end > start && s.charCodeAt(end - 1) <= 32) end--;
  const edit = (from: number, to: number, text: string): string =>
    s.slice(start, from) + text + s.slice(to, end);
  if (start > 0 || end < s.length) {
    const [from, to] = start > 0 ? [0, start] : [end, s.length];
    list.add('surrounding-whitespace', messages.whitespace(), from, to, s.slice(start, end));
  }

  const origin = scanOrigin(s, start, end);
  if (typeof origin === 'string') {
    const schemeEnd = start + origin.length + 1;
    const c = s.charCodeAt(schemeEnd);
    // `localhost:8001/api/...` is a host and port missing its `http://`.
    const fix = c >= 48 && c <= 57 ? `http://${s.slice(start, end)}` : undefined;
    list.add('unsupported-url-scheme', messages.urlScheme(`${origin}:`), start, schemeEnd, fix);
    return done(null);
  }
  const pathnameStart = origin ? origin.authorityEnd : start;
  let pathnameEnd = pathnameStart;
  for (; pathnameEnd < end; pathnameEnd++) {
    const c = s.charCodeAt(pathnameEnd);
    if (c === 63 || c === 35) break;
  }
  const shape = findProxyShape(s, pathnameStart, pathnameEnd);
  if (!shape) {
    list.add('not-a-proxy-url', messages.notProxy(), start, end);
    return done(null);
  }
  const { resource, namespaceStart, namespaceEnd, idStart, idEnd, pathStart } = shape;

  const hash = s.indexOf('#', pathnameEnd);
  const fragmentStart = hash >= 0 && hash < end ? hash + 1 : -1;
  const queryStart = pathnameEnd < end && s.charCodeAt(pathnameEnd) === 63 ? pathnameEnd + 1 : -1;
  const queryEnd = fragmentStart >= 0 ? fragmentStart - 1 : end;
  const base = s.slice(start, shape.at);
  const query = queryStart >= 0 ? s.slice(queryStart, queryEnd) : '';
  const fragment = fragmentStart >= 0 ? s.slice(fragmentStart, end) : '';
  const setPart = (key: keyof ProxyUrlParts, from: number, to: number): void => {
    if (to > from) parts[key] = [from, to];
  };
  setPart('base', start, shape.at);
  if (namespaceStart >= 0) setPart('namespace', namespaceStart, namespaceEnd);
  setPart('resource', shape.resourceStart, shape.resourceStart + resource.length);
  setPart('id', idStart, idEnd);
  setPart('path', pathStart, pathnameEnd);
  if (queryStart >= 0) setPart('query', queryStart, queryEnd);
  if (fragmentStart >= 0) setPart('fragment', fragmentStart, end);

  if (shape.legacy) {
    // /api/v1/proxy/namespaces/{ns}/services/{id}{rest} → /api/v1/namespaces/{ns}/services/{id}/proxy{rest}
    const fix = `${s.slice(start, shape.at + 8)}${s.slice(shape.at + 14, idEnd)}/proxy${s.slice(pathStart, pathnameEnd) || '/'}${s.slice(pathnameEnd, end)}`;
    list.add('legacy-proxy-path', messages.legacy(), shape.at, shape.at + 13, fix);
    return done(parseProxyUrl(fix).target);
  }

  // The base: who receives the request, and whether that could be `kubectl proxy`.
  let viaKubectlProxy = !origin;
  if (origin) {
    const { scheme, userStart, hostStart, hostEnd, authorityEnd } = origin;
    const host = s.slice(hostStart, hostEnd).toLowerCase();
    const loopback = isLoopbackHost(host);
    if (userStart >= 0) {
      list.add(
        'credentials-in-url',
        messages.credentials(),
        userStart,
        hostStart,
        edit(userStart, hostStart, ''),
      );
    }
    if ((scheme === 'http' || scheme === 'ws') && !loopback) {
      const fix = edit(start, start + scheme.length, `${scheme}s`);
      list.add('insecure-remote-base', messages.insecure(host), start, hostEnd, fix);
    }
    if (scheme === 'http' && loopback) {
      viaKubectlProxy = true;
      if (!kubectlProxyAcceptsHost(host, hostEnd < authorityEnd)) {
        const fix = edit(hostStart, hostEnd, 'localhost');
        list.add(
          'kubectl-proxy-rejects-host',
          messages.rejectedHost(host),
          hostStart,
          authorityEnd,
          fix,
        );
      }
    }
  }

  let namespace: string | null = null;
  if (namespaceStart >= 0) {
    const errors = list.errors;
    namespace = decodeSegment(s, namespaceStart, namespaceEnd, list);
    if (list.errors === errors) {
      checkNamespace(namespace, (code, _field, message) =>
        list.add(code, message, namespaceStart, namespaceEnd),
      );
    }
  }

  const target = checkId(s, shape.resource, idStart, idEnd, list, parts, edit);
  const path = s.slice(pathStart, pathnameEnd);
  if (path === '') {
    list.add(
      'missing-trailing-slash',
      messages.missingSlash(),
      pathStart - 6,
      pathStart,
      edit(pathStart, pathStart, '/'),
    );
  } else {
    checkPath(s, pathStart, pathnameEnd, pathnameStart, list, edit);
  }
  if (viaKubectlProxy) checkKubectlRejects(s, shape.at, pathnameEnd, list);
  if (query) {
    const dryRun = findQueryKey(s, queryStart, queryEnd, 'dryRun');
    if (dryRun) list.add('dry-run-query', messages.dryRun(), dryRun[0], dryRun[1]);
    const pathKey = findQueryKey(s, queryStart, queryEnd, 'path');
    if (pathKey) list.add('path-query-ignored', messages.pathQuery(), pathKey[0], pathKey[1]);
  }
  return done({ base, resource, namespace, ...target, path, query, fragment });
}

/** Decodes a namespace or id segment, reporting what keeps the API server from routing it. */
function decodeSegment(s: string, from: number, to: number, list: DiagnosticList): string {
  const { value, bad } = decodeComponent(s, from, to);
  if (bad >= 0) {
    const badEnd = Math.min(bad + 3, to);
    const text = s.slice(bad, badEnd);
    list.add(
      'bad-percent-encoding',
      isEscapeAt(s, bad) ? messages.badUtf8(text) : messages.badEscape(text),
      bad,
      badEnd,
    );
  }
  for (let i = s.indexOf('%', from); i >= 0 && i < to; i = s.indexOf('%', i + 1)) {
    if (isEscapeOf(s, i, '2F')) {
      list.add('encoded-slash-in-name', messages.encodedSlashInName(), i, i + 3);
      break;
    }
  }
  return value;
}

/** The id segment: split as the API server splits it, then every rule on its parts. */
function checkId(
  s: string,
  resource: ProxyResource,
  idStart: number,
  idEnd: number,
  list: DiagnosticList,
  parts: ProxyUrlParts,
  edit: (from: number, to: number, text: string) => string,
): Pick<ProxyTarget, 'scheme' | 'name' | 'port'> {
  const errors = list.errors;
  const id = decodeSegment(s, idStart, idEnd, list);
  // The separators as written: a literal ':' or '%3A'.
  const colons: Span[] = [];
  for (let i = idStart; i < idEnd; i++) {
    if (s.charCodeAt(i) === 58) colons.push([i, i + 1]);
    else if (isEscapeOf(s, i, '3A')) colons.push([i, i + 3]);
  }
  const encoded = colons.find(([from, to]) => to - from === 3);
  if (encoded) {
    const literal = s.slice(idStart, idEnd).replace(/%3a/gi, ':');
    list.add(
      'encoded-colon',
      messages.encodedColon(),
      encoded[0],
      encoded[1],
      edit(idStart, idEnd, literal),
    );
  }
  const split = splitSchemeNamePort(id);
  if (!split) {
    const first = id.indexOf(':');
    const second = id.indexOf(':', first + 1);
    const badScheme = colons.length === 2 && first > 0 && second > first + 1;
    if (badScheme)
      list.add(
        'invalid-scheme',
        messages.badScheme(id.slice(0, first)),
        idStart,
        colons[0]?.[0] ?? idEnd,
      );
    else list.add('invalid-id', messages.invalidId(resource, id), idStart, idEnd);
    return { scheme: '', name: id, port: '' };
  }
  // Spans of the parts as written, and their raw text for fixes that keep the user's encoding.
  const [c1, c2] = colons;
  const schemeSpan: Span | undefined = c2 && c1 ? [idStart, c1[0]] : undefined;
  const nameSpan: Span = c2 && c1 ? [c1[1], c2[0]] : c1 ? [idStart, c1[0]] : [idStart, idEnd];
  const portSpan: Span | undefined = c2 ? [c2[1], idEnd] : c1 ? [c1[1], idEnd] : undefined;
  if (schemeSpan && schemeSpan[1] > schemeSpan[0]) parts.scheme = schemeSpan;
  if (nameSpan[1] > nameSpan[0]) parts.name = nameSpan;
  if (portSpan && portSpan[1] > portSpan[0]) parts.port = portSpan;
  if (list.errors > errors) return split; // a broken escape: the parts mean nothing yet

  const raw = (span: Span | undefined): string => (span ? s.slice(span[0], span[1]) : '');
  if (colons.length === 1 && (split.name === 'http' || split.name === 'https') && split.port) {
    const fixed = `${raw(nameSpan)}:${raw(portSpan)}:`;
    const message = messages.schemeAsName(split.name, split.port, `${split.name}:${split.port}:`);
    list.add('scheme-parsed-as-name', message, idStart, idEnd, edit(idStart, idEnd, fixed));
  } else {
    const shortest = joinSchemeNamePort(split);
    if (shortest !== id) {
      const name = raw(nameSpan);
      const fixed = split.scheme
        ? `${raw(schemeSpan)}:${name}:${raw(portSpan)}`
        : split.port
          ? `${name}:${raw(portSpan)}`
          : name;
      list.add(
        'redundant-colon',
        messages.redundantColon(id, shortest),
        idStart,
        idEnd,
        edit(idStart, idEnd, fixed),
      );
    }
  }
  // An empty port or scheme has no text to point at: point at the whole id.
  const spanOf = (field: TargetField): Span =>
    field === 'name'
      ? nameSpan
      : ((field === 'port' ? parts.port : parts.scheme) ?? [idStart, idEnd]);
  const report = (
    code: Diagnostic['code'],
    field: TargetField,
    message: string,
    replacement?: string,
  ): void => {
    const [from, to] = spanOf(field);
    list.add(
      code,
      message,
      from,
      to,
      replacement === undefined ? undefined : edit(from, to, replacement),
    );
  };
  checkName(resource, split.name, report);
  checkPort(resource, split.scheme, split.port, report);
  return split;
}

/** The span of the first `&`-separated query key that reads `key` once decoded. */
function findQueryKey(s: string, from: number, to: number, key: string): Span | undefined {
  let keyStart = from;
  let keyEnd = -1; // the first '=' of the current pair
  for (let i = from; i <= to; i++) {
    const c = i < to ? s.charCodeAt(i) : 38;
    if (c === 61 && keyEnd < 0) keyEnd = i;
    if (c !== 38) continue;
    if (keyEnd < 0) keyEnd = i;
    const raw = s.slice(keyStart, keyEnd);
    if (
      raw === key ||
      (raw.length > key.length && decodeComponent(raw, 0, raw.length).value === key)
    ) {
      return [keyStart, keyEnd];
    }
    keyStart = i + 1;
    keyEnd = -1;
  }
  return undefined;
}
