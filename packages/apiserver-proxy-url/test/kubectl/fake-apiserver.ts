// A loopback HTTP server that answers just enough of the Kubernetes API for the real kubectl:
// discovery (/version, /api, /api/v1, /apis) and the `kube-system` Services that
// `kubectl cluster-info` lists. Every other request is recorded as it arrived (the raw request
// target, byte for byte), which is how the tests see what `kubectl proxy` forwards.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the server did not answer from its fixtures. */
export interface Recorded {
  method: string;
  /** The request target exactly as received: path and query, still percent-encoded. */
  url: string;
  headers: IncomingHttpHeaders;
}

export interface FakeApiserver {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** Every request not answered from the fixtures, in arrival order. */
  recorded: Recorded[];
  /** Every request, discovery included: `METHOD target`. */
  seen: string[];
  close(): Promise<void>;
}

/**
 * The path prefix of a gateway in front of the API server (Rancher's form). Discovery and lists
 * are answered under it too, so a kubeconfig whose server carries it works.
 */
export const GATEWAY_PREFIX = '/k8s/clusters/c-25hs9';

/** A `kubernetes.io/cluster-service=true` Service in `kube-system`. */
export interface FixtureService {
  name: string;
  /** The `kubernetes.io/name` label, which kubectl cluster-info prints instead of the name. */
  label?: string;
  ports: Array<{ name?: string; port: number; protocol?: 'TCP' | 'UDP' }>;
  /** A load balancer's ingress: kubectl prints `http://<ip or hostname>:<port>` per port. */
  ingress?: { ip?: string; hostname?: string };
}

/**
 * The Services of the fake cluster, with varied first ports: kubectl builds each proxy link from
 * the first port only (its name, and `https` when it is named `https` or is 443).
 */
export const fixtureServices: FixtureService[] = [
  { name: 'plain', ports: [{ port: 80 }] },
  {
    name: 'kube-dns',
    label: 'CoreDNS',
    ports: [
      { name: 'dns', port: 53, protocol: 'UDP' },
      { name: 'dns-tcp', port: 53 },
    ],
  },
  { name: 'secure', ports: [{ port: 443 }] },
  { name: 'kubernetes-dashboard', ports: [{ name: 'https', port: 8443 }] },
  { name: 'metrics', label: 'Metrics', ports: [{ name: 'web', port: 443 }] },
  { name: 'elasticsearch-logging', ports: [{ port: 9200 }, { name: 'transport', port: 9300 }] },
  { name: 'external', ports: [] },
  {
    name: 'ingress',
    ports: [
      { name: 'http', port: 80 },
      { name: 'https', port: 443 },
    ],
    ingress: { ip: '127.0.0.9' },
  },
  { name: 'edge', ports: [{ port: 8080 }], ingress: { hostname: 'edge.localhost' } },
];

function service(s: FixtureService): object {
  return {
    metadata: {
      name: s.name,
      namespace: 'kube-system',
      labels: {
        'kubernetes.io/cluster-service': 'true',
        ...(s.label ? { 'kubernetes.io/name': s.label } : {}),
      },
    },
    spec: {
      type: s.ingress ? 'LoadBalancer' : 'ClusterIP',
      ports: s.ports.map((p) => ({
        ...(p.name ? { name: p.name } : {}),
        port: p.port,
        protocol: p.protocol ?? 'TCP',
      })),
    },
    status: { loadBalancer: s.ingress ? { ingress: [s.ingress] } : {} },
  };
}

// Discovery in its plain (not aggregated) form: kubectl 1.32 asks for aggregated discovery first
// and falls back to this when the answer is plain JSON.
const discovery: Record<string, object> = {
  '/version': {
    major: '1',
    minor: '32',
    gitVersion: 'v1.32.4',
    platform: 'linux/amd64',
  },
  '/api': {
    kind: 'APIVersions',
    versions: ['v1'],
    serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '127.0.0.1:6443' }],
  },
  '/apis': { kind: 'APIGroupList', apiVersion: 'v1', groups: [] },
  '/api/v1': {
    kind: 'APIResourceList',
    groupVersion: 'v1',
    resources: [
      ['services', 'Service', 'svc'],
      ['pods', 'Pod', 'po'],
      ['nodes', 'Node', 'no'],
    ].map(([name, kind, short]) => ({
      name,
      singularName: kind?.toLowerCase(),
      namespaced: name !== 'nodes',
      kind,
      verbs: ['get', 'list'],
      shortNames: [short],
    })),
  },
};

function send(res: ServerResponse, status: number, body: object | string): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const type = typeof body === 'string' ? 'text/plain' : 'application/json';
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** Starts the server on 127.0.0.1, on an ephemeral port unless `port` is given. */
export async function startFakeApiserver(port = 0): Promise<FakeApiserver> {
  const recorded: Recorded[] = [];
  const seen: string[] = [];
  const server = createServer((req, res) => {
    const url = req.url ?? '';
    const method = req.method ?? 'GET';
    seen.push(`${method} ${url}`);
    const q = url.indexOf('?');
    let path = q < 0 ? url : url.slice(0, q);
    if (path.startsWith(`${GATEWAY_PREFIX}/`)) path = path.slice(GATEWAY_PREFIX.length);
    const query = new URLSearchParams(q < 0 ? '' : url.slice(q + 1));
    const known = discovery[path];
    if (method === 'GET' && known) return send(res, 200, known);
    if (method === 'GET' && path === '/api/v1/namespaces/kube-system/services') {
      // Only kubectl cluster-info's own selector gets the Services: a wrong one shows as missing.
      const matches = query.get('labelSelector') === 'kubernetes.io/cluster-service=true';
      return send(res, 200, {
        kind: 'ServiceList',
        apiVersion: 'v1',
        metadata: { resourceVersion: '1' },
        items: matches ? fixtureServices.map(service) : [],
      });
    }
    recorded.push({ method, url, headers: req.headers });
    req.resume();
    send(res, 200, `recorded ${url}`);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    recorded,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
