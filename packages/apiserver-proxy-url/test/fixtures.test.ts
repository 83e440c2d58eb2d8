// Data-table tests of parseProxyUrl against real URLs: the reference fixtures (the docs' examples and
// real bug reports), every URL
// of the seed page (the Korean "Accessing clusters" docs), and URLs from tools found in the wild.
// Each row states the whole target, ok, the diagnostic codes in input order and, for some, the text
// of each part, so a wrong offset shows up as wrong text.
import { describe, expect, it } from 'vitest';
import {
  type DiagnosticCode,
  type ProxyTarget,
  type ProxyUrlParts,
  parseProxyUrl,
} from '../src/index.js';

type PartTexts = { [K in keyof ProxyUrlParts]?: string };

interface Fixture {
  /** What the row is about (the test title). */
  name: string;
  url: string;
  ok: boolean;
  target: ProxyTarget | null;
  /** Every diagnostic code, in order. */
  codes: DiagnosticCode[];
  /** The text of every part that is present (parts with no text are absent). */
  parts?: PartTexts;
}

/** A target with the defaults of a plain Service URL ending in `/proxy/`. */
const target = (
  t: Pick<ProxyTarget, 'name' | 'namespace'> & Partial<ProxyTarget>,
): ProxyTarget => ({
  base: '',
  resource: 'services',
  scheme: '',
  port: '',
  path: '/',
  query: '',
  fragment: '',
  ...t,
});

const ES = 'elasticsearch-logging';
const DOCS_IP = 'https://104.197.5.247';

// The docs' own example, straight to the API server and through `kubectl proxy`: the README's
// "Example" and the seed page both use it.
const docsSearch: Fixture = {
  name: 'the docs example: Elasticsearch _search over plain http',
  url: `http://104.197.5.247/api/v1/namespaces/kube-system/services/${ES}/proxy/_search?q=user:kimchy`,
  ok: true,
  target: target({
    base: 'http://104.197.5.247',
    namespace: 'kube-system',
    name: ES,
    path: '/_search',
    query: 'q=user:kimchy',
  }),
  codes: ['insecure-remote-base', 'empty-port-unnamed-only'],
  parts: {
    base: 'http://104.197.5.247',
    namespace: 'kube-system',
    resource: 'services',
    id: ES,
    name: ES,
    path: '/_search',
    query: 'q=user:kimchy',
  },
};

const docsViaKubectlProxy: Fixture = {
  name: 'the same Service through kubectl proxy --port=8080',
  url: `http://localhost:8080/api/v1/namespaces/kube-system/services/${ES}/proxy/`,
  ok: true,
  target: target({ base: 'http://localhost:8080', namespace: 'kube-system', name: ES }),
  codes: ['empty-port-unnamed-only'],
  parts: {
    base: 'http://localhost:8080',
    namespace: 'kube-system',
    resource: 'services',
    id: ES,
    name: ES,
    path: '/',
  },
};

