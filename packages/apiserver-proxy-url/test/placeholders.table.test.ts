// Placeholders are unknown values: no rule on names, namespaces, ports or escapes applies to them,
// and the URL's structure is still checked. Every form, in every part; then the structural
// mistakes that must still be found through them.
import { describe, expect, it } from 'vitest';
import { type DiagnosticCode, parseProxyUrl } from '../src/index.js';

const forms = [
  '<service-name>',
  '<SERVICE>',
  '{name}',
  '{{ .Release.Name }}',
  '{{ include "chart.fullname" . }}',
  '${name}',
  '$NAME',
  '$1',
  '$(kubectl get svc -o name | head -1)',
  '%s',
  '[name]',
  '…',
  '...',
  'SERVICE_NAME',
  'service_name',
  'XXXXX',
];

// Codes that mean a rule judged a placeholder's value.
const valueCodes: DiagnosticCode[] = [
  'invalid-namespace',
  'invalid-name',
  'invalid-port',
  'invalid-scheme',
  'named-pod-port',
  'service-name-leading-digit',
  'bad-percent-encoding',
  'space-in-url',
  'not-a-proxy-url',
  'route-differs',
  'invalid-id',
  'pasted-command',
];

const parts: Array<[string, (p: string) => string]> = [
  ['namespace', (p) => `/api/v1/namespaces/${p}/services/web/proxy/`],
  ['service name', (p) => `/api/v1/namespaces/default/services/${p}/proxy/`],
  ['service port', (p) => `/api/v1/namespaces/default/services/web:${p}/proxy/`],
  ['part of a name', (p) => `/api/v1/namespaces/default/services/web-${p}/proxy/`],
  ['pod name and port', (p) => `/api/v1/namespaces/default/pods/${p}:${p}/proxy/`],
  ['node name', (p) => `/api/v1/nodes/${p}/proxy/`],
  ['node port', (p) => `/api/v1/nodes/node-1:${p}/proxy/`],
  ['scheme', (p) => `/api/v1/namespaces/default/services/${p}:web:/proxy/`],
  ['host', (p) => `https://${p}/api/v1/namespaces/default/services/web/proxy/`],
  ['base', (p) => `${p}/api/v1/namespaces/default/services/web/proxy/`],
  ['path', (p) => `/api/v1/namespaces/default/services/web/proxy/${p}`],
  ['query', (p) => `/api/v1/namespaces/default/services/web/proxy/?q=${p}`],
];

describe.each(parts)('a placeholder as the %s', (_part, make) => {
  it.each(forms)('%s is an unknown value', (form) => {
    const url = make(form);
    const result = parseProxyUrl(url, { placeholders: true });
    const codes = result.diagnostics.map((d) => d.code);
    expect(codes.filter((c) => valueCodes.includes(c))).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.target).not.toBeNull();
  });
});

interface Row {
  url: string;
  codes: DiagnosticCode[];
  fix?: string;
}

// What must still be found through placeholders: the structure Kubernetes reads.
const structural: Row[] = [
  {
    url: '/api/v1/namespaces/<ns>/services/https:<svc>/proxy/',
    codes: ['scheme-parsed-as-name'],
    fix: '/api/v1/namespaces/<ns>/services/https:<svc>:/proxy/',
  },
  {
    url: '/api/v1/namespaces/${ns}/services/https:${name}/proxy/',
    codes: ['scheme-parsed-as-name'],
    fix: '/api/v1/namespaces/${ns}/services/https:${name}:/proxy/',
  },
  {
    url: '/api/v1/namespaces/%s/services/https:%s/proxy/',
    codes: ['scheme-parsed-as-name'],
    fix: '/api/v1/namespaces/%s/services/https:%s:/proxy/',
  },
  {
    url: 'http://localhost:8001/api/v1/proxy/namespaces/{{ .Release.Namespace }}/services/{{ template "fullname" . }}/',
    codes: ['legacy-proxy-path'],
    fix: 'http://localhost:8001/api/v1/namespaces/{{ .Release.Namespace }}/services/{{ template "fullname" . }}/proxy/',
  },
  {
    url: '/api/v1/namespaces/$NS/services/$SVC/proxy',
    codes: ['missing-trailing-slash', 'empty-port-unnamed-only'],
    fix: '/api/v1/namespaces/$NS/services/$SVC/proxy/',
  },
  {
    url: 'http://<master>/api/v1/namespaces/<ns>/services/<svc>:<port>/proxy/',
    codes: ['insecure-remote-base'],
  },
  {
    url: '/api/v1/namespaces/<ns>/services/<svc>/proxy/%zz/<path>',
    codes: ['empty-port-unnamed-only', 'bad-percent-encoding'],
  },
  {
    url: '/api/v1/namespaces/%s/services/%s/proxy/%zz',
    codes: ['empty-port-unnamed-only', 'bad-percent-encoding'],
  },
  { url: '/api/v1/namespaces/<ns>/services/<a>:<b>:<c>:<d>/proxy/', codes: ['invalid-id'] },
  { url: '/api/v1/namespaces/<ns>/services/<svc>:https/proxy/', codes: ['scheme-port-mismatch'] },
  { url: '/api/v1/namespaces/<ns>/services/<svc>:443/proxy/', codes: ['scheme-port-mismatch'] },
  {
    url: '/api/v1/namespaces/<ns>/services/web/proxy/../../<x>',
    codes: ['empty-port-unnamed-only', 'path-escapes-proxy'],
  },
  {
    url: '/api/v1/namespaces/<ns>/services/Web/proxy/',
    codes: ['invalid-name', 'empty-port-unnamed-only'],
  },
];

