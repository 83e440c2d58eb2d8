// Zod schemas that reuse the parser's and the builder's own checks: no rule is written twice.
import { z } from 'zod';
import { safeBuildProxyUrl } from './build.js';
import { parseProxyUrl } from './parse.js';
import type { ProxyTarget, ProxyTargetInput } from './types.js';

/**
 * A string that parses to a {@link ProxyTarget}. Each error diagnostic becomes a custom issue with
 * `params: { code, start, end }`; warnings and infos are not issues.
 *
 * @example
 * proxyUrlSchema.parse('/api/v1/namespaces/ns/services/svc:http/proxy/').name // 'svc'
 * proxyUrlSchema.safeParse('/api/v1/namespaces/ns/services/a:b:c:d/proxy/').success // false
 */
export const proxyUrlSchema: z.ZodType<ProxyTarget, string> = z.string().transform((url, ctx) => {
  const { target, diagnostics } = parseProxyUrl(url);
  let failed = false;
  for (const { severity, code, message, start, end } of diagnostics) {
    if (severity !== 'error') continue;
    failed = true;
    ctx.addIssue({ code: 'custom', message, params: { code, start, end } });
  }
  return failed || !target ? z.NEVER : target;
});

const idScheme = z.enum(['', 'http', 'https']);

/**
 * A {@link ProxyTargetInput}, checked by the builder's own rules: each refusal becomes a custom issue
 * on the field at fault, with `params: { code }`.
 *
 * @example
 * proxyTargetSchema.safeParse({ namespace: 'ns', name: 'svc', path: '../../secrets' }).success // false
 */
export const proxyTargetSchema: z.ZodType<ProxyTargetInput> = z
  .object({
    base: z.string().optional(),
    resource: z.enum(['services', 'pods', 'nodes']).optional(),
    namespace: z.string().nullable().optional(),
    name: z.string(),
    scheme: idScheme.optional(),
    port: z.union([z.string(), z.number()]).optional(),
    path: z.string().optional(),
    query: z
      .union([
        z.string(),
        z.instanceof(URLSearchParams),
        z.record(z.string(), z.union([z.string(), z.array(z.string())])),
      ])
      .optional(),
    fragment: z.string().optional(),
  })
  .superRefine((input, ctx) => {
    const result = safeBuildProxyUrl(input as ProxyTargetInput);
    if (result.ok) return;
    for (const { code, message, field } of result.diagnostics) {
      ctx.addIssue({ code: 'custom', message, path: field ? [field] : [], params: { code } });
    }
  }) as z.ZodType<ProxyTargetInput>;
