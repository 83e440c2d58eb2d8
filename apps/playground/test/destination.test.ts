import { parseProxyUrl } from 'apiserver-proxy-url';
import { describe, expect, it } from 'vitest';
import { markdownLink, rbacYaml } from '../src/copy-formats.ts';
import { destinationOf } from '../src/destination.ts';
import { kubectlPort, presetBase, presetOf } from '../src/presets.ts';

const where = (url: string) => destinationOf(url, parseProxyUrl(url));

describe('where the request goes', () => {
  it('sends the docs example to the API server, path and query as written', () => {
    const d = where(
      'http://104.197.5.247/api/v1/namespaces/kube-system/services/elasticsearch-logging/proxy/_search?q=user:kimchy#x',
    );
    expect(d).toMatchObject({
      host: '104.197.5.247',
      request:
        '/api/v1/namespaces/kube-system/services/elasticsearch-logging/proxy/_search?q=user:kimchy',
      cleaned: false,
      kubectl: 'elsewhere',
      kubectlRejectsPath: false,
      fragment: 'x',
    });
    expect(d?.backend?.path).toBe('/_search');
  });

  it('shows the browser cleaning dot segments, and a path that leaves the proxy', () => {
    const inside = where('/api/v1/namespaces/ns/services/svc/proxy/a/./b/../c');
    expect(inside).toMatchObject({ host: null, cleaned: true, escapes: undefined });
    expect(inside?.backend?.path).toBe('/a/c');
    const out = where('https://h/api/v1/namespaces/ns/services/svc/proxy/../../../secrets');
    expect(out?.request).toBe('/api/v1/namespaces/ns/secrets');
    expect(out?.backend).toBeNull();
    expect(out?.escapes?.code).toBe('path-escapes-proxy');
  });

  it('has nothing to say about text that is not a proxy URL', () => {
    expect(where('javascript:alert(1)')).toBeNull();
    expect(where('<img src=x>')).toBeNull();
  });
});

type Verdict = NonNullable<ReturnType<typeof where>>['kubectl'];

const SVC = '/api/v1/namespaces/ns/services/s/proxy/';
const EXEC = '/api/v1/namespaces/ns/pods/p/proxy/exec';

describe('what kubectl proxy with default flags does', () => {
  it.each<[string, string, Verdict, boolean]>([
    // [why, url, verdict, the base could be kubectl proxy]
    ['kubectl proxy at localhost', `http://localhost:8001${SVC}`, 'accepts', true],
    ['kubectl proxy at 127.0.0.1', `http://127.0.0.1:8080${SVC}`, 'accepts', true],
    ['upper-case scheme and host', `HTTP://LOCALHOST:8001${SVC}`, 'accepts', true],
    ['no base (kubectl get --raw, or the page host)', SVC, 'accepts', true],
    ['a path-only prefix', `/clusters/main${SVC}`, 'accepts', true],
    ['a reject-paths path', `http://localhost:8001${EXEC}`, 'refuses', true],
    ['attach, path-only', '/api/v1/namespaces/ns/pods/p/proxy/attach', 'refuses', true],
    ['[::1] with a port: nothing listens there', `http://[::1]:8001${SVC}`, 'unreachable', true],
    ['[::1] without a port', `http://[::1]${SVC}`, 'unreachable', true],
    ['another 127.x address', `http://127.0.0.2:8001${SVC}`, 'unreachable', true],
    ['// in the path: a 301', `http://localhost:8001${SVC}a//b`, 'redirects', true],
    ['// in the path, no base', `${SVC}metrics//x`, 'redirects', true],
    ['// and a rejected path', `http://localhost:8001${EXEC}//x`, 'redirects', true],
    ['https:// to an API server', `https://x${SVC}`, 'elsewhere', false],
    ['https:// to localhost', `https://localhost:6443${SVC}`, 'elsewhere', false],
    ['plain http to a remote host', `http://104.197.5.247${SVC}`, 'elsewhere', false],
    ['a Rancher base', `https://rancher.example/k8s/clusters/c-25hs9${SVC}`, 'elsewhere', false],
    ['a rejected path, not through kubectl proxy', `https://h:6443${EXEC}`, 'elsewhere', false],
    ['ws:// to localhost', `ws://localhost:8001${SVC}`, 'elsewhere', false],
  ])('%s', (_why, url, verdict, viaKubectl) => {
    const d = where(url);
    expect(d?.kubectl).toBe(verdict);
    expect(d?.viaKubectl).toBe(viaKubectl);
  });

  it.each([
    [`http://localhost:8001${EXEC}`, true],
    [`https://h:6443${EXEC}`, true],
    [`http://localhost:8001${EXEC}//x`, true],
    [`http://localhost:8001${SVC}`, false],
  ])('%s: the path is rejected: %s', (url, rejected) => {
    expect(where(url)?.kubectlRejectsPath).toBe(rejected);
  });
});

