// Generators and small independent oracles for the property tests. The oracles are written from
// the README's API section and the Kubernetes sources it cites (and lean on the WHATWG URL parser where a browser is the reference);
// they do not import anything from src/ beyond types.
import fc from 'fast-check';
import type { IdScheme, ProxyResource, ProxyTargetInput } from '../src/index.js';

// ---------------------------------------------------------------------------------------------
// Oracles

/** DNS-1123 label, at most 63 characters. */
export const isLabel = (s: string): boolean =>
  s.length <= 63 && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(s);

/** DNS-1123 subdomain: labels joined by '.', at most 253 characters. */
export const isSubdomain = (s: string): boolean =>
  s.length >= 1 &&
  s.length <= 253 &&
  s.split('.').every((l) => /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(l));

const PCHAR = /^[A-Za-z0-9\-._~!$&'()*+,;=:@]$/;
const utf8 = new TextEncoder();

/**
 * The builder's encoding as the contract states it: every character outside RFC 3986 pchar (and
 * the characters in `extra`) becomes uppercase %XX of its UTF-8 bytes; a valid %XX stays as
 * written; a stray '%' becomes %25. Lone surrogates go through TextEncoder, i.e. as U+FFFD.
 */
export function encodeOracle(s: string, extra: string): string {
  let out = '';
  for (let i = 0; i < s.length; ) {
    if (s[i] === '%' && /^%[0-9A-Fa-f]{2}$/.test(s.slice(i, i + 3))) {
      out += s.slice(i, i + 3);
      i += 3;
      continue;
    }
    const ch = String.fromCodePoint(s.codePointAt(i) ?? 0);
    if (PCHAR.test(ch) || extra.includes(ch)) out += ch;
    else {
      for (const b of utf8.encode(ch)) out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    i += ch.length;
  }
  return out;
}

/** A segment no generator below can produce, so climbing out of it and back in is still seen. */
const SENTINEL = '/r/%FF%FE-sentinel';

/**
 * What the builder must do with a proxied path: encode it, then resolve dot segments as a browser
 * does (the WHATWG URL parser, under a sentinel prefix). `escapes` when the browser's cleaning, or
 * kubectl proxy's (Go's path.Clean on the escaped path: literal dots, '//' collapses), leaves the
 * prefix: the contract refuses a path that "would leave the proxy once a browser or kubectl proxy
 * cleans it".
 */
export function expectedPath(path: string | undefined): { path: string; escapes: boolean } {
  if (path === undefined) return { path: '/', escapes: false };
  if (path === '') return { path: '', escapes: false };
  let encoded = encodeOracle(path, '/');
  if (!encoded.startsWith('/')) encoded = `/${encoded}`;
  const pathname = new URL(`http://h${SENTINEL}${encoded}`).pathname;
  const below = (p: string, root: string): boolean => p === root || p.startsWith(`${root}/`);
  // kubectl proxy cleans the escaped path; up to 1.29 it cleans the decoded path.
  const goEscapes =
    !below(goClean(`${SENTINEL}${encoded}`), SENTINEL) ||
    // The builder sends the browser's cleaned path: that is what older kubectl proxy decodes.
    !below(goCleanDecoded(pathname), goCleanDecoded(SENTINEL));
  if (!pathname.startsWith(`${SENTINEL}/`) || goEscapes) return { path: '', escapes: true };
  return { path: pathname.slice(SENTINEL.length), escapes: false };
}

/**
 * Go's path.Clean as kubectl proxy up to 1.29 (Go < 1.22's ServeMux) applies it: on the decoded
 * path, so `%2e` is a dot and `%2F` a separator.
 */
export function goCleanDecoded(p: string): string {
  return goClean(
    p.replace(/%([0-9A-Fa-f]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16))),
  );
}

/** Go's path.Clean as kubectl proxy applies it to the escaped path: literal dots, '//' collapses. */
export function goClean(p: string): string {
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return `/${out.join('/')}`;
}

/**
 * The query as the contract normalises it: a leading '?' dropped, then encoded. The contract as
 * written cannot hold for '??a' (the table keeps '?a', but then round trip A rebuilds the parsed
 * query '?a' with its '?' dropped); this follows the only resolution that keeps both round trips:
 * a '?' that still leads after the drop is written %3F.
 */
export function expectedQuery(query: ProxyTargetInput['query']): string {
  if (query === undefined) return '';
  if (typeof query === 'string')
    return encodeOracle(query.replace(/^\?/, '').replace(/^\?/, '%3F'), '/?');
  if (query instanceof URLSearchParams) return query.toString();
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    for (const x of Array.isArray(v) ? v : [v]) params.append(k, x);
  }
  return params.toString();
}

