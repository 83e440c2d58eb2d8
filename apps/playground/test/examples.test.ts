import { parseClusterInfo, parseProxyUrl } from 'apiserver-proxy-url';
import { describe, expect, it } from 'vitest';
import { docsClusterInfo, examples } from '../src/examples.ts';

const codes = (url: string) => parseProxyUrl(url).diagnostics.map((d) => d.code);

describe('examples', () => {
  it('from the docs page all reach the API server (no errors)', () => {
    for (const e of examples.filter((x) => x.group === 'docs')) {
      expect(parseProxyUrl(e.url).ok, e.url).toBe(true);
    }
  });

  it.each([
    ['docsSearch', 'insecure-remote-base'],
    ['docsIpv6', 'kubectl-proxy-rejects-host'],
    ['docsClusterInfo', 'missing-trailing-slash'],
    ['schemeAsName', 'scheme-parsed-as-name'],
    ['escape', 'path-escapes-proxy'],
    ['legacy', 'legacy-proxy-path'],
    ['podExec', 'kubectl-proxy-rejects-path'],
    ['encodedPath', 'encoded-query-in-path'],
    ['node', 'kubelet-port-scheme-ignored'],
  ])('%s shows %s', (id, code) => {
    const example = examples.find((e) => e.id === id);
    expect(codes(example?.url ?? '')).toContain(code);
  });

  it('are the ones the docs page prints', async () => {
    const { readFile } = await import('node:fs/promises');
    const page = await readFile(
      new URL(
        '../../../packages/apiserver-proxy-url/test/fixtures/docs/cluster-access.ko.md',
        import.meta.url,
      ),
      'utf8',
    );
    for (const e of examples.filter(
      (x) =>
        x.group === 'docs' && !x.url.includes('[::1]') && !x.url.includes('https:elasticsearch'),
    )) {
      expect(page).toContain(e.url.replace(/\/$/, ''));
    }
    for (const line of docsClusterInfo.trim().split('\n')) expect(page).toContain(line);
  });

  it('cluster-info from the docs gives one control plane and five services', () => {
    const entries = parseClusterInfo(docsClusterInfo);
    expect(entries.map((e) => [e.name, e.target?.name ?? null])).toEqual([
      ['Kubernetes master', null],
      ['elasticsearch-logging', 'elasticsearch-logging'],
      ['kibana-logging', 'kibana-logging'],
      ['kube-dns', 'kube-dns'],
      ['grafana', 'monitoring-grafana'],
      ['heapster', 'monitoring-heapster'],
    ]);
  });
});

describe('the default URL', () => {
  it('is the first example (it lives in its own file so the list can load after the page)', async () => {
    const { defaultUrl } = await import('../src/default-url.ts');
    expect(defaultUrl).toBe(examples[0]?.url);
  });
});
