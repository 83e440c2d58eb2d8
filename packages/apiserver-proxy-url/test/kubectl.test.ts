// The library against the real kubectl (/usr/bin/kubectl, v1.32), talking to a fake API server on
// loopback (test/kubectl/fake-apiserver.ts):
// - `kubectl cluster-info`: parseClusterInfo and the command line recover every Service, scheme
//   and port that kubectl meant, also behind a gateway prefix;
// - `kubectl proxy --port=0`: built URLs reach the API server byte for byte as built, and the
//   parser's `kubectl-proxy-rejects-path` / `-host` warnings agree with what kubectl proxy refuses
//   (403), both ways;
// - `kubectl get --raw`: the snippet toKubectlGetRaw writes runs and reaches the same request.
// A machine without kubectl fails here with a message saying so: these tests are never skipped.
import { writeFile } from 'node:fs/promises';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ClusterInfoEntry,
  type IdScheme,
  type ProxyTargetInput,
  parseClusterInfo,
  parseProxyUrl,
  rebaseProxyUrl,
  safeBuildProxyUrl,
  toKubectlGetRaw,
} from '../src/index.js';
import { targetArb } from './arbitraries.js';
import {
  type FakeApiserver,
  fixtureServices,
  GATEWAY_PREFIX,
  type Recorded,
  startFakeApiserver,
} from './kubectl/fake-apiserver.js';
import {
  findKubectl,
  get,
  type KubectlEnv,
  type KubectlProxy,
  kubectlEnv,
  type Run,
  run,
  startKubectlProxy,
} from './kubectl/kubectl.js';
import { readmeCommands } from './readme-console.js';
import { assertBuilt, cli } from './run-cli.js';

let server: FakeApiserver;
let kube: KubectlEnv;
let proxy: KubectlProxy;
/** `kubectl proxy --api-prefix=/custom/`: a door with a path prefix. */
let prefixed: KubectlProxy;

beforeAll(async () => {
  const kubectl = await findKubectl(); // throws "kubectl not found ..." on a machine without it
  await assertBuilt();
  server = await startFakeApiserver();
  kube = await kubectlEnv(kubectl, server.url);
  [proxy, prefixed] = await Promise.all([
    startKubectlProxy(kubectl, kube.env),
    startKubectlProxy(kubectl, kube.env, ['--api-prefix=/custom/']),
  ]);
}, 90_000);

afterAll(async () => {
  await Promise.all([proxy?.stop(), prefixed?.stop()]);
  await server?.close();
  await kube?.cleanup();
});

/** Sends one request through a kubectl proxy and returns it with what reached the API server. */
let probe = 0;
async function through(
  door: KubectlProxy,
  target: string,
  host?: string,
): Promise<{ status: number; arrived: Recorded | undefined }> {
  const id = String(++probe);
  const headers: Record<string, string> = { 'x-probe': id };
  if (host !== undefined) headers.host = host;
  const { status } = await get(door.port, target, headers);
  return { status, arrived: server.recorded.find((r) => r.headers['x-probe'] === id) };
}

/** The request target a client sends for a URL: from the first '/' after the authority, no fragment. */
function requestTarget(url: string, base: string): string {
  const rest = url.slice(base.length);
  const hash = rest.indexOf('#');
  return hash < 0 ? rest : rest.slice(0, hash);
}

// ---------------------------------------------------------------------------------------------
// kubectl cluster-info

interface ExpectedService {
  /** Why this Service is in the fixture. */
  why: string;
  /** What kubectl prints before "is running at": the kubernetes.io/name label, or the name. */
  shown: string;
  service: string;
  /** The id kubectl writes: `[https:]name[:first port's name]`. */
  id: string;
  scheme: IdScheme;
  port: string;
}