export function expectedFragment(fragment: string | undefined): string {
  return fragment === undefined ? '' : encodeOracle(fragment.replace(/^#/, ''), '/?');
}

/** Base without its trailing '/'s. */
export const normaliseBase = (base: string | undefined): string => (base ?? '').replace(/\/+$/, '');

/** The error codes the contract makes the builder report for the fields other than `base`. */
/** Whether a query (as the builder takes it) has a key that reads `dryRun` once decoded. */
function hasDryRunKey(query: ProxyTargetInput['query']): boolean {
  if (!query) return false;
  if (typeof query === 'string' || query instanceof URLSearchParams) {
    const text = typeof query === 'string' ? query.replace(/^\?/, '') : query.toString();
    return text.split('&').some((pair) => {
      try {
        return decodeURIComponent(pair.split('=')[0] as string) === 'dryRun';
      } catch {
        return false;
      }
    });
  }
  return Object.keys(query).includes('dryRun');
}

export function expectedBuildErrors(t: ProxyTargetInput): Set<string> {
  const errors = new Set<string>();
  const resource = t.resource ?? 'services';
  if (resource === 'nodes') {
    if (t.namespace !== undefined && t.namespace !== null) errors.add('invalid-namespace');
  } else if (!isLabel(t.namespace ?? '')) errors.add('invalid-namespace');
  if (resource === 'services' ? !isLabel(t.name) : !isSubdomain(t.name)) errors.add('invalid-name');
  const scheme: string = t.scheme ?? '';
  if (scheme !== '' && scheme !== 'http' && scheme !== 'https') errors.add('invalid-scheme');
  const port = t.port === undefined ? '' : String(t.port);
  if (typeof t.port === 'number' && !(Number.isInteger(t.port) && t.port >= 1 && t.port <= 65535))
    errors.add('invalid-port');
  else if (port.includes(':')) errors.add('invalid-id');
  else if (port.includes('/')) errors.add('encoded-slash-in-name');
  else if (resource !== 'services' && port !== '' && !/^[0-9]+$/.test(port)) {
    // Pods and nodes put the port into the host as written: anything but digits answers 500.
    errors.add(resource === 'pods' ? 'named-pod-port' : 'invalid-port');
  } else if (/^[+-]?[0-9]+$/.test(port)) {
    const value = Number(port);
    if (!(value >= 1 && value <= 65535)) errors.add('invalid-port');
  } else if (port !== '') {
    if (!isLabel(port)) errors.add('invalid-port');
  }
  if (expectedPath(t.path).escapes) errors.add('path-escapes-proxy');
  if (hasDryRunKey(t.query)) errors.add('dry-run-query');
  return errors;
}

// ---------------------------------------------------------------------------------------------
// Strings

/**
 * One code point of any kind, or (one time in ten) a lone surrogate: fast-check's 'binary' unit
 * never produces half a surrogate pair, and JavaScript strings can hold one.
 */
export const anyUnit: fc.Arbitrary<string> = fc.oneof(
  { weight: 9, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  },
);

/** Any string at all, lone surrogates included. */
export const anyString = (maxLength?: number): fc.Arbitrary<string> =>
  fc.string(maxLength === undefined ? { unit: anyUnit } : { unit: anyUnit, maxLength });

// ---------------------------------------------------------------------------------------------
// Names, ids and targets

const lowerAlnum = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'.split(''));
const lowerAlpha = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'.split(''));
const labelInner = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-'.split(''));

/** A DNS-1123 label (1..63 characters). */
export const dnsLabel: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom('a', 'svc', 'kube-dns', 'kube-system', 'default', 'web'),
  },
  {
    weight: 6,
    arbitrary: fc
      .tuple(lowerAlnum, fc.string({ unit: labelInner, maxLength: 20 }), lowerAlnum)
      .map(([a, mid, z]) => (mid === '' && a === z ? a : `${a}${mid}${z}`)),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(lowerAlpha, fc.string({ unit: labelInner, minLength: 61, maxLength: 61 }), lowerAlnum)
      .map(([a, mid, z]) => `${a}${mid}${z}`),
  },
);

