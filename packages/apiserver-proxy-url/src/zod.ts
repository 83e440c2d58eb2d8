// Zod schemas that reuse the parser's and the builder's own checks: no rule is written twice.
// zod/v4 is Zod 4 in both zod@^3.25 and zod@^4, so the peer range can be ^3.25 || ^4. A namespace
// import, not `{ z }`: bundlers then keep only the Zod functions used (about 22 KB gzip, not 93).
// Each schema is built inside a pure IIFE, so a bundle that imports one drops the other and the
// code only it calls (the builder for proxyTargetSchema).
import * as z from 'zod/v4';
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
export const proxyUrlSchema: z.ZodType<ProxyTarget, string> = /* @__PURE__ */ (() =>
  z.string().transform((url, ctx) => {
    const { target, diagnostics } = parseProxyUrl(url);
    let failed = false;
    for (const { severity, code, message, start, end } of diagnostics) {
      if (severity !== 'error') continue;
      failed = true;
      ctx.addIssue({ code: 'custom', message, params: { code, start, end } });
    }
    return failed || !target ? z.NEVER : target;
  }))();

/**
 * A {@link ProxyTargetInput}, checked by the builder's own rules: each refusal becomes a custom issue
 * on the field at fault, with `params: { code }`.
 *
 * @example
 * proxyTargetSchema.safeParse({ namespace: 'ns', name: 'svc', path: '../../secrets' }).success // false
 */
export const proxyTargetSchema: z.ZodType<ProxyTargetInput> = /* @__PURE__ */ (() =>
  z
    .object({
      base: z.string().optional(),
      resource: z.enum(['services', 'pods', 'nodes']).optional(),
      namespace: z.string().nullable().optional(),
      name: z.string(),
      scheme: z.enum(['', 'http', 'https']).optional(),
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
    }) as z.ZodType<ProxyTargetInput>)();
