import { describe, expect, it } from 'vitest';
import { severityOf } from '../src/diagnostics.js';
import {
  buildProxyUrl,
  type DiagnosticCode,
  type ProxyTargetInput,
  ProxyUrlError,
  parseProxyUrl,
  safeBuildProxyUrl,
} from '../src/index.js';
import { checkPort } from '../src/rules.js';
import { thrown } from './thrown.js';

const SVC = '/api/v1/namespaces/ns/services/svc/proxy';
const svc = (extra: Partial<ProxyTargetInput> = {}): ProxyTargetInput => ({
  namespace: 'ns',
  name: 'svc',
  ...extra,
});

interface Case {
  /** Which row of the contract's table (or which rule) this shows. */
  row: string;
  input: ProxyTargetInput;
  url: string;
}

/** The contract's "How the builder normalises its input", row by row. */
const normalised: Case[] = [
  // `path` omitted / '' / without a leading '/'
  { row: 'path omitted', input: svc(), url: `${SVC}/` },
  { row: "path: ''", input: svc({ path: '' }), url: SVC },
  { row: "path: '/'", input: svc({ path: '/' }), url: `${SVC}/` },
  { row: 'path without a leading /', input: svc({ path: 'metrics' }), url: `${SVC}/metrics` },
  { row: 'path with a leading /', input: svc({ path: '/metrics' }), url: `${SVC}/metrics` },
  { row: 'path keeps its trailing /', input: svc({ path: 'a/b/' }), url: `${SVC}/a/b/` },
  // characters outside pchar and '/'
  { row: 'space → %20', input: svc({ path: '/a b' }), url: `${SVC}/a%20b` },
  { row: 'é → UTF-8 bytes', input: svc({ path: '/é' }), url: `${SVC}/%C3%A9` },
  { row: '| → %7C', input: svc({ path: '/a|b' }), url: `${SVC}/a%7Cb` },
  { row: '^ → %5E', input: svc({ path: '/a^b' }), url: `${SVC}/a%5Eb` },
  { row: '" → %22', input: svc({ path: '/"x"' }), url: `${SVC}/%22x%22` },
  { row: '< > → %3C %3E', input: svc({ path: '/<x>' }), url: `${SVC}/%3Cx%3E` },
  { row: '` { } → %60 %7B %7D', input: svc({ path: '/`{}' }), url: `${SVC}/%60%7B%7D` },
  { row: '[ ] → %5B %5D', input: svc({ path: '/[0]' }), url: `${SVC}/%5B0%5D` },
  { row: '? in the path → %3F', input: svc({ path: '/a?b' }), url: `${SVC}/a%3Fb` },
  { row: '# in the path → %23', input: svc({ path: '/a#b' }), url: `${SVC}/a%23b` },
  { row: 'ü → %C3%BC', input: svc({ path: '/über' }), url: `${SVC}/%C3%BCber` },
  { row: '€ → 3 bytes', input: svc({ path: '/€' }), url: `${SVC}/%E2%82%AC` },
  { row: 'astral → 4 bytes', input: svc({ path: '/😀' }), url: `${SVC}/%F0%9F%98%80` },
  { row: 'tab and newline', input: svc({ path: '/a\tb\n' }), url: `${SVC}/a%09b%0A` },
  {
    row: 'pchar kept as is',
    input: svc({ path: "/-._~!$&'()*+,;=:@az09AZ" }),
    url: `${SVC}/-._~!$&'()*+,;=:@az09AZ`,
  },
  {
    row: 'Prometheus path with /api/v1',
    input: svc({ port: 9090, name: 'prometheus', path: '/api/v1/query' }),
    url: '/api/v1/namespaces/ns/services/prometheus:9090/proxy/api/v1/query',
  },
  // escapes
  { row: 'valid %XX kept', input: svc({ path: '/a%20b' }), url: `${SVC}/a%20b` },
  { row: 'lower-case %xx kept', input: svc({ path: '/%e2%82%ac' }), url: `${SVC}/%e2%82%ac` },
  { row: '%2F kept (a warning)', input: svc({ path: '/a%2Fb' }), url: `${SVC}/a%2Fb` },
  { row: 'lone % → %25', input: svc({ path: '/100%' }), url: `${SVC}/100%25` },
  { row: '%G1 → %25G1', input: svc({ path: '/%G1' }), url: `${SVC}/%25G1` },
  { row: '%zz → %25zz', input: svc({ path: '/%zz' }), url: `${SVC}/%25zz` },
  { row: '%4 at the end → %254', input: svc({ path: '/a%4' }), url: `${SVC}/a%254` },
  { row: '%%41 → %25%41', input: svc({ path: '/%%41' }), url: `${SVC}/%25%41` },
  // backslash
  { row: '\\ → %5C', input: svc({ path: '/a\\b' }), url: `${SVC}/a%5Cb` },
  { row: 'leading \\ → /%5C', input: svc({ path: '\\x' }), url: `${SVC}/%5Cx` },
  {
    row: '..\\..\\ is one segment once \\ is %5C',
    input: svc({ path: '..\\..\\secrets' }),
    url: `${SVC}/..%5C..%5Csecrets`,
  },
  // dot segments that stay inside
  { row: '/a/./b/../c/ → /a/c/', input: svc({ path: '/a/./b/../c/' }), url: `${SVC}/a/c/` },
  { row: '%2e is a dot', input: svc({ path: '/a/%2e/b' }), url: `${SVC}/a/b` },
  { row: '.%2E is ..', input: svc({ path: '/a/b/.%2E/c' }), url: `${SVC}/a/c` },
  { row: '%2E. is ..', input: svc({ path: '/a/b/%2E./c' }), url: `${SVC}/a/c` },
  { row: '%2e%2e is ..', input: svc({ path: '/a/%2e%2e/c' }), url: `${SVC}/c` },
  { row: 'trailing .. keeps a /', input: svc({ path: '/a/b/..' }), url: `${SVC}/a/` },
  { row: '/a/.. → /', input: svc({ path: '/a/..' }), url: `${SVC}/` },
  { row: '. alone → /', input: svc({ path: '.' }), url: `${SVC}/` },
  { row: './x → /x', input: svc({ path: './x' }), url: `${SVC}/x` },
  { row: 'a/../b → /b', input: svc({ path: 'a/../b' }), url: `${SVC}/b` },
  { row: '..%2F is not a dot segment', input: svc({ path: '/x/..%2Fy' }), url: `${SVC}/x/..%2Fy` },
  { row: '... is not a dot segment', input: svc({ path: '/.../x' }), url: `${SVC}/.../x` },
  {
    row: '.a is not a dot segment',
    input: svc({ path: '/.well-known/x' }),
    url: `${SVC}/.well-known/x`,
  },
  // query as a string
  { row: 'query kept', input: svc({ query: 'a=1&b=2' }), url: `${SVC}/?a=1&b=2` },
  { row: 'leading ? dropped', input: svc({ query: '?a=1' }), url: `${SVC}/?a=1` },
  { row: 'query ? alone', input: svc({ query: '?' }), url: `${SVC}/` },
  { row: "query ''", input: svc({ query: '' }), url: `${SVC}/` },
  { row: 'query space → %20', input: svc({ query: 'q=a b' }), url: `${SVC}/?q=a%20b` },
  { row: 'query # → %23', input: svc({ query: 'a=#x' }), url: `${SVC}/?a=%23x` },
  { row: 'query é → %C3%A9', input: svc({ query: 'q=é' }), url: `${SVC}/?q=%C3%A9` },
  { row: 'query [] → %5B%5D', input: svc({ query: 'a[]=1' }), url: `${SVC}/?a%5B%5D=1` },
  {
    row: 'query keeps : / ? @ + and escapes',
    input: svc({ query: 'q=user:kimchy&r=/a?b@c+d&s=%20' }),
    url: `${SVC}/?q=user:kimchy&r=/a?b@c+d&s=%20`,
  },
  // Spec-silent edge: a '?' left in front after dropping one is escaped, so the URL parses back to
  // a query that builds the same URL (round trip); %3F and '?' read the same in a query.
  { row: 'query ??a: second ? escaped', input: svc({ query: '??a' }), url: `${SVC}/?%3Fa` },
  { row: 'query ? later kept', input: svc({ query: 'a?b' }), url: `${SVC}/?a?b` },
  { row: 'fragment ##a: second # escaped', input: svc({ fragment: '##a' }), url: `${SVC}/#%23a` },
  { row: 'query with empty path', input: svc({ path: '', query: 'x' }), url: `${SVC}?x` },
  // query as a record or URLSearchParams
  { row: 'query record', input: svc({ query: { a: '1', b: '2' } }), url: `${SVC}/?a=1&b=2` },
  {
    row: 'query record with an array',
    input: svc({ query: { b: ['x', 'y'], a: '1' } }),
    url: `${SVC}/?b=x&b=y&a=1`,
  },
  {
    row: 'query record encoded as URLSearchParams does',
    input: svc({ query: { q: 'a b', 'k&': 'v=/é' } }),
    url: `${SVC}/?q=a+b&k%26=v%3D%2F%C3%A9`,
  },
  { row: 'query record empty', input: svc({ query: {} }), url: `${SVC}/` },
  { row: 'query record empty array', input: svc({ query: { a: [] } }), url: `${SVC}/` },
  {
    row: 'URLSearchParams',
    input: svc({
      query: new URLSearchParams([
        ['x', '1'],
        ['x', '2'],
        ['y', 'a b'],
      ]),
    }),
    url: `${SVC}/?x=1&x=2&y=a+b`,
  },
  { row: 'URLSearchParams empty', input: svc({ query: new URLSearchParams() }), url: `${SVC}/` },
  // fragment
  { row: 'fragment', input: svc({ fragment: 'top' }), url: `${SVC}/#top` },
  { row: 'fragment leading # dropped', input: svc({ fragment: '#top' }), url: `${SVC}/#top` },
  { row: "fragment ''", input: svc({ fragment: '' }), url: `${SVC}/` },
  { row: 'fragment space and #', input: svc({ fragment: 'a b#c' }), url: `${SVC}/#a%20b%23c` },
  { row: 'fragment keeps / and ?', input: svc({ fragment: '/x?y=1' }), url: `${SVC}/#/x?y=1` },
  {
    row: 'path, query and fragment',
    input: svc({ path: 'a b', query: { q: '1' }, fragment: 'f' }),
    url: `${SVC}/a%20b?q=1#f`,
  },
  // port as a number, and the id
  {
    row: 'port number → decimal',
    input: svc({ port: 8080 }),
    url: '/api/v1/namespaces/ns/services/svc:8080/proxy/',
  },
  {
    row: 'port 0x1bb → 443',
    input: svc({ scheme: 'https', port: 0x1bb }),
    url: '/api/v1/namespaces/ns/services/https:svc:443/proxy/',
  },
  {
    row: 'port string',
    input: svc({ port: 'http' }),
    url: '/api/v1/namespaces/ns/services/svc:http/proxy/',
  },
  { row: "port ''", input: svc({ port: '' }), url: `${SVC}/` },
  {
    row: 'https, no port: trailing colon',
    input: svc({ scheme: 'https' }),
    url: '/api/v1/namespaces/ns/services/https:svc:/proxy/',
  },
  {
    row: "scheme ''",
    input: svc({ scheme: '', port: 80 }),
    url: '/api/v1/namespaces/ns/services/svc:80/proxy/',
  },
  {
    row: 'http scheme',
    input: svc({ scheme: 'http', port: 'web' }),
    url: '/api/v1/namespaces/ns/services/http:svc:web/proxy/',
  },
  {
    row: 'name https with a scheme',
    input: svc({ scheme: 'http', name: 'https', port: 443 }),
    url: '/api/v1/namespaces/ns/services/http:https:443/proxy/',
  },
  {
    row: 'port 0443 builds (a warning)',
    input: svc({ port: '0443' }),
    url: '/api/v1/namespaces/ns/services/svc:0443/proxy/',
  },
  {
    row: 'port +443 builds (a warning)',
    input: svc({ port: '+443' }),
    url: '/api/v1/namespaces/ns/services/svc:+443/proxy/',
  },
  // resources
  {
    row: 'pods',
    input: {
      resource: 'pods',
      namespace: 'ns',
      name: 'kmesh-daemon-abc12',
      port: 15200,
      path: 'accesslog',
      query: 'enable=true',
    },
    url: '/api/v1/namespaces/ns/pods/kmesh-daemon-abc12:15200/proxy/accesslog?enable=true',
  },
  {
    row: 'nodes, namespace omitted',
    input: { resource: 'nodes', name: 'node-1', path: '/stats/summary' },
    url: '/api/v1/nodes/node-1/proxy/stats/summary',
  },
  {
    row: 'nodes, namespace null',
    input: { resource: 'nodes', namespace: null, name: 'node-1', scheme: 'https', port: 10250 },
    url: '/api/v1/nodes/https:node-1:10250/proxy/',
  },
  {
    row: 'service leading digit builds (a warning)',
    input: svc({ name: '1svc', port: 80 }),
    url: '/api/v1/namespaces/ns/services/1svc:80/proxy/',
  },
  // bases
  { row: "base ''", input: svc({ base: '' }), url: `${SVC}/` },
  { row: "base '/' is ''", input: svc({ base: '/' }), url: `${SVC}/` },
  {
    row: 'base trailing / dropped',
    input: svc({ base: 'http://localhost:8001/' }),
    url: `http://localhost:8001${SVC}/`,
  },
  {
    row: 'base origin',
    input: svc({ base: 'https://104.197.5.247' }),
    url: `https://104.197.5.247${SVC}/`,
  },
  {
    row: 'base with prefix and trailing /',
    input: svc({ base: 'https://rancher.example/k8s/clusters/c-25hs9/' }),
    url: `https://rancher.example/k8s/clusters/c-25hs9${SVC}/`,
  },
  { row: 'base path prefix', input: svc({ base: '/clusters/main' }), url: `/clusters/main${SVC}/` },
  {
    row: 'base path prefix with /',
    input: svc({ base: '/clusters/main/' }),
    url: `/clusters/main${SVC}/`,
  },
  {
    row: 'base with credentials builds (a warning)',
    input: svc({ base: 'https://user:pw@k8s.example' }),
    url: `https://user:pw@k8s.example${SVC}/`,
  },
  {
    row: 'base IPv6 loopback',
    input: svc({ base: 'http://[::1]:8001' }),
    url: `http://[::1]:8001${SVC}/`,
  },
  {
    row: 'base wss',
    input: svc({ base: 'wss://k8s.example:6443' }),
    url: `wss://k8s.example:6443${SVC}/`,
  },
  {
    row: 'base ending in /proxy (Backstage)',
    input: svc({ base: 'http://localhost:7007/api/kubernetes/proxy' }),
    url: `http://localhost:7007/api/kubernetes/proxy${SVC}/`,
  },
  {
    row: 'the docs example',
    input: {
      base: 'http://localhost:8001',
      namespace: 'kubernetes-dashboard',
      name: 'kubernetes-dashboard',
      scheme: 'https',
      port: 443,
    },
    url: 'http://localhost:8001/api/v1/namespaces/kubernetes-dashboard/services/https:kubernetes-dashboard:443/proxy/',
  },
  {
    row: 'Rancher example',
    input: {
      base: '/clusters/main',
      namespace: 'opencost',
      name: 'opencost',
      scheme: 'http',
      port: 9003,
      path: 'model/allocation/compute',
      query: { window: '24h' },
    },
    url: '/clusters/main/api/v1/namespaces/opencost/services/http:opencost:9003/proxy/model/allocation/compute?window=24h',
  },
];