// The reference fixtures, row by row: URLs from the Kubernetes docs ("Accessing Clusters",
// "Manually constructing apiserver proxy URLs") and from real bug reports; where a source
// leaves the base out, a base is chosen (and the row says which).
const specFixtures: Fixture[] = [
  docsSearch,
  docsViaKubectlProxy,
  {
    name: 'https to the unnamed port (https:name:, base: the docs apiserver)',
    url: `${DOCS_IP}/api/v1/namespaces/kube-system/services/https:${ES}:/proxy/_cluster/health?pretty=true`,
    ok: true,
    target: target({
      base: DOCS_IP,
      namespace: 'kube-system',
      scheme: 'https',
      name: ES,
      path: '/_cluster/health',
      query: 'pretty=true',
    }),
    codes: ['empty-port-unnamed-only'],
    parts: {
      base: DOCS_IP,
      namespace: 'kube-system',
      resource: 'services',
      id: `https:${ES}:`,
      scheme: 'https',
      name: ES,
      path: '/_cluster/health',
      query: 'pretty=true',
    },
  },
  {
    name: 'the dashboard: https, port 443, through kubectl proxy',
    url: 'http://localhost:8001/api/v1/namespaces/kubernetes-dashboard/services/https:kubernetes-dashboard:443/proxy/',
    ok: true,
    target: target({
      base: 'http://localhost:8001',
      namespace: 'kubernetes-dashboard',
      scheme: 'https',
      name: 'kubernetes-dashboard',
      port: '443',
    }),
    codes: [],
    parts: {
      base: 'http://localhost:8001',
      namespace: 'kubernetes-dashboard',
      resource: 'services',
      id: 'https:kubernetes-dashboard:443',
      scheme: 'https',
      name: 'kubernetes-dashboard',
      port: '443',
      path: '/',
    },
  },
  {
    name: 'port name dns, no trailing slash',
    url: 'https://localhost:6443/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy',
    ok: true,
    target: target({
      base: 'https://localhost:6443',
      namespace: 'kube-system',
      name: 'kube-dns',
      port: 'dns',
      path: '',
    }),
    codes: ['missing-trailing-slash'],
    parts: {
      base: 'https://localhost:6443',
      namespace: 'kube-system',
      resource: 'services',
      id: 'kube-dns:dns',
      name: 'kube-dns',
      port: 'dns',
    },
  },
  {
    name: 'explicit http to Rancher Grafana (base: a Rancher cluster prefix)',
    url: 'https://rancher.example/k8s/clusters/c-25hs9/api/v1/namespaces/cattle-monitoring-system/services/http:rancher-monitoring-grafana:80/proxy/d/rancher-node-1/rancher-node?orgId=1',
    ok: true,
    target: target({
      base: 'https://rancher.example/k8s/clusters/c-25hs9',
      namespace: 'cattle-monitoring-system',
      scheme: 'http',
      name: 'rancher-monitoring-grafana',
      port: '80',
      path: '/d/rancher-node-1/rancher-node',
      query: 'orgId=1',
    }),
    codes: [],
  },
  {
    name: 'a port name in the scheme slot: error (path-only)',
    url: '/api/v1/namespaces/kubernetes-dashboard/services/dashboard:foo:8080/proxy/',
    ok: false,
    target: target({ namespace: 'kubernetes-dashboard', name: 'dashboard:foo:8080' }),
    codes: ['invalid-scheme'],
    parts: {
      namespace: 'kubernetes-dashboard',
      resource: 'services',
      id: 'dashboard:foo:8080',
      path: '/',
    },
  },
  {
    name: 'https:svc is name https, port svc',
    url: 'https://k8s.example/api/v1/namespaces/default/services/https:svc/proxy',
    ok: true,
    target: target({
      base: 'https://k8s.example',
      namespace: 'default',
      name: 'https',
      port: 'svc',
      path: '',
    }),
    codes: ['scheme-parsed-as-name', 'missing-trailing-slash'],
    parts: {
      base: 'https://k8s.example',
      namespace: 'default',
      resource: 'services',
      id: 'https:svc',
      name: 'https',
      port: 'svc',
    },
  },
  {
    name: '%3A in the id, %2F and %3F in the path',
    url: 'https://k8s.example/api/v1/namespaces/monitoring/services/my-service%3A9090/proxy/api%2Fquery%3Fq%3Dsomequery',
    ok: true,
    target: target({
      base: 'https://k8s.example',
      namespace: 'monitoring',
      name: 'my-service',
      port: '9090',
      path: '/api%2Fquery%3Fq%3Dsomequery',
    }),
    codes: ['encoded-colon', 'encoded-slash-in-path', 'encoded-query-in-path'],
    parts: {
      base: 'https://k8s.example',
      namespace: 'monitoring',
      resource: 'services',
      id: 'my-service%3A9090',
      name: 'my-service',
      port: '9090',
      path: '/api%2Fquery%3Fq%3Dsomequery',
    },
  },
  {
    name: 'a pod with a numeric port',
    url: 'https://k8s.example/api/v1/namespaces/kmesh-system/pods/kmesh-daemon-abc12:15200/proxy/accesslog?enable=true',
    ok: true,
    target: target({
      base: 'https://k8s.example',
      resource: 'pods',
      namespace: 'kmesh-system',
      name: 'kmesh-daemon-abc12',
      port: '15200',
      path: '/accesslog',
      query: 'enable=true',
    }),
    codes: [],
    parts: {
      base: 'https://k8s.example',
      namespace: 'kmesh-system',
      resource: 'pods',
      id: 'kmesh-daemon-abc12:15200',
      name: 'kmesh-daemon-abc12',
      port: '15200',
      path: '/accesslog',
      query: 'enable=true',
    },
  },
  {
    name: 'a node, path-only',
    url: '/api/v1/nodes/node-1/proxy/stats/summary',
    ok: true,
    target: target({ resource: 'nodes', namespace: null, name: 'node-1', path: '/stats/summary' }),
    codes: [],
    parts: { resource: 'nodes', id: 'node-1', name: 'node-1', path: '/stats/summary' },
  },
  {
    name: 'a node on the kubelet port: the scheme is ignored',
    url: '/api/v1/nodes/https:node-1:10250/proxy/',
    ok: true,
    target: target({
      resource: 'nodes',
      namespace: null,
      scheme: 'https',
      name: 'node-1',
      port: '10250',
    }),
    codes: ['kubelet-port-scheme-ignored'],
    parts: {
      resource: 'nodes',
      id: 'https:node-1:10250',
      scheme: 'https',
      name: 'node-1',
      port: '10250',
      path: '/',
    },
  },
  {
    name: 'the removed /api/v1/proxy/... form: the target of its modern URL',
    url: '/api/v1/proxy/namespaces/kube-system/services/kubernetes-dashboard/',
    ok: false,
    target: target({ namespace: 'kube-system', name: 'kubernetes-dashboard' }),
    codes: ['legacy-proxy-path'],
  },
  {
    name: 'a Rancher prefix stays in the base',
    url: 'https://rancher.example/k8s/clusters/c-25hs9/api/v1/namespaces/kube-system/services/https:kubernetes-dashboard:443/proxy/',
    ok: true,
    target: target({
      base: 'https://rancher.example/k8s/clusters/c-25hs9',
      namespace: 'kube-system',
      scheme: 'https',
      name: 'kubernetes-dashboard',
      port: '443',
    }),
    codes: [],
    parts: {
      base: 'https://rancher.example/k8s/clusters/c-25hs9',
      namespace: 'kube-system',
      resource: 'services',
      id: 'https:kubernetes-dashboard:443',
      scheme: 'https',
      name: 'kubernetes-dashboard',
      port: '443',
      path: '/',
    },
  },
  {
    name: 'a path-only prefix (OpenCost behind /clusters/main)',
    url: '/clusters/main/api/v1/namespaces/opencost/services/http:opencost:9003/proxy/model/allocation/compute?window=24h',
    ok: true,
    target: target({
      base: '/clusters/main',
      namespace: 'opencost',
      scheme: 'http',
      name: 'opencost',
      port: '9003',
      path: '/model/allocation/compute',
      query: 'window=24h',
    }),
    codes: [],
    parts: {
      base: '/clusters/main',
      namespace: 'opencost',
      resource: 'services',
      id: 'http:opencost:9003',
      scheme: 'http',
      name: 'opencost',
      port: '9003',
      path: '/model/allocation/compute',
      query: 'window=24h',
    },
  },
  {
    name: 'dot segments that climb out of the proxy to Secrets',
    url: 'https://h/api/v1/namespaces/ns/services/svc/proxy/../../../secrets',
    ok: false,
    target: target({
      base: 'https://h',
      namespace: 'ns',
      name: 'svc',
      path: '/../../../secrets',
    }),
    codes: ['empty-port-unnamed-only', 'path-escapes-proxy'],
  },
  {
    name: 'exec on a pod through kubectl proxy',
    url: 'http://localhost:8001/api/v1/namespaces/ns/pods/p/proxy/exec',
    ok: true,
    target: target({
      base: 'http://localhost:8001',
      resource: 'pods',
      namespace: 'ns',
      name: 'p',
      path: '/exec',
    }),
    codes: ['kubectl-proxy-rejects-path'],
  },
];

