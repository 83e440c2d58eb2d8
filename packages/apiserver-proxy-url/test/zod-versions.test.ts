// The built `apiserver-proxy-url/zod` entry against both Zod lines its peer range accepts (^3.25 and
// ^4): each is bundled with that Zod (the devDependency `zod3` is zod@3.25, an npm alias), run, and
// composed with that Zod's own `zod/v4` schemas, as a user on that version would.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const pkgDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(pkgDir, 'dist');

interface Bundle {
  proxyUrlSchema: { safeParse(v: unknown): ZodResult; parse(v: unknown): { name: string } };
  proxyTargetSchema: { safeParse(v: unknown): ZodResult };
  z: { object(shape: Record<string, unknown>): { parse(v: unknown): Record<string, unknown> } };
}
interface ZodResult {
  success: boolean;
  error?: { issues: Array<{ path: unknown[]; params?: { code?: string } }> };
}

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'zod-versions-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** dist/zod.js and `zod/v4`, bundled with the Zod installed as `zodPackage`, then imported. */
async function withZod(zodPackage: string): Promise<{ bundle: Bundle; zodFiles: string[] }> {
  const outfile = join(folder, `${zodPackage}.mjs`);
  const result = await build({
    stdin: {
      contents: `export * from ${JSON.stringify(join(dist, 'zod.js'))}; export { z } from 'zod/v4';`,
      resolveDir: pkgDir,
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    // esbuild resolves an alias from the working directory, not from the importing file.
    absWorkingDir: pkgDir,
    alias: { zod: zodPackage },
    outfile,
    metafile: true,
    logLevel: 'silent',
  });
  const zodFiles = Object.keys(result.metafile.inputs).filter((f) => /\/zod@\d/.test(f));
  const bundle = (await import(pathToFileURL(outfile).href)) as Bundle;
  return { bundle, zodFiles };
}

const versions = [
  { line: 'Zod 3 (zod@^3.25)', zodPackage: 'zod3', major: '3' },
  { line: 'Zod 4', zodPackage: 'zod', major: '4' },
];

describe.each(versions)('apiserver-proxy-url/zod on $line', ({ zodPackage, major }) => {
  let bundle: Bundle;
  let zodFiles: string[];
  beforeAll(async () => {
    ({ bundle, zodFiles } = await withZod(zodPackage));
  }, 60_000);

  it(`is bundled with zod@${major} and no other Zod`, async () => {
    const manifest = JSON.parse(
      await readFile(join(pkgDir, 'node_modules', zodPackage, 'package.json'), 'utf8'),
    ) as { version: string };
    expect(manifest.version.split('.')[0]).toBe(major);
    expect(zodFiles.length).toBeGreaterThan(0);
    expect(zodFiles.filter((f) => !f.includes(`/zod@${manifest.version}/`))).toEqual([]);
  });

  it('parses a URL into its target, and an error into an issue with its code', () => {
    expect(bundle.proxyUrlSchema.parse('/api/v1/namespaces/ns/services/svc:http/proxy/').name).toBe(
      'svc',
    );
    const refused = bundle.proxyUrlSchema.safeParse(
      '/api/v1/namespaces/ns/services/a:b:c:d/proxy/',
    );
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => i.params?.code)).toEqual(['invalid-id']);
  });

  it('puts a builder refusal on the field at fault', () => {
    const refused = bundle.proxyTargetSchema.safeParse({ namespace: 'ns', name: 'Svc' });
    expect(refused.error?.issues.map((i) => [i.path, i.params?.code])).toEqual([
      [['name'], 'invalid-name'],
    ]);
  });

  it("composes with that Zod's own zod/v4 schemas", () => {
    const config = bundle.z.object({ dashboard: bundle.proxyUrlSchema });
    const parsed = config.parse({
      dashboard: '/api/v1/namespaces/kube-system/services/https:kubernetes-dashboard:/proxy/',
    }) as { dashboard: { scheme: string } };
    expect(parsed.dashboard.scheme).toBe('https');
  });
});
