// The routing model (route-model.ts) alone, against facts taken from the Go code (net/url,
// net/http.ServeMux before and after Go 1.22, the apiserver's decoded-path routing) and the WHATWG
// URL standard. Nothing from src/ here: these must hold whatever the library does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileTargetArb, routeUrlArb } from './route-arbitraries.js';
import {
  ALL_READINGS,
  cleanSegments,
  decodeSegments,
  describeOutcome,
  describeReadings,
  findDisagreement,
  isApiResourcePath,
  mayGoThroughKubectlProxy,
  type ReadingName,
  readUrl,
  serveMuxClean,
  splitId,
  splitUrlText,
} from './route-model.js';

type Expectation = Partial<Record<ReadingName | 'all', string>>;

const facts: Array<{ url: string; expected: Expectation }> = [
  { url: '/%61pi/v1/nodes/a/proxy/api/v1/nodes/b/proxy/', expected: { all: 'nodes a' } },
  {
    url: '/api/v1/namespaces/ns/services/s/prox%79/api/v1/namespaces/ns/services/b/proxy/',
    expected: { all: 'services ns/s' },
  },
  { url: '/api/v1/namespaces/ns/%73ervices/a/proxy/', expected: { all: 'services ns/a' } },
  {
    url: '/api/v1/namespaces%2Fns%2Fservices%2Fsvc%2Fproxy/',
    expected: { go: 'services ns/svc', browser: 'services ns/svc' },
  },
  {
    url: 'http://h/api/v1/namespaces/ns/services/a\\proxy/',
    expected: { browser: 'services ns/a', go: 'none' },
  },
  {
    url: 'http://h/api/v1/namespaces/ns/services/b/%2e%2e/a/proxy/',
    expected: { browser: 'services ns/a', go: 'none' },
  },
  {
    url: 'http://h/api/v1/namespaces/ns/services/a/pro\txy/',
    expected: { browser: 'services ns/a', go: 'refused' },
  },
  {
    url: '/api/v1/namespaces/ns/services/s/proxy/..%2F..%2F..%2Fsecrets',
    expected: { go: 'services ns/s', browser: 'services ns/s', 'kubectl-old': 'api' },
  },
  {
    url: 'https://h/api/v1/namespaces/ns/services/svc/proxy/.\t./.\t./.\t./secrets',
    expected: { browser: 'api' },
  },
  {
    url: 'https://h/api/v1/namespaces/ns/pods/web:x\\..\\..\\..\\kube-system\\secrets/proxy/',
    expected: { browser: 'api', go: 'pods ns/web:x\\..\\..\\..\\kube-system\\secrets' },
  },
  { url: '//api/v1/nodes/n1/proxy/', expected: { browser: 'none' } },
  {
    url: '/api/v1/namespaces/ns/services/svc/proxy/../../../secrets',
    expected: { browser: 'api', go: 'services ns/svc' },
  },
];

describe('the model gives the facts from the Go code and WHATWG', () => {
  describe.each(facts)('$url', ({ url, expected }) => {
    const readings = readUrl(url);
    const got = Object.fromEntries(readings.map((r) => [r.reading, describeOutcome(r.outcome)]));
    const cases = Object.entries(expected).flatMap(([reading, want]) =>
      reading === 'all'
        ? readings.map((r) => ({ reading: r.reading as string, want }))
        : [{ reading, want }],
    );
    it.each(cases)('$reading → $want', ({ reading, want }) => {
      expect(got[reading], describeReadings(readings)).toBe(want);
    });
  });
});