/** "`query` record or `URLSearchParams`: serialised as `URLSearchParams` does." */
const records: ReadonlyArray<Record<string, string | string[]>> = [
  { 'a b': 'c+d' },
  { "~!'()*-._": "~!'()*-._" },
  { '%': '%25', '%zz': '100%' },
  { é: '😀', ü: '€' },
  { '': '' },
  { k: ['', 'x', 'y z'] },
  { '=&?#/': '=&?#/:@' },
  { '\ud800': 'x\udc00' },
  { tab: '\t\n\r', nul: '\0' },
  { '[]': '{}|^`"<>\\' },
];

describe('buildProxyUrl: query records serialise as URLSearchParams does', () => {
  it.each(records)('%j', (query) => {
    const entries = Object.entries(query).flatMap(([k, v]) =>
      (Array.isArray(v) ? v : [v]).map((x): [string, string] => [k, x]),
    );
    const expected = new URLSearchParams(entries).toString();
    const url = buildProxyUrl(svc({ query }));
    expect(url).toBe(expected ? `${SVC}/?${expected}` : `${SVC}/`);
    expect(buildProxyUrl(svc({ query: new URLSearchParams(entries) }))).toBe(url);
    expect(parseProxyUrl(url).target?.query).toBe(expected);
  });
});