describe('how the API server talks to the backend', () => {
  it.each<[string, string, 'http' | 'https', boolean]>([
    // [why, url, over, kubelet]
    [
      'a node, empty port: the kubelet, https',
      '/api/v1/nodes/node-1/proxy/stats/summary',
      'https',
      true,
    ],
    ['a node, port 10250', '/api/v1/nodes/node-1:10250/proxy/', 'https', true],
    [
      'a node, http: to the kubelet port is ignored',
      '/api/v1/nodes/http:node-1:10250/proxy/',
      'https',
      true,
    ],
    ['a node, http: and an empty port', '/api/v1/nodes/http:node-1:/proxy/', 'https', true],
    ['a node, https: and 10250', '/api/v1/nodes/https:node-1:10250/proxy/', 'https', true],
    ['a node, 010250 is not the kubelet port', '/api/v1/nodes/node-1:010250/proxy/', 'http', false],
    ['a node, another port', '/api/v1/nodes/node-1:9100/proxy/metrics', 'http', false],
    ['a node, https: to another port', '/api/v1/nodes/https:node-1:9100/proxy/', 'https', false],
    ['a Service, no scheme', SVC, 'http', false],
    [
      'a Service port 10250 is not the kubelet',
      '/api/v1/namespaces/ns/services/s:10250/proxy/',
      'http',
      false,
    ],
    ['a Service, https:', '/api/v1/namespaces/ns/services/https:s:/proxy/', 'https', false],
    ['a pod, http:', '/api/v1/namespaces/ns/pods/http:p:8080/proxy/', 'http', false],
  ])('%s', (_why, url, over, kubelet) => {
    expect(where(url)).toMatchObject({ over, kubelet });
  });
});

describe('copy as', () => {
  const target = (url: string) => {
    const t = parseProxyUrl(url).target;
    if (!t) throw new Error(url);
    return t;
  };

  it('writes a Markdown link whose destination survives any URL', () => {
    const url = '/api/v1/namespaces/ns/services/svc/proxy/';
    expect(markdownLink(url, target(url))).toBe(`[ns/svc](${url})`);
    const odd = '/api/v1/namespaces/ns/services/svc/proxy/a(b)c d';
    expect(markdownLink(odd, target(odd))).toBe(
      '[ns/svc](/api/v1/namespaces/ns/services/svc/proxy/a%28b%29c%20d)',
    );
    const node = '/api/v1/nodes/n_1/proxy/<x>';
    expect(markdownLink(node, target(node))).toBe('[n\\_1](/api/v1/nodes/n_1/proxy/%3Cx%3E)');
  });

  it('names the id in the RBAC rule exactly as the URL sends it', () => {
    expect(rbacYaml('/api/v1/namespaces/ns/services/web:/proxy/')).toContain(
      'resourceNames: ["web:"]',
    );
  });

  it('writes the RBAC rule as YAML for a Role', () => {
    const url = '/api/v1/namespaces/kube-system/services/https:kubernetes-dashboard:/proxy/';
    expect(rbacYaml(url)).toBe(
      [
        '- apiGroups: [""]',
        '  resources: ["services/proxy"]',
        '  resourceNames: ["https:kubernetes-dashboard:"]',
        '  verbs: ["get"]',
      ].join('\n'),
    );
  });
});

describe('base presets', () => {
  it.each([
    ['', 'none'],
    ['http://localhost:8001', 'kubectl'],
    ['http://127.0.0.1:8080', 'kubectl'],
    ['https://kubernetes.default.svc', 'cluster'],
    ['https://104.197.5.247', 'direct'],
    ['https://api.example:6443', 'direct'],
    ['https://rancher.example/k8s/clusters/c-1', 'rancher'],
    ['/k8s/clusters/local', 'rancher'],
    ['https://rancher.example/k8s/clusters/', 'custom'],
    ['https://rancher.example/k8s/clusters/c-1/x', 'custom'],
    ['/clusters/main', 'headlamp'],
    ['http://localhost:4466/clusters/main', 'headlamp'],
    ['/clusters/', 'custom'],
    ['https://backstage.example/api/kubernetes/proxy', 'backstage'],
    ['/api/kubernetes/proxy', 'backstage'],
    ['/api/kubernetes', 'custom'],
    ['https://user:pw@rancher.example/k8s/clusters/c-1', 'custom'],
    ['http://104.197.5.247', 'custom'],
    ['https://104.197.5.247/', 'custom'],
  ])('%j is %s', (base, preset) => {
    expect(presetOf(base)).toBe(preset);
  });

  it.each(Object.entries(presetBase))('the %s preset is recognised as itself', (id, base) => {
    expect(presetOf(base)).toBe(id);
  });

  it.each([
    ['http://localhost:8001', '8001'],
    ['http://localhost:8080', '8080'],
    ['http://127.0.0.1:9000', '9000'],
    ['http://localhost', '80'],
    ['https://x', '8001'],
  ])('kubectl proxy at %j listens on port %s', (base, port) => {
    expect(kubectlPort(base)).toBe(port);
  });

  it.each(Object.values(presetBase).filter((b) => b !== ''))(
    'a URL on the %s preset parses with that base',
    (base) => {
      const parsed = parseProxyUrl(`${base}/api/v1/namespaces/default/services/web:80/proxy/`);
      expect(parsed.ok).toBe(true);
      expect(parsed.target?.base).toBe(base);
    },
  );
});
