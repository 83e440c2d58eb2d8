// Links from objects, and which port a URL reaches once the objects are known.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linksFromObjects, parseProxyUrl, resolveProxyTarget } from '../src/index.js';
import { objectList, objectRows } from './objects.fixtures.js';

describe('linksFromObjects', () => {
  it.each(objectRows)('$name', ({ object, links }) => {
    const found = linksFromObjects(object);
    expect(found.map((l) => [l.url, l.diagnostics.map((d) => d.code)])).toEqual(links);
    for (const l of found) {
      if (!l.url) continue;
      // Every link parses back to its object, with no error.
      const parsed = parseProxyUrl(l.url);
      expect(parsed.ok).toBe(true);
      expect(parsed.target).toEqual(l.target);
      expect(l.target?.name).toBe(l.name);
    }
  });

  it('reads a List, an array, a ServiceList without item kinds, and skips anything else', () => {
    const services = objectRows.filter((r) => r.object.kind === 'Service');
    const serviceList = {
      kind: 'ServiceList',
      items: services.map(({ object }) => ({ ...object, kind: undefined })),
    };
    const urls = (v: unknown) => linksFromObjects(v).map((l) => l.url);
    expect(urls(serviceList)).toEqual(urls(services.map((r) => r.object)));
    expect(urls(objectList)).toEqual(objectRows.flatMap((r) => r.links.map(([u]) => u)));
    for (const junk of [null, 42, 'x', [], {}, { kind: 'ConfigMap' }, { items: 'no' }, [[[[]]]]]) {
      expect(linksFromObjects(junk)).toEqual([]);
    }
  });

  it('puts the base, path and query on every link, and kubelet examples on nodes', () => {
    const [node] = linksFromObjects(objectRows.find((r) => r.object.kind === 'Node')?.object, {
      base: 'http://localhost:8001',
      path: '/metrics',
      query: 'a=1',
    });
    expect(node?.url).toBe('http://localhost:8001/api/v1/nodes/node-1:10250/proxy/metrics?a=1');
    expect(node?.scheme).toBe('https');
    expect(node?.examples).toEqual([
      'http://localhost:8001/api/v1/nodes/node-1:10250/proxy/metrics',
      'http://localhost:8001/api/v1/nodes/node-1:10250/proxy/metrics/cadvisor',
      'http://localhost:8001/api/v1/nodes/node-1:10250/proxy/stats/summary',
      'http://localhost:8001/api/v1/nodes/node-1:10250/proxy/logs/',
      'http://localhost:8001/api/v1/nodes/node-1:10250/proxy/pods',
    ]);
  });

  it('refuses, with the builder’s diagnostic, a name the API server would refuse', () => {
    const [l] = linksFromObjects({
      kind: 'Service',
      metadata: { name: 'Bad_Name' },
      spec: { ports: [{ port: 80 }] },
    });
    expect(l?.url).toBeNull();
    expect(l?.diagnostics.map((d) => d.code)).toEqual(['invalid-name']);
  });
});

const kubeDns = objectRows[1]?.object;
const dashboard = objectRows[2]?.object;
const web = objectRows[0]?.object;
const S = '/api/v1/namespaces';

