// rebaseProxyUrl (the same target through another door) and upgradeLegacyProxyUrl (the modern URL
// for a removed /api/v1/proxy/... link): data tables, then fast-check properties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type DiagnosticCode,
  ProxyUrlError,
  parseProxyUrl,
  rebaseProxyUrl,
  upgradeLegacyProxyUrl,
} from '../src/index.js';
import { anyString, assembledString, canonicalUrl, mutate, normaliseBase } from './arbitraries.js';
import { thrown } from './thrown.js';

const ES = 'elasticsearch-logging';
const SEARCH = `/api/v1/namespaces/kube-system/services/${ES}/proxy/_search?q=user:kimchy`;

interface RebaseCase {
  why: string;
  url: string;
  base: string;
  expected: string;
}

const rebaseCases: RebaseCase[] = [
  {
    why: "the docs' search, from the API server to kubectl proxy --port=8080",
    url: `http://104.197.5.247${SEARCH}`,
    base: 'http://localhost:8080',
    expected: `http://localhost:8080${SEARCH}`,
  },
  {
    why: 'from kubectl proxy back to the API server, over https',
    url: `http://localhost:8080${SEARCH}`,
    base: 'https://104.197.5.247',
    expected: `https://104.197.5.247${SEARCH}`,
  },
  {
    why: 'kubectl proxy on another port',
    url: 'http://localhost:8001/api/v1/namespaces/kubernetes-dashboard/services/https:kubernetes-dashboard:443/proxy/',
    base: 'http://127.0.0.1:9000',
    expected:
      'http://127.0.0.1:9000/api/v1/namespaces/kubernetes-dashboard/services/https:kubernetes-dashboard:443/proxy/',
  },
  {
    why: 'a path-only URL, in-cluster',
    url: '/api/v1/nodes/node-1/proxy/stats/summary',
    base: 'https://kubernetes.default.svc',
    expected: 'https://kubernetes.default.svc/api/v1/nodes/node-1/proxy/stats/summary',
  },
  {
    why: 'to a path-only URL (for kubectl get --raw)',
    url: `https://104.197.5.247${SEARCH}`,
    base: '',
    expected: SEARCH,
  },
  {
    why: 'onto a gateway prefix; its trailing slash dropped',
    url: `https://104.197.5.247${SEARCH}`,
    base: 'https://rancher.example/k8s/clusters/c-25hs9/',
    expected: `https://rancher.example/k8s/clusters/c-25hs9${SEARCH}`,
  },
  {
    why: 'off a gateway prefix',
    url: '/clusters/main/api/v1/namespaces/opencost/services/http:opencost:9003/proxy/model/allocation/compute?window=24h',
    base: 'http://localhost:8001',
    expected:
      'http://localhost:8001/api/v1/namespaces/opencost/services/http:opencost:9003/proxy/model/allocation/compute?window=24h',
  },
  {
    why: 'the rest kept exactly as written: %3A in the id, %2F and %3F in the path',
    url: 'https://k8s.example/api/v1/namespaces/monitoring/services/my-service%3A9090/proxy/api%2Fquery%3Fq%3Dsomequery',
    base: 'http://localhost:8001',
    expected:
      'http://localhost:8001/api/v1/namespaces/monitoring/services/my-service%3A9090/proxy/api%2Fquery%3Fq%3Dsomequery',
  },
  {
    why: 'the fragment kept',
    url: '/api/v1/namespaces/ns/pods/web-0:8080/proxy/#/dashboard',
    base: 'wss://h',
    expected: 'wss://h/api/v1/namespaces/ns/pods/web-0:8080/proxy/#/dashboard',
  },
  {
    why: 'a URL ending at /proxy stays so (the warning is not an error)',
    url: 'https://localhost:6443/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy',
    base: 'http://localhost:8001',
    expected: 'http://localhost:8001/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy',
  },
  {
    why: 'surrounding whitespace dropped',
    url: `  ${SEARCH}\n`,
    base: 'http://localhost:8001',
    expected: `http://localhost:8001${SEARCH}`,
  },
  {
    why: 'a removed /api/v1/proxy/... link comes out modern',
    url: 'https://104.197.5.247/api/v1/proxy/namespaces/kube-system/services/kubernetes-dashboard/',
    base: 'http://localhost:8001',
    expected:
      'http://localhost:8001/api/v1/namespaces/kube-system/services/kubernetes-dashboard/proxy/',
  },
];

