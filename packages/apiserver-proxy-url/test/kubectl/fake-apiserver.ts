// A loopback HTTP server that answers just enough of the Kubernetes API for the real kubectl:
// discovery (/version, /api, /api/v1, /apis), the `kube-system` Services that
// `kubectl cluster-info` lists, and, when it is given objects, the lists and objects that
// `kubectl get` asks for. Every other request is recorded as it arrived (the raw request target,
// byte for byte), which is how the tests see what `kubectl proxy` forwards.
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
  /** The requests answered from the objects given (lists and single objects), with headers. */
  objectRequests: Recorded[];
  close(): Promise<void>;
}

/** What the fake cluster holds beyond discovery and cluster-info's Services. */
export interface FakeApiserverOptions {
  /**
   * Services, pods and nodes as `kubectl get -o json` prints them (with `kind`): answered to
   * `GET /api/v1/{services,pods,nodes}`, `/api/v1/namespaces/{ns}/{services,pods}` (as
   * `ServiceList`, `PodList`, `NodeList`, in pages when asked with `limit`) and to a GET of one of
   * them by name.
   */
  objects?: ReadonlyArray<Record<string, unknown>>;
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

const RESOURCES: Record<string, string> = { services: 'Service', pods: 'Pod', nodes: 'Node' };

type Json = Record<string, unknown>;
const metadataOf = (o: Json): Json => (o.metadata ?? {}) as Json;

/**
 * The answer to a GET from the objects, as the API server gives it, or undefined for a path that
 * is not a list or an object (a proxy path, say). A list's items carry no `kind` or `apiVersion`
 * (the API server leaves them out; kubectl puts them back); `limit` and `continue` page it.
 */
function fromObjects(
  objects: ReadonlyArray<Json>,
  path: string,
  query: URLSearchParams,
): { status: number; body: object } | undefined {
  const match =
    /^\/api\/v1\/(?:namespaces\/([^/]+)\/(services|pods)|(services|pods|nodes))(?:\/([^/]+))?$/.exec(
      path,
    );
  if (!match) return undefined;
  const [, namespace, namespaced, clusterWide, name] = match;
  const resource = (namespaced ?? clusterWide) as string;
  if (clusterWide === 'services' || clusterWide === 'pods') {
    if (name !== undefined) return undefined; // /api/v1/services/x is not an API path
  }
  const kind = RESOURCES[resource] as string;
  const matching = objects.filter(
    (o) => o.kind === kind && (namespace === undefined || metadataOf(o).namespace === namespace),
  );
  if (name !== undefined) {
    const found = matching.find((o) => metadataOf(o).name === name);
    if (found) return { status: 200, body: found };
    return {
      status: 404,
      body: {
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Failure',
        message: `${resource} "${name}" not found`,
        reason: 'NotFound',
        details: { name, kind: resource },
        code: 404,
      },
    };
  }
  const start = Number(query.get('continue') ?? '0');
  const limit = Number(query.get('limit') ?? '0');
  const end = limit > 0 ? start + limit : matching.length;
  const items = matching.slice(start, end).map(({ kind: _k, apiVersion: _v, ...item }) => item);
  const metadata: Json = { resourceVersion: '1' };
  if (end < matching.length) metadata.continue = String(end);
  return { status: 200, body: { kind: `${kind}List`, apiVersion: 'v1', metadata, items } };
}

function send(res: ServerResponse, status: number, body: object | string): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const type = typeof body === 'string' ? 'text/plain' : 'application/json';
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** Starts the server on 127.0.0.1, on an ephemeral port unless `port` is given. */
export async function startFakeApiserver(
  port = 0,
  options: FakeApiserverOptions = {},
): Promise<FakeApiserver> {
  const recorded: Recorded[] = [];
  const seen: string[] = [];
  const objectRequests: Recorded[] = [];
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
    // cluster-info's selector keeps its own answer below.
    if (method === 'GET' && options.objects && !query.has('labelSelector')) {
      const answer = fromObjects(options.objects, path, query);
      if (answer) {
        objectRequests.push({ method, url, headers: req.headers });
        return send(res, answer.status, answer.body);
      }
    }
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
    objectRequests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
