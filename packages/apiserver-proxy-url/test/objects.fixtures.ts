// Service, Pod and Node objects as `kubectl get -o json` prints them (fields from the Kubernetes API
// reference, v1), each with the exact links the API server resolves for it. Shared by the library's
// tables, the CLI tests and the real-kubectl test.

export interface ObjectRow {
  name: string;
  object: Record<string, unknown>;
  /** The path-only URLs, one per port, `null` where no URL reaches it, with the diagnostic codes. */
  links: Array<[url: string | null, codes: string[]]>;
}

const meta = (name: string, namespace = 'default') => ({
  name,
  namespace,
  uid: `uid-${name}`,
  resourceVersion: '1',
});

const service = (name: string, spec: Record<string, unknown>, namespace = 'default') => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: meta(name, namespace),
  spec: { type: 'ClusterIP', clusterIP: '10.96.0.10', ...spec },
  status: { loadBalancer: {} },
});

const pod = (name: string, containers: Array<Record<string, unknown>>) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: meta(name),
  spec: { containers },
  status: { phase: 'Running', podIP: '10.244.0.5' },
});

const S = '/api/v1/namespaces';

export const objectRows: ObjectRow[] = [
  {
    name: 'a single unnamed port: no port in the id',
    object: service('web', { ports: [{ port: 80, protocol: 'TCP', targetPort: 8080 }] }),
    links: [[`${S}/default/services/web/proxy/`, []]],
  },
  {
    name: 'several named ports: each by its name',
    object: service(
      'kube-dns',
      {
        ports: [
          { name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 },
          { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 },
          { name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 9153 },
        ],
      },
      'kube-system',
    ),
    links: [
      [null, ['non-tcp-port']],
      [`${S}/kube-system/services/kube-dns:dns-tcp/proxy/`, []],
      [`${S}/kube-system/services/kube-dns:metrics/proxy/`, []],
    ],
  },
  {
    name: 'the dashboard: one unnamed 443, https with the trailing colon',
    object: service(
      'kubernetes-dashboard',
      { ports: [{ port: 443, protocol: 'TCP', targetPort: 8443 }] },
      'kubernetes-dashboard',
    ),
    links: [[`${S}/kubernetes-dashboard/services/https:kubernetes-dashboard:/proxy/`, []]],
  },
  {
    name: 'appProtocol decides the scheme, then https- names',
    object: service('api', {
      ports: [
        { name: 'web', port: 8443, appProtocol: 'https', protocol: 'TCP', targetPort: 8443 },
        { name: 'https-admin', port: 9443, protocol: 'TCP', targetPort: 9443 },
        { name: 'plain', port: 443, appProtocol: 'http', protocol: 'TCP', targetPort: 8080 },
        { name: 'h2c', port: 8081, appProtocol: 'kubernetes.io/h2c', targetPort: 8081 },
      ],
    }),
    links: [
      [`${S}/default/services/https:api:web/proxy/`, []],
      [`${S}/default/services/https:api:https-admin/proxy/`, []],
      [`${S}/default/services/api:plain/proxy/`, []],
      [`${S}/default/services/api:h2c/proxy/`, []],
    ],
  },
  {
    name: 'a headless Service works like any other (the proxy goes to an endpoint)',
    object: service('db', {
      clusterIP: 'None',
      ports: [{ name: 'http', port: 8080, protocol: 'TCP', targetPort: 8080 }],
    }),
    links: [[`${S}/default/services/db:http/proxy/`, []]],
  },
  {
    name: 'an ExternalName Service has no endpoints',
    object: service('search', { type: 'ExternalName', externalName: 'search.example.com' }),
    links: [[null, ['external-name-service']]],
  },
  {
    name: 'SCTP is not HTTP',
    object: service('sig', { ports: [{ name: 'sig', port: 3868, protocol: 'SCTP' }] }),
    links: [[null, ['non-tcp-port']]],
  },
  {
    name: 'a pod with container ports: one link per port, by number',
    object: pod('web-0', [
      {
        name: 'app',
        image: 'nginx',
        ports: [{ containerPort: 80, name: 'http', protocol: 'TCP' }],
      },
      { name: 'admin', image: 'x', ports: [{ containerPort: 8443, name: 'https' }] },
    ]),
    links: [
      [`${S}/default/pods/web-0:80/proxy/`, []],
      [`${S}/default/pods/https:web-0:8443/proxy/`, []],
    ],
  },
  {
    name: 'a pod without container ports: the bare pod URL, with a note',
    object: pod('busybox', [{ name: 'sh', image: 'busybox' }]),
    links: [[`${S}/default/pods/busybox/proxy/`, ['no-container-port']]],
  },
  {
    name: 'a node: the kubelet port from its status',
    object: {
      apiVersion: 'v1',
      kind: 'Node',
      metadata: { name: 'node-1', uid: 'uid-node-1', resourceVersion: '1' },
      status: { daemonEndpoints: { kubeletEndpoint: { Port: 10250 } } },
    },
    links: [['/api/v1/nodes/node-1:10250/proxy/', []]],
  },
];

/** Every row's object in one `List`, as `kubectl get svc,pods,nodes -A -o json` prints them. */
export const objectList = {
  apiVersion: 'v1',
  kind: 'List',
  items: objectRows.map((row) => row.object),
  metadata: { resourceVersion: '' },
};