interface RefusalCase {
  why: string;
  url: string;
  base: string;
  codes: DiagnosticCode[];
}

const refusalCases: RefusalCase[] = [
  { why: 'a base without a leading /', url: SEARCH, base: 'prefix', codes: ['invalid-base'] },
  { why: 'a base with a query', url: SEARCH, base: '/a?x', codes: ['invalid-base'] },
  {
    why: 'a base holding a proxy path',
    url: SEARCH,
    base: '/x/api/v1/nodes/n/proxy',
    codes: ['invalid-base'],
  },
  { why: 'an ftp base', url: SEARCH, base: 'ftp://h', codes: ['unsupported-url-scheme'] },
  {
    why: 'a host and port without http://',
    url: SEARCH,
    base: 'localhost:8001',
    codes: ['unsupported-url-scheme'],
  },
  {
    why: 'not a proxy URL',
    url: 'https://h/api/v1/namespaces/ns/secrets',
    base: '',
    codes: ['not-a-proxy-url'],
  },
  {
    why: 'a path that leaves the proxy',
    url: 'https://h/api/v1/namespaces/ns/services/svc/proxy/../../../secrets',
    base: '',
    codes: ['path-escapes-proxy'],
  },
  {
    why: 'an id the API server refuses',
    url: '/api/v1/namespaces/ns/services/dashboard:foo:8080/proxy/',
    base: 'http://localhost:8001',
    codes: ['invalid-scheme'],
  },
];

describe('rebaseProxyUrl', () => {
  it.each(rebaseCases)('$why', ({ url, base, expected }) => {
    expect(rebaseProxyUrl(url, base)).toBe(expected);
  });

  it.each(refusalCases)('refuses $why', ({ url, base, codes }) => {
    const error = thrown(() => rebaseProxyUrl(url, base));
    expect(error).toBeInstanceOf(ProxyUrlError);
    expect((error as ProxyUrlError).diagnostics.map((d) => d.code)).toEqual(codes);
  });
});

interface LegacyCase {
  why: string;
  url: string;
  expected: string | null;
}

const legacyCases: LegacyCase[] = [
  {
    why: "the dashboard docs' example",
    url: '/api/v1/proxy/namespaces/kube-system/services/kubernetes-dashboard/',
    expected: '/api/v1/namespaces/kube-system/services/kubernetes-dashboard/proxy/',
  },
  {
    why: 'no path at all: the modern URL gets its slash',
    url: 'https://104.197.5.247/api/v1/proxy/namespaces/kube-system/services/kibana-logging',
    expected: 'https://104.197.5.247/api/v1/namespaces/kube-system/services/kibana-logging/proxy/',
  },
  {
    why: 'a node, with its path, query and fragment',
    url: 'https://h/api/v1/proxy/nodes/node-1:10250/stats/summary?only_cpu_and_memory=true#x',
    expected: 'https://h/api/v1/nodes/node-1:10250/proxy/stats/summary?only_cpu_and_memory=true#x',
  },
  {
    why: 'a pod port',
    url: '/api/v1/proxy/namespaces/ns/pods/web-0:8080/metrics',
    expected: '/api/v1/namespaces/ns/pods/web-0:8080/proxy/metrics',
  },
  {
    why: 'https: and a Service port',
    url: 'http://localhost:8001/api/v1/proxy/namespaces/kube-system/services/https:kubernetes-dashboard:/',
    expected:
      'http://localhost:8001/api/v1/namespaces/kube-system/services/https:kubernetes-dashboard:/proxy/',
  },
  { why: 'a modern URL', url: `https://104.197.5.247${SEARCH}`, expected: null },
  { why: 'not a proxy URL', url: 'https://104.197.5.247/api/v1/proxy', expected: null },
  { why: 'the empty string', url: '', expected: null },
];