describe('structure still counts through placeholders', () => {
  it.each(structural)('$url', ({ url, codes, fix }) => {
    const result = parseProxyUrl(url, { placeholders: true });
    expect(result.diagnostics.map((d) => d.code).sort()).toEqual([...codes].sort());
    if (fix !== undefined)
      expect(result.diagnostics[0]?.fix ?? result.diagnostics.find((d) => d.fix)?.fix).toBe(fix);
  });
});

describe('templates, not mistakes', () => {
  it('[https:]svc is a template, not invalid-scheme', () => {
    const r = parseProxyUrl('/api/v1/namespaces/ns/services/[https:]svc[:port]/proxy/', {
      placeholders: true,
    });
    expect(r.ok).toBe(true);
    expect(r.diagnostics.map((d) => d.code)).toEqual([]);
  });

  it('service_name[:port_name] is a template', () => {
    const r = parseProxyUrl(
      'https://kubernetes_master_address/api/v1/namespaces/namespace_name/services/service_name[:port_name]/proxy/',
      { placeholders: true },
    );
    expect(r.ok).toBe(true);
    expect(r.target?.name).toBe('service_name[:port_name]');
    expect(r.target?.namespace).toBe('namespace_name');
  });

  it('gives texts as written, placeholders unmasked, and spans into the input', () => {
    const url =
      '/api/v1/namespaces/{{ .Release.Namespace }}/services/https:{{ .Values.name }}:{{ .Values.port }}/proxy/{{ .Values.path }}?q=$Q';
    const r = parseProxyUrl(url, { placeholders: true });
    expect(r.target).toEqual({
      base: '',
      resource: 'services',
      namespace: '{{ .Release.Namespace }}',
      scheme: 'https',
      name: '{{ .Values.name }}',
      port: '{{ .Values.port }}',
      path: '/{{ .Values.path }}',
      query: 'q=$Q',
      fragment: '',
    });
    const [from, to] = r.parts.name ?? [0, 0];
    expect(url.slice(from, to)).toBe('{{ .Values.name }}');
  });

  it.each([
    // Rancher: the path glued to /proxy.
    ['${cluster.server}/api/v1/namespaces/${ns}/services/${name}:${port}/proxy${path}', '${path}'],
    // Headlamp's Prometheus plugin: the resource is a placeholder.
    ['/api/v1/namespaces/${namespace}/${kubernetesType}/${name}:${port}/proxy/', null],
    // Headlamp's fetchMetrics: one placeholder for namespace, resource and id.
    ['/api/v1/namespaces/${data.prefix}/proxy/api/v1/query_range?query=up', null],
  ])('a placeholder may stand for the path or the shape: %s', (url, path) => {
    const r = parseProxyUrl(url, { placeholders: true });
    expect(r.diagnostics).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.target?.path ?? null).toBe(path);
  });

  it('a placeholder glued to /proxy keeps the rest checked; a known wrong resource stays wrong', () => {
    const glued = parseProxyUrl('/api/v1/namespaces/${ns}/services/https:${name}/proxy${path}', {
      placeholders: true,
    });
    expect(glued.diagnostics.map((d) => d.code)).toEqual(['scheme-parsed-as-name']);
    const wrong = parseProxyUrl('/api/v1/namespaces/${ns}/configmaps/${name}/proxy/', {
      placeholders: true,
    });
    expect(wrong.diagnostics.map((d) => d.code)).toEqual(['not-a-proxy-url']);
    expect(parseProxyUrl('/api/v1/namespaces/a/services/b/proxy${path}').ok).toBe(false);
  });

  it('changes nothing without the option', () => {
    const url = '/api/v1/namespaces/<ns>/services/<svc>/proxy/';
    expect(parseProxyUrl(url).diagnostics.map((d) => d.code)).toContain('invalid-namespace');
    expect(parseProxyUrl(url, {}).ok).toBe(false);
    expect(parseProxyUrl(url, { placeholders: false }).ok).toBe(false);
  });

  it('a valid escape is not a format verb (%de is é’s first byte)', () => {
    const r = parseProxyUrl('/api/v1/namespaces/default/services/web/proxy/%de%zz', {
      placeholders: true,
    });
    expect(r.diagnostics.map((d) => d.code)).toContain('bad-percent-encoding');
  });

  it('an IPv6 host is not a placeholder', () => {
    const r = parseProxyUrl('http://[::1]:8001/api/v1/namespaces/a/services/b/proxy/', {
      placeholders: true,
    });
    expect(r.target?.base).toBe('http://[::1]:8001');
    expect(r.diagnostics.map((d) => d.code)).toEqual(
      parseProxyUrl('http://[::1]:8001/api/v1/namespaces/a/services/b/proxy/').diagnostics.map(
        (d) => d.code,
      ),
    );
  });

  it('input that already holds the mask characters is read unmasked, without garbling them', () => {
    const url = '/api/v1/namespaces/<ns>/services/web/proxy/\ue041';
    const r = parseProxyUrl(url, { placeholders: true });
    expect(r.target?.path).toBe('/\ue041');
  });
});
