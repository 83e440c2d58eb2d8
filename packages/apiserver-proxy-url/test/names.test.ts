import { describe, expect, it } from 'vitest';
import {
  type DiagnosticCode,
  type ProxyTargetInput,
  parseProxyUrl,
  safeBuildProxyUrl,
} from '../src/index.js';
import { isDns1035Label, isDns1123Label, isDns1123Subdomain, portNumber } from '../src/names.js';

// Good and bad examples from k8s.io/apimachinery/pkg/util/validation (validation_test.go).

const dns1123LabelGood = [
  'a',
  'ab',
  'abc',
  'a1',
  'a-1',
  'a--1--2--b',
  '0',
  '01',
  '012',
  '1a',
  '1-a',
  '1--a--b--2',
  'a'.repeat(63),
];
const dns1123LabelBad = [
  '',
  'A',
  'ABC',
  'aBc',
  'A1',
  'A-1',
  '1-A',
  '-',
  'a-',
  '-a',
  '1-',
  '-1',
  '_',
  'a_',
  '_a',
  'a_b',
  '1_',
  '_1',
  '1_2',
  '.',
  'a.',
  '.a',
  'a.b',
  '1.',
  '.1',
  '1.2',
  ' ',
  'a ',
  ' a',
  'a b',
  '1 ',
  ' 1',
  '1 2',
  'a'.repeat(64),
];
const dns1035LabelGood = ['a', 'ab', 'abc', 'a1', 'a-1', 'a--1--2--b', 'a'.repeat(63)];
/** DNS-1123 labels that are not DNS-1035 labels: a leading digit. */
const leadingDigit = ['0', '01', '012', '1a', '1-a', '1--a--b--2', '9'.repeat(63)];
const dns1123SubdomainGood = [
  ...dns1123LabelGood,
  'a.a',
  'ab.a',
  'abc.a',
  'a1.a',
  'a-1.a',
  'a--1--2--b.a',
  'a.1',
  'ab.1',
  'abc.1',
  'a1.1',
  'a-1.1',
  'a--1--2--b.1',
  '0.a',
  '01.a',
  '012.a',
  '1a.a',
  '1-a.a',
  '0.1',
  '01.1',
  '012.1',
  '1a.1',
  '1-a.1',
  '1--a--b--2.1',
  'a.b.c.d.e',
  'aa.bb.cc.dd.ee',
  '1.2.3.4.5',
  '11.22.33.44.55',
  '10.0.0.1',
  'ip-10-0-0-1.ec2.internal',
  'a'.repeat(253),
  `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}`,
];
const dns1123SubdomainBad = [
  '',
  'A',
  'ABC',
  'aBc',
  'A1',
  'A-1',
  '1-A',
  '-',
  'a-',
  '-a',
  '1-',
  '-1',
  '_',
  'a_',
  '_a',
  'a_b',
  '1_',
  '_1',
  '1_2',
  '.',
  '..',
  'a.',
  '.a',
  'a..b',
  '1.',
  '.1',
  '1..2',
  ' ',
  'a ',
  ' a',
  'a b',
  '1 ',
  ' 1',
  '1 2',
  'A.a',
  'aB.a',
  'ab.A',
  'A1.a',
  'a1.A',
  'A.1',
  'aB.1',
  'A1.1',
  '1A.1',
  '0.A',
  '01.A',
  '012.A',
  '1A.a',
  '1a.A',
  'A.B.C.D.E',
  'AA.BB.CC.DD.EE',
  'a.B.c.d.e',
  'aa.bB.cc.dd.ee',
  'a-.b',
  'a.-b',
  'a@b',
  'a,b',
  'a;b',
  'a:b',
  'a%b',
  'a?b',
  'a$b',
  'é',
  'a'.repeat(254),
];

describe('names.ts: DNS-1123 label', () => {
  it.each(dns1123LabelGood)('accepts %j', (s) => expect(isDns1123Label(s)).toBe(true));
  it.each([...dns1123LabelBad, 'a:b', 'a%b', 'a/b'])('refuses %j', (s) =>
    expect(isDns1123Label(s)).toBe(false),
  );
});

describe('names.ts: DNS-1035 label', () => {
  it.each(dns1035LabelGood)('accepts %j', (s) => expect(isDns1035Label(s)).toBe(true));
  it.each([...leadingDigit, ...dns1123LabelBad])('refuses %j', (s) =>
    expect(isDns1035Label(s)).toBe(false),
  );
});

