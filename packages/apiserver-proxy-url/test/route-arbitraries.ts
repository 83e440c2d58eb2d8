// Generators for the routing properties (routing.property.test.ts): proxy URLs that start valid and
// are then mutated in the ways that make clients disagree about where they go (the README's "How
// each client reads a URL"):
// escaped route words, other separators, dot segments in every spelling, controls inside words,
// prefixes made of route words, proxied paths that climb.
import fc from 'fast-check';
import type { ProxyTargetInput } from '../src/index.js';
import { dns1035Label, dnsLabel, dnsSubdomain, idScheme, portNumberArb } from './arbitraries.js';

// ---------------------------------------------------------------------------------------------
// Pieces

/** What happens to one route word (or the namespace, or the id). */
type WordMutation =
  | { kind: 'plain' }
  | { kind: 'escape'; mask: boolean[]; upper: boolean }
  | { kind: 'control'; at: number; ch: string };

const wordMutation: fc.Arbitrary<WordMutation> = fc.oneof(
  { weight: 40, arbitrary: fc.constant<WordMutation>({ kind: 'plain' }) },
  {
    weight: 6,
    arbitrary: fc
      .record({
        mask: fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }),
        upper: fc.boolean(),
      })
      .map((m): WordMutation => ({ kind: 'escape', ...m })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ at: fc.nat(12), ch: fc.constantFrom('\t', '\n', '\r') })
      .map((m): WordMutation => ({ kind: 'control', ...m })),
  },
);

const hex = (c: string, upper: boolean): string => {
  const h = c.charCodeAt(0).toString(16).padStart(2, '0');
  return `%${upper ? h.toUpperCase() : h}`;
};

/** Applies a mutation to a word; escapes only ASCII characters (the mask wraps around). */
function mutateWord(word: string, m: WordMutation): string {
  if (m.kind === 'plain' || word === '') return word;
  if (m.kind === 'control') {
    const at = m.at % (word.length + 1);
    return word.slice(0, at) + m.ch + word.slice(at);
  }
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word[i] as string;
    out += m.mask[i % m.mask.length] && c.charCodeAt(0) < 0x80 ? hex(c, m.upper) : c;
  }
  return out;
}

/** A separator between route segments: mostly '/', sometimes something that may become one. */
const separator = fc.oneof(
  { weight: 16, arbitrary: fc.constant('/') },
  { weight: 1, arbitrary: fc.constantFrom('\\', '%2F', '%2f', '%5C', '%5c', '//') },
);

const dotDot = fc.constantFrom('..', '%2e%2e', '%2E%2e', '.%2e', '.%2E', '%2e.');
const dot = fc.constantFrom('.', '%2e', '%2E');
const decoy = fc.constantFrom('b', 'evil', 'kube-system', 'secrets', 'x', 'services', 'proxy');

/** Text inserted after a route segment (and its separator): nothing, a decoy and '..', or '.'. */
const insertion = fc.oneof(
  { weight: 24, arbitrary: fc.constant('') },
  {
    weight: 2,
    arbitrary: fc.tuple(decoy, separator, dotDot, separator).map((p) => p.join('')),
  },
  { weight: 1, arbitrary: fc.tuple(dot, separator).map((p) => p.join('')) },
  // A bare '..' that climbs out of the segment just written.
  { weight: 1, arbitrary: fc.tuple(dotDot, separator).map((p) => p.join('')) },
);

/** Things a prefix can hold: route words that a decoding apiserver may take for the route. */
const prefix = fc.oneof(
  { weight: 8, arbitrary: fc.constant('') },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '/%61pi/v1/nodes/a/proxy',
      '/x/api/v1/nodes/b/proxy',
      '/%61pi/v1/namespaces/ns/services/evil/proxy',
      '/api/v1/namespaces/ns/services/evil/prox%79',
      '/k8s/clusters/c1',
      '/api',
      '/api/v1',
      '/x/%2e%2e',
      '/a%2Fb',
      '/api%2Fv1%2Fnodes%2Fevil%2Fproxy',
    ),
  },
);

const origin = fc.constantFrom(
  '',
  '',
  'http://localhost:8001',
  'http://127.0.0.1:8001',
  'https://h.example',
  '//evil.example',
);

