// What the page shows when the address holds no URL: the docs' first example (examples.ts, whose
// list loads after the page opens, checks that it still is).

/** The first example of "Accessing Clusters": Elasticsearch's _search, straight to the API server. */
export const defaultUrl =
  'http://104.197.5.247/api/v1/namespaces/kube-system/services/elasticsearch-logging/proxy/_search?q=user:kimchy';