/** "Input that works but is probably wrong builds; parsing the result reports the warning." */
const warnings: ReadonlyArray<{ row: string; input: ProxyTargetInput; code: DiagnosticCode }> = [
  { row: 'http to 443', input: svc({ scheme: 'http', port: 443 }), code: 'scheme-port-mismatch' },
  { row: 'no scheme to port https', input: svc({ port: 'https' }), code: 'scheme-port-mismatch' },
  { row: 'https to 80', input: svc({ scheme: 'https', port: 80 }), code: 'scheme-port-mismatch' },
  { row: 'port 0443', input: svc({ port: '0443' }), code: 'port-number-format' },
  { row: 'port +80', input: svc({ port: '+80' }), code: 'port-number-format' },
  {
    row: 'Service name with a leading digit',
    input: svc({ name: '7up' }),
    code: 'service-name-leading-digit',
  },
  {
    row: 'kubelet port with a scheme',
    input: { resource: 'nodes', name: 'n', scheme: 'https', port: 10250 },
    code: 'kubelet-port-scheme-ignored',
  },
  {
    row: 'node with a scheme, no port',
    input: { resource: 'nodes', name: 'n', scheme: 'http' },
    code: 'kubelet-port-scheme-ignored',
  },
  { row: "path ''", input: svc({ path: '' }), code: 'missing-trailing-slash' },
  { row: 'path with %2F', input: svc({ path: 'a%2Fb' }), code: 'encoded-slash-in-path' },
  { row: 'path with %3F', input: svc({ path: 'a%3Fb' }), code: 'encoded-query-in-path' },
  { row: 'path with \\', input: svc({ path: 'a\\b' }), code: 'backslash-in-path' },
  { row: 'path with //', input: svc({ path: 'a//b' }), code: 'double-slash-in-path' },
  { row: 'path with ..%2F', input: svc({ path: 'x/..%2Fy' }), code: 'dot-segment-in-path' },
  { row: 'query path', input: svc({ query: 'path=/x' }), code: 'path-query-ignored' },
  { row: 'no port', input: svc(), code: 'empty-port-unnamed-only' },
  { row: 'credentials', input: svc({ base: 'https://u:p@h' }), code: 'credentials-in-url' },
  {
    row: 'plain http remote',
    input: svc({ base: 'http://104.197.5.247' }),
    code: 'insecure-remote-base',
  },
  {
    row: '[::1] with a port',
    input: svc({ base: 'http://[::1]:8001' }),
    code: 'kubectl-proxy-rejects-host',
  },
  {
    row: 'pod exec through kubectl proxy',
    input: {
      base: 'http://localhost:8001',
      resource: 'pods',
      namespace: 'ns',
      name: 'p',
      port: 80,
      path: 'exec',
    },
    code: 'kubectl-proxy-rejects-path',
  },
];