/** A DNS-1035 label (what every Service name should be). */
export const dns1035Label: fc.Arbitrary<string> = fc
  .tuple(lowerAlpha, dnsLabel)
  .map(([a, rest]) => `${a}${rest}`.slice(0, 63).replace(/-+$/, ''));

/** A DNS-1123 subdomain (pod and node names). */
export const dnsSubdomain: fc.Arbitrary<string> = fc
  .array(dnsLabel, { minLength: 1, maxLength: 4 })
  .map((labels) =>
    labels
      .join('.')
      .slice(0, 253)
      .replace(/[-.]+$/, ''),
  )
  .filter(isSubdomain);

/** Names that Kubernetes refuses for every resource. */
export const badName: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('', 'A', 'Svc', '-a', 'a-', 'a_b', '.', '..', 'a:b', 'a/b', 'a%2Fb', 'a b', 'é'),
  fc.string({ maxLength: 8 }).filter((s) => !isSubdomain(s)),
  fc.constant('a'.repeat(254)),
);

export const idScheme: fc.Arbitrary<IdScheme> = fc.constantFrom('', 'http', 'https');
export const resourceArb: fc.Arbitrary<ProxyResource> = fc.constantFrom(
  'services',
  'pods',
  'nodes',
);

export const portNumberArb: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(1, 80, 443, 8080, 8443, 9090, 10250, 65535),
  fc.integer({ min: 1, max: 65535 }),
);

/** Ports as the builder is given them: numbers, numeric strings, names, and broken ones. */
export const portArb: fc.Arbitrary<string | number | undefined> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  { weight: 4, arbitrary: portNumberArb },
  { weight: 3, arbitrary: portNumberArb.map(String) },
  { weight: 3, arbitrary: fc.constantFrom('', 'http', 'https', 'dns', 'metrics', 'web-ui') },
  { weight: 2, arbitrary: dnsLabel },
  {
    weight: 1,
    arbitrary: fc.constantFrom('0443', '+80', '080', '-1', '0', '65536', '99999999999'),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(0, -1, 65536, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 1e21),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('a:b', ':', 'a/b', '/', 'Http', 'a b', '%', '%2F', '..', '?', '#'),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: anyString(4) },
);

/** A base the contract describes, with the base as written and whether it must build. */
export interface BaseCase {
  base: string | undefined;
  /** 'ok': must be accepted; a code: must be refused with it; 'either': the contract is silent. */
  expect: 'ok' | 'invalid-base' | 'unsupported-url-scheme' | 'either';
}

const goodBases = [
  '',
  '/prefix/path',
  '/clusters/main',
  'http://localhost:8001',
  'http://127.0.0.1:8001',
  'http://[::1]:8001',
  'https://rancher.example/k8s/clusters/c-1',
  'https://[::1]:6443',
  'https://104.197.5.247',
  'HTTPS://Kubernetes.Default.Svc',
  'wss://h',
  'ws://h:1',
  // An http URL with credentials is still an http URL (the parser only warns about it).
  'http://user:pw@localhost:8001',
];

