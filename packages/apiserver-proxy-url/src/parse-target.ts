// The parser's second half, shared by the full parser (parse.ts) and the common-case fast path
// (parse-common.ts): once the proxy shape is found, every check on the base, namespace, id, path
// and query, and the result.
import { COLON } from './chars.js';
import { checkKubectlRejects, checkPath, type Source, sourceEdit } from './check-path.js';
import { checkRoutes, type Routing } from './check-route.js';
import { addDiagnostic, countErrors, type Diagnostic } from './diagnostics.js';
import { hasRedundantColon, idParts, readId, type SchemeNamePort, shortestId } from './id.js';
import { isLoopbackHost, kubectlProxyAcceptsHost, type Origin } from './origin.js';
import { type Decoded, decodeComponent, findBadEscape, findEscape, isEscapeAt } from './percent.js';
import { checkQuery } from './query.js';
import { checkName, checkNamespace, checkPort, type Finding } from './rules.js';
import type { ProxyShape } from './shape.js';
import type { ProxyResource, ProxyTarget, ProxyUrlParts } from './types.js';

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

/** Where the parser found the pieces of a URL that has the proxy shape: offsets into `s`. */
export interface Located extends Source {
  origin: Origin | undefined;
  pathnameStart: number;
  pathnameEnd: number;
  /** The '?' that starts the query, or `end` when none (or when it is inside the fragment). */
  queryMark: number;
  /** The '#' that starts the fragment, or `end`. */
  hash: number;
  /** The host, lower-cased; '' without an origin. */
  host: string;
  /** Whether the request may go through `kubectl proxy` (no base, a path, or http on loopback). */
  viaKubectlProxy: boolean;
  /**
   * Whether the fast path's regex showed the URL plain: the namespace and id hold only `a-z0-9.:-`
   * (so the name rules need not look at every character), and the path below `/proxy` holds no
   * `\\`, `//`, dot segment or escape a path check looks at (a bad one, `%2E`, `%2F`, `%3F`, `%5C`),
   * so the path checks would find nothing.
   */
  plain: boolean;
  /** The first '%' of the path, or `pathnameEnd` when there is none. */
  percent: number;
  shape: ProxyShape;
}

/** The base, namespace, resource and id parts of the shape (in the order `parts` lists them). */
export function setShapeParts(parts: ProxyUrlParts, start: number, shape: ProxyShape): void {
  const { namespaceStart, namespaceEnd, idStart, idEnd } = shape;
  if (shape.at > start) parts.base = [start, shape.at];
  if (namespaceEnd > namespaceStart) parts.namespace = [namespaceStart, namespaceEnd];
  parts.resource = [shape.resourceStart, shape.resourceEnd];
  if (idEnd > idStart) parts.id = [idStart, idEnd];
}

/**
 * Every check from the base on, and the result. `routing` is how clients route the path when it
 * can read differently to them, `raw` the shape in the text as a person reads it.
 */