describe('buildProxyUrl: builds what works but is probably wrong', () => {
  it.each(warnings)('$row → parse reports $code', ({ input, code }) => {
    const url = buildProxyUrl(input);
    const r = parseProxyUrl(url);
    expect(r.ok).toBe(true);
    expect(r.diagnostics.map((d) => d.code)).toContain(code);
  });
});

type Field = keyof ProxyTargetInput;
interface Refusal {
  row: string;
  input: ProxyTargetInput;
  code: DiagnosticCode;
  field: Field;
}

const cast = <T>(value: unknown): T => value as T;

const refusals: Refusal[] = [
  // namespace
  {
    row: 'namespace upper case',
    input: svc({ namespace: 'Default' }),
    code: 'invalid-namespace',
    field: 'namespace',
  },
  {
    row: 'namespace with _',
    input: svc({ namespace: 'a_b' }),
    code: 'invalid-namespace',
    field: 'namespace',
  },
  {
    row: 'namespace with .',
    input: svc({ namespace: 'a.b' }),
    code: 'invalid-namespace',
    field: 'namespace',
  },
  {
    row: 'namespace 64 chars',
    input: svc({ namespace: 'a'.repeat(64) }),
    code: 'invalid-namespace',
    field: 'namespace',
  },
  {
    row: "namespace ''",
    input: svc({ namespace: '' }),
    code: 'invalid-namespace',
    field: 'namespace',
  },
  {
    row: 'namespace missing for services',
    input: { name: 'svc' },
    code: 'invalid-namespace',
    field: 'namespace',
  },
  {
    row: 'namespace null for services',
    input: { namespace: null, name: 'svc' },
    code: 'invalid-namespace',
    field: 'namespace',
  },
  {
    row: 'namespace missing for pods',
    input: { resource: 'pods', name: 'p' },
    code: 'invalid-namespace',
    field: 'namespace',
  },
  {
    row: 'namespace null for pods',
    input: { resource: 'pods', namespace: null, name: 'p' },
    code: 'invalid-namespace',
    field: 'namespace',
  },
  {
    row: 'namespace given for nodes',
    input: { resource: 'nodes', namespace: 'ns', name: 'n' },
    code: 'invalid-namespace',
    field: 'namespace',
  },
  {
    row: "namespace '' for nodes",
    input: { resource: 'nodes', namespace: '', name: 'n' },
    code: 'invalid-namespace',
    field: 'namespace',
  },
  // name
  {
    row: 'service name with _',
    input: svc({ name: 'My_Service' }),
    code: 'invalid-name',
    field: 'name',
  },
  { row: 'service name with .', input: svc({ name: 'a.b' }), code: 'invalid-name', field: 'name' },
  {
    row: 'service name 64 chars',
    input: svc({ name: 'a'.repeat(64) }),
    code: 'invalid-name',
    field: 'name',
  },
  { row: "service name ''", input: svc({ name: '' }), code: 'invalid-name', field: 'name' },
  {
    row: 'service name with :',
    input: svc({ name: 'https:svc' }),
    code: 'invalid-name',
    field: 'name',
  },
  { row: 'service name IP', input: svc({ name: '10.0.0.1' }), code: 'invalid-name', field: 'name' },
  {
    row: 'pod name with -.',
    input: { resource: 'pods', namespace: 'ns', name: 'a-.b' },
    code: 'invalid-name',
    field: 'name',
  },
  {
    row: 'pod name 254 chars',
    input: { resource: 'pods', namespace: 'ns', name: 'a'.repeat(254) },
    code: 'invalid-name',
    field: 'name',
  },
  {
    row: 'node name ..',
    input: { resource: 'nodes', name: '..' },
    code: 'invalid-name',
    field: 'name',
  },
  {
    row: 'node name with /',
    input: { resource: 'nodes', name: 'a/b' },
    code: 'invalid-name',
    field: 'name',
  },
  // port
  { row: 'port 0', input: svc({ port: 0 }), code: 'invalid-port', field: 'port' },
  { row: 'port 65536', input: svc({ port: 65536 }), code: 'invalid-port', field: 'port' },
  { row: 'port -1', input: svc({ port: -1 }), code: 'invalid-port', field: 'port' },
  { row: 'port 1.5', input: svc({ port: 1.5 }), code: 'invalid-port', field: 'port' },
  { row: "port '0'", input: svc({ port: '0' }), code: 'invalid-port', field: 'port' },
  {
    row: "port '99999999999999999999'",
    input: svc({ port: '99999999999999999999' }),
    code: 'invalid-port',
    field: 'port',
  },
  {
    row: 'port name upper case',
    input: svc({ port: 'HTTP' }),
    code: 'invalid-port',
    field: 'port',
  },
  { row: 'port name with _', input: svc({ port: 'my_port' }), code: 'invalid-port', field: 'port' },
  {
    row: 'port name 64 chars',
    input: svc({ port: 'a'.repeat(64) }),
    code: 'invalid-port',
    field: 'port',
  },
  { row: 'port with a space', input: svc({ port: ' 80' }), code: 'invalid-port', field: 'port' },
  { row: 'port with :', input: svc({ port: '80:' }), code: 'invalid-id', field: 'port' },
  {
    row: 'node port name',
    input: { resource: 'nodes', name: 'n', port: 'http' },
    code: 'invalid-port',
    field: 'port',
  },
  {
    row: 'named pod port (500)',
    input: { resource: 'pods', namespace: 'ns', name: 'p', port: 'http' },
    code: 'named-pod-port',
    field: 'port',
  },
  {
    row: 'pod port with a sign (500)',
    input: { resource: 'pods', namespace: 'ns', name: 'p', port: '+80' },
    code: 'named-pod-port',
    field: 'port',
  },
  {
    row: 'node port with a sign (500)',
    input: { resource: 'nodes', name: 'n', port: '+10250' },
    code: 'invalid-port',
    field: 'port',
  },
  {
    row: 'query dryRun (400)',
    input: svc({ query: { dryRun: 'All' } }),
    code: 'dry-run-query',
    field: 'query',
  },
  {
    row: 'pod port 65536',
    input: { resource: 'pods', namespace: 'ns', name: 'p', port: '65536' },
    code: 'invalid-port',
    field: 'port',
  },
  // scheme
  {
    row: 'scheme HTTP',
    input: svc({ scheme: cast('HTTP') }),
    code: 'invalid-scheme',
    field: 'scheme',
  },
  {
    row: 'scheme ftp',
    input: svc({ scheme: cast('ftp'), port: 21 }),
    code: 'invalid-scheme',
    field: 'scheme',
  },
  {
    row: 'scheme dashboard',
    input: svc({ scheme: cast('dashboard') }),
    code: 'invalid-scheme',
    field: 'scheme',
  },
  {
    row: 'scheme https:',
    input: svc({ scheme: cast('https:') }),
    code: 'invalid-scheme',
    field: 'scheme',
  },
  // paths that climb out once cleaned
  { row: 'path ..', input: svc({ path: '..' }), code: 'path-escapes-proxy', field: 'path' },
  { row: 'path /..', input: svc({ path: '/..' }), code: 'path-escapes-proxy', field: 'path' },
  { row: 'path ../x', input: svc({ path: '../x' }), code: 'path-escapes-proxy', field: 'path' },
  {
    row: 'path a/../..',
    input: svc({ path: 'a/../..' }),
    code: 'path-escapes-proxy',
    field: 'path',
  },
  {
    row: 'path /a/../../b',
    input: svc({ path: '/a/../../b' }),
    code: 'path-escapes-proxy',
    field: 'path',
  },
  {
    row: 'path ../../../secrets',
    input: svc({ path: '/../../../secrets' }),
    code: 'path-escapes-proxy',
    field: 'path',
  },
  { row: 'path %2e%2e', input: svc({ path: '%2e%2e' }), code: 'path-escapes-proxy', field: 'path' },
  {
    row: 'path /%2E%2E/x',
    input: svc({ path: '/%2E%2E/x' }),
    code: 'path-escapes-proxy',
    field: 'path',
  },
  { row: 'path .%2E', input: svc({ path: '.%2E' }), code: 'path-escapes-proxy', field: 'path' },
  { row: 'path %2E.', input: svc({ path: '%2E./x' }), code: 'path-escapes-proxy', field: 'path' },
  { row: 'path ./..', input: svc({ path: './..' }), code: 'path-escapes-proxy', field: 'path' },
  {
    row: 'path a//../../..',
    input: svc({ path: 'a//../../..' }),
    code: 'path-escapes-proxy',
    field: 'path',
  },
  // kubectl proxy collapses '//' before it resolves '..' (the parser reports these paths as escaping).
  {
    row: 'path //.. (kubectl proxy)',
    input: svc({ path: '//..' }),
    code: 'path-escapes-proxy',
    field: 'path',
  },
  {
    row: 'path a//../.. (kubectl proxy)',
    input: svc({ path: 'a//../..' }),
    code: 'path-escapes-proxy',
    field: 'path',
  },
  {
    row: 'path on a node',
    input: { resource: 'nodes', name: 'n', path: '../../namespaces' },
    code: 'path-escapes-proxy',
    field: 'path',
  },
  {
    row: 'path under a base',
    input: svc({ base: 'https://h/prefix', path: '../x' }),
    code: 'path-escapes-proxy',
    field: 'path',
  },
  // bases
  {
    row: 'base ftp://x',
    input: svc({ base: 'ftp://x' }),
    code: 'unsupported-url-scheme',
    field: 'base',
  },
  {
    row: 'base javascript:',
    input: svc({ base: 'javascript:alert(1)' }),
    code: 'unsupported-url-scheme',
    field: 'base',
  },
  {
    row: 'base file:',
    input: svc({ base: 'file:///etc' }),
    code: 'unsupported-url-scheme',
    field: 'base',
  },
  { row: 'base //host', input: svc({ base: '//host' }), code: 'invalid-base', field: 'base' },
  { row: 'base foo', input: svc({ base: 'foo' }), code: 'invalid-base', field: 'base' },
  // A URL parser reads `localhost:` as the scheme (the parser offers `http://` as the fix).
  {
    row: 'base localhost:8001',
    input: svc({ base: 'localhost:8001' }),
    code: 'unsupported-url-scheme',
    field: 'base',
  },
  { row: 'base http:/h', input: svc({ base: 'http:/h' }), code: 'invalid-base', field: 'base' },
  { row: 'base http://', input: svc({ base: 'http://' }), code: 'invalid-base', field: 'base' },
  {
    row: 'base with ?',
    input: svc({ base: 'http://h/x?y=1' }),
    code: 'invalid-base',
    field: 'base',
  },
  {
    row: 'base with ? after the host',
    input: svc({ base: 'http://h?y' }),
    code: 'invalid-base',
    field: 'base',
  },
  { row: 'base with #', input: svc({ base: 'http://h/x#f' }), code: 'invalid-base', field: 'base' },
  { row: 'path base with ?', input: svc({ base: '/a?b' }), code: 'invalid-base', field: 'base' },
  { row: 'path base with #', input: svc({ base: '/a#b' }), code: 'invalid-base', field: 'base' },
  {
    row: 'base with dot segments',
    input: svc({ base: '/a/../b' }),
    code: 'invalid-base',
    field: 'base',
  },
  { row: 'base with \\', input: svc({ base: '/\\host' }), code: 'invalid-base', field: 'base' },
  // Not URLs at all: `new URL` throws on them, so no browser or client can send what would be built.
  {
    row: 'base port not a number',
    input: svc({ base: 'http://h:abc' }),
    code: 'invalid-base',
    field: 'base',
  },
  {
    row: 'base port out of range',
    input: svc({ base: 'http://h:99999' }),
    code: 'invalid-base',
    field: 'base',
  },
  {
    row: 'base with two ports',
    input: svc({ base: 'http://h:80:80' }),
    code: 'invalid-base',
    field: 'base',
  },
  {
    row: 'base IPv6 unclosed',
    input: svc({ base: 'http://[::1' }),
    code: 'invalid-base',
    field: 'base',
  },
  {
    row: 'base IPv6 not an address',
    input: svc({ base: 'http://[zz]' }),
    code: 'invalid-base',
    field: 'base',
  },
];