export const baseArb: fc.Arbitrary<BaseCase> = fc.oneof(
  { weight: 2, arbitrary: fc.constant<BaseCase>({ base: undefined, expect: 'ok' }) },
  {
    weight: 10,
    arbitrary: fc
      .tuple(fc.constantFrom(...goodBases), fc.constantFrom('', '', '', '/', '//'))
      .map(([b, slash]): BaseCase => ({ base: b + slash, expect: 'ok' })),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom<BaseCase>(
      { base: 'ftp://h', expect: 'unsupported-url-scheme' },
      { base: 'javascript:alert(1)', expect: 'unsupported-url-scheme' },
      { base: 'localhost:8001', expect: 'either' },
      { base: 'prefix', expect: 'invalid-base' },
      { base: '//host/x', expect: 'invalid-base' },
      { base: '/a/../b', expect: 'invalid-base' },
      { base: '/a/%2e%2e/b', expect: 'invalid-base' },
      { base: '/a?x', expect: 'invalid-base' },
      { base: '/a#x', expect: 'invalid-base' },
      { base: '/a\\b', expect: 'invalid-base' },
      { base: '/a b', expect: 'invalid-base' },
      { base: 'http://', expect: 'invalid-base' },
      { base: 'http:/h', expect: 'invalid-base' },
      { base: 'http://h x', expect: 'invalid-base' },
      { base: '/x/api/v1/nodes/n/proxy', expect: 'invalid-base' },
      // Prefixes that the builder's '/api/v1/...' completes into the removed legacy form.
      { base: '/api/v1/proxy/nodes', expect: 'either' },
      { base: '/api/v1/proxy/namespaces/x/services', expect: 'either' },
      { base: '/k8s/api/v1/proxy/namespaces/x/pods', expect: 'either' },
    ),
  },
  {
    // Hostile path prefixes built from proxy-URL words: the contract does not say which of these
    // are refused, only that what builds must round-trip.
    weight: 3,
    arbitrary: fc
      .array(
        fc.constantFrom('api', 'v1', 'proxy', 'namespaces', 'nodes', 'services', 'pods', 'x', 'n'),
        { minLength: 1, maxLength: 7 },
      )
      .map((segs): BaseCase => ({ base: `/${segs.join('/')}`, expect: 'either' })),
  },
  {
    // Absolute bases with odd authorities: what builds must still be a URL a browser can open.
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom('http', 'https', 'ws', 'wss', 'HTTP'),
        fc.constantFrom('', 'u@', 'u:p@', '@', 'a@b@'),
        fc.constantFrom(
          'localhost',
          'h',
          '127.0.0.2',
          '[::1]',
          '[::1',
          'h:99999',
          'h:x',
          'h:',
          '%41',
        ),
        fc.constantFrom('', '/k8s', '/a/b'),
      )
      .map(([s, u, h, p]): BaseCase => ({ base: `${s}://${u}${h}${p}`, expect: 'either' })),
  },
);

const hostileSegment = fc.constantFrom(
  '..',
  '.',
  '%2e%2e',
  '%2E%2E',
  '.%2E',
  '%2e.',
  '%2e',
  '\\',
  './',
  '../',
  '..\\',
  '.\\..',
  '%5C',
  '..%2F',
  '%2F..',
  '',
  'a',
  'b',
  'proxy',
  'api',
  '%',
  '%%',
  '%g1',
  '?',
  '#',
);

/** Paths full of dot segments and separators, in every spelling browsers and Go know. */
export const hostilePath: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('', '/', '\\', './', '../'),
    fc.array(hostileSegment, { minLength: 1, maxLength: 10 }),
    fc.array(fc.constantFrom('/', '\\', '/'), { minLength: 10, maxLength: 10 }),
  )
  .map(([lead, segs, seps]) => lead + segs.map((s, i) => s + (seps[i] ?? '/')).join(''));

export const pathArb: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constantFrom('', '/', 'metrics', '/api/v1/query', '/a/./b/../c/') },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 2, arbitrary: anyString(20) },
  { weight: 4, arbitrary: hostilePath },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 4 }), hostileSegment), {
        maxLength: 8,
      })
      .map((segs) => segs.join('/')),
  },
);

const queryText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 15 }),
  anyString(15),
  fc.constantFrom('?a=1', '??a', 'q=user:kimchy', 'dryRun=All', 'path=/x', 'a=%zz&b=%41', '#x'),
);

export const queryArb: fc.Arbitrary<ProxyTargetInput['query']> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  { weight: 4, arbitrary: queryText },
  {
    weight: 2,
    arbitrary: fc.dictionary(
      fc.string({ maxLength: 6 }),
      fc.oneof(
        fc.string({ maxLength: 6 }),
        fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }),
      ),
      { maxKeys: 4 },
    ),
  },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.tuple(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 })), { maxLength: 4 })
      .map((pairs) => {
        const params = new URLSearchParams(pairs);
        // Print as code in counterexamples.
        Object.defineProperty(params, fc.toStringMethod, {
          value: () => `new URLSearchParams(${fc.stringify(pairs)})`,
        });
        return params;
      }),
  },
);

