// The doors a proxy URL can go through: the base in front of /api/v1.

export type PresetId =
  | 'kubectl'
  | 'cluster'
  | 'direct'
  | 'rancher'
  | 'headlamp'
  | 'backstage'
  | 'none'
  | 'custom';

export const presetIds: readonly PresetId[] = [
  'kubectl',
  'cluster',
  'direct',
  'rancher',
  'headlamp',
  'backstage',
  'none',
  'custom',
];

/** The base each preset puts in front of /api/v1 (`custom` keeps what the field holds). */
export const presetBase: Record<Exclude<PresetId, 'custom'>, string> = {
  kubectl: 'http://localhost:8001', // kubectl proxy's default address
  cluster: 'https://kubernetes.default.svc', // from a pod
  direct: 'https://104.197.5.247', // the API server address of the docs' examples
  // Rancher's authentication proxy: /k8s/clusters/<cluster ID> (c-m-… since Rancher 2.6, or local).
  rancher: 'https://rancher.example.com/k8s/clusters/c-m-abcd1234',
  // Headlamp's backend routes /clusters/<kubeconfig context>/{api:.*} to that cluster.
  headlamp: 'https://headlamp.example.com/clusters/main',
  // Backstage's Kubernetes plugin: the cluster is named by the Backstage-Kubernetes-Cluster header.
  backstage: 'https://backstage.example.com/api/kubernetes/proxy',
  none: '', // a path only, as kubectl get --raw takes it
};

const loopback = /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/;

/**
 * The gateway a base's path names, whatever its host (or none): Rancher `/k8s/clusters/<id>`,
 * Headlamp `/clusters/<name>`, Backstage `/api/kubernetes/proxy`.
 */
function gatewayOf(path: string): PresetId | undefined {
  const segments = path.split('/');
  if (segments[0] !== '') return undefined;
  const [, first, second, third] = segments;
  if (segments.length === 4 && first === 'k8s' && second === 'clusters' && third) return 'rancher';
  if (segments.length === 3 && first === 'clusters' && second) return 'headlamp';
  if (segments.length === 4 && first === 'api' && second === 'kubernetes' && third === 'proxy') {
    return 'backstage';
  }
  return undefined;
}

/**
 * Which preset a base is: kubectl proxy on any port, the in-cluster name, an https origin, a
 * gateway's path (on any host, or none), none.
 */
export function presetOf(base: string): PresetId {
  if (base === '') return 'none';
  if (base === presetBase.cluster) return 'cluster';
  if (loopback.test(base)) return 'kubectl';
  if (base.startsWith('/') && !base.startsWith('//')) return gatewayOf(base) ?? 'custom';
  if (URL.canParse(base)) {
    const url = new URL(base);
    if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
      return 'custom';
    }
    if (url.pathname !== '/') return gatewayOf(url.pathname) ?? 'custom';
    if (url.protocol === 'https:' && !base.endsWith('/')) return 'direct';
  }
  return 'custom';
}

/** The port of a loopback base (`http://localhost:8080` → `8080`), or kubectl proxy's default. */
export function kubectlPort(base: string): string {
  const match = loopback.exec(base);
  return match?.[2] ? match[2].slice(1) : match ? '80' : '8001';
}