/** A `kubectl cluster-info` link of the seed page: no port, no trailing slash. */
const clusterInfoLink = (service: string): Fixture => ({
  name: `cluster-info link for ${service}`,
  url: `${DOCS_IP}/api/v1/namespaces/kube-system/services/${service}/proxy`,
  ok: true,
  target: target({ base: DOCS_IP, namespace: 'kube-system', name: service, path: '' }),
  codes: ['empty-port-unnamed-only', 'missing-trailing-slash'],
});

// Every URL of ../../../../shared/seed/cluster-access.ko.md (the templates with placeholders aside).
const seedFixtures: Fixture[] = [
  {
    name: 'curl http://localhost:8080/api/ (kubectl proxy): not a proxy URL',
    url: 'http://localhost:8080/api/',
    ok: false,
    target: null,
    codes: ['not-a-proxy-url'],
    parts: {},
  },
  {
    name: 'cluster-info: the control plane is not a proxy URL',
    url: DOCS_IP,
    ok: false,
    target: null,
    codes: ['not-a-proxy-url'],
    parts: {},
  },
  clusterInfoLink(ES),
  clusterInfoLink('kibana-logging'),
  clusterInfoLink('kube-dns'),
  clusterInfoLink('monitoring-grafana'),
  clusterInfoLink('monitoring-heapster'),
  {
    name: 'the logging Service with the trailing slash, direct',
    url: `${DOCS_IP}/api/v1/namespaces/kube-system/services/${ES}/proxy/`,
    ok: true,
    target: target({ base: DOCS_IP, namespace: 'kube-system', name: ES }),
    codes: ['empty-port-unnamed-only'],
  },
  { ...docsViaKubectlProxy, name: 'the logging Service through kubectl proxy on localhost:8080' },
  {
    name: 'the page says localhost may be [::1]: kubectl proxy refuses that host with a port',
    url: `http://[::1]:8080/api/v1/namespaces/kube-system/services/${ES}/proxy/`,
    ok: true,
    target: target({ base: 'http://[::1]:8080', namespace: 'kube-system', name: ES }),
    codes: ['kubectl-proxy-rejects-host', 'empty-port-unnamed-only'],
    parts: {
      base: 'http://[::1]:8080',
      namespace: 'kube-system',
      resource: 'services',
      id: ES,
      name: ES,
      path: '/',
    },
  },
  { ...docsSearch, name: 'example: _search?q=user:kimchy over plain http' },
  {
    name: 'example: _cluster/health?pretty=true over https',
    url: `${DOCS_IP}/api/v1/namespaces/kube-system/services/${ES}/proxy/_cluster/health?pretty=true`,
    ok: true,
    target: target({
      base: DOCS_IP,
      namespace: 'kube-system',
      name: ES,
      path: '/_cluster/health',
      query: 'pretty=true',
    }),
    codes: ['empty-port-unnamed-only'],
    parts: {
      base: DOCS_IP,
      namespace: 'kube-system',
      resource: 'services',
      id: ES,
      name: ES,
      path: '/_cluster/health',
      query: 'pretty=true',
    },
  },
];

