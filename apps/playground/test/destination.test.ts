import { parseProxyUrl } from 'apiserver-proxy-url';
import { describe, expect, it } from 'vitest';
import { markdownLink, rbacYaml } from '../src/copy-formats.ts';
import { destinationOf } from '../src/destination.ts';
import { presetOf } from '../src/presets.ts';

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
      kubectlRefuses: false,
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

  it('says when kubectl proxy with default flags refuses, whatever the base', () => {
    expect(
      where('http://localhost:8001/api/v1/namespaces/ns/pods/p/proxy/exec')?.kubectlRefuses,
    ).toBe(true);
    expect(where('https://h:6443/api/v1/namespaces/ns/pods/p/proxy/attach')?.kubectlRefuses).toBe(
      true,
    );
    expect(where('http://[::1]:8001/api/v1/namespaces/ns/services/s/proxy/')?.kubectlRefuses).toBe(
      true,
    );
    expect(
      where('http://localhost:8001/api/v1/namespaces/ns/services/s/proxy/')?.kubectlRefuses,
    ).toBe(false);
  });

  it('has nothing to say about text that is not a proxy URL', () => {
    expect(where('javascript:alert(1)')).toBeNull();
    expect(where('<img src=x>')).toBeNull();
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
    expect(markdownLink(odd, target(odd))).toBe(`[ns/svc](<${odd}>)`);
    const node = '/api/v1/nodes/n_1/proxy/<x>';
    expect(markdownLink(node, target(node))).toBe('[n\\_1](/api/v1/nodes/n_1/proxy/%3Cx%3E)');
  });

  it('writes the RBAC rule as YAML for a Role', () => {
    const url = '/api/v1/namespaces/kube-system/services/https:kubernetes-dashboard:/proxy/';
    expect(rbacYaml(target(url))).toBe(
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
    ['https://rancher.example/k8s/clusters/c-1', 'custom'],
    ['/clusters/main', 'custom'],
    ['http://104.197.5.247', 'custom'],
  ])('%j is %s', (base, preset) => {
    expect(presetOf(base)).toBe(preset);
  });
});