export function readTarget(
  src: Located,
  list: Diagnostic[],
  parts: ProxyUrlParts,
  routing?: Routing,
  raw?: ProxyShape,
): ParseResult {
  const { s, start, end, origin, pathnameStart, pathnameEnd, queryMark, hash, percent, shape } =
    src;
  const { viaKubectlProxy } = src;
  const { resource, namespaceStart, namespaceEnd, idStart, idEnd, pathStart } = shape;
  const queryStart = queryMark < hash ? queryMark + 1 : -1;
  const fragmentStart = hash < end ? hash + 1 : -1;
  // The base: who receives the request, and whether that could be `kubectl proxy`.
  if (origin) {
    const { scheme, userStart, hostStart, hostEnd, authorityEnd } = origin;
    if (userStart >= 0) {
      const fix = sourceEdit(src, userStart, hostStart, '');
      addDiagnostic(list, { code: 'credentials-in-url', start: userStart, end: hostStart, fix });
    }
    if (scheme === 'http' || scheme === 'ws') {
      const { host } = src;
      if (!isLoopbackHost(host)) {
        const schemeEnd =
          s.charCodeAt(start + scheme.length) === COLON ? start + scheme.length : -1;
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
    let bad = -1;
    if (percent < namespaceEnd) {
      const decoded = decodeSegment(s, namespaceStart, namespaceEnd, percent, list);
      namespace = decoded.value;
      bad = decoded.bad;
    } else {
      namespace = s.slice(namespaceStart, namespaceEnd);
    }
    const finding = bad < 0 ? checkNamespace(namespace, src.plain) : undefined;
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
  } else if (!src.plain) {
    const hasPercent = percent < pathnameEnd;
    checkPath(src, pathStart, pathnameEnd, pathnameStart, hasPercent, viaKubectlProxy, list);
  }
  if (viaKubectlProxy) checkKubectlRejects(s, shape.at, pathnameEnd, percent < pathnameEnd, list);
  if (queryStart >= 0 && hash > queryStart) checkQuery(s, queryStart, hash, list);
  if (routing) checkRoutes(src, routing, raw, list);
  if (raw && raw !== shape && percent < raw.idEnd) {
    // Clients route on the decoded text, where a `%2F` in the namespace or id as written is a
    // separator; the API server still refuses the segment that holds it.
    const from = raw.namespaceStart >= 0 ? raw.namespaceStart : raw.resourceEnd;
    const slash = findEscape(s, '2F', from, raw.idEnd);
    if (slash >= 0) {
      addDiagnostic(list, { code: 'encoded-slash-in-name', start: slash, end: slash + 3 });
    }
  }
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

const byStart = (a: Diagnostic, b: Diagnostic): number => a.start - b.start;

export const hostOf = (s: string, origin: Origin): string =>
  s.slice(origin.hostStart, origin.hostEnd).toLowerCase();

export function setTail(
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

export function result(
  list: Diagnostic[],
  target: ProxyTarget | null,
  parts: ProxyUrlParts,
): ParseResult {
  // Checks report part by part, so the list is mostly in order already.
  for (let i = 1; i < list.length; i++) {
    if ((list[i] as Diagnostic).start < (list[i - 1] as Diagnostic).start) {
      list.sort(byStart);
      break;
    }
  }
  // Without placeholders every URL without a target has an error (`not-a-proxy-url`,
  // `unsupported-url-scheme`), so `ok` is exactly "no error"; a property test holds both.
  return countErrors(list) === 0 && target !== null
    ? { ok: true, target, parts, diagnostics: list }
    : { ok: false, target, parts, diagnostics: list };
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

/**
 * The id segment: read as the API server splits it, then every rule on its parts. Sets the parts'
 * spans and returns the id's values (all '' but the name, the whole decoded id, when it is refused).
 */
function checkId(
  src: Located,
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
      addDiagnostic(list, { code: 'encoded-colon', start: encoded, end: encoded + 3, fix });
    }
  }
  if (values.refusal) {
    // The choice between the two follows the id as written.
    const code = id.refusal || 'invalid-id';
    if (code === 'invalid-scheme') {
      addDiagnostic(list, { code, start: idStart, end: id.schemeEnd });
    } else {
      addDiagnostic(list, { code, start: idStart, end: idEnd });
    }
    return { scheme: '', name: escapes ? text : s.slice(idStart, idEnd), port: '' };
  }
  const split = idParts(text, values);
  const { schemeEnd, nameStart, nameEnd, portStart, colons } = id;
  if (schemeEnd > idStart) parts.scheme = [idStart, schemeEnd];
  if (nameEnd > nameStart) parts.name = [nameStart, nameEnd];
  if (idEnd > portStart) parts.port = [portStart, idEnd];
  if (bad >= 0) return split; // a broken escape: the parts mean nothing yet

  // Fixes reuse the parts' raw text, to keep the user's encoding (sliced only for a finding).
  if (colons > 0) {
    if (colons === 1 && (split.name === 'http' || split.name === 'https') && split.port) {
      const fix = sourceEdit(
        src,
        idStart,
        idEnd,
        `${s.slice(nameStart, nameEnd)}:${s.slice(portStart, idEnd)}:`,
      );
      const params = { id: `${split.name}:${split.port}:` };
      addDiagnostic(list, {
        code: 'scheme-parsed-as-name',
        params,
        start: idStart,
        end: idEnd,
        fix,
      });
    } else if (hasRedundantColon(values)) {
      // The same join, on the raw texts (a raw part is empty exactly when its value is).
      const name = s.slice(nameStart, nameEnd);
      const text = shortestId(s.slice(idStart, schemeEnd), name, s.slice(portStart, idEnd));
      const fix = sourceEdit(src, idStart, idEnd, text);
      const params = { id: shortestId(split.scheme, split.name, split.port) };
      addDiagnostic(list, { code: 'redundant-colon', params, start: idStart, end: idEnd, fix });
    }
  }
  const nameFinding = checkName(resource, split.name, src.plain);
  if (nameFinding) addFinding(src, list, parts, idStart, idEnd, nameFinding);
  const portFindings = checkPort(resource, split.scheme, split.port, src.plain);
  if (portFindings) {
    for (let i = 0; i < portFindings.length; i++) {
      const f = portFindings[i] as Finding;
      if (f.code === 'scheme-port-mismatch' && colons > 0) {
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