const realWorldFixtures: Fixture[] = [
  {
    name: 'Rancher: Prometheus behind a c-m- cluster id',
    url: 'https://rancher.example.com/k8s/clusters/c-m-abcd1234/api/v1/namespaces/cattle-monitoring-system/services/http:rancher-monitoring-prometheus:9090/proxy/graph',
    ok: true,
    target: target({
      base: 'https://rancher.example.com/k8s/clusters/c-m-abcd1234',
      namespace: 'cattle-monitoring-system',
      scheme: 'http',
      name: 'rancher-monitoring-prometheus',
      port: '9090',
      path: '/graph',
    }),
    codes: [],
  },
  {
    name: 'Backstage: the kubernetes proxy endpoint as the base (its own /api/ and /proxy)',
    url: 'http://localhost:7007/api/kubernetes/proxy/api/v1/namespaces/default/services/web:80/proxy/',
    ok: true,
    target: target({
      base: 'http://localhost:7007/api/kubernetes/proxy',
      namespace: 'default',
      name: 'web',
      port: '80',
    }),
    codes: [],
    parts: {
      base: 'http://localhost:7007/api/kubernetes/proxy',
      namespace: 'default',
      resource: 'services',
      id: 'web:80',
      name: 'web',
      port: '80',
      path: '/',
    },
  },
  {
    name: 'Backstage: a pod log page behind the same prefix',
    url: 'http://localhost:7007/api/kubernetes/proxy/api/v1/namespaces/default/pods/web-7d4b9c-xk2lp:8080/proxy/healthz',
    ok: true,
    target: target({
      base: 'http://localhost:7007/api/kubernetes/proxy',
      resource: 'pods',
      namespace: 'default',
      name: 'web-7d4b9c-xk2lp',
      port: '8080',
      path: '/healthz',
    }),
    codes: [],
  },
  {
    name: 'Headlamp: /clusters/{cluster} in front of the API',
    url: 'http://localhost:4466/clusters/minikube/api/v1/namespaces/kube-system/services/kube-dns:metrics/proxy/metrics',
    ok: true,
    target: target({
      base: 'http://localhost:4466/clusters/minikube',
      namespace: 'kube-system',
      name: 'kube-dns',
      port: 'metrics',
      path: '/metrics',
    }),
    codes: [],
  },
  {
    name: 'kubectl proxy --api-prefix=/custom/',
    url: 'http://localhost:8001/custom/api/v1/namespaces/default/services/web:http/proxy/index.html',
    ok: true,
    target: target({
      base: 'http://localhost:8001/custom',
      namespace: 'default',
      name: 'web',
      port: 'http',
      path: '/index.html',
    }),
    codes: [],
    parts: {
      base: 'http://localhost:8001/custom',
      namespace: 'default',
      resource: 'services',
      id: 'web:http',
      name: 'web',
      port: 'http',
      path: '/index.html',
    },
  },
  {
    name: 'kubectl proxy --api-prefix=/custom/ still refuses pod exec',
    url: 'http://127.0.0.1:8001/custom/api/v1/namespaces/default/pods/web-0/proxy/exec',
    ok: true,
    target: target({
      base: 'http://127.0.0.1:8001/custom',
      resource: 'pods',
      namespace: 'default',
      name: 'web-0',
      path: '/exec',
    }),
    codes: ['kubectl-proxy-rejects-path'],
  },
  {
    name: 'Prometheus: the proxied path holds /api/v1 itself',
    url: 'http://localhost:8001/api/v1/namespaces/monitoring/services/prometheus:9090/proxy/api/v1/query?query=up',
    ok: true,
    target: target({
      base: 'http://localhost:8001',
      namespace: 'monitoring',
      name: 'prometheus',
      port: '9090',
      path: '/api/v1/query',
      query: 'query=up',
    }),
    codes: [],
    parts: {
      base: 'http://localhost:8001',
      namespace: 'monitoring',
      resource: 'services',
      id: 'prometheus:9090',
      name: 'prometheus',
      port: '9090',
      path: '/api/v1/query',
      query: 'query=up',
    },
  },
  {
    name: 'Prometheus query_range with brackets and parentheses in the query',
    url: 'https://k8s.example/api/v1/namespaces/monitoring/services/prometheus-k8s:web/proxy/api/v1/query_range?query=rate(http_requests_total[5m])&step=30',
    ok: true,
    target: target({
      base: 'https://k8s.example',
      namespace: 'monitoring',
      name: 'prometheus-k8s',
      port: 'web',
      path: '/api/v1/query_range',
      query: 'query=rate(http_requests_total[5m])&step=30',
    }),
    codes: [],
  },
  {
    name: 'a full proxy shape inside the proxied path: the first one wins',
    url: '/api/v1/namespaces/ns/services/gateway:80/proxy/api/v1/namespaces/other/pods/p/proxy/',
    ok: true,
    target: target({
      namespace: 'ns',
      name: 'gateway',
      port: '80',
      path: '/api/v1/namespaces/other/pods/p/proxy/',
    }),
    codes: [],
  },
  {
    name: 'a pod without a port',
    url: 'https://k8s.example/api/v1/namespaces/default/pods/nginx-7c5ddbdf54-2xkqv/proxy/',
    ok: true,
    target: target({
      base: 'https://k8s.example',
      resource: 'pods',
      namespace: 'default',
      name: 'nginx-7c5ddbdf54-2xkqv',
    }),
    codes: [],
  },
  {
    name: 'a pod over https',
    url: 'https://k8s.example/api/v1/namespaces/default/pods/https:web-0:8443/proxy/healthz',
    ok: true,
    target: target({
      base: 'https://k8s.example',
      resource: 'pods',
      namespace: 'default',
      scheme: 'https',
      name: 'web-0',
      port: '8443',
      path: '/healthz',
    }),
    codes: [],
  },
  {
    name: 'a pod with a named port (not resolved: 500)',
    url: 'http://localhost:8001/api/v1/namespaces/default/pods/web-0:http/proxy/',
    ok: false,
    target: target({
      base: 'http://localhost:8001',
      resource: 'pods',
      namespace: 'default',
      name: 'web-0',
      port: 'http',
    }),
    codes: ['named-pod-port'],
  },
  {
    name: 'a node with a dotted name: cAdvisor metrics',
    url: 'https://k8s.example:6443/api/v1/nodes/ip-10-0-1-23.ec2.internal/proxy/metrics/cadvisor',
    ok: true,
    target: target({
      base: 'https://k8s.example:6443',
      resource: 'nodes',
      namespace: null,
      name: 'ip-10-0-1-23.ec2.internal',
      path: '/metrics/cadvisor',
    }),
    codes: [],
    parts: {
      base: 'https://k8s.example:6443',
      resource: 'nodes',
      id: 'ip-10-0-1-23.ec2.internal',
      name: 'ip-10-0-1-23.ec2.internal',
      path: '/metrics/cadvisor',
    },
  },
  {
    name: 'a node on the read-only kubelet port through kubectl proxy',
    url: 'http://127.0.0.1:8001/api/v1/nodes/node-1:10255/proxy/metrics',
    ok: true,
    target: target({
      base: 'http://127.0.0.1:8001',
      resource: 'nodes',
      namespace: null,
      name: 'node-1',
      port: '10255',
      path: '/metrics',
    }),
    codes: [],
  },
  {
    name: 'wss base with a fragment',
    url: 'wss://k8s.example:6443/api/v1/namespaces/default/pods/web-0:8080/proxy/socket#frag',
    ok: true,
    target: target({
      base: 'wss://k8s.example:6443',
      resource: 'pods',
      namespace: 'default',
      name: 'web-0',
      port: '8080',
      path: '/socket',
      fragment: 'frag',
    }),
    codes: [],
    parts: {
      base: 'wss://k8s.example:6443',
      namespace: 'default',
      resource: 'pods',
      id: 'web-0:8080',
      name: 'web-0',
      port: '8080',
      path: '/socket',
      fragment: 'frag',
    },
  },
  {
    name: 'ws base on localhost',
    url: 'ws://localhost:8001/api/v1/namespaces/default/services/chat:8080/proxy/ws',
    ok: true,
    target: target({
      base: 'ws://localhost:8001',
      namespace: 'default',
      name: 'chat',
      port: '8080',
      path: '/ws',
    }),
    codes: [],
  },
  {
    name: 'ws base to a remote host: clear text',
    url: 'ws://10.0.0.5:8080/api/v1/namespaces/default/services/chat:8080/proxy/ws',
    ok: true,
    target: target({
      base: 'ws://10.0.0.5:8080',
      namespace: 'default',
      name: 'chat',
      port: '8080',
      path: '/ws',
    }),
    codes: ['insecure-remote-base'],
  },
  {
    name: 'IPv6 loopback with a port: kubectl proxy refuses the host',
    url: 'http://[::1]:8001/api/v1/namespaces/kubernetes-dashboard/services/https:kubernetes-dashboard:/proxy/',
    ok: true,
    target: target({
      base: 'http://[::1]:8001',
      namespace: 'kubernetes-dashboard',
      scheme: 'https',
      name: 'kubernetes-dashboard',
    }),
    codes: ['kubectl-proxy-rejects-host', 'empty-port-unnamed-only'],
  },
  {
    name: 'IPv6 loopback without a port',
    url: 'http://[::1]/api/v1/nodes/node-1/proxy/healthz',
    ok: true,
    target: target({
      base: 'http://[::1]',
      resource: 'nodes',
      namespace: null,
      name: 'node-1',
      path: '/healthz',
    }),
    codes: [],
  },
  {
    name: 'IPv6 apiserver over https',
    url: 'https://[2001:db8::1]:6443/api/v1/nodes/node-1/proxy/',
    ok: true,
    target: target({
      base: 'https://[2001:db8::1]:6443',
      resource: 'nodes',
      namespace: null,
      name: 'node-1',
    }),
    codes: [],
    parts: {
      base: 'https://[2001:db8::1]:6443',
      resource: 'nodes',
      id: 'node-1',
      name: 'node-1',
      path: '/',
    },
  },
  {
    name: 'in-cluster apiserver name',
    url: 'https://kubernetes.default.svc/api/v1/namespaces/default/services/web:80/proxy/',
    ok: true,
    target: target({
      base: 'https://kubernetes.default.svc',
      namespace: 'default',
      name: 'web',
      port: '80',
    }),
    codes: [],
  },
  {
    name: 'upper-case URL scheme and host: the base as written',
    url: 'HTTPS://K8S.EXAMPLE/api/v1/nodes/node-1/proxy/',
    ok: true,
    target: target({
      base: 'HTTPS://K8S.EXAMPLE',
      resource: 'nodes',
      namespace: null,
      name: 'node-1',
    }),
    codes: [],
  },
  {
    name: 'client libraries send the id with %3A',
    url: 'https://k8s.example/api/v1/namespaces/kubernetes-dashboard/services/https%3Akubernetes-dashboard%3A/proxy/',
    ok: true,
    target: target({
      base: 'https://k8s.example',
      namespace: 'kubernetes-dashboard',
      scheme: 'https',
      name: 'kubernetes-dashboard',
    }),
    codes: ['empty-port-unnamed-only', 'encoded-colon'],
    parts: {
      base: 'https://k8s.example',
      namespace: 'kubernetes-dashboard',
      resource: 'services',
      id: 'https%3Akubernetes-dashboard%3A',
      scheme: 'https',
      name: 'kubernetes-dashboard',
      path: '/',
    },
  },
  {
    name: 'namespace and name are percent-decoded; parts keep the text as written',
    url: '/api/v1/namespaces/kube%2Dsystem/services/web%2Dapp%3a80/proxy/',
    ok: true,
    target: target({ namespace: 'kube-system', name: 'web-app', port: '80' }),
    codes: ['encoded-colon'],
    parts: {
      namespace: 'kube%2Dsystem',
      resource: 'services',
      id: 'web%2Dapp%3a80',
      name: 'web%2Dapp',
      port: '80',
      path: '/',
    },
  },
  {
    name: 'a refused id written with %3A: the whole decoded id as the name',
    url: '/api/v1/namespaces/kubernetes-dashboard/services/dashboard%3Afoo%3A8080/proxy/',
    ok: false,
    target: target({ namespace: 'kubernetes-dashboard', name: 'dashboard:foo:8080' }),
    codes: ['invalid-scheme', 'encoded-colon'],
  },
  {
    name: 'four id parts: the whole id as the name',
    url: '/api/v1/namespaces/default/services/a:b:c:d/proxy/',
    ok: false,
    target: target({ namespace: 'default', name: 'a:b:c:d' }),
    codes: ['invalid-id'],
  },
  {
    name: 'an invalid namespace is kept as written',
    url: 'https://k8s.example/api/v1/namespaces/Kube-System/services/kube-dns:dns/proxy/',
    ok: false,
    target: target({
      base: 'https://k8s.example',
      namespace: 'Kube-System',
      name: 'kube-dns',
      port: 'dns',
    }),
    codes: ['invalid-namespace'],
  },
  {
    name: 'an out-of-range port is kept as written',
    url: '/api/v1/namespaces/default/services/web:70000/proxy/',
    ok: false,
    target: target({ namespace: 'default', name: 'web', port: '70000' }),
    codes: ['invalid-port'],
  },
  {
    name: 'the legacy node form: the target of its modern URL',
    url: 'http://localhost:8001/api/v1/proxy/nodes/node-1:10255/stats/summary?only_cpu_and_memory=true',
    ok: false,
    target: target({
      base: 'http://localhost:8001',
      resource: 'nodes',
      namespace: null,
      name: 'node-1',
      port: '10255',
      path: '/stats/summary',
      query: 'only_cpu_and_memory=true',
    }),
    codes: ['legacy-proxy-path'],
  },
  {
    name: 'query and fragment stay raw, path too',
    url: 'https://k8s.example/api/v1/namespaces/default/services/web:80/proxy/caf%C3%A9/~user?q=a%20b&x=%zz#sec%201',
    ok: true,
    target: target({
      base: 'https://k8s.example',
      namespace: 'default',
      name: 'web',
      port: '80',
      path: '/caf%C3%A9/~user',
      query: 'q=a%20b&x=%zz',
      fragment: 'sec%201',
    }),
    codes: [],
    parts: {
      base: 'https://k8s.example',
      namespace: 'default',
      resource: 'services',
      id: 'web:80',
      name: 'web',
      port: '80',
      path: '/caf%C3%A9/~user',
      query: 'q=a%20b&x=%zz',
      fragment: 'sec%201',
    },
  },
  {
    name: 'bare /proxy with a query',
    url: '/api/v1/namespaces/default/services/web:80/proxy?watch=1',
    ok: true,
    target: target({ namespace: 'default', name: 'web', port: '80', path: '', query: 'watch=1' }),
    codes: ['missing-trailing-slash'],
    parts: {
      namespace: 'default',
      resource: 'services',
      id: 'web:80',
      name: 'web',
      port: '80',
      query: 'watch=1',
    },
  },
  {
    name: 'bare /proxy with a fragment',
    url: '/api/v1/namespaces/default/services/web:80/proxy#top',
    ok: true,
    target: target({ namespace: 'default', name: 'web', port: '80', path: '', fragment: 'top' }),
    codes: ['missing-trailing-slash'],
  },
  {
    name: 'surrounding whitespace: offsets into the input as given',
    url: '  https://k8s.example/api/v1/nodes/node-1/proxy/\n',
    ok: true,
    target: target({
      base: 'https://k8s.example',
      resource: 'nodes',
      namespace: null,
      name: 'node-1',
    }),
    codes: ['surrounding-whitespace'],
    parts: {
      base: 'https://k8s.example',
      resource: 'nodes',
      id: 'node-1',
      name: 'node-1',
      path: '/',
    },
  },
  {
    name: 'an empty id: no id part',
    url: '/api/v1/namespaces/default/services//proxy/',
    ok: false,
    target: target({ namespace: 'default', name: '' }),
    codes: ['invalid-id'],
    parts: { namespace: 'default', resource: 'services', path: '/' },
  },
  {
    name: 'Kubernetes Dashboard: a hash route in the fragment',
    url: 'http://localhost:8001/api/v1/namespaces/kubernetes-dashboard/services/https:kubernetes-dashboard:/proxy/#/login',
    ok: true,
    target: target({
      base: 'http://localhost:8001',
      namespace: 'kubernetes-dashboard',
      scheme: 'https',
      name: 'kubernetes-dashboard',
      fragment: '/login',
    }),
    codes: ['empty-port-unnamed-only'],
  },
  {
    name: 'old Dashboard: #!/ route with a ? inside the fragment',
    url: 'http://localhost:8001/api/v1/namespaces/kube-system/services/https:kubernetes-dashboard:/proxy/#!/overview?namespace=default',
    ok: true,
    target: target({
      base: 'http://localhost:8001',
      namespace: 'kube-system',
      scheme: 'https',
      name: 'kubernetes-dashboard',
      fragment: '!/overview?namespace=default',
    }),
    codes: ['empty-port-unnamed-only'],
    parts: {
      base: 'http://localhost:8001',
      namespace: 'kube-system',
      resource: 'services',
      id: 'https:kubernetes-dashboard:',
      scheme: 'https',
      name: 'kubernetes-dashboard',
      path: '/',
      fragment: '!/overview?namespace=default',
    },
  },
  {
    name: 'a proxy path only in the fragment (a hash router) is not a proxy URL',
    url: 'https://k8s.example/#/api/v1/nodes/node-1/proxy/',
    ok: false,
    target: null,
    codes: ['not-a-proxy-url'],
  },
  {
    name: 'a proxy path only in the query is not a proxy URL',
    url: 'https://k8s.example/login?next=/api/v1/nodes/node-1/proxy/',
    ok: false,
    target: null,
    codes: ['not-a-proxy-url'],
  },
  {
    name: 'the API paths are case-sensitive',
    url: 'https://k8s.example/API/V1/nodes/node-1/proxy/',
    ok: false,
    target: null,
    codes: ['not-a-proxy-url'],
  },
  {
    name: 'ftp: no target',
    url: 'ftp://k8s.example/api/v1/namespaces/default/services/web/proxy/',
    ok: false,
    target: null,
    codes: ['unsupported-url-scheme'],
  },
  {
    name: 'a Service without /proxy: not a proxy URL',
    url: 'https://k8s.example/api/v1/namespaces/default/services/web',
    ok: false,
    target: null,
    codes: ['not-a-proxy-url'],
  },
  {
    name: '/proxyfoo is not /proxy',
    url: 'https://k8s.example/api/v1/namespaces/default/services/web/proxyfoo/',
    ok: false,
    target: null,
    codes: ['not-a-proxy-url'],
  },
  {
    name: 'ConfigMaps have no proxy subresource',
    url: 'https://k8s.example/api/v1/namespaces/default/configmaps/web/proxy/',
    ok: false,
    target: null,
    codes: ['not-a-proxy-url'],
  },
  {
    name: 'a Deployment in apps/v1: not a proxy URL',
    url: 'https://k8s.example/apis/apps/v1/namespaces/default/deployments/web',
    ok: false,
    target: null,
    codes: ['not-a-proxy-url'],
  },
];