const expectedServices: ExpectedService[] = [
  {
    why: 'an unnamed port 80',
    shown: 'plain',
    service: 'plain',
    id: 'plain',
    scheme: '',
    port: '',
  },
  {
    why: 'the first port named dns, a kubernetes.io/name label',
    shown: 'CoreDNS',
    service: 'kube-dns',
    id: 'kube-dns:dns',
    scheme: '',
    port: 'dns',
  },
  {
    why: 'an unnamed 443: https guessed, so the trailing colon',
    shown: 'secure',
    service: 'secure',
    id: 'https:secure:',
    scheme: 'https',
    port: '',
  },
  {
    why: 'a port named https',
    shown: 'kubernetes-dashboard',
    service: 'kubernetes-dashboard',
    id: 'https:kubernetes-dashboard:https',
    scheme: 'https',
    port: 'https',
  },
  {
    why: 'a port named web on 443',
    shown: 'Metrics',
    service: 'metrics',
    id: 'https:metrics:web',
    scheme: 'https',
    port: 'web',
  },
  {
    why: 'an unnamed first port before a named one',
    shown: 'elasticsearch-logging',
    service: 'elasticsearch-logging',
    id: 'elasticsearch-logging',
    scheme: '',
    port: '',
  },
  {
    why: 'no ports at all',
    shown: 'external',
    service: 'external',
    id: 'external',
    scheme: '',
    port: '',
  },
];

interface ExpectedLink {
  shown: string;
  url: string;
}

/** Load balancers: one `http://<ip or hostname>:<port>` per port, not proxy URLs. */
const expectedLinks: ExpectedLink[] = [
  { shown: 'ingress', url: 'http://127.0.0.9:80' },
  { shown: 'ingress', url: 'http://127.0.0.9:443' },
  { shown: 'edge', url: 'http://edge.localhost:8080' },
];

interface Door {
  name: string;
  /** The kubeconfig's server: the API server, or a gateway prefix in front of it. */
  server: () => string;
}

const doors: Door[] = [
  { name: 'the API server itself', server: () => server.url },
  { name: `a gateway prefix (${GATEWAY_PREFIX})`, server: () => `${server.url}${GATEWAY_PREFIX}` },
];