describe('names.ts: DNS-1123 subdomain', () => {
  it.each(dns1123SubdomainGood)('accepts %j', (s) => expect(isDns1123Subdomain(s)).toBe(true));
  it.each(dns1123SubdomainBad)('refuses %j', (s) => expect(isDns1123Subdomain(s)).toBe(false));
});

/** `strconv.ParseInt(port, 10, 64)`: an optional sign and decimal digits; anything else is a name. */
const portNumbers: ReadonlyArray<[string, number | undefined]> = [
  ['1', 1],
  ['80', 80],
  ['65535', 65535],
  ['0', 0],
  ['0443', 443],
  ['+443', 443],
  ['-1', -1],
  ['65536', 65536],
  ['', undefined],
  ['+', undefined],
  ['-', undefined],
  ['http', undefined],
  [' 80', undefined],
  ['80 ', undefined],
  ['8_0', undefined],
  ['1e3', undefined],
  ['0x50', undefined],
  ['80.0', undefined],
  ['++80', undefined],
  ['٣', undefined],
];

describe('names.ts: portNumber', () => {
  it.each(portNumbers)('%j → %j', (port, value) => expect(portNumber(port)).toBe(value));
  it('reads 99999999999999999999 as a number out of range, not a name', () => {
    const value = portNumber('99999999999999999999');
    expect(value).toBeTypeOf('number');
    expect(value).toBeGreaterThan(65535);
  });
});

// Through the public API: a URL holding the value, and the builder given the same value, must agree.

type Kind =
  | 'namespace'
  | 'service name'
  | 'pod name'
  | 'node name'
  | 'service port'
  | 'pod port'
  | 'node port';

/** How to put a value into a URL (percent-encoded, so the parser decodes it back) and an input. */
const place: Record<Kind, (v: string) => { url: string; input: ProxyTargetInput }> = {
  namespace: (v) => ({
    url: `/api/v1/namespaces/${encodeURIComponent(v)}/services/svc:80/proxy/`,
    input: { namespace: v, name: 'svc', port: 80 },
  }),
  'service name': (v) => ({
    url: `/api/v1/namespaces/ns/services/${encodeURIComponent(v)}:80/proxy/`,
    input: { namespace: 'ns', name: v, port: 80 },
  }),
  'pod name': (v) => ({
    url: `/api/v1/namespaces/ns/pods/${encodeURIComponent(v)}/proxy/`,
    input: { resource: 'pods', namespace: 'ns', name: v },
  }),
  'node name': (v) => ({
    url: `/api/v1/nodes/${encodeURIComponent(v)}/proxy/`,
    input: { resource: 'nodes', name: v },
  }),
  'service port': (v) => ({
    url: `/api/v1/namespaces/ns/services/svc:${encodeURIComponent(v)}/proxy/`,
    input: { namespace: 'ns', name: 'svc', port: v },
  }),
  'pod port': (v) => ({
    url: `/api/v1/namespaces/ns/pods/pod:${encodeURIComponent(v)}/proxy/`,
    input: { resource: 'pods', namespace: 'ns', name: 'pod', port: v },
  }),
  'node port': (v) => ({
    url: `/api/v1/nodes/node:${encodeURIComponent(v)}/proxy/`,
    input: { resource: 'nodes', name: 'node', port: v },
  }),
};

const errorOf: Record<Kind, DiagnosticCode> = {
  namespace: 'invalid-namespace',
  'service name': 'invalid-name',
  'pod name': 'invalid-name',
  'node name': 'invalid-name',
  'service port': 'invalid-port',
  'pod port': 'invalid-port',
  'node port': 'invalid-port',
};

const fieldOf: Record<Kind, keyof ProxyTargetInput> = {
  namespace: 'namespace',
  'service name': 'name',
  'pod name': 'name',
  'node name': 'name',
  'service port': 'port',
  'pod port': 'port',
  'node port': 'port',
};

interface Row {
  kind: Kind;
  value: string;
  /** Refused: the kind's error code. */
  bad?: true;
  /** Refused with this code instead of the kind's. */
  code?: DiagnosticCode;
  /** Accepted, with this warning. */
  warning?: DiagnosticCode;
}

const rows = (kind: Kind, values: readonly string[], extra: Omit<Row, 'kind' | 'value'> = {}) =>
  values.map((value): Row => ({ kind, value, ...extra }));

/**
 * Values that fit in a URL unchanged once decoded. Left out: ':' (splits the id), '/' (splits the
 * path), '.' and '..' (dot segments a browser removes) and '' (an empty id is `invalid-id`).
 */