/** Proxied paths, including climbs above `/proxy` (`path-escapes-proxy`) in every spelling. */
const hostileTail = fc.constantFrom(
  '',
  '/',
  '/',
  '/metrics',
  '/api/v1/query',
  '/..%2F..%2F..%2Fsecrets',
  '/..%2f..%2f..%2f..%2fapi/v1/namespaces/kube-system/secrets',
  '/../../../secrets',
  '/../../..',
  '/../../../../api/v1/nodes/evil/proxy/',
  '/..\\..\\..\\secrets',
  '/.\t./.\t./.\t./secrets',
  '/%2e%2e/%2e%2e/%2e%2e/secrets',
  '/.%2E/.%2E/.%2E/.%2E/',
  '/%2e%2e%2f%2e%2e%2f%2e%2e%2fsecrets',
  '/a/..%2F..%2F..%2F..%2F',
  '/api/v1/namespaces/ns/services/b/proxy/',
  '//x',
  '/%zz',
  '/%C3',
);
const tailSegment = fc.constantFrom(
  '..',
  '.',
  '%2e%2e',
  '.%2E',
  '..%2F',
  '%2e%2e%2f',
  '..\\',
  '\\..',
  '',
  'a',
  'secrets',
  'kube-system',
  'namespaces',
  'api',
  'v1',
);
const proxiedPath = fc.oneof(
  { weight: 3, arbitrary: hostileTail },
  {
    weight: 2,
    arbitrary: fc
      .array(tailSegment, { minLength: 1, maxLength: 8 })
      .map((segs) => `/${segs.join('/')}`),
  },
);

const queryAndFragment = fc.constantFrom('', '', '', '?q=1', '?x=/../..', '#frag', '?a=%2F#/..');

// ---------------------------------------------------------------------------------------------
// The URL

export interface RouteCase {
  origin: string;
  prefix: string;
  resource: 'services' | 'pods' | 'nodes';
  namespace: string;
  id: string;
  /** One mutation per route segment: api, v1, (namespaces, ns, resource | nodes), id, proxy. */
  mutations: WordMutation[];
  separators: string[];
  insertions: string[];
  /** Appended to the id: a backslash climb such as `\..\..\..\kube-system\secrets`. */
  idSuffix: string;
  path: string;
  query: string;
}

/** A valid id: name, name:port, scheme:name:port (':' sometimes written %3A). */
const idArb = fc
  .record({
    scheme: idScheme,
    name: fc.oneof(dns1035Label, dnsSubdomain),
    port: fc.oneof(
      fc.constant(''),
      portNumberArb.map(String),
      fc.constantFrom('http', 'https', 'web'),
    ),
    colon: fc.constantFrom(':', ':', ':', '%3A', '%3a'),
  })
  .map(({ scheme, name, port, colon }) => {
    if (scheme !== '') return `${scheme}${colon}${name}${colon}${port}`;
    return port === '' ? name : `${name}${colon}${port}`;
  });

const routeCaseArb: fc.Arbitrary<RouteCase> = fc.record({
  origin,
  prefix,
  resource: fc.constantFrom('services', 'pods', 'nodes'),
  namespace: fc.oneof(fc.constantFrom('ns', 'default', 'kube-system'), dnsLabel),
  id: idArb,
  mutations: fc.array(wordMutation, { minLength: 7, maxLength: 7 }),
  separators: fc.array(separator, { minLength: 7, maxLength: 7 }),
  insertions: fc.array(insertion, { minLength: 7, maxLength: 7 }),
  idSuffix: fc.oneof(
    { weight: 12, arbitrary: fc.constant('') },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '\\..\\..\\..\\kube-system\\secrets',
        '\\..\\..\\..\\..\\nodes\\evil',
        '%5C..%5C..%5Csecrets',
        '%2F..%2F..%2Fsecrets',
      ),
    },
  ),
  path: proxiedPath,
  query: queryAndFragment,
});