export const fragmentArb: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  { weight: 3, arbitrary: queryText },
  { weight: 1, arbitrary: fc.constantFrom('##a', '#', 'top', '/x?y') },
);

/** A builder input and what the contract says about its base. */
export interface TargetCase {
  input: ProxyTargetInput;
  base: BaseCase['expect'];
}

const withOptional = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> =>
  value === undefined ? {} : ({ [key]: value } as Record<K, V>);

/**
 * Builder inputs over services, pods and nodes. `validity`: 'valid' keeps namespace, name, scheme
 * and port valid (the base and path may still be refused); 'any' mixes in broken ones.
 */
export function targetArb(validity: 'valid' | 'any'): fc.Arbitrary<TargetCase> {
  const bad = validity === 'any' ? 1 : 0;
  return fc
    .record({
      resource: fc.option(resourceArb, { nil: undefined }),
      base: baseArb,
      goodNs: dnsLabel,
      badNs: fc.oneof(badName, fc.constant(null), fc.constant(undefined)),
      nsKind: fc.nat(9),
      svcName: fc.oneof({ weight: 4, arbitrary: dns1035Label }, { weight: 1, arbitrary: dnsLabel }),
      subName: dnsSubdomain,
      badName,
      nameKind: fc.nat(9),
      scheme: fc.option(idScheme, { nil: undefined }),
      badScheme: fc.constantFrom('HTTP', 'ftp', 'Https', 'h:'),
      schemeKind: fc.nat(19),
      port: portArb,
      validPort: fc.option(
        fc.oneof(portNumberArb, portNumberArb.map(String), fc.constantFrom('')),
        { nil: undefined },
      ),
      namedPort: dnsLabel,
      path: pathArb,
      query: queryArb,
      fragment: fragmentArb,
    })
    .map((r): TargetCase => {
      const resource = r.resource ?? 'services';
      const nodes = resource === 'nodes';
      const namespace = nodes
        ? bad && r.nsKind === 0
          ? r.goodNs
          : r.nsKind % 2 === 0
            ? null
            : undefined
        : bad && r.nsKind === 0
          ? r.badNs
          : r.goodNs;
      const name =
        bad && r.nameKind === 0 ? r.badName : resource === 'services' ? r.svcName : r.subName;
      const scheme = bad && r.schemeKind === 0 ? (r.badScheme as IdScheme) : r.scheme;
      let port: string | number | undefined;
      if (bad) port = r.port;
      else if (resource === 'services' && r.nsKind % 3 === 0) port = r.namedPort;
      else port = r.validPort;
      const input: ProxyTargetInput = {
        name,
        ...withOptional('resource', r.resource),
        ...withOptional('base', r.base.base),
        ...withOptional('scheme', scheme),
        ...withOptional('port', port),
        ...withOptional('path', r.path),
        ...withOptional('query', r.query),
        ...withOptional('fragment', r.fragment),
      };
      if (namespace !== undefined) input.namespace = namespace;
      return { input, base: r.base.expect };
    });
}

// ---------------------------------------------------------------------------------------------
// Canonical URLs assembled by hand

const pcharNoPct = fc.constantFrom(..."abcXYZ09-._~!$&'()*+,;=:@".split(''));
const validEscape = fc
  .tuple(
    fc.constantFrom(...'0123456789ABCDEFabcdef'.split('')),
    fc.constantFrom(...'0123456789ABCDEFabcdef'.split('')),
  )
  .map(([a, b]) => `%${a}${b}`);
const pcharToken = fc.oneof(
  { weight: 6, arbitrary: pcharNoPct },
  { weight: 1, arbitrary: validEscape },
);

const isDotSegment = (seg: string): boolean => {
  const d = seg.replace(/%2e/gi, '.');
  return d === '.' || d === '..';
};

/** A path in the builder's canonical form: pchar and valid escapes, no dot segment. */
export const canonicalPath: fc.Arbitrary<string> = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom('', '/') },
  {
    weight: 6,
    arbitrary: fc
      .array(
        fc.array(pcharToken, { maxLength: 6 }).map((t) => t.join('')),
        { minLength: 1, maxLength: 6 },
      )
      .filter((segs) => !segs.some(isDotSegment))
      .map((segs) => `/${segs.join('/')}`),
  },
);