describe('routed paths, reading by reading', () => {
  const rows: Array<{ url: string; reading: ReadingName; path: string | null }> = [
    // kubectl-old decodes then cleans: ..%2F climbs.
    {
      url: '/api/v1/namespaces/ns/services/s/proxy/..%2F..%2F..%2Fsecrets',
      reading: 'kubectl-old',
      path: '/api/v1/namespaces/ns/secrets',
    },
    // kubectl ≥ 1.22 cleans the escaped path: ..%2F is not a dot segment (kubectl 1.32 forwards it).
    {
      url: '/api/v1/namespaces/ns/services/s/proxy/x/..%2F..%2Fy',
      reading: 'kubectl',
      path: '/api/v1/namespaces/ns/services/s/proxy/x/../../y',
    },
    // ...but literal dots and '//' are cleaned, and a trailing slash kept.
    {
      url: '/api/v1/nodes/n//proxy/./a/../b/',
      reading: 'kubectl',
      path: '/api/v1/nodes/n/proxy/b/',
    },
    // %2e%2e is left alone by Go ≥ 1.22, resolved by browsers.
    {
      url: '/api/v1/nodes/n/proxy/%2e%2e/x',
      reading: 'kubectl',
      path: '/api/v1/nodes/n/proxy/../x',
    },
    { url: '/api/v1/nodes/n/proxy/%2e%2e/x', reading: 'browser', path: '/api/v1/nodes/n/x' },
    { url: '/api/v1/nodes/n/proxy/.%2E/x', reading: 'browser', path: '/api/v1/nodes/n/x' },
    // go: as written, empty segments kept, no cleaning.
    { url: '/api/v1//nodes/n/proxy/./', reading: 'go', path: '/api/v1//nodes/n/proxy/./' },
    // Browsers turn '\' into '/' and drop tabs and newlines; Go refuses the controls.
    { url: 'http://h/a\\b\n/c\t', reading: 'browser', path: '/a/b/c' },
    { url: 'http://h/a\n/c', reading: 'go', path: null },
    // '..' above the root stays at the root.
    { url: '/../../api/v1/nodes/n/proxy/', reading: 'kubectl', path: '/api/v1/nodes/n/proxy/' },
    // The query and fragment are not routed on.
    { url: 'http://localhost:8001/a?x=/../b#/c', reading: 'kubectl', path: '/a' },
    // A bad escape in the path: 400.
    { url: '/api/v1/nodes/n/proxy/%zz', reading: 'go', path: null },
    { url: '/api/v1/nodes/n/proxy/%zz', reading: 'browser', path: null },
  ];
  it.each(rows)('$reading reads $url as $path', ({ url, reading, path }) => {
    const readings = readUrl(url, { kubectl: 'always' });
    const r = readings.find((x) => x.reading === reading);
    expect(r?.segments?.join('/') ?? null, describeReadings(readings)).toBe(path);
  });
});

describe('which readings apply', () => {
  const rows: Array<{ url: string; kubectl: boolean }> = [
    { url: '/api/v1/nodes/n/proxy/', kubectl: true },
    { url: '/k8s/clusters/c1/api/v1/nodes/n/proxy/', kubectl: true },
    { url: 'http://localhost:8001/api/v1/nodes/n/proxy/', kubectl: true },
    { url: 'http://127.0.0.1:8001/api/v1/nodes/n/proxy/', kubectl: true },
    { url: 'http://127.3.0.9/api/v1/nodes/n/proxy/', kubectl: true },
    { url: 'http://[::1]:8001/api/v1/nodes/n/proxy/', kubectl: true },
    { url: 'HTTP://LOCALHOST:8001/x', kubectl: true },
    { url: 'https://localhost:8001/api/v1/nodes/n/proxy/', kubectl: false },
    { url: 'http://h.example/api/v1/nodes/n/proxy/', kubectl: false },
    { url: 'https://h.example/api/v1/nodes/n/proxy/', kubectl: false },
    { url: '//evil.example/api/v1/nodes/n/proxy/', kubectl: false },
    { url: 'http://localhost.evil.example/x', kubectl: false },
  ];
  it.each(rows)('$url → kubectl readings: $kubectl', ({ url, kubectl }) => {
    expect(mayGoThroughKubectlProxy(url)).toBe(kubectl);
    const names = readUrl(url).map((r) => r.reading);
    expect(names).toEqual(kubectl ? ALL_READINGS : ['go', 'browser']);
    expect(readUrl(url, { kubectl: 'never' }).map((r) => r.reading)).toEqual(['go', 'browser']);
    expect(readUrl(url, { kubectl: 'always' }).map((r) => r.reading)).toEqual(ALL_READINGS);
  });

  it.each([
    { url: 'http://h:1/a/b?c#d', origin: 'http://h:1', path: '/a/b' },
    { url: '//evil.example/a#?', origin: '//evil.example', path: '/a' },
    { url: '/a/b#x?y', origin: '', path: '/a/b' },
    { url: 'https://h', origin: 'https://h', path: '' },
  ])('splitUrlText($url)', ({ url, origin, path }) => {
    expect(splitUrlText(url)).toEqual({ origin, path });
  });
});