const fitsInUrl = (v: string): boolean => !/[:/]/.test(v) && v !== '.' && v !== '..' && v !== '';

const table: Row[] = [
  ...rows('namespace', dns1123LabelGood),
  ...rows('namespace', ['default', 'kube-system', 'kubernetes-dashboard']),
  ...rows('namespace', [...dns1123LabelBad.filter(fitsInUrl), 'Default', 'a'.repeat(64)], {
    bad: true,
  }),
  ...rows('service name', dns1035LabelGood),
  ...rows('service name', ['elasticsearch-logging', 'kube-dns', 'kubernetes-dashboard']),
  ...rows('service name', leadingDigit, { warning: 'service-name-leading-digit' }),
  ...rows(
    'service name',
    [
      ...dns1123LabelBad.filter(fitsInUrl),
      'a.b',
      '10.0.0.1',
      'My_Service',
      'svc.ns.svc.cluster.local',
      '1'.repeat(64),
    ],
    { bad: true },
  ),
  ...rows('pod name', dns1123SubdomainGood),
  ...rows('pod name', ['kmesh-daemon-abc12', 'web-0', 'coredns-5d78c9869d-x8k2p']),
  ...rows('pod name', dns1123SubdomainBad.filter(fitsInUrl), { bad: true }),
  ...rows('node name', dns1123SubdomainGood),
  ...rows('node name', ['node-1', 'ip-10-0-0-1.ec2.internal', 'kind-control-plane']),
  ...rows('node name', dns1123SubdomainBad.filter(fitsInUrl), { bad: true }),
  // Service ports: a number 1..65535, or a DNS-1123 label naming a Service port.
  ...rows('service port', ['1', '80', '8080', '65535']),
  ...rows('service port', ['http', 'dns', 'metrics', 'web-1', 'a'.repeat(63), '0a', 'a0']),
  ...rows('service port', ['0443', '+443', '080', '+1', '00065535'], {
    warning: 'port-number-format',
  }),
  ...rows(
    'service port',
    [
      '0',
      '00',
      '-0',
      '65536',
      '-1',
      '-80',
      '100000',
      '99999999999999999999',
      'HTTP',
      'Http',
      'my_port',
      'a-',
      '-a',
      'a.b',
      ' 80',
      '80 ',
      'a b',
      'a'.repeat(64),
    ],
    { bad: true },
  ),
  // Pod ports (pod ResourceLocation): the port goes into the host as written, so only plain digits
  // work; a name or a sign fails in url.Parse (upgradeaware.go normalizeLocation): 500.
  ...rows('pod port', ['1', '80', '15200', '65535']),
  ...rows('pod port', ['0443'], { warning: 'port-number-format' }),
  ...rows('pod port', ['http', 'metrics', 'HTTP', 'a b', '+8080', '-1'], {
    bad: true,
    code: 'named-pod-port',
  }),
  ...rows('pod port', ['0', '65536', '99999999999999999999'], { bad: true }),
  // Node ports (node ResourceLocation): the same, plain digits only.
  ...rows('node port', ['1', '10250', '10255', '65535']),
  ...rows('node port', ['010250'], { warning: 'port-number-format' }),
  ...rows(
    'node port',
    ['http', 'https', 'kubelet', 'HTTP', '0', '65536', '-1', '+10250', '99999999999999999999'],
    { bad: true },
  ),
];

const label = (v: string): string => (v.length > 20 ? `${v.slice(0, 8)}…(${v.length})` : v);

describe.each(table.map((row) => ({ ...row, shown: label(row.value) })))(
  '$kind $shown',
  ({ kind, value, bad, warning, code: rowCode }) => {
    const { url, input } = place[kind](value);
    const code = rowCode ?? errorOf[kind];

    it(bad ? `parse: ${code}` : 'parse: ok', () => {
      const r = parseProxyUrl(url);
      expect(r.target).not.toBeNull();
      expect(r.ok).toBe(!bad);
      const codes = r.diagnostics.map((d) => d.code);
      if (bad) expect(codes).toContain(code);
      else expect(codes).not.toContain(code);
      if (warning) expect(codes).toContain(warning);
    });

    it(bad ? `build: ${code} on ${fieldOf[kind]}` : 'build: ok', () => {
      const r = safeBuildProxyUrl(input);
      expect(r.ok).toBe(!bad);
      if (r.ok) {
        // Accepted: the warning is the parser's to report on the built URL.
        const parsed = parseProxyUrl(r.url);
        expect(parsed.ok).toBe(true);
        if (warning) expect(parsed.diagnostics.map((d) => d.code)).toContain(warning);
      } else {
        expect(r.diagnostics).toContainEqual(
          expect.objectContaining({ code, field: fieldOf[kind] }),
        );
      }
    });

    it('parse and build agree', () => {
      expect(safeBuildProxyUrl(input).ok).toBe(parseProxyUrl(url).ok);
    });
  },
);

