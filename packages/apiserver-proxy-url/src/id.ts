// The id segment `[scheme:]name[:port]`: how kube-apiserver splits it, and how to join parts back.
// One reader (`readId`) finds the parts; the parser and `splitSchemeNamePort` use it, and the
// builder takes the separator rule and the join from here.
import { COLON } from './chars.js';
import {
  addDiagnostic,
  type Diagnostic,
  type DiagnosticInit,
  ProxyUrlError,
} from './diagnostics.js';
import { isEscapeOf } from './percent.js';
import type { IdScheme } from './types.js';

/** The parts of an id segment: `[scheme:]name[:port]`. */
export interface SchemeNamePort {
  scheme: IdScheme;
  name: string;
  port: string;
}

/**
 * Where the parts of an id are in the text it was read from: offsets only, so reading an id makes
 * this one object and no strings.
 */
export interface IdLayout {
  /** The id is `[from, to)`. */
  from: number;
  to: number;
  /** Separators: 0, 1 or 2; 3 stands for three or more (four parts or more, which is refused). */
  colons: number;
  /** The scheme is `[from, schemeEnd)`: empty unless the id has three parts. */
  schemeEnd: number;
  nameStart: number;
  nameEnd: number;
  /** The port is `[portStart, to)`: empty when there is none. */
  portStart: number;
  /** Why the API server refuses the id as written (`400`), or `''` when it splits. */
  refusal: '' | 'invalid-id' | 'invalid-scheme';
}

/** The next separator at or after `from`: a `:`, or also `%3A` when `escapes`; `to` when none. */
function nextSeparator(s: string, from: number, to: number, escapes: boolean): number {
  if (!escapes) {
    const i = s.indexOf(':', from);
    return i < 0 || i > to ? to : i;
  }
  // Checked in place: a search for the next '%' from every character would be quadratic.
  for (let i = from; i < to; i++) {
    if (s.charCodeAt(i) === COLON || (i + 3 <= to && isEscapeOf(s, i, '3A'))) return i;
  }
  return to;
}

const separatorEnd = (s: string, at: number, to: number): number =>
  at >= to ? to : at + (s.charCodeAt(at) === COLON ? 1 : 3);

/**
 * Reads the id `s[from, to)` as kube-apiserver splits it (`net.SplitSchemeNamePort`): on every `:`,
 * nothing decoded. With `escapes`, a `%3A` separates too, which is how the parser points at the
 * parts of an id as written before the API server decodes it.
 *
 * @example
 * readId('https:web:443', 0, 13);
 * // { from: 0, to: 13, colons: 2, schemeEnd: 5, nameStart: 6, nameEnd: 9, portStart: 10,
 * //   refusal: '' }
 */
export function readId(s: string, from: number, to: number, escapes = false): IdLayout {
  const first = nextSeparator(s, from, to, escapes);
  const firstEnd = separatorEnd(s, first, to);
  const second = first < to ? nextSeparator(s, firstEnd, to, escapes) : to;
  const secondEnd = separatorEnd(s, second, to);
  const colons =
    first >= to ? 0 : second >= to ? 1 : nextSeparator(s, secondEnd, to, escapes) < to ? 3 : 2;
  const three = colons >= 2;
  const id: IdLayout = {
    from,
    to,
    colons,
    schemeEnd: three ? first : from,
    nameStart: three ? firstEnd : from,
    nameEnd: three ? second : first,
    portStart: three ? secondEnd : firstEnd,
    refusal: '',
  };
  if (colons > 2 || id.nameEnd === id.nameStart) id.refusal = 'invalid-id';
  else if (three && !isIdScheme(s.slice(from, first))) id.refusal = 'invalid-scheme';
  return id;
}

const isIdScheme = (scheme: string): scheme is IdScheme =>
  scheme === '' || scheme === 'http' || scheme === 'https';

/** The parts of an id that {@link readId} read from `s` and that the API server accepts. */
export const idParts = (s: string, id: IdLayout): SchemeNamePort => ({
  scheme: s.slice(id.from, id.schemeEnd) as IdScheme,
  name: s.slice(id.nameStart, id.nameEnd),
  port: s.slice(id.portStart, id.to),
});

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
  const layout = readId(id, 0, id.length);
  return layout.refusal ? null : idParts(id, layout);
}

/** Whether a part holds the separator `:`, which no part of a joined id may hold. */
export const hasSeparator = (part: string): boolean => part.includes(':');

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
  const join = { code: 'invalid-id', params: { reason: 'join' } } as const;
  if (name === '' || hasSeparator(name)) refuse({ ...join, field: 'name' });
  if (hasSeparator(scheme)) refuse({ ...join, field: 'scheme' });
  if (hasSeparator(port)) refuse({ ...join, field: 'port' });
  if (!isIdScheme(scheme)) refuse({ code: 'invalid-scheme', field: 'scheme' });
  return shortestId(scheme, name, port);
}

function refuse(d: DiagnosticInit): never {
  const list: Diagnostic[] = [];
  addDiagnostic(list, d);
  throw new ProxyUrlError(list);
}

/**
 * The id text for parts that {@link joinSchemeNamePort} accepts, unchecked: with a scheme always
 * three parts, otherwise `name:port` or `name`. For callers that already checked the parts, or that
 * join raw (still encoded) texts.
 */
export const shortestId = (scheme: string, name: string, port: string): string =>
  scheme ? `${scheme}:${name}:${port}` : port ? `${name}:${port}` : name;

/** All three parts, whatever they hold: what the builder shows of an id it refuses. */
export const everyPart = (scheme: string, name: string, port: string): string =>
  `${scheme}:${name}:${port}`;

/**
 * Whether an id read as `id` has a colon its shortest form drops (`svc:`, `:svc:80`): exactly when
 * `joinSchemeNamePort` of its parts differs from it, without building the join.
 */
export const hasRedundantColon = (id: IdLayout): boolean =>
  id.colons === 1 ? id.portStart === id.to : id.colons === 2 && id.schemeEnd === id.from;