describe('pieces of the model', () => {
  it.each([
    // SplitSchemeNamePort (k8s.io/apimachinery/pkg/util/net/http.go)
    { id: 'svc', want: { scheme: '', name: 'svc', port: '' } },
    { id: 'svc:80', want: { scheme: '', name: 'svc', port: '80' } },
    { id: 'svc:', want: { scheme: '', name: 'svc', port: '' } },
    { id: 'https:svc:', want: { scheme: 'https', name: 'svc', port: '' } },
    { id: 'https:svc', want: { scheme: '', name: 'https', port: 'svc' } },
    { id: ':svc:80', want: { scheme: '', name: 'svc', port: '80' } },
    { id: 'http:https:443', want: { scheme: 'http', name: 'https', port: '443' } },
    { id: ':80', want: null },
    { id: '', want: null },
    { id: 'https::443', want: null },
    { id: 'HTTP:svc:80', want: null },
    { id: 'dashboard:foo:8080', want: null },
    { id: 'a:b:c:d', want: null },
    { id: '[::1]:80', want: null },
  ])('splitId($id)', ({ id, want }) => {
    expect(splitId(id)).toEqual(want);
  });

  it.each([
    { path: '/a/b/../c/', want: '/a/c/' },
    { path: '/a/b/..', want: '/a' },
    { path: '/..', want: '/' },
    { path: '/../', want: '/' },
    { path: '//a//b', want: '/a/b' },
    { path: '/a/./', want: '/a/' },
    { path: '', want: '/' },
    { path: 'a/b', want: '/a/b' },
    { path: '/a/%2e%2e/b', want: '/a/%2e%2e/b' },
  ])('serveMuxClean($path) → $want', ({ path, want }) => {
    expect(serveMuxClean(path)).toBe(want);
    expect(cleanSegments(path.split('/')).join('/')).toBe(want);
  });

  it.each([
    { path: '/a%2Fb/%41', want: ['', 'a', 'b', 'A'] },
    { path: '/%C3%BC/é', want: ['', 'ü', 'é'] },
    { path: '/%C3/x', want: ['', '\uFFFD%C3', 'x'] },
    { path: '/%', want: null },
    { path: '/%G1', want: null },
    { path: '/%2', want: null },
  ])('decodeSegments($path)', ({ path, want }) => {
    expect(decodeSegments(path)).toEqual(want);
  });

  it.each([
    { rest: [], api: true },
    { rest: [''], api: true },
    { rest: ['namespaces', 'ns', 'secrets'], api: true },
    { rest: ['namespaces', 'ns', 'secrets', ''], api: true },
    { rest: ['secrets'], api: true },
    { rest: ['namespaces', 'kube-system', 'secrets', 'proxy', ''], api: true },
    { rest: ['namespaces', 'ns', 'pods', 'p', 'exec'], api: true },
    { rest: ['nodes', 'n1', 'status'], api: true },
    { rest: ['namespaces', 'ns'], api: true },
    { rest: ['namespaces', 'ns', 'services', 'a\\proxy', ''], api: false },
    { rest: ['namespaces', 'ns', 'services', 'b', '..', 'a', 'proxy', ''], api: false },
    { rest: ['namespaces', 'ns', 'services', 'b', 'bogus'], api: false },
    { rest: ['namespaces', '', 'secrets'], api: false },
    { rest: ['proxy', 'nodes', 'n'], api: false },
    { rest: ['widgets'], api: false },
  ])('isApiResourcePath($rest) → $api', ({ rest, api }) => {
    expect(isApiResourcePath(rest)).toBe(api);
  });

  it('finds disagreements: proxy vs proxy, proxy vs api; not vs none or refused', () => {
    expect(findDisagreement(readUrl('/api/v1/nodes/a/proxy/'))).toBeNull();
    expect(
      findDisagreement(readUrl('http://h/api/v1/namespaces/ns/services/a/pro\txy/')),
    ).toBeNull();
    expect(
      findDisagreement(readUrl('/api/v1/namespaces/ns/services/s/proxy/..%2F..%2Fsecrets')),
    ).not.toBeNull();
    const pair = findDisagreement(
      readUrl('https://h/api/v1/namespaces/ns/services/svc/proxy/../../../secrets'),
    );
    expect(pair?.map((r) => r.reading)).toEqual(['go', 'browser']);
    // `svc:` and `svc` are the same target.
    expect(findDisagreement(readUrl('/api/v1/namespaces/ns/services/svc:/proxy/'))).toBeNull();
  });
});

describe('the generators exercise every outcome (so the routing properties are not vacuous)', () => {
  it('routeUrlArb: disagreements, agreements, and every outcome of every reading', () => {
    const urls = fc.sample(routeUrlArb, { numRuns: 2000, seed: 42 });
    let disagree = 0;
    let agree = 0;
    const seen = new Set<string>();
    for (const url of urls) {
      const readings = readUrl(url);
      for (const r of readings) seen.add(`${r.reading} ${r.outcome.kind}`);
      if (findDisagreement(readings)) disagree++;
      else if (readings.every((r) => r.outcome.kind === 'proxy')) agree++;
    }
    expect(disagree).toBeGreaterThan(urls.length * 0.05);
    expect(agree).toBeGreaterThan(urls.length * 0.2);
    const kinds = ['proxy', 'api', 'none', 'refused'];
    const want = ALL_READINGS.flatMap((r) => kinds.map((k) => `${r} ${k}`));
    expect([...seen].sort()).toEqual(want.sort());
  });

  it('hostileTargetArb: hostile bases, names and paths', () => {
    const targets = fc.sample(hostileTargetArb, { numRuns: 500, seed: 42 });
    const resources = new Set(targets.map((t) => t.resource));
    expect([...resources].sort()).toEqual(['nodes', 'pods', 'services']);
    expect(targets.some((t) => t.base?.includes('%61pi'))).toBe(true);
    expect(targets.some((t) => t.path?.includes('..%2F'))).toBe(true);
    expect(targets.some((t) => t.path?.includes('\\'))).toBe(true);
  });
});