/** Assembles the URL text of a case. The first separator is always '/' (it follows the origin). */
export function routeCaseUrl(c: RouteCase): string {
  const words =
    c.resource === 'nodes'
      ? ['api', 'v1', 'nodes', c.id + c.idSuffix, 'proxy']
      : ['api', 'v1', 'namespaces', c.namespace, c.resource, c.id + c.idSuffix, 'proxy'];
  let out = c.origin + c.prefix;
  words.forEach((w, i) => {
    const sep = i === 0 && c.prefix === '' ? '/' : (c.separators[i] ?? '/');
    const mutation = c.mutations[i] ?? { kind: 'plain' };
    // The insertion goes before the word, after its separator (never before 'api').
    const ins = i === 0 ? '' : (c.insertions[i] ?? '');
    out += sep + ins + mutateWord(w, mutation);
  });
  return out + c.path + c.query;
}

/** Proxy URLs, valid or mutated so that clients may disagree. */
export const routeUrlArb: fc.Arbitrary<string> = routeCaseArb.map(routeCaseUrl);

// ---------------------------------------------------------------------------------------------
// Builder inputs

const hostileBase = fc.constantFrom(
  undefined,
  '',
  'http://localhost:8001',
  'http://127.0.0.1:8001',
  'https://h.example',
  'https://h.example/k8s/clusters/c1',
  '/k8s/clusters/c1',
  '/%61pi/v1/namespaces/ns/services/evil/proxy',
  '/%61pi/v1/nodes/evil/proxy',
  '/api%2Fv1%2Fnodes%2Fevil%2Fproxy',
  'https://h.example/%61pi/v1/nodes/evil/proxy',
  '/a%2Fb',
  '/x/%2e%2e',
  '/x/%2e%2e/%2e%2e',
  '/x/.%2E',
  '/api',
  '/api/v1',
  '/api/v1/namespaces/ns',
  '/x/api/v1/nodes/b/proxy',
);

const buildPathSegment = fc.constantFrom(
  '..%2F',
  '%2e%2e%2f',
  '%2f.%2e',
  '\\..',
  '..\\',
  '.%2E',
  '%2E.',
  '%2e%2e',
  '..',
  '.',
  '.\t.',
  '\t',
  '',
  'a',
  'b',
  'secrets',
  'api',
  'v1',
  'namespaces',
  'kube-system',
);

const buildPath = fc.oneof(
  { weight: 1, arbitrary: fc.constant(undefined) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      '/',
      '/..%2F..%2F..%2Fsecrets',
      '/%2e%2e%2f%2e%2e%2fsecrets',
      '\\..\\..\\..\\secrets',
      '/.%2E/.%2E/.%2E/',
      '//x//..//..//..//',
      '/a/\t../\t../\t../secrets',
    ),
  },
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        fc.constantFrom('', '/', '\\'),
        fc.array(buildPathSegment, { minLength: 1, maxLength: 8 }),
        fc.array(fc.constantFrom('/', '/', '\\', '//'), { minLength: 8, maxLength: 8 }),
      )
      .map(([lead, segs, seps]) => lead + segs.map((s, i) => s + (seps[i] ?? '/')).join('')),
  },
);

/** Builder inputs with valid names (mostly), hostile bases and hostile paths. */
export const hostileTargetArb: fc.Arbitrary<ProxyTargetInput> = fc
  .record({
    base: hostileBase,
    resource: fc.constantFrom('services', 'pods', 'nodes'),
    namespace: fc.oneof(
      { weight: 6, arbitrary: dnsLabel },
      { weight: 1, arbitrary: fc.constantFrom('ns%2Fevil', '..', 'a/b', '%2e%2e') },
    ),
    name: fc.oneof(
      { weight: 6, arbitrary: dns1035Label },
      { weight: 2, arbitrary: dnsSubdomain },
      {
        weight: 1,
        arbitrary: fc.constantFrom('b/%2e%2e/a', 'a%2Fb', '..', '%2e%2e', 'a\\..', 'evil/proxy'),
      },
    ),
    scheme: fc.option(idScheme, { nil: undefined }),
    port: fc.option(
      fc.oneof(portNumberArb, portNumberArb.map(String), fc.constantFrom('', 'http', 'web')),
      { nil: undefined },
    ),
    path: buildPath,
  })
  .map((r) => {
    const t: ProxyTargetInput = { name: r.name, resource: r.resource };
    if (r.base !== undefined) t.base = r.base;
    if (r.resource !== 'nodes') t.namespace = r.namespace;
    if (r.scheme !== undefined) t.scheme = r.scheme;
    if (r.port !== undefined) t.port = r.port;
    if (r.path !== undefined) t.path = r.path;
    return t;
  });
