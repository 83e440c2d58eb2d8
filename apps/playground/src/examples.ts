// Starting points. The first group is taken from the Kubernetes docs page "Accessing Clusters"
// (Korean translation, shared/seed/cluster-access.ko.md), © The Kubernetes Authors, CC BY 4.0.

export type ExampleId =
  | 'docsSearch'
  | 'docsHealth'
  | 'docsKubectlProxy'
  | 'docsHttpsUnnamed'
  | 'docsIpv6'
  | 'docsClusterInfo'
  | 'schemeAsName'
  | 'escape'
  | 'legacy'
  | 'podExec'
  | 'encodedPath'
  | 'node';

export interface Example {
  id: ExampleId;
  group: 'docs' | 'mistakes';
  url: string;
}

const es = '/api/v1/namespaces/kube-system/services/elasticsearch-logging/proxy';

export const examples: readonly Example[] = [
  // "Elasticsearch 서비스 endpoint _search?q=user:kimchy에 접근하려면 …"
  { id: 'docsSearch', group: 'docs', url: `http://104.197.5.247${es}/_search?q=user:kimchy` },
  // "Elasticsearch 클러스터 상태 정보 _cluster/health?pretty=true에 접근하려면 …"
  {
    id: 'docsHealth',
    group: 'docs',
    url: `https://104.197.5.247${es}/_cluster/health?pretty=true`,
  },
  // "kubectl proxy로 http://localhost:8080/…를 통해 logging에 접근할 수도 있다."
  { id: 'docsKubectlProxy', group: 'docs', url: `http://localhost:8080${es}/` },
  // "https:<service_name>: - https를 사용하여 기본값 또는 이름이 없는 포트로 프록시한다. (마지막 콜론(:)에 주의)"
  {
    id: 'docsHttpsUnnamed',
    group: 'docs',
    url: 'http://localhost:8080/api/v1/namespaces/kube-system/services/https:elasticsearch-logging:/proxy/',
  },
  // "localhost는 IPv6 주소 [::1]로도 대체할 수 있다." (kubectl proxy's default --accept-hosts disagree)
  { id: 'docsIpv6', group: 'docs', url: `http://[::1]:8080${es}/` },
  // A `kubectl cluster-info` link, printed without the trailing slash.
  {
    id: 'docsClusterInfo',
    group: 'docs',
    url: 'https://104.197.5.247/api/v1/namespaces/kube-system/services/kube-dns/proxy',
  },
  {
    id: 'schemeAsName',
    group: 'mistakes',
    url: 'http://localhost:8001/api/v1/namespaces/kubernetes-dashboard/services/https:kubernetes-dashboard/proxy/',
  },
  {
    id: 'escape',
    group: 'mistakes',
    url: 'https://104.197.5.247/api/v1/namespaces/default/services/web/proxy/../../../secrets',
  },
  {
    id: 'legacy',
    group: 'mistakes',
    url: '/api/v1/proxy/namespaces/kube-system/services/kubernetes-dashboard/',
  },
  {
    id: 'podExec',
    group: 'mistakes',
    url: 'http://localhost:8001/api/v1/namespaces/default/pods/web-0:8080/proxy/exec',
  },
  {
    id: 'encodedPath',
    group: 'mistakes',
    url: 'http://localhost:8001/api/v1/namespaces/monitoring/services/prometheus%3A9090/proxy/api%2Fv1%2Fquery%3Fquery%3Dup',
  },
  { id: 'node', group: 'mistakes', url: '/api/v1/nodes/http:node-1:/proxy/stats/summary' },
];

/** The first example: what the page shows when the address holds no URL (kept in default-url.ts). */
export { defaultUrl } from './default-url.ts';

/** `kubectl cluster-info` as the docs page prints it. */
export const docsClusterInfo = `Kubernetes master is running at https://104.197.5.247
elasticsearch-logging is running at https://104.197.5.247/api/v1/namespaces/kube-system/services/elasticsearch-logging/proxy
kibana-logging is running at https://104.197.5.247/api/v1/namespaces/kube-system/services/kibana-logging/proxy
kube-dns is running at https://104.197.5.247/api/v1/namespaces/kube-system/services/kube-dns/proxy
grafana is running at https://104.197.5.247/api/v1/namespaces/kube-system/services/monitoring-grafana/proxy
heapster is running at https://104.197.5.247/api/v1/namespaces/kube-system/services/monitoring-heapster/proxy
`;
