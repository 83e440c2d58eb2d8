// The benchmarks' inputs: realistic proxy targets (services, pods, nodes, prefixed bases, queries)
// and the URLs the builder makes of them. Seeded, so every run measures the same inputs.

import { buildProxyUrl } from '../dist/index.js';

/**
 * mulberry32: a small seeded PRNG, so every run benchmarks the same URLs.
 * @param {number} seed
 * @returns {() => number} uniform in [0, 1)
 */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(0x6b756265); // 'kube'
/**
 * @template T
 * @param {readonly T[]} items
 * @returns {T}
 */
const pick = (items) => /** @type {T} */ (items[Math.floor(random() * items.length)]);
/** @param {number} p */
const chance = (p) => random() < p;

const BASES = [
  '',
  'http://localhost:8001',
  'https://104.197.5.247',
  'https://rancher.example/k8s/clusters/c-25hs9',
  '/clusters/main',
  'http://localhost:7007/api/kubernetes/proxy',
];
const NAMESPACES = [
  'default',
  'kube-system',
  'monitoring',
  'cattle-monitoring-system',
  'kubernetes-dashboard',
  'logging',
  'team-a',
];
const SERVICES = [
  'elasticsearch-logging',
  'kube-dns',
  'kubernetes-dashboard',
  'grafana',
  'prometheus-k8s',
  'rancher-monitoring-grafana',
  'alertmanager-main',
  'kibana-logging',
  'heapster',
  'web',
];
const SERVICE_PORTS = ['http', 'https', 'web', 'metrics', 'dns', 'grafana'];
const NUMERIC_PORTS = [80, 443, 3000, 8080, 8443, 9090, 9093, 9200, 5601, 10250];
const PODS = [
  'web-7d9c5b8f6-x2k4p',
  'grafana-5c9f8d7b6-qwz8r',
  'prometheus-k8s-0',
  'elasticsearch-logging-1',
  'coredns-787d4945fb-lk2jz',
  'nginx',
];
const NODES = [
  'rancher-node-1',
  'gke-main-default-pool-1a2b3c4d-xk9z',
  'ip-10-0-1-23.ec2.internal',
  'minikube',
  'kind-control-plane',
  'worker-2',
];
const PATHS = [
  '/',
  '/',
  '/_search',
  '/api/v1/query',
  '/api/v1/query_range',
  '/d/rancher-node-1/rancher-node',
  '/stats/summary',
  '/metrics',
  '/healthz',
  '/_cat/indices',
  '/app/kibana',
  '/#!/overview',
  'metrics',
  '',
  undefined,
];
const NODE_PATHS = ['/stats/summary', '/metrics', '/metrics/cadvisor', '/healthz', '/pods', '/'];
const QUERIES = [
  'q=user:kimchy',
  'pretty=true',
  'orgId=1&from=now-6h',
  'orgId=1&from=now-6h&to=now&refresh=30s',
  'query=up',
  'query=rate(http_requests_total[5m])',
  '?pretty',
];

/**
 * One realistic target (a `ProxyTargetInput`).
 * @returns {import('../dist/index.js').ProxyTargetInput}
 */
function randomTarget() {
  const base = pick(BASES);
  const kind = random();
  /** @type {import('../dist/index.js').ProxyTargetInput} */
  const t = { base, name: '' };
  if (kind < 0.5) {
    t.resource = 'services';
    t.namespace = pick(NAMESPACES);
    t.name = pick(SERVICES);
    const port = random();
    if (port < 0.3) {
      // name only
    } else if (port < 0.6) t.port = pick(SERVICE_PORTS);
    else t.port = chance(0.5) ? pick(NUMERIC_PORTS) : String(pick(NUMERIC_PORTS));
    if (chance(0.25)) t.scheme = chance(0.8) ? 'https' : 'http';
    t.path = /** @type {string} */ (pick(PATHS));
  } else if (kind < 0.8) {
    t.resource = 'pods';
    t.namespace = pick(NAMESPACES);
    t.name = pick(PODS);
    if (chance(0.7)) t.port = chance(0.8) ? pick(NUMERIC_PORTS) : pick(SERVICE_PORTS);
    if (chance(0.2)) t.scheme = 'https';
    t.path = /** @type {string} */ (pick(PATHS));
  } else {
    t.resource = 'nodes';
    t.name = pick(NODES);
    if (chance(0.5)) t.port = chance(0.5) ? 10250 : pick(['10255', '4194', '9100']);
    if (chance(0.3)) t.scheme = 'https';
    t.path = pick(NODE_PATHS);
  }
  if (t.path === undefined) delete t.path;
  if (chance(0.45)) {
    t.query = chance(0.1) ? { query: 'up', time: '1700000000' } : pick(QUERIES);
  }
  if (chance(0.1)) t.fragment = pick(['/overview', 'top', '!/pod?namespace=default']);
  return t;
}

/**
 * `count` targets the builder accepts, the URLs it builds from them, and how many generated targets
 * it refused on the way (those are not realistic input, so they are skipped).
 * @param {number} count
 */
export function realisticInputs(count) {
  /** @type {import('../dist/index.js').ProxyTargetInput[]} */
  const targets = [];
  /** @type {string[]} */
  const urls = [];
  let refused = 0;
  while (urls.length < count) {
    const t = randomTarget();
    try {
      urls.push(buildProxyUrl(t));
      targets.push(t);
    } catch {
      refused++;
    }
  }
  return { targets, urls, refused };
}
