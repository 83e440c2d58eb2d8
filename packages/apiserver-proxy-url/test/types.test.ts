// The public types as a user's editor sees them: `ok` narrows a ParseResult, and optional inputs
// take an explicit `undefined` (exactOptionalPropertyTypes). `pnpm typecheck` checks the
// expectTypeOf lines; the last test compiles a consumer file against the built declarations.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type BuildResult,
  buildProxyUrl,
  type LinksOptions,
  type LintOptions,
  type ParseFailure,
  type ParseOptions,
  type ParseResult,
  type ParseSuccess,
  type ProxyTarget,
  type ProxyTargetInput,
  parseProxyUrl,
  safeBuildProxyUrl,
  type TemplateParseResult,
} from '../src/index.js';
import { anyString, canonicalUrl, mutate } from './arbitraries.js';

const run = promisify(execFile);

describe('ParseResult', () => {
  it('is a union that ok narrows', () => {
    const r = parseProxyUrl('/api/v1/namespaces/ns/services/web/proxy/');
    expectTypeOf(r).toEqualTypeOf<ParseResult>();
    expectTypeOf<ParseResult>().toEqualTypeOf<ParseSuccess | ParseFailure>();
    if (r.ok) {
      expectTypeOf(r.target).toEqualTypeOf<ProxyTarget>();
      expect(r.target.name).toBe('web');
    } else {
      expectTypeOf(r.target).toEqualTypeOf<ProxyTarget | null>();
      expect.unreachable('a valid URL');
    }
  });

  it('is wider with placeholders on: a placeholder may stand for the whole shape', () => {
    const template = parseProxyUrl('/api/v1/namespaces/${data.prefix}/proxy/', {
      placeholders: true,
    });
    expectTypeOf(template).toEqualTypeOf<TemplateParseResult>();
    expectTypeOf(parseProxyUrl('/', { placeholders: false })).toEqualTypeOf<ParseResult>();
    const on: boolean = Math.random() < 2;
    expectTypeOf(parseProxyUrl('/', { placeholders: on })).toEqualTypeOf<TemplateParseResult>();
    expectTypeOf<ParseResult>().toMatchTypeOf<TemplateParseResult>();
    expect([template.ok, template.target]).toEqual([true, null]);
  });

  it('keeps the contract fields: ok, target, parts, diagnostics', () => {
    expectTypeOf<ParseResult['ok']>().toEqualTypeOf<boolean>();
    expectTypeOf<ParseResult['target']>().toEqualTypeOf<ProxyTarget | null>();
    expectTypeOf<keyof ParseSuccess>().toEqualTypeOf<keyof ParseFailure>();
  });

  it('has a target whenever ok, and ok exactly when no diagnostic is an error (any input)', () => {
    fc.assert(
      fc.property(fc.oneof(canonicalUrl, mutate(canonicalUrl), anyString()), (url) => {
        const r = parseProxyUrl(url);
        expect(r.ok).toBe(!r.diagnostics.some((d) => d.severity === 'error'));
        if (r.ok) expect(r.target).not.toBeNull();
        const template = parseProxyUrl(url, { placeholders: true });
        expect(template.ok).toBe(!template.diagnostics.some((d) => d.severity === 'error'));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('optional inputs', () => {
  it('take an explicit undefined, which means "not given"', () => {
    expectTypeOf<{
      name: string;
      port: undefined;
      path: undefined;
    }>().toMatchTypeOf<ProxyTargetInput>();
    expectTypeOf<{ placeholders: undefined }>().toMatchTypeOf<ParseOptions>();
    expectTypeOf<{ minSeverity: undefined; rules: undefined }>().toMatchTypeOf<LintOptions>();
    expectTypeOf<{
      base: undefined;
      path: undefined;
      query: undefined;
    }>().toMatchTypeOf<LinksOptions>();
    const given: ProxyTargetInput = {
      namespace: 'ns',
      name: 'web',
      base: undefined,
      resource: undefined,
      scheme: undefined,
      port: undefined,
      path: undefined,
      query: undefined,
      fragment: undefined,
    };
    expect(buildProxyUrl(given)).toBe(buildProxyUrl({ namespace: 'ns', name: 'web' }));
    expectTypeOf(safeBuildProxyUrl(given)).toEqualTypeOf<BuildResult>();
  });
});

describe('a consumer project', () => {
  it('compiles against the built declarations with exactOptionalPropertyTypes', async () => {
    const here = dirname(fileURLToPath(import.meta.url));
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const project = join(here, 'fixtures', 'consumer', 'tsconfig.json');
    const result = await run(process.execPath, [tsc, '-p', project], { timeout: 120_000 }).then(
      () => '',
      (error: { stdout?: string; message: string }) => error.stdout || error.message,
    );
    expect(result).toBe('');
  }, 120_000);
});