describe('upgradeLegacyProxyUrl', () => {
  it.each(legacyCases)('$why', ({ url, expected }) => {
    const upgraded = upgradeLegacyProxyUrl(url);
    expect(upgraded).toBe(expected);
    if (upgraded === null) return;
    // The same target, and the fix the parser offers for the old link.
    const before = parseProxyUrl(url);
    const after = parseProxyUrl(upgraded);
    expect(after.target).toEqual(before.target);
    expect(after.diagnostics.map((d) => d.code)).not.toContain('legacy-proxy-path');
    expect(before.diagnostics.find((d) => d.code === 'legacy-proxy-path')?.fix).toBe(upgraded);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const RUNS = { numRuns: 1000 } as const;

/** Bases the builder takes, some with trailing slashes it drops. */
const baseArb = fc
  .tuple(
    fc.constantFrom(
      '',
      '/clusters/main',
      'http://localhost:8001',
      'http://127.0.0.1:9000',
      'http://[::1]:8001',
      'https://kubernetes.default.svc',
      'https://104.197.5.247',
      'https://rancher.example/k8s/clusters/c-25hs9',
      'http://localhost:7007/api/kubernetes/proxy',
      'wss://h',
    ),
    fc.constantFrom('', '', '/', '//'),
  )
  .map(([b, slash]) => b + slash);

/** Canonical URLs whose parse has no error (rebase refuses the others). */
const acceptedUrl = canonicalUrl.filter((u) => parseProxyUrl(u).ok);

describe('rebaseProxyUrl, properties', () => {
  it('keeps the target: only the base changes', () => {
    fc.assert(
      fc.property(acceptedUrl, baseArb, (url, base) => {
        const rebased = parseProxyUrl(rebaseProxyUrl(url, base));
        expect(rebased.target).toEqual({
          ...parseProxyUrl(url).target,
          base: normaliseBase(base),
        });
        expect(rebased.ok).toBe(true);
      }),
      RUNS,
    );
  });

  it('rebasing twice is rebasing to the last base', () => {
    fc.assert(
      fc.property(acceptedUrl, baseArb, baseArb, (url, first, last) => {
        expect(rebaseProxyUrl(rebaseProxyUrl(url, first), last)).toBe(rebaseProxyUrl(url, last));
      }),
      RUNS,
    );
  });

  it("rebasing onto the URL's own base gives the URL back", () => {
    fc.assert(
      fc.property(acceptedUrl, (url) => {
        const base = parseProxyUrl(url).target?.base ?? '';
        expect(rebaseProxyUrl(url, base)).toBe(url);
      }),
      RUNS,
    );
  });

  it('on any string: returns a URL with the same target, or throws ProxyUrlError', () => {
    const input = fc.oneof(anyString(60), assembledString, mutate(canonicalUrl));
    fc.assert(
      fc.property(input, baseArb, (url, base) => {
        let rebased: string;
        try {
          rebased = rebaseProxyUrl(url, base);
        } catch (error) {
          expect(error).toBeInstanceOf(ProxyUrlError);
          expect((error as ProxyUrlError).diagnostics.length).toBeGreaterThan(0);
          return;
        }
        const upgraded = parseProxyUrl(upgradeLegacyProxyUrl(url) ?? url);
        // A hidden route is rebased as the API server routes it: its plain form (`proxy%2f//a` is
        // `proxy///a`), whose path is the one the backend gets.
        const plain = upgraded.diagnostics.find((d) => d.code === 'hidden-route')?.fix;
        const before = plain === undefined ? upgraded : parseProxyUrl(plain);
        const after = parseProxyUrl(rebased);
        expect(after.target).toEqual({ ...before.target, base: normaliseBase(base) });
      }),
      RUNS,
    );
  });
});

describe('upgradeLegacyProxyUrl, properties', () => {
  it('on any string: null exactly when the parser reports no legacy form, else its fix', () => {
    const input = fc.oneof(
      anyString(60),
      assembledString,
      mutate(canonicalUrl.map((u) => u.replace('/api/v1/', '/api/v1/proxy/'))),
    );
    fc.assert(
      fc.property(input, (url) => {
        const legacy = parseProxyUrl(url).diagnostics.find((d) => d.code === 'legacy-proxy-path');
        const upgraded = upgradeLegacyProxyUrl(url);
        expect(upgraded).toBe(legacy ? legacy.fix : null);
        if (upgraded !== null)
          expect(parseProxyUrl(upgraded).target).toEqual(parseProxyUrl(url).target);
      }),
      RUNS,
    );
  });
});
