// The doors a proxy URL can go through: the base in front of /api/v1.

export type PresetId = 'kubectl' | 'cluster' | 'direct' | 'none' | 'custom';

export const presetIds: readonly PresetId[] = ['kubectl', 'cluster', 'direct', 'none', 'custom'];

/** The base each preset puts in front of /api/v1 (`custom` keeps what the field holds). */
export const presetBase: Record<Exclude<PresetId, 'custom'>, string> = {
  kubectl: 'http://localhost:8001', // kubectl proxy's default address
  cluster: 'https://kubernetes.default.svc', // from a pod
  direct: 'https://104.197.5.247', // the API server address of the docs' examples
  none: '', // a path only, as kubectl get --raw takes it
};

const loopback = /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/;

/** Which preset a base is: kubectl proxy on any port, the in-cluster name, an https origin, none. */
export function presetOf(base: string): PresetId {
  if (base === '') return 'none';
  if (base === presetBase.cluster) return 'cluster';
  if (loopback.test(base)) return 'kubectl';
  if (URL.canParse(base)) {
    const url = new URL(base);
    const bare =
      url.pathname === '/' && !base.endsWith('/') && url.search === '' && url.hash === '';
    if (url.protocol === 'https:' && bare && url.username === '' && url.password === '') {
      return 'direct';
    }
  }
  return 'custom';
}
