import {
  addDiagnostic,
  type Diagnostic,
  type DiagnosticInit,
  ProxyUrlError,
} from './diagnostics.js';
import type { IdScheme } from './types.js';

/** The parts of an id segment: `[scheme:]name[:port]`. */
export interface SchemeNamePort {
  scheme: IdScheme;
  name: string;
  port: string;
}

/**
 * Splits an (already percent-decoded) id exactly as kube-apiserver does
 * (`k8s.io/apimachinery/pkg/util/net.SplitSchemeNamePort`): on every `:`, with no decoding.
 * Returns `null` when the API server refuses the id (`400 invalid service request`): an empty name,
 * four or more parts, or a scheme other than `''`, `http`, `https`.
 *
 * @example
 * splitSchemeNamePort('https:kubernetes-dashboard:') // { scheme: 'https', name: 'kubernetes-dashboard', port: '' }
 * splitSchemeNamePort('https:svc')                   // { scheme: '', name: 'https', port: 'svc' } (two parts are name:port)
 * splitSchemeNamePort('dashboard:foo:8080')          // null ('dashboard' is not a scheme)
 */
export function splitSchemeNamePort(id: string): SchemeNamePort | null {
  const first = id.indexOf(':');
  const second = first < 0 ? -1 : id.indexOf(':', first + 1);
  return splitIdAt(id, first, second, second >= 0 && id.indexOf(':', second + 1) >= 0);
}

/**
 * {@link splitSchemeNamePort} for a caller that already knows where the first two `:` are (-1 when
 * absent) and whether there is a third.
 */
export function splitIdAt(
  id: string,
  first: number,
  second: number,
  third: boolean,
): SchemeNamePort | null {
  if (first < 0) return id ? { scheme: '', name: id, port: '' } : null;
  if (second < 0) {
    return first > 0 ? { scheme: '', name: id.slice(0, first), port: id.slice(first + 1) } : null;
  }
  if (third || second === first + 1) return null;
  const scheme = id.slice(0, first);
  if (scheme !== '' && scheme !== 'http' && scheme !== 'https') return null;
  return { scheme, name: id.slice(first + 1, second), port: id.slice(second + 1) };
}

/**
 * The shortest id that {@link splitSchemeNamePort} splits back into the same parts
 * (`net.JoinSchemeNamePort`): with a scheme always three parts, so `https:svc:` keeps its
 * required trailing colon. Throws {@link ProxyUrlError} for an empty name, a `:` inside any part,
 * or a scheme other than `''`, `http`, `https`; it checks nothing else.
 *
 * @example
 * joinSchemeNamePort({ scheme: 'https', name: 'svc' })  // 'https:svc:'
 * joinSchemeNamePort({ name: 'svc', port: 8080 })       // 'svc:8080'
 * joinSchemeNamePort({ name: 'svc', port: '' })         // 'svc'
 */
export function joinSchemeNamePort(parts: {
  scheme?: IdScheme | undefined;
  name: string;
  port?: string | number | undefined;
}): string {
  const scheme: string = parts.scheme ?? '';
  const name = parts.name;
  const port = parts.port === undefined ? '' : String(parts.port);
  if (name === '' || scheme.includes(':') || name.includes(':') || port.includes(':')) {
    const field =
      name === '' || name.includes(':') ? 'name' : scheme.includes(':') ? 'scheme' : 'port';
    refuse({ code: 'invalid-id', params: { reason: 'join' }, field });
  }
  if (scheme !== '' && scheme !== 'http' && scheme !== 'https') {
    refuse({ code: 'invalid-scheme', field: 'scheme' });
  }
  return shortestId(scheme, name, port);
}

/**
 * The id text for parts that {@link joinSchemeNamePort} accepts, unchecked: with a scheme always
 * three parts, otherwise `name:port` or `name`. For callers that already checked the parts, or that
 * join raw (still encoded) texts.
 */
function refuse(d: DiagnosticInit): never {
  const list: Diagnostic[] = [];
  addDiagnostic(list, d);
  throw new ProxyUrlError(list);
}

export const shortestId = (scheme: string, name: string, port: string): string =>
  scheme ? `${scheme}:${name}:${port}` : port ? `${name}:${port}` : name;

/**
 * Whether an id that split into `parts` has a colon its shortest form drops (`svc:`, `:svc:80`):
 * exactly when `joinSchemeNamePort(parts)` differs from it, without building the join.
 */
export const hasRedundantColon = (parts: SchemeNamePort, colons: number): boolean =>
  colons === 1 ? parts.port === '' : colons === 2 && parts.scheme === '';
