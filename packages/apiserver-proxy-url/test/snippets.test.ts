// Copy-as snippets: toCurl, toKubectlGetRaw and toRbacRule. Shell snippets are also run by a real
// /bin/sh (with `curl` and `kubectl` stubbed to print their arguments), so the quoting is checked
// by the shell itself; kubectl.test.ts runs toKubectlGetRaw with the real kubectl.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ProxyTarget,
  ProxyUrlError,
  parseProxyUrl,
  type RbacRule,
  toCurl,
  toKubectlGetRaw,
  toRbacRule,
  upgradeLegacyProxyUrl,
} from '../src/index.js';
import { canonicalUrl } from './arbitraries.js';
import { run } from './kubectl/kubectl.js';
import { thrown } from './thrown.js';

const ES = 'elasticsearch-logging';
const SEARCH = `/api/v1/namespaces/kube-system/services/${ES}/proxy/_search?q=user:kimchy`;

/** The arguments a shell passes to `curl` and `kubectl` for a snippet, one per line. */
async function argv(snippet: string): Promise<string[]> {
  const stub = 'for a in "$@"; do printf "%s\\n" "$a"; done';
  const script = `curl() { ${stub}; }; kubectl() { ${stub}; }; TOKEN='t0k en'; APISERVER=https://api.example; ${snippet}`;
  const result = await run('/bin/sh', ['-c', script], { env: { PATH: '/usr/bin:/bin' } });
  expect(result.code, result.stderr).toBe(0);
  return result.stdout.split('\n').slice(0, -1);
}

interface CurlCase {
  why: string;
  url: string;
  token?: string;
  snippet: string;
  /** What the shell hands curl. */
  args: string[];
}

const BEARER = 'Authorization: Bearer t0k en';
const curlCases: CurlCase[] = [
  {
    why: "the docs' search, straight to the API server: a Bearer placeholder",
    url: `https://104.197.5.247${SEARCH}`,
    snippet: `curl 'https://104.197.5.247${SEARCH}' --header "Authorization: Bearer $TOKEN"`,
    args: [`https://104.197.5.247${SEARCH}`, '--header', BEARER],
  },
  {
    why: 'plain http to a remote API server still needs the token',
    url: `http://104.197.5.247${SEARCH}`,
    snippet: `curl 'http://104.197.5.247${SEARCH}' --header "Authorization: Bearer $TOKEN"`,
    args: [`http://104.197.5.247${SEARCH}`, '--header', BEARER],
  },
  {
    why: 'through kubectl proxy: no header, kubectl adds the credentials',
    url: `http://localhost:8080/api/v1/namespaces/kube-system/services/${ES}/proxy/`,
    snippet: `curl 'http://localhost:8080/api/v1/namespaces/kube-system/services/${ES}/proxy/'`,
    args: [`http://localhost:8080/api/v1/namespaces/kube-system/services/${ES}/proxy/`],
  },
  {
    why: 'a path-only URL goes to $APISERVER',
    url: '/api/v1/nodes/node-1/proxy/stats/summary',
    snippet: `curl "$APISERVER"'/api/v1/nodes/node-1/proxy/stats/summary' --header "Authorization: Bearer $TOKEN"`,
    args: ['https://api.example/api/v1/nodes/node-1/proxy/stats/summary', '--header', BEARER],
  },
  {
    why: 'a given token, quoted',
    url: `https://104.197.5.247${SEARCH}`,
    token: "ey'J$x",
    snippet: `curl 'https://104.197.5.247${SEARCH}' --header 'Authorization: Bearer ey'\\''J$x'`,
    args: [`https://104.197.5.247${SEARCH}`, '--header', "Authorization: Bearer ey'J$x"],
  },
  {
    why: 'a given token through kubectl proxy is still sent',
    url: 'http://127.0.0.1:8001/api/v1/namespaces/ns/services/svc/proxy/',
    token: 'abc',
    snippet:
      "curl 'http://127.0.0.1:8001/api/v1/namespaces/ns/services/svc/proxy/' --header 'Authorization: Bearer abc'",
    args: [
      'http://127.0.0.1:8001/api/v1/namespaces/ns/services/svc/proxy/',
      '--header',
      'Authorization: Bearer abc',
    ],
  },
  {
    why: 'the fragment stays in the browser; whitespace dropped',
    url: ' https://h/api/v1/namespaces/ns/services/svc/proxy/#/login ',
    snippet: `curl 'https://h/api/v1/namespaces/ns/services/svc/proxy/' --header "Authorization: Bearer $TOKEN"`,
    args: ['https://h/api/v1/namespaces/ns/services/svc/proxy/', '--header', BEARER],
  },
  {
    why: "brackets turn curl's globbing off",
    url: 'https://[::1]:6443/api/v1/namespaces/ns/services/svc/proxy/',
    snippet: `curl --globoff 'https://[::1]:6443/api/v1/namespaces/ns/services/svc/proxy/' --header "Authorization: Bearer $TOKEN"`,
    args: [
      '--globoff',
      'https://[::1]:6443/api/v1/namespaces/ns/services/svc/proxy/',
      '--header',
      BEARER,
    ],
  },
  {
    why: 'a quote, $ and backquote in the path stay literal',
    url: "https://h/api/v1/namespaces/ns/services/svc/proxy/it's/$HOME/`id`",
    snippet: `curl 'https://h/api/v1/namespaces/ns/services/svc/proxy/it'\\''s/$HOME/\`id\`' --header "Authorization: Bearer $TOKEN"`,
    args: ["https://h/api/v1/namespaces/ns/services/svc/proxy/it's/$HOME/`id`", '--header', BEARER],
  },
  {
    why: 'a legacy link is sent in its modern form',
    url: 'https://h/api/v1/proxy/namespaces/kube-system/services/kubernetes-dashboard/',
    snippet: `curl 'https://h/api/v1/namespaces/kube-system/services/kubernetes-dashboard/proxy/' --header "Authorization: Bearer $TOKEN"`,
    args: [
      'https://h/api/v1/namespaces/kube-system/services/kubernetes-dashboard/proxy/',
      '--header',
      BEARER,
    ],
  },
];