/** The URL's pathname as written: without origin, query and fragment. */
function pathnameOf(url: string): string {
  const origin = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(url);
  const rest = origin ? url.slice(origin[0].length) : url;
  return rest.replace(/[?#].*$/s, '');
}

describe('buildProxyUrl: the normalisation table', () => {
  describe.each(normalised)('$row', ({ input, url }) => {
    it('builds the expected URL', () => {
      expect(safeBuildProxyUrl(input)).toStrictEqual({ ok: true, url });
      expect(buildProxyUrl(input)).toBe(url);
    });

    it('parses back ok, to the same target', () => {
      const r = parseProxyUrl(url);
      expect(r.ok).toBe(true);
      expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const resource = input.resource ?? 'services';
      expect(r.target).toMatchObject({
        resource,
        namespace: resource === 'nodes' ? null : input.namespace,
        scheme: input.scheme ?? '',
        name: input.name,
        port: input.port === undefined ? '' : String(input.port),
      });
    });

    it('builds the same URL from its parsed target (canonical)', () => {
      const target = parseProxyUrl(url).target;
      expect(target).not.toBeNull();
      if (target) expect(buildProxyUrl(target)).toBe(url);
    });

    it('keeps the proxy prefix once a browser reads it', () => {
      const r = parseProxyUrl(url);
      const id = r.parts.id;
      expect(id).toBeDefined();
      if (!id) return;
      const pathname = pathnameOf(url);
      const prefix = pathnameOf(url.slice(0, id[1] + '/proxy'.length));
      expect(pathname.startsWith(prefix)).toBe(true);
      const sent = new URL(url, 'http://h').pathname;
      expect(sent.startsWith(prefix)).toBe(true);
      // Everything is already encoded: the browser sends the path byte for byte.
      expect(sent).toBe(pathname);
    });
  });
});

describe('buildProxyUrl: refusals', () => {
  describe.each(refusals)('$row', ({ input, code, field }) => {
    it(`is refused with ${code} on ${field}`, () => {
      const r = safeBuildProxyUrl(input);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.diagnostics).toContainEqual(expect.objectContaining({ code, field }));
    });

    it('buildProxyUrl throws ProxyUrlError with the same diagnostics', () => {
      const r = safeBuildProxyUrl(input);
      const error = thrown(() => buildProxyUrl(input));
      expect(error).toBeInstanceOf(ProxyUrlError);
      expect(error).toBeInstanceOf(Error);
      if (!(error instanceof ProxyUrlError) || r.ok) return;
      expect(error.diagnostics).toStrictEqual(r.diagnostics);
    });

    it('reports errors only, each at 0..0 with a field, one per code', () => {
      const r = safeBuildProxyUrl(input);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      for (const d of r.diagnostics) {
        expect(d).toMatchObject({ start: 0, end: 0, severity: 'error' });
        expect(d.field).toBeTypeOf('string');
        expect(d.message).toMatch(/\S/);
        expect(d.fix).toBeUndefined();
      }
      const codes = r.diagnostics.map((d) => d.code);
      expect(new Set(codes).size).toBe(codes.length);
    });
  });
});

describe('buildProxyUrl throws exactly when safeBuildProxyUrl is not ok', () => {
  const all = [
    ...normalised.map(({ row, input }) => ({ row, input })),
    ...refusals.map(({ row, input }) => ({ row, input })),
  ];
  it.each(all)('$row', ({ input }) => {
    const safe = safeBuildProxyUrl(input);
    const error = thrown(() => buildProxyUrl(input));
    if (safe.ok) {
      expect(error).toBeUndefined();
      expect(buildProxyUrl(input)).toBe(safe.url);
    } else {
      expect(error).toBeInstanceOf(ProxyUrlError);
    }
  });
});

/** The refusal says where the request really goes, and whose cleaning takes it there. */
const escapes: ReadonlyArray<{
  path: string;
  cleaner: 'browser' | 'kubectl proxy';
  where: string;
}> = [
  { path: '../secrets', cleaner: 'browser', where: '/api/v1/namespaces/ns/services/svc/secrets' },
  {
    path: '/x/../../../secrets',
    cleaner: 'browser',
    where: '/api/v1/namespaces/ns/services/secrets',
  },
  { path: '%2e%2e/x', cleaner: 'browser', where: '/api/v1/namespaces/ns/services/svc/x' },
  // Browsers keep these inside (an empty segment absorbs the '..'); kubectl proxy collapses '//' first.
  { path: '//..', cleaner: 'kubectl proxy', where: '/api/v1/namespaces/ns/services/svc' },
  { path: 'a//../..', cleaner: 'kubectl proxy', where: '/api/v1/namespaces/ns/services/svc' },
];

describe('buildProxyUrl: path-escapes-proxy says where the request goes', () => {
  it.each(escapes)('$path → $where ($cleaner)', ({ path, cleaner, where }) => {
    const r = safeBuildProxyUrl(svc({ path }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const d = r.diagnostics.find((x) => x.code === 'path-escapes-proxy');
    expect(d?.message).toContain(JSON.stringify(where));
    expect(d?.message).toContain(cleaner);
  });
});

/** Several faults at once: every field at fault is named, in input order, one per code. */
describe('buildProxyUrl: several faults', () => {
  it('names each field at fault', () => {
    const r = safeBuildProxyUrl({
      base: 'foo',
      namespace: 'Bad',
      name: 'Bad_Name',
      scheme: cast('ftp'),
      port: 0,
      path: '../..',
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const fields = r.diagnostics.map((d) => d.field);
    for (const field of ['base', 'namespace', 'name', 'scheme', 'port', 'path'] as const) {
      expect(fields).toContain(field);
    }
  });
});

describe('buildProxyUrl: a port number needs no rule check', () => {
  // The builder skips checkPort for a number from 1 to 65535, because no rule of checkPort's
  // refuses one: only warnings, which the parser reports on the built URL.
  const resources = ['services', 'pods', 'nodes'] as const;
  const schemes = ['', 'http', 'https'] as const;
  const numbers = [1, 2, 79, 80, 443, 999, 8080, 8443, 10250, 10255, 65534, 65535];
  it.each(resources)('%s: every scheme and port number gives warnings at most', (resource) => {
    const errors: string[] = [];
    for (const scheme of schemes) {
      for (let port = 1; port <= 65535; port++) {
        for (const f of checkPort(resource, scheme, String(port)) ?? []) {
          if (severityOf(f.code) === 'error') errors.push(`${scheme}:${port} ${f.code}`);
        }
      }
    }
    expect(errors).toEqual([]);
  });
  it('and the built URL is what the string port builds', () => {
    for (const resource of resources) {
      for (const port of numbers) {
        const input: ProxyTargetInput = {
          resource,
          name: 'web',
          ...(resource === 'nodes' ? {} : { namespace: 'ns' }),
        };
        expect(safeBuildProxyUrl({ ...input, port })).toEqual(
          safeBuildProxyUrl({ ...input, port: String(port) }),
        );
      }
    }
  });
});