describe('resolveProxyTarget', () => {
  const rows: Array<[string, unknown, string | null, string[], string?]> = [
    [`${S}/kube-system/services/kube-dns:metrics/proxy/`, kubeDns, 'metrics', []],
    [`${S}/kube-system/services/kube-dns:9153/proxy/`, kubeDns, 'metrics', []],
    [`${S}/kube-system/services/kube-dns/proxy/`, kubeDns, null, ['unknown-port']],
    [`${S}/kube-system/services/kube-dns:dns/proxy/`, kubeDns, 'dns', ['non-tcp-port']],
    [
      `${S}/kube-system/services/kube-dns:53/proxy/`,
      kubeDns,
      'dns',
      ['non-tcp-port'],
      `${S}/kube-system/services/kube-dns:dns-tcp/proxy/`,
    ],
    [`${S}/kube-system/services/kube-dns:http/proxy/`, kubeDns, null, ['unknown-port']],
    [
      `${S}/kubernetes-dashboard/services/kubernetes-dashboard/proxy/`,
      dashboard,
      '443',
      ['port-scheme-differs'],
      `${S}/kubernetes-dashboard/services/https:kubernetes-dashboard:/proxy/`,
    ],
    [`${S}/kubernetes-dashboard/services/https:kubernetes-dashboard:/proxy/`, dashboard, '443', []],
    [`${S}/default/services/web/proxy/`, web, '80', []],
    [`${S}/default/services/web:80/proxy/`, web, '80', []],
    [
      `${S}/default/services/web:http/proxy/`,
      web,
      null,
      ['unknown-port'],
      `${S}/default/services/web/proxy/`,
    ],
    [
      `${S}/default/services/https:web:/proxy/`,
      web,
      '80',
      ['port-scheme-differs'],
      `${S}/default/services/web/proxy/`,
    ],
    [`${S}/default/services/other/proxy/`, web, null, ['object-not-found']],
    [`${S}/default/pods/web-0/proxy/`, objectRows[7]?.object, 'http', []],
    [
      `${S}/default/pods/web-0:8443/proxy/`,
      objectRows[7]?.object,
      'https',
      ['port-scheme-differs'],
    ],
    [`${S}/default/pods/busybox/proxy/`, objectRows[8]?.object, null, ['no-container-port']],
    ['/api/v1/nodes/node-1/proxy/metrics', objectRows[9]?.object, 'kubelet', []],
  ];
  it.each(rows)('%s', (url, objects, port, codes, fix) => {
    const r = resolveProxyTarget(url, objects);
    const p = r.port as { name?: string; port?: number; Port?: number } | null;
    // A port by its name, else its number; the kubelet's by its own key.
    const seen = p === null ? null : p.Port ? 'kubelet' : (p.name ?? String(p.port));
    expect(seen).toBe(port);
    expect(r.diagnostics.map((d) => d.code)).toEqual(codes);
    if (fix) expect(r.diagnostics[0]?.fix).toBe(fix);
    for (const d of r.diagnostics)
      expect(url.slice(d.start, d.end)).toBe(url.split('/')[url.includes('/nodes/') ? 4 : 6]);
  });
});

const label = fc.stringMatching(/^[a-z]([a-z0-9-]{0,10}[a-z0-9])?$/);
const servicePorts = fc.uniqueArray(
  fc.record({
    name: label,
    port: fc.integer({ min: 1, max: 65535 }),
    appProtocol: fc.option(fc.constantFrom('http', 'https', 'kubernetes.io/h2c'), {
      nil: undefined,
    }),
  }),
  { minLength: 1, maxLength: 4, selector: (p) => p.name },
);

describe('generated Services', () => {
  it('every link parses back to its Service with no error, and resolves to the port it was made from', () => {
    fc.assert(
      fc.property(label, label, servicePorts, fc.boolean(), (namespace, name, ports, unnamed) => {
        // One port may be unnamed only when it is the only one.
        const spec = unnamed ? [{ ...ports[0], name: undefined }] : ports;
        const service = { kind: 'Service', metadata: { name, namespace }, spec: { ports: spec } };
        const links = linksFromObjects(service, { base: 'http://localhost:8001' });
        expect(links).toHaveLength(spec.length);
        links.forEach((l, i) => {
          const parsed = parseProxyUrl(l.url as string);
          expect(parsed.ok).toBe(true);
          expect(parsed.target).toMatchObject({ namespace, name, resource: 'services' });
          const resolved = resolveProxyTarget(l.url as string, service);
          expect(resolved.port).toBe(spec[i]);
          expect(resolved.diagnostics).toEqual([]);
        });
      }),
      { numRuns: 1000 },
    );
  });
});