describe('toCurl', () => {
  it.each(curlCases)('$why', async ({ url, token, snippet, args }) => {
    const curl = token === undefined ? toCurl(url) : toCurl(url, { token });
    expect(curl).toBe(snippet);
    expect(await argv(curl)).toEqual(args);
  });

  it.each([
    ['not a proxy URL', 'https://h/api/v1/namespaces/ns/secrets', 'not-a-proxy-url'],
    ['a path that leaves the proxy', '/api/v1/nodes/n/proxy/../../x', 'path-escapes-proxy'],
  ])('refuses %s', (_why, url, code) => {
    const error = thrown(() => toCurl(url));
    expect(error).toBeInstanceOf(ProxyUrlError);
    expect((error as ProxyUrlError).diagnostics.map((d) => d.code)).toEqual([code]);
  });
});

interface GetRawCase {
  why: string;
  url: string;
  snippet: string;
}

const getRawCases: GetRawCase[] = [
  {
    why: 'the base is dropped: kubectl knows the API server',
    url: `https://104.197.5.247${SEARCH}`,
    snippet: `kubectl get --raw '${SEARCH}'`,
  },
  {
    why: 'a gateway prefix is dropped too',
    url: 'https://rancher.example/k8s/clusters/c-25hs9/api/v1/namespaces/kube-system/services/https:kubernetes-dashboard:443/proxy/',
    snippet:
      "kubectl get --raw '/api/v1/namespaces/kube-system/services/https:kubernetes-dashboard:443/proxy/'",
  },
  {
    why: 'the fragment is left out',
    url: '/api/v1/namespaces/ns/pods/web-0:8080/proxy/metrics?x=1#top',
    snippet: "kubectl get --raw '/api/v1/namespaces/ns/pods/web-0:8080/proxy/metrics?x=1'",
  },
  {
    why: 'a quote in the path',
    url: "/api/v1/nodes/node-1/proxy/it's",
    snippet: "kubectl get --raw '/api/v1/nodes/node-1/proxy/it'\\''s'",
  },
  {
    why: 'a legacy link, in its modern form',
    url: '/api/v1/proxy/nodes/node-1/stats/summary',
    snippet: "kubectl get --raw '/api/v1/nodes/node-1/proxy/stats/summary'",
  },
];

describe('toKubectlGetRaw', () => {
  it.each(getRawCases)('$why', async ({ url, snippet }) => {
    expect(toKubectlGetRaw(url)).toBe(snippet);
    const args = await argv(snippet);
    expect(args.slice(0, 2)).toEqual(['get', '--raw']);
    // The same target, reached without a base or fragment.
    expect(parseProxyUrl(args[2] ?? '').target).toEqual({
      ...parseProxyUrl(upgradeLegacyProxyUrl(url) ?? url).target,
      base: '',
      fragment: '',
    });
  });

  it('refuses what is not a proxy URL', () => {
    expect(thrown(() => toKubectlGetRaw('/api/v1/namespaces'))).toBeInstanceOf(ProxyUrlError);
  });
});