describe.each(doors)('kubectl cluster-info, kubeconfig server = $name', (door) => {
  let output: Run;
  let entries: ClusterInfoEntry[];
  const entryOf = (name: string): ClusterInfoEntry | undefined =>
    entries.find((e) => e.name === name);

  beforeAll(async () => {
    const env = await kube.withServer(door.server());
    output = await run(kube.kubectl, ['cluster-info'], { env });
    entries = parseClusterInfo(output.stdout);
  }, 60_000);

  it('runs, and asks the API server for the cluster-service Services of kube-system', () => {
    expect(output.code, output.stderr).toBe(0);
    const prefix = door.server().slice(server.url.length);
    expect(server.seen).toContain(
      `GET ${prefix}/api/v1/namespaces/kube-system/services?labelSelector=kubernetes.io%2Fcluster-service%3Dtrue`,
    );
  });

  it('gives one entry per link, in the order kubectl prints them', () => {
    expect(fixtureServices.length).toBe(expectedServices.length + 2);
    expect(entries.map((e) => [e.name, e.target === null])).toEqual([
      ['Kubernetes control plane', true],
      ...expectedServices.map((s) => [s.shown, false]),
      ...expectedLinks.map((l) => [l.shown, true]),
    ]);
  });

  it("is what the README shows (the API server's port read as 6443)", () => {
    const shown = readmeCommands().find((c) => c.command === 'kubectl cluster-info');
    const port = server.url.slice(server.url.lastIndexOf(':') + 1);
    const printed = output.stdout.split(`127.0.0.1:${port}`).join('127.0.0.1:6443');
    const prefix = door.server().slice(server.url.length);
    expect(printed).toBe(shown?.output.split('127.0.0.1:6443').join(`127.0.0.1:6443${prefix}`));
  });

  it('reads the control plane line as a link, not an error', () => {
    expect(entries[0]).toEqual({
      name: 'Kubernetes control plane',
      url: door.server(),
      target: null,
      diagnostics: [],
    });
  });

  it.each(expectedServices)('recovers $shown: $why', (s) => {
    const e = entryOf(s.shown);
    expect(e?.url).toBe(`${door.server()}/api/v1/namespaces/kube-system/services/${s.id}/proxy`);
    expect(e?.target).toEqual({
      base: door.server(),
      resource: 'services',
      namespace: 'kube-system',
      scheme: s.scheme,
      name: s.service,
      port: s.port,
      path: '',
      query: '',
      fragment: '',
    });
    expect(e?.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // kubectl prints links without the slash: the parser says so, with the fix.
    const slash = e?.diagnostics.find((d) => d.code === 'missing-trailing-slash');
    expect(slash?.fix).toBe(`${e?.url}/`);
  });

  it.each(expectedLinks)('reads the load balancer link $url as a link', (l) => {
    expect(entries.filter((e) => e.url === l.url)).toEqual([
      { name: l.shown, url: l.url, target: null, diagnostics: [] },
    ]);
  });

  it('the command line prints the same entries as JSON, from stdin and from a file', async () => {
    const fromStdin = await cli(['cluster-info', '--json'], { input: output.stdout });
    expect(fromStdin.code, fromStdin.stderr).toBe(0);
    expect(JSON.parse(fromStdin.stdout)).toEqual(JSON.parse(JSON.stringify(entries)));
    const file = `${kube.dir}/cluster-info.txt`;
    await writeFile(file, output.stdout);
    const fromFile = await cli(['cluster-info', file, '--json']);
    expect(fromFile.stdout).toBe(fromStdin.stdout);
  });

  it('the command line report shows each Service with its parts', async () => {
    const report = await cli(['cluster-info'], { input: output.stdout });
    expect(report.code, report.stderr).toBe(0);
    for (const s of expectedServices) {
      const block = report.stdout.split('\n\n').find((b) => b.startsWith(`${s.shown}\n`));
      expect(block, s.shown).toBeDefined();
      expect(block).toContain(`    name       ${s.service}\n`);
      expect(block).toContain(`    scheme     ${s.scheme || '(none: http)'}\n`);
      expect(block).toContain(`    port       ${s.port || "(none: the Service's unnamed port)"}\n`);
    }
    expect(report.stdout).toContain(
      `${expectedServices.length + 1 + expectedLinks.length} links: ${expectedServices.length} proxy URLs (0 with errors)`,
    );
  });

  it('`cluster-info --links kubectl-proxy` prints each Service as kubectl would, and each reaches it through the real kubectl proxy', async () => {
    const links = await cli(['cluster-info', '--links', 'kubectl-proxy'], { input: output.stdout });
    expect({ code: links.code, stderr: links.stderr }).toEqual({ code: 0, stderr: '' });
    const KUBECTL_PROXY = 'http://localhost:8001';
    expect(links.stdout).toBe(
      expectedServices
        .map(
          (s) =>
            `${s.shown} is running at ${KUBECTL_PROXY}/api/v1/namespaces/kube-system/services/${s.id}/proxy\n`,
        )
        .join(''),
    );
    // The default port 8001 may be taken: the proxy of this test listens on its own port.
    for (const e of parseClusterInfo(links.stdout)) {
      const { status, arrived } = await through(proxy, requestTarget(e.url, KUBECTL_PROXY));
      expect(status, e.url).toBeLessThan(400);
      expect(arrived?.url).toBe(requestTarget(e.url, KUBECTL_PROXY));
    }
  });

  it('each proxy link, slash added and rebased onto kubectl proxy, reaches its Service', async () => {
    for (const s of expectedServices) {
      const e = entryOf(s.shown) as ClusterInfoEntry;
      const url = rebaseProxyUrl(`${e.url}/`, proxy.url);
      expect(url).toBe(`${proxy.url}/api/v1/namespaces/kube-system/services/${s.id}/proxy/`);
      const { status, arrived } = await through(proxy, requestTarget(url, proxy.url));
      expect(status).toBe(200);
      expect(arrived?.url).toBe(`/api/v1/namespaces/kube-system/services/${s.id}/proxy/`);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// kubectl proxy: what arrives

interface ForwardCase {
  why: string;
  input: Omit<ProxyTargetInput, 'base'>;
}

const forwardCases: ForwardCase[] = [
  {
    why: "the docs' Elasticsearch search",
    input: {
      namespace: 'kube-system',
      name: 'elasticsearch-logging',
      path: '_search',
      query: 'q=user:kimchy',
    },
  },
  {
    why: 'https to the unnamed port (the trailing colon)',
    input: {
      namespace: 'kube-system',
      name: 'elasticsearch-logging',
      scheme: 'https',
      path: '_cluster/health',
      query: { pretty: 'true' },
    },
  },
  {
    why: 'a named Service port',
    input: { namespace: 'kube-system', name: 'kube-dns', port: 'dns' },
  },
  {
    why: 'a URL that ends exactly at /proxy',
    input: { namespace: 'kube-system', name: 'kube-dns', port: 'dns', path: '' },
  },
  {
    why: 'https and port 443',
    input: {
      namespace: 'kubernetes-dashboard',
      name: 'kubernetes-dashboard',
      scheme: 'https',
      port: 443,
    },
  },
  {
    why: 'a pod port',
    input: {
      resource: 'pods',
      namespace: 'kmesh-system',
      name: 'kmesh-daemon-abc12',
      port: 15200,
      path: 'accesslog',
      query: 'enable=true',
    },
  },
  {
    why: 'a node at the kubelet port',
    input: {
      resource: 'nodes',
      name: 'node-1',
      scheme: 'https',
      port: 10250,
      path: 'stats/summary',
    },
  },
  {
    why: 'Prometheus: /api/v1 inside the proxied path',
    input: {
      namespace: 'monitoring',
      name: 'prometheus',
      port: 9090,
      path: '/api/v1/query',
      query: { query: 'up{job="api"}' },
    },
  },
  {
    why: 'space, é, |, ^, ", < and backslash, encoded',
    input: { namespace: 'ns', name: 'svc', path: 'a b/é|^"<\\x' },
  },
  {
    why: "pchar kept as is: sub-delims, ':' and '@'",
    input: { namespace: 'ns', name: 'svc', path: "it's(1)!*+,;=:@$&~" },
  },
  {
    why: '%2F and %3F kept as written',
    input: { namespace: 'ns', name: 'my-service', port: 9090, path: 'api%2Fquery%3Fq%3Dx' },
  },
  { why: 'lower-case escapes kept', input: { namespace: 'ns', name: 'svc', path: 'caf%c3%a9' } },
  {
    why: 'a stray % written %25',
    input: { namespace: 'ns', name: 'svc', path: '100%', query: 'x=%zz' },
  },
  {
    why: 'dot segments resolved before sending',
    input: { namespace: 'ns', name: 'svc', path: 'a/./b/../c/' },
  },
  {
    why: 'a query record with arrays, spaces and &',
    input: { namespace: 'ns', name: 'svc', query: { a: ['1', '2'], 'b c': 'd&e' } },
  },
  {
    why: 'a fragment, which stays in the client',
    input: { namespace: 'ns', name: 'svc', path: 'x', fragment: 'top' },
  },
  { why: 'a Service name with a leading digit', input: { namespace: 'ns', name: '9lives' } },
  {
    why: "Rancher's Grafana link with an explicit http",
    input: {
      namespace: 'cattle-monitoring-system',
      name: 'rancher-monitoring-grafana',
      scheme: 'http',
      port: 80,
      path: 'd/rancher-node-1/rancher-node',
      query: 'orgId=1',
    },
  },
];

describe('kubectl proxy --port=0 forwards built URLs byte for byte', () => {
  it.each(forwardCases)('$why', async ({ input }) => {
    const url = safeBuildProxyUrl({ ...input, base: proxy.url });
    if (!url.ok) throw new Error(JSON.stringify(url.diagnostics));
    const target = requestTarget(url.url, proxy.url);
    const { status, arrived } = await through(proxy, target);
    expect(status).toBe(200);
    expect(arrived?.url).toBe(target);
  });

  it('the same URL, rebased onto another kubectl proxy, arrives the same', async () => {
    const original = `https://104.197.5.247/api/v1/namespaces/kube-system/services/elasticsearch-logging/proxy/_search?q=user:kimchy`;
    const url = rebaseProxyUrl(original, proxy.url);
    const { status, arrived } = await through(proxy, requestTarget(url, proxy.url));
    expect(status).toBe(200);
    expect(arrived?.url).toBe(requestTarget(original, 'https://104.197.5.247'));
  });
});

/** kubectl proxy answers 301 when Go's request router would clean the (escaped) path. */
function goRedirects(target: string): boolean {
  const q = target.indexOf('?');
  const segments = (q < 0 ? target : target.slice(0, q)).split('/').slice(1, -1);
  return segments.some((s) => s === '' || s === '.' || s === '..');
}

describe('kubectl proxy, property: what the parser predicts is what happens', () => {
  it('a valid built URL is refused (403) exactly when the parser warns, redirected when Go cleans it, else forwarded byte for byte', async () => {
    await fc.assert(
      fc.asyncProperty(targetArb('valid'), async ({ input }) => {
        const built = safeBuildProxyUrl({ ...input, base: proxy.url });
        fc.pre(built.ok);
        if (!built.ok) return;
        const target = requestTarget(built.url, proxy.url);
        const codes = parseProxyUrl(built.url).diagnostics.map((d) => d.code);
        const { status, arrived } = await through(proxy, target);
        if (codes.includes('kubectl-proxy-rejects-path')) {
          expect(status).toBe(403);
        } else if (goRedirects(target)) {
          expect(status).toBe(301);
        } else {
          expect(status).toBe(200);
          expect(arrived?.url).toBe(target);
        }
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});

// ---------------------------------------------------------------------------------------------
// kubectl proxy: what it refuses

interface RejectCase {
  why: string;
  /** What follows the door (`http://127.0.0.1:<port>`, or `.../custom` for the prefixed one). */
  path: string;
  rejected: boolean;
  door?: 'prefixed';
}

const rejectCases: RejectCase[] = [
  {
    why: 'the default --reject-paths',
    path: '/api/v1/namespaces/ns/pods/p/proxy/exec',
    rejected: true,
  },
  {
    why: 'not anchored at the end: /executor',
    path: '/api/v1/namespaces/ns/pods/p/proxy/executor',
    rejected: true,
  },
  { why: 'attach', path: '/api/v1/namespaces/ns/pods/p/proxy/attach', rejected: true },
  {
    why: 'a pod port, then /attachments',
    path: '/api/v1/namespaces/ns/pods/p:8080/proxy/attachments/1',
    rejected: true,
  },
  {
    why: 'a Service whose backend path holds /pods/ and /exec',
    path: '/api/v1/namespaces/ns/services/s/proxy/pods/x/exec',
    rejected: true,
  },
  {
    why: 'a node whose backend path holds /pods/ and /exec',
    path: '/api/v1/nodes/n/proxy/pods/x/exec',
    rejected: true,
  },
  {
    why: 'a Service named pods',
    path: '/api/v1/namespaces/ns/services/pods/proxy/exec',
    rejected: true,
  },
  {
    why: 'a namespace named pods',
    path: '/api/v1/namespaces/pods/services/s/proxy/attach',
    rejected: true,
  },
  {
    why: 'namespace pods and a pod named exec-pod: no path needed',
    path: '/api/v1/namespaces/pods/pods/exec-pod/proxy/',
    rejected: true,
  },
  {
    why: 'matched on the decoded path: %65xec',
    path: '/api/v1/namespaces/ns/pods/p/proxy/%65xec',
    rejected: true,
  },
  {
    why: 'matched on the decoded path: a%2Fexec',
    path: '/api/v1/namespaces/ns/pods/p/proxy/a%2Fexec',
    rejected: true,
  },
  {
    why: 'with a query after /exec',
    path: '/api/v1/namespaces/ns/pods/p/proxy/exec?command=ls',
    rejected: true,
  },
  {
    why: 'a pod named exec: its slash belongs to /pods/',
    path: '/api/v1/namespaces/ns/pods/exec/proxy/',
    rejected: false,
  },
  {
    why: 'a pod named executor',
    path: '/api/v1/namespaces/ns/pods/executor/proxy/metrics',
    rejected: false,
  },
  { why: 'case matters: /EXEC', path: '/api/v1/namespaces/ns/pods/p/proxy/EXEC', rejected: false },
  {
    why: 'the query is not matched',
    path: '/api/v1/namespaces/ns/pods/p/proxy/run?cmd=/exec',
    rejected: false,
  },
  {
    why: 'a Service path with /exec but no /pods/',
    path: '/api/v1/namespaces/ns/services/s/proxy/exec',
    rejected: false,
  },
  { why: 'a node path /exec', path: '/api/v1/nodes/n/proxy/exec', rejected: false },
  {
    why: 'decoded once only: ex%2565c',
    path: '/api/v1/namespaces/ns/pods/p/proxy/ex%2565c',
    rejected: false,
  },
  { why: "a pod's own root", path: '/api/v1/namespaces/ns/pods/p:8080/proxy/', rejected: false },
  {
    why: '--api-prefix=/custom/: matched after the prefix',
    path: '/api/v1/namespaces/ns/pods/p/proxy/exec',
    rejected: true,
    door: 'prefixed',
  },
  {
    why: '--api-prefix=/custom/: unanchored after the prefix',
    path: '/api/v1/namespaces/ns/services/s/proxy/pods/x/attach',
    rejected: true,
    door: 'prefixed',
  },
  {
    why: '--api-prefix=/custom/: a plain pod path',
    path: '/api/v1/namespaces/ns/pods/p/proxy/logs',
    rejected: false,
    door: 'prefixed',
  },
];

describe('kubectl-proxy-rejects-path agrees with kubectl proxy --reject-paths (default)', () => {
  it.each(rejectCases)('$why: rejected $rejected', async ({ path, rejected, door }) => {
    const via = door === 'prefixed' ? prefixed : proxy;
    const base = door === 'prefixed' ? `${via.url}/custom` : via.url;
    const url = `${base}${path}`;
    const warned = parseProxyUrl(url).diagnostics.some(
      (d) => d.code === 'kubectl-proxy-rejects-path',
    );
    const { status, arrived } = await through(via, url.slice(via.url.length));
    expect({ warned, status }).toEqual({ warned: rejected, status: rejected ? 403 : 200 });
    expect(arrived === undefined).toBe(rejected);
  });

  it('property: over paths made of proxy words, the warning and the 403 always agree', async () => {
    const word = fc.constantFrom(
      'pods',
      'exec',
      'attach',
      'api',
      'v1',
      'proxy',
      'x',
      'executor',
      '%65xec',
      'a%2Fexec',
      'podsexec',
      'pods%2Fx',
    );
    const prefix = fc.constantFrom(
      '/api/v1/namespaces/ns/pods/p/proxy',
      '/api/v1/namespaces/pods/services/s/proxy',
      '/api/v1/namespaces/ns/services/s/proxy',
      '/api/v1/nodes/n/proxy',
      '/api/v1/namespaces/ns/pods/exec/proxy',
    );
    await fc.assert(
      fc.asyncProperty(prefix, fc.array(word, { maxLength: 5 }), async (start, words) => {
        const path = `${start}/${words.join('/')}`;
        const warned = parseProxyUrl(`${proxy.url}${path}`).diagnostics.some(
          (d) => d.code === 'kubectl-proxy-rejects-path',
        );
        const { status } = await through(proxy, path);
        expect(status).toBe(warned ? 403 : 200);
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});

interface HostCase {
  host: string;
  rejected: boolean;
  why: string;
  /** The Host header without a port (a URL on port 80). */
  noPort?: true;
}

const hostCases: HostCase[] = [
  { host: 'localhost', rejected: false, why: 'accepted by name' },
  { host: '127.0.0.1', rejected: false, why: 'accepted by address' },
  { host: '[::1]', rejected: true, why: 'compared without its brackets, so never matched' },
  { host: '127.0.0.2', rejected: true, why: 'loopback, but not in --accept-hosts' },
  { host: '127.1.2.3', rejected: true, why: 'loopback, but not in --accept-hosts' },
  { host: '[::1]', rejected: false, why: 'without a port, matched as written', noPort: true },
  { host: 'localhost', rejected: false, why: 'without a port', noPort: true },
];

describe('kubectl-proxy-rejects-host agrees with kubectl proxy --accept-hosts (default)', () => {
  it.each(hostCases)('$host: $why', async ({ host, rejected, noPort }) => {
    const authority = noPort ? host : `${host}:${proxy.port}`;
    const path = '/api/v1/namespaces/ns/services/s:80/proxy/';
    const warned = parseProxyUrl(`http://${authority}${path}`).diagnostics.some(
      (d) => d.code === 'kubectl-proxy-rejects-host',
    );
    const { status } = await through(proxy, path, authority);
    expect({ warned, status }).toEqual({ warned: rejected, status: rejected ? 403 : 200 });
  });
});

// ---------------------------------------------------------------------------------------------
// Doors with a prefix, and kubectl get --raw: kubectl re-encodes on the way

interface ReencodedCase {
  why: string;
  /** A path-only URL, rebased onto the door. */
  url: string;
  /** What reaches the API server. */
  arrives: string;
}

const prefixedCases: ReencodedCase[] = [
  {
    why: 'a plain URL arrives as written',
    url: '/api/v1/namespaces/ns/services/svc:80/proxy/metrics?q=user:kimchy',
    arrives: '/api/v1/namespaces/ns/services/svc:80/proxy/metrics?q=user:kimchy',
  },
  {
    why: '%2F is decoded (kubectl strips the prefix from the decoded path)',
    url: '/api/v1/namespaces/ns/services/svc/proxy/api%2Fquery',
    arrives: '/api/v1/namespaces/ns/services/svc/proxy/api/query',
  },
  {
    why: "sub-delims Go escapes are escaped: ' ( ) !",
    url: "/api/v1/namespaces/ns/services/svc/proxy/it's(1)!",
    arrives: '/api/v1/namespaces/ns/services/svc/proxy/it%27s%281%29%21',
  },
];

describe('kubectl proxy --api-prefix=/custom/ (a door with a prefix)', () => {
  it.each(prefixedCases)('$why', async ({ url, arrives }) => {
    const rebased = rebaseProxyUrl(url, `${prefixed.url}/custom/`);
    expect(rebased).toBe(`${prefixed.url}/custom${url}`);
    const { status, arrived } = await through(prefixed, requestTarget(rebased, prefixed.url));
    expect(status).toBe(200);
    expect(arrived?.url).toBe(arrives);
  });
});

const getRawCases: ReencodedCase[] = [
  {
    why: "the docs' search: kubectl encodes ':' in the query",
    url: 'https://104.197.5.247/api/v1/namespaces/kube-system/services/elasticsearch-logging/proxy/_search?q=user:kimchy',
    arrives:
      '/api/v1/namespaces/kube-system/services/elasticsearch-logging/proxy/_search?q=user%3Akimchy',
  },
  {
    why: 'https to the unnamed port; the fragment left out',
    url: 'http://localhost:8001/api/v1/namespaces/kube-system/services/https:elasticsearch-logging:/proxy/_cluster/health?pretty=true#top',
    arrives:
      '/api/v1/namespaces/kube-system/services/https:elasticsearch-logging:/proxy/_cluster/health?pretty=true',
  },
  {
    why: 'a gateway prefix is dropped: kubectl adds its own server',
    url: '/clusters/main/api/v1/namespaces/opencost/services/http:opencost:9003/proxy/model/allocation/compute?window=24h',
    arrives:
      '/api/v1/namespaces/opencost/services/http:opencost:9003/proxy/model/allocation/compute?window=24h',
  },
  {
    why: "a path with a quote and %2F: kubectl decodes and re-encodes, the shell keeps the '",
    url: "/api/v1/nodes/node-1/proxy/logs/it's%2Fhere?b=2&a=1",
    arrives: '/api/v1/nodes/node-1/proxy/logs/it%27s/here?a=1&b=2',
  },
];

describe('toKubectlGetRaw, run by a shell with the real kubectl', () => {
  it.each(getRawCases)('$why', async ({ url, arrives }) => {
    const snippet = toKubectlGetRaw(url);
    const before = server.recorded.length;
    const result = await run('/bin/sh', ['-c', snippet], { env: kube.env });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(`recorded ${arrives}`);
    expect(server.recorded.slice(before).map((r) => r.url)).toEqual([arrives]);
  });
});

describe('without kubectl', () => {
  it('the run fails with a message that says what is missing and how to fix it', async () => {
    await expect(
      findKubectl({ at: '/nonexistent/kubectl', path: '/nonexistent/bin' }),
    ).rejects.toThrow(/^kubectl not found at \/nonexistent\/kubectl or on PATH: .*Install kubectl/);
  });

  it('finds the kubectl these tests run', async () => {
    await expect(findKubectl()).resolves.toMatch(/kubectl$/);
  });
});