function partTexts(url: string, parts: ProxyUrlParts): PartTexts {
  const texts: PartTexts = {};
  for (const [key, span] of Object.entries(parts) as Array<
    [keyof ProxyUrlParts, [number, number]]
  >) {
    texts[key] = url.slice(span[0], span[1]);
  }
  return texts;
}

/** Rows titled by hand: vitest shortens `$name` titles to 40 characters. */
const titled = <T extends { name: string }>(rows: T[]): Array<[string, T]> =>
  rows.map((row) => [row.name, row]);

describe.each([
  { table: 'reference fixtures', fixtures: specFixtures },
  { table: 'seed page (cluster-access.ko.md)', fixtures: seedFixtures },
  { table: 'real-world URLs', fixtures: realWorldFixtures },
])('$table', ({ fixtures }) => {
  it.each(titled(fixtures))('%s', (_name, { url, ok, target: expected, codes }) => {
    const result = parseProxyUrl(url);
    expect(result.target).toEqual(expected);
    expect(result.diagnostics.map((d) => d.code)).toEqual(codes);
    expect(result.ok).toBe(ok);
  });

  it.each(titled(fixtures.filter((f) => f.parts !== undefined)))(
    'parts: %s',
    (_name, { url, parts }) => {
      expect(partTexts(url, parseProxyUrl(url).parts)).toEqual(parts);
    },
  );
});

