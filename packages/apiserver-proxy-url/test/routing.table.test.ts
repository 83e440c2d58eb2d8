// The routing issue's rows, each with what Kubernetes (or the client) does and the code that
// decides it. `target` is the object a browser reaches; `ok` is false whenever some client reaches
// another object, an API resource, or gets refused.
import { describe, expect, it } from 'vitest';
import { type DiagnosticCode, parseProxyUrl, safeBuildProxyUrl } from '../src/index.js';

interface Row {
  url: string;
  /** `resource ns/name:port`, or null when there is no target. */
  target: string | null;
  ok: boolean;
  codes: DiagnosticCode[];
  /** Who decides, in Kubernetes', Go's or the WHATWG URL standard's code. */
  by: string;
}

const S = '/api/v1/namespaces/ns/services';

const rows: Row[] = [
  {
    url: '/%61pi/v1/nodes/a/proxy/api/v1/nodes/b/proxy/',
    target: 'nodes a',
    ok: true,
    codes: ['hidden-route'],
    by: 'net/url (*URL).Path is decoded; go-restful routes on it',
  },
  {
    url: `${S}/s/prox%79/api/v1/namespaces/ns/services/b/proxy/`,
    target: 'services ns/s',
    ok: true,
    codes: ['hidden-route'],
    by: 'go-restful RouterJSR311 on req.URL.Path',
  },
  {
    url: '/api/v1/namespaces/ns/%73ervices/a/proxy/',
    target: 'services ns/a',
    ok: true,
    codes: ['hidden-route'],
    by: 'apiserver requestinfo.go NewRequestInfo splits the decoded path',
  },
  {
    url: `${S}/svc/prox%79/`,
    target: 'services ns/svc',
    ok: true,
    codes: ['hidden-route'],
    by: 'requestinfo.go',
  },
  {
    url: '/api/v1/namespaces%2Fns%2Fservices%2Fsvc%2Fproxy/',
    target: 'services ns/svc',
    ok: true,
    codes: ['hidden-route'],
    by: 'net/url unescape(PathSegment) decodes %2F in Path',
  },
  {
    url: `http://h${S}/a\\proxy/`,
    target: 'services ns/a',
    ok: true,
    codes: ['hidden-route'],
    by: 'WHATWG URL path state: "\\" is a separator for special schemes',
  },
  {
    url: `http://h${S}/b/%2e%2e/a/proxy/`,
    target: 'services ns/a',
    ok: true,
    codes: ['hidden-route'],
    by: 'WHATWG URL: %2e%2e is a double-dot segment',
  },
  {
    url: `http://h${S}/a/pro\txy/`,
    target: 'services ns/a',
    ok: false,
    codes: ['control-character'],
    by: 'WHATWG URL strips tabs and newlines; net/url parse refuses CTL bytes',
  },
  {
    url: `${S}/s/proxy/..%2F..%2F..%2Fsecrets`,
    target: 'services ns/s',
    ok: false,
    codes: ['path-escapes-proxy'],
    by: 'net/http ServeMux cleanPath(r.URL.Path) before Go 1.22: 301',
  },
  {
    url: '/api/v1/namespaces/ns/pods/p:http/proxy/',
    target: 'pods ns/p:http',
    ok: false,
    codes: ['named-pod-port'],
    by: 'pod ResourceLocation puts the port in the host; upgradeaware.go normalizeLocation fails: 500',
  },
  {
    url: '/api/v1/namespaces/ns/pods/p:+80/proxy/',
    target: 'pods ns/p:+80',
    ok: false,
    codes: ['named-pod-port'],
    by: 'pod ResourceLocation, url.Parse',
  },
  {
    url: '/api/v1/nodes/n:+10250/proxy/',
    target: 'nodes n:+10250',
    ok: false,
    codes: ['invalid-port'],
    by: 'node ResourceLocation, url.Parse',
  },
  {
    url: '/api/v1/services/web/proxy/',
    target: null,
    ok: false,
    codes: ['not-a-proxy-url'],
    by: 'requestinfo.go: services are namespaced',
  },
  {
    url: '/api/v1/nodes/https:n:010250/proxy/',
    target: 'nodes n:010250',
    ok: true,
    codes: ['port-number-format'],
    by: 'node/strategy.go ResourceLocation compares the port string with the kubelet port',
  },
  {
    url: '/api/v1/nodes/n1/proxy/a\tb',
    target: 'nodes n1',
    ok: false,
    codes: ['control-character'],
    by: 'net/url: invalid control character in URL',
  },
  {
    url: '//api/v1/nodes/n1/proxy/',
    target: null,
    ok: false,
    codes: ['protocol-relative-url', 'not-a-proxy-url'],
    by: 'WHATWG URL and net/url read "//" as an authority',
  },
  {
    url: `https://h${S}/svc/proxy/.\t./.\t./.\t./secrets`,
    target: 'services ns/svc',
    ok: false,
    codes: ['path-escapes-proxy', 'control-character'],
    by: 'WHATWG URL deletes tabs, then resolves ..',
  },
  {
    url: 'https://h/api/v1/namespaces/ns/pods/web:x\\..\\..\\..\\kube-system\\secrets/proxy/',
    target: 'pods ns/web:x\\..\\..\\..\\kube-system\\secrets',
    ok: false,
    codes: ['route-differs'],
    by: 'WHATWG URL: a browser sends GET /api/v1/namespaces/kube-system/secrets/proxy/',
  },
  {
    url: '//evil.example/api/v1/nodes/n/proxy/',
    target: 'nodes n',
    ok: true,
    codes: ['protocol-relative-url'],
    by: 'WHATWG URL: scheme-relative special authority state',
  },
  {
    url: '/\\evil.example/api/v1/nodes/n/proxy/',
    target: 'nodes n',
    ok: true,
    codes: ['protocol-relative-url'],
    by: 'WHATWG URL: "\\" counts as "/" before the authority',
  },
  {
    url: "curl -k -H 'Authorization: Bearer abc' https://10.0.0.1:6443/api/v1/nodes/n/proxy/",
    target: 'nodes n',
    ok: false,
    codes: ['pasted-command'],
    by: 'a shell command, not a URL',
  },
  {
    url: 'kubectl get --raw /api/v1/nodes/n/proxy/metrics',
    target: 'nodes n',
    ok: false,
    codes: ['pasted-command'],
    by: 'a shell command, not a URL',
  },
  {
    url: 'localhost:8001/api/v1/nodes/n/proxy/',
    target: 'nodes n',
    ok: true,
    codes: ['missing-url-scheme'],
    by: 'WHATWG URL would read the scheme "localhost"',
  },
  {
    url: 'admin:s3cret@10.0.0.1:6443/api/v1/nodes/n/proxy/',
    target: 'nodes n',
    ok: true,
    codes: ['missing-url-scheme', 'credentials-in-url', 'insecure-remote-base'],
    by: 'a host and port pasted without http://',
  },
  {
    url: 'http://[::1]:8001/api/v1/nodes/n/proxy/',
    target: 'nodes n',
    ok: true,
    codes: ['kubectl-proxy-rejects-host'],
    by: 'kubectl proxy listens on 127.0.0.1 by default: connection refused',
  },
  {
    url: `${S}/svc/proxy/?dryRun=All`,
    target: 'services ns/svc',
    ok: false,
    codes: ['dry-run-query'],
    by: 'proxy REST: 400 dryRun is not supported',
  },
  {
    url: '/api/v1/proxy/namespaces/ns/services/svc/proxy/',
    target: 'services ns/svc',
    ok: false,
    codes: ['legacy-proxy-path'],
    by: 'removed in 1.10',
  },
];