interface RbacCase {
  why: string;
  target: Pick<ProxyTarget, 'resource' | 'scheme' | 'name' | 'port'>;
  methods?: string[];
  rule: RbacRule;
}

const rbacCases: RbacCase[] = [
  {
    why: 'https to the unnamed port: the id, trailing colon included',
    target: { resource: 'services', scheme: 'https', name: 'kubernetes-dashboard', port: '' },
    rule: {
      apiGroups: [''],
      resources: ['services/proxy'],
      resourceNames: ['https:kubernetes-dashboard:'],
      verbs: ['get'],
    },
  },
  {
    why: 'a named Service port',
    target: { resource: 'services', scheme: '', name: 'kube-dns', port: 'dns' },
    rule: {
      apiGroups: [''],
      resources: ['services/proxy'],
      resourceNames: ['kube-dns:dns'],
      verbs: ['get'],
    },
  },
  {
    why: 'a name alone',
    target: { resource: 'services', scheme: '', name: ES, port: '' },
    rule: { apiGroups: [''], resources: ['services/proxy'], resourceNames: [ES], verbs: ['get'] },
  },
  {
    why: 'a pod port, with the verbs of several methods',
    target: { resource: 'pods', scheme: '', name: 'web-0', port: '8080' },
    methods: ['GET', 'HEAD', 'post', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    rule: {
      apiGroups: [''],
      resources: ['pods/proxy'],
      resourceNames: ['web-0:8080'],
      verbs: ['get', 'create', 'update', 'patch', 'delete', 'options'],
    },
  },
  {
    why: 'a node (for a ClusterRole)',
    target: { resource: 'nodes', scheme: 'https', name: 'node-1', port: '10250' },
    rule: {
      apiGroups: [''],
      resources: ['nodes/proxy'],
      resourceNames: ['https:node-1:10250'],
      verbs: ['get'],
    },
  },
];

describe('toRbacRule', () => {
  it.each(rbacCases)('$why', ({ target, methods, rule }) => {
    expect(methods ? toRbacRule(target, { methods }) : toRbacRule(target)).toEqual(rule);
  });

  it('names the shortest id, whatever the URL wrote', () => {
    const { target } = parseProxyUrl('/api/v1/namespaces/ns/services/:svc%3A80/proxy/');
    expect(toRbacRule(target as ProxyTarget).resourceNames).toEqual(['svc:80']);
  });

  it('refuses parts that make no id', () => {
    const error = thrown(() =>
      toRbacRule({ resource: 'services', scheme: '', name: 'a:b', port: '' }),
    );
    expect(error).toBeInstanceOf(ProxyUrlError);
  });

  it('property: for a canonical URL, the resource name is its id and the resource its kind', () => {
    fc.assert(
      fc.property(canonicalUrl, (url) => {
        const { target, parts } = parseProxyUrl(url);
        if (!target || !parts.id) return;
        const rule = toRbacRule(target);
        expect(rule.resourceNames).toEqual([url.slice(parts.id[0], parts.id[1])]);
        expect(rule.resources).toEqual([`${target.resource}/proxy`]);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('snippets, property: the shell hands curl and kubectl the URL unchanged', () => {
  it('for canonical URLs with a few shell-special characters mixed in', async () => {
    const url = fc
      .tuple(canonicalUrl, fc.constantFrom("'", '$x', '`id`', '"', '\\', '!', ';', '&&', '*'))
      .map(([u, extra]) => {
        const hash = u.indexOf('#');
        const cut = hash < 0 ? u : u.slice(0, hash);
        return `${cut}${cut.includes('?') ? '&' : '?'}k=${extra}`;
      })
      .filter((u) => parseProxyUrl(u).ok);
    await fc.assert(
      fc.asyncProperty(url, async (u) => {
        const base = parseProxyUrl(u).target?.base ?? '';
        const curlArgs = await argv(toCurl(u));
        const sent = curlArgs.find((a) => a.includes('/api/v1/'));
        expect(sent).toBe(base === '' ? `https://api.example${u}` : u);
        const rawArgs = await argv(toKubectlGetRaw(u));
        expect(rawArgs).toEqual(['get', '--raw', u.slice(base.length)]);
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