/** Values that cannot be written into a URL as themselves; the builder still refuses them. */
const builderOnly: ReadonlyArray<{ kind: Kind; value: string; code: DiagnosticCode }> = [
  { kind: 'namespace', value: '', code: 'invalid-namespace' },
  { kind: 'namespace', value: '.', code: 'invalid-namespace' },
  { kind: 'namespace', value: '..', code: 'invalid-namespace' },
  { kind: 'namespace', value: 'a/b', code: 'invalid-namespace' },
  { kind: 'namespace', value: 'a:b', code: 'invalid-namespace' },
  { kind: 'service name', value: '', code: 'invalid-name' },
  { kind: 'service name', value: 'a:b', code: 'invalid-name' },
  { kind: 'service name', value: 'a/b', code: 'invalid-name' },
  { kind: 'service name', value: '..', code: 'invalid-name' },
  { kind: 'pod name', value: '', code: 'invalid-name' },
  { kind: 'pod name', value: '.', code: 'invalid-name' },
  { kind: 'pod name', value: '..', code: 'invalid-name' },
  { kind: 'pod name', value: 'a/b', code: 'invalid-name' },
  { kind: 'pod name', value: 'a:b', code: 'invalid-name' },
  { kind: 'node name', value: '', code: 'invalid-name' },
  { kind: 'node name', value: '..', code: 'invalid-name' },
  { kind: 'node name', value: 'a:b', code: 'invalid-name' },
];

describe('builder refuses names that cannot even be written in a URL', () => {
  it.each(builderOnly)('$kind $value → $code', ({ kind, value, code }) => {
    const r = safeBuildProxyUrl(place[kind](value).input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code, field: fieldOf[kind] }));
  });
});

/** The parser on the same values: an empty id is `invalid-id`, an empty namespace `invalid-namespace`. */
const parserOnly: ReadonlyArray<{ url: string; code: DiagnosticCode }> = [
  { url: '/api/v1/namespaces//services/svc:80/proxy/', code: 'invalid-namespace' },
  { url: '/api/v1/namespaces/ns/services//proxy/', code: 'invalid-id' },
  { url: '/api/v1/namespaces/ns/pods//proxy/', code: 'invalid-id' },
  { url: '/api/v1/nodes//proxy/', code: 'invalid-id' },
  { url: '/api/v1/namespaces/ns/services/:80/proxy/', code: 'invalid-id' },
  { url: '/api/v1/namespaces/a%2Fb/services/svc/proxy/', code: 'encoded-slash-in-name' },
  { url: '/api/v1/namespaces/ns/services/a%2Fb/proxy/', code: 'encoded-slash-in-name' },
];

describe('parser refuses empty and split names', () => {
  it.each(parserOnly)('$url → $code', ({ url, code }) => {
    const r = parseProxyUrl(url);
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => d.code)).toContain(code);
  });
});

/** Numeric ports given as numbers to the builder: the same range, decimal in the URL. */
const numericPorts: ReadonlyArray<{ port: number; ok: boolean }> = [
  { port: 1, ok: true },
  { port: 443, ok: true },
  { port: 65535, ok: true },
  { port: 0, ok: false },
  { port: -1, ok: false },
  { port: 65536, ok: false },
  { port: 1.5, ok: false },
  { port: Number.NaN, ok: false },
  { port: Number.POSITIVE_INFINITY, ok: false },
  { port: 1e20, ok: false },
];

describe.each(['services', 'pods', 'nodes'] as const)('numeric %s port', (resource) => {
  it.each(numericPorts)('$port → ok: $ok', ({ port, ok }) => {
    const input: ProxyTargetInput =
      resource === 'nodes'
        ? { resource, name: 'x', port }
        : { resource, namespace: 'ns', name: 'x', port };
    const r = safeBuildProxyUrl(input);
    expect(r.ok).toBe(ok);
    if (r.ok) expect(r.url).toContain(`/${resource}/x:${port}/proxy/`);
    else
      expect(r.diagnostics).toContainEqual(
        expect.objectContaining({ code: 'invalid-port', field: 'port' }),
      );
  });
});