const show = (t: ReturnType<typeof parseProxyUrl>['target']): string | null =>
  t &&
  `${t.resource} ${t.namespace ? `${t.namespace}/` : ''}${t.name}${t.port ? `:${t.port}` : ''}`;

describe.each(rows)('$url', ({ url, target, ok, codes, by }) => {
  it(`reaches ${target} (${by})`, () => {
    const r = parseProxyUrl(url);
    expect(show(r.target)).toBe(target);
    expect(r.ok).toBe(ok);
    const found = r.diagnostics.map((d) => d.code);
    for (const code of codes) expect(found).toContain(code);
  });
});

describe('details the issue asks for', () => {
  it('says the connection is refused for [::1], and 301 for // through kubectl proxy', () => {
    const host = parseProxyUrl('http://[::1]:8001/api/v1/nodes/n/proxy/').diagnostics[0];
    expect(host?.message).toContain('refused');
    const slash = parseProxyUrl('http://localhost:8001/api/v1/nodes/n/proxy/a//b').diagnostics;
    expect(slash.find((d) => d.code === 'double-slash-in-path')?.message).toContain('301');
  });

  it('fixes a legacy URL that mixes both forms without /proxy/proxy/', () => {
    const d = parseProxyUrl('/api/v1/proxy/namespaces/ns/services/svc/proxy/').diagnostics[0];
    expect(d?.fix).toBe('/api/v1/namespaces/ns/services/svc/proxy/');
  });

  it('says who goes where when clients disagree', () => {
    const url =
      'https://h/api/v1/namespaces/ns/pods/web:x\\..\\..\\..\\kube-system\\secrets/proxy/';
    const d = parseProxyUrl(url).diagnostics.find((x) => x.code === 'route-differs');
    expect(d?.message).toContain('browsers reach "/api/v1/namespaces/kube-system/secrets/proxy/"');
    expect(d?.message).toContain('Go clients and curl reach pod');
  });

  it.each([
    [
      'a base that decodes to a proxy route',
      { base: '/%61pi/v1/namespaces/ns/services/evil/proxy' },
      'base',
    ],
    ['a base with an encoded slash', { base: '/a%2Fb' }, 'base'],
    ['a base with an escaped dot segment', { base: '/x/%2e%2e' }, 'base'],
    ['a path that climbs once decoded', { path: '..%2F..%2F..%2Fsecrets' }, 'path'],
    ['%2e%2e%2f', { path: '%2e%2e%2f%2e%2e%2fsecrets' }, 'path'],
    ['%2f.%2e', { path: '%2f.%2e/%2f.%2e/x' }, 'path'],
    ['a fragment that is a number', { fragment: 1 }, 'fragment'],
    ['a boolean name', { name: true }, 'name'],
    ['an object as the port', { port: {} }, 'port'],
    ['an array as the path', { path: ['x'] }, 'path'],
    ['a symbol namespace', { namespace: Symbol('x') }, 'namespace'],
    [
      'a query with a throwing toString',
      {
        query: {
          a: {
            toString: () => {
              throw new Error('x');
            },
          },
        },
      },
      'query',
    ],
  ] as const)('the builder refuses %s, naming the field', (_why, fields, field) => {
    const input = { resource: 'nodes', name: 'n1', ...fields } as unknown as Parameters<
      typeof safeBuildProxyUrl
    >[0];
    const r = safeBuildProxyUrl(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics.map((d) => d.field)).toContain(field);
  });

  it('the builder never throws, for any value', () => {
    for (const value of [
      null,
      undefined,
      1,
      'x',
      [],
      Symbol('s'),
      () => 1,
      new Proxy(
        {},
        {
          get: () => {
            throw new Error('no');
          },
        },
      ),
    ]) {
      expect(() => safeBuildProxyUrl(value as never)).not.toThrow();
    }
  });
});