describe('parts offsets', () => {
  it('point into the input as given, before trimming', () => {
    const url = '  https://k8s.example/api/v1/nodes/node-1/proxy/\n';
    const { parts } = parseProxyUrl(url);
    expect(parts.base).toEqual([2, 2 + 'https://k8s.example'.length]);
    expect(parts.path).toEqual([url.length - 2, url.length - 1]);
  });

  it('scheme, name and port tile the id, and /proxy follows it', () => {
    const url =
      'http://localhost:8001/api/v1/namespaces/kubernetes-dashboard/services/https:kubernetes-dashboard:443/proxy/';
    const { id, scheme, name, port, path } = parseProxyUrl(url).parts;
    const idStart = url.indexOf('https:kubernetes-dashboard:443');
    const nameStart = idStart + 'https:'.length;
    const portStart = nameStart + 'kubernetes-dashboard:'.length;
    const proxyEnd = portStart + '443/proxy'.length;
    expect({ id, scheme, name, port, path }).toEqual({
      id: [idStart, portStart + 3],
      scheme: [idStart, idStart + 5],
      name: [nameStart, portStart - 1],
      port: [portStart, portStart + 3],
      path: [proxyEnd, url.length],
    });
  });

  it('the first proxy shape wins over a later /api/v1 in the proxied path', () => {
    const url =
      'http://localhost:8001/api/v1/namespaces/monitoring/services/prometheus:9090/proxy/api/v1/query?query=up';
    const { base, path, query } = parseProxyUrl(url).parts;
    const pathStart = url.indexOf('/api/v1/query');
    expect({ base, path, query }).toEqual({
      base: [0, 'http://localhost:8001'.length],
      path: [pathStart, pathStart + '/api/v1/query'.length],
      query: [url.indexOf('query=up'), url.length],
    });
  });
});