/** Query or fragment text in canonical form (pchar, '/', '?', valid escapes), never empty. */
export const canonicalQueryText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 8, arbitrary: pcharToken },
      { weight: 1, arbitrary: fc.constantFrom('/', '?') },
    ),
    {
      minLength: 1,
      maxLength: 12,
    },
  )
  .map((t) => t.join(''));

/** A query in canonical form never starts with '?' (see {@link expectedQuery}). */
export const canonicalQuery: fc.Arbitrary<string> = canonicalQueryText.map((q) =>
  q.startsWith('?') ? `%3F${q.slice(1)}` : q,
);

/** A hand-assembled URL in the builder's canonical form, with a valid target. */
export const canonicalUrl: fc.Arbitrary<string> = fc
  .record({
    base: fc.constantFrom(
      '',
      '/prefix/path',
      'http://localhost:8001',
      'https://rancher.example/k8s/clusters/c-1',
      'https://[::1]:6443',
      'wss://h',
    ),
    resource: resourceArb,
    ns: dnsLabel,
    svcName: dnsLabel,
    subName: dnsSubdomain,
    scheme: idScheme,
    port: fc.oneof(
      fc.constant(''),
      portNumberArb.map(String),
      fc.constantFrom('0443', '+80', 'http', 'https'),
      dnsLabel,
    ),
    path: canonicalPath,
    query: fc.option(canonicalQuery, { nil: undefined }),
    fragment: fc.option(canonicalQueryText, { nil: undefined }),
  })
  .map((r) => {
    const name = r.resource === 'services' ? r.svcName : r.subName;
    const port = r.resource === 'nodes' && !/^[+0-9]/.test(r.port) ? '10250' : r.port;
    const id = r.scheme ? `${r.scheme}:${name}:${port}` : port ? `${name}:${port}` : name;
    const where = r.resource === 'nodes' ? 'nodes' : `namespaces/${r.ns}/${r.resource}`;
    return `${r.base}/api/v1/${where}/${id}/proxy${r.path}${
      r.query === undefined ? '' : `?${r.query}`
    }${r.fragment === undefined ? '' : `#${r.fragment}`}`;
  });

// ---------------------------------------------------------------------------------------------
// Arbitrary strings for the parser

/** Pieces of proxy URLs, to assemble strings that nearly parse. */
export const urlToken = fc.constantFrom(
  '/api/v1/',
  '/api/v1/proxy/',
  'namespaces/',
  'nodes/',
  'services/',
  'pods/',
  'proxy',
  '/proxy',
  '/proxy/',
  'ns',
  'svc',
  'https',
  'http',
  'http://',
  'https://',
  'ftp:',
  'localhost:8001',
  '127.0.0.2',
  '[::1]',
  ':',
  '%3A',
  '%3a',
  '%2F',
  '%2f',
  '%2e',
  '%C3',
  '%E9',
  '%',
  '%G',
  '..',
  '.',
  '/',
  '//',
  '\\',
  '?',
  '#',
  '@',
  '&',
  '=',
  'dryRun',
  'path',
  'exec',
  'attach',
  '/pods/',
  ' ',
  '\t',
  '\u0000',
  '80',
  '443',
  '0443',
  'a',
  'é',
  '\ud800',
  '😀',
);

/** Strings assembled from proxy-URL pieces. */
export const assembledString: fc.Arbitrary<string> = fc
  .array(urlToken, { maxLength: 30 })
  .map((t) => t.join(''));

/** Strings with many '%'. */
export const percentHeavy: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constant('%'),
      validEscape,
      fc.constantFrom('%C3', '%A9', '%FF', '%2F', '%3A', '%2E', '/', ':', 'a'),
    ),
    { maxLength: 40 },
  )
  .map((t) => `/api/v1/namespaces/${t.join('')}`);

/** Applies a few random edits (insert tokens, delete characters) to a string. */
export function mutate(source: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(
      source,
      fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.option(urlToken, { nil: '' })), {
        minLength: 1,
        maxLength: 4,
      }),
    )
    .map(([s, edits]) => {
      let out = s;
      for (const [pos, del, ins] of edits) {
        const at = pos % (out.length + 1);
        out = out.slice(0, at) + ins + out.slice(at + del);
      }
      return out;
    });
}
