import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseProxyUrl, safeBuildProxyUrl } from '../src/index.js';
import { proxyTargetSchema, proxyUrlSchema } from '../src/zod.js';

describe('proxyUrlSchema', () => {
  it('turns a URL into its target', () => {
    const url = 'http://localhost:8001/api/v1/namespaces/ns/services/https:svc:443/proxy/';
    expect(proxyUrlSchema.parse(url)).toEqual(parseProxyUrl(url).target);
  });

  it('lets warnings and infos through', () => {
    // missing-trailing-slash (warning), empty-port-unnamed-only (info)
    const result = proxyUrlSchema.safeParse('/api/v1/namespaces/ns/services/svc/proxy');
    expect(result.success).toBe(true);
  });

  const failing: Array<{ url: string; codes: string[] }> = [
    { url: '/api/v1/namespaces/ns/services/a:b:c:d/proxy/', codes: ['invalid-id'] },
    {
      url: '/api/v1/namespaces/NS/services/Svc/proxy/',
      codes: ['invalid-namespace', 'invalid-name'],
    },
    { url: 'https://example.com/', codes: ['not-a-proxy-url'] },
    {
      url: 'https://h/api/v1/namespaces/ns/services/svc/proxy/../../x',
      codes: ['path-escapes-proxy'],
    },
  ];
  it.each(failing)('turns each error of $url into an issue', ({ url, codes }) => {
    const result = proxyUrlSchema.safeParse(url);
    expect(result.success).toBe(false);
    const issues = result.error?.issues ?? [];
    expect(issues.map((i) => (i as z.core.$ZodIssueCustom).params?.code)).toEqual(codes);
    const errors = parseProxyUrl(url).diagnostics.filter((d) => d.severity === 'error');
    issues.forEach((issue, i) => {
      expect(issue.code).toBe('custom');
      expect(issue.message).toBe(errors[i]?.message);
      const params = (issue as z.core.$ZodIssueCustom).params;
      expect(params).toEqual({
        code: errors[i]?.code,
        start: errors[i]?.start,
        end: errors[i]?.end,
      });
    });
  });

  it('refuses what is not a string', () => {
    expect(proxyUrlSchema.safeParse(42).success).toBe(false);
  });

  it('composes with other schemas', () => {
    const config = z.object({ dashboard: proxyUrlSchema });
    const parsed = config.parse({
      dashboard: '/api/v1/namespaces/kube-system/services/https:kubernetes-dashboard:/proxy/',
    });
    expect(parsed.dashboard.scheme).toBe('https');
  });
});

describe('proxyTargetSchema', () => {
  it('accepts what the builder builds', () => {
    const input = { namespace: 'ns', name: 'svc', port: 8080, query: { a: ['1', '2'] } };
    expect(proxyTargetSchema.parse(input)).toEqual(input);
  });

  const refused: Array<{ input: unknown; path: string[]; code: string }> = [
    {
      input: { namespace: 'ns', name: 'svc', path: '../../secrets' },
      path: ['path'],
      code: 'path-escapes-proxy',
    },
    { input: { namespace: 'ns', name: 'Svc' }, path: ['name'], code: 'invalid-name' },
    { input: { name: 'svc' }, path: ['namespace'], code: 'invalid-namespace' },
    {
      input: { resource: 'nodes', namespace: 'ns', name: 'n' },
      path: ['namespace'],
      code: 'invalid-namespace',
    },
    { input: { namespace: 'ns', name: 'svc', port: 70000 }, path: ['port'], code: 'invalid-port' },
    {
      input: { base: 'ftp://h', namespace: 'ns', name: 'svc' },
      path: ['base'],
      code: 'unsupported-url-scheme',
    },
  ];
  it.each(refused)(
    'refuses with the builder’s code on the field: $code',
    ({ input, path, code }) => {
      const result = proxyTargetSchema.safeParse(input);
      expect(result.success).toBe(false);
      const issue = result.error?.issues[0] as z.core.$ZodIssueCustom;
      expect(issue.path).toEqual(path);
      expect(issue.params).toEqual({ code });
      const built = safeBuildProxyUrl(input as never);
      expect(built.ok).toBe(false);
      if (!built.ok) expect(issue.message).toBe(built.diagnostics[0]?.message);
    },
  );

  it('checks the shape before the rules', () => {
    const result = proxyTargetSchema.safeParse({ namespace: 'ns', name: 1, resource: 'secrets' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.code).sort()).toEqual([
      'invalid_type',
      'invalid_value',
    ]);
  });
});
