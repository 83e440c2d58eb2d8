// Checks on the built package, as users get it: run after `pnpm build` (the root `pnpm test` builds
// first). Plain `node` must import it, the manifest must be publishable, and it must fit its size
// budgets.
import { execFile } from 'node:child_process';
import { access, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const pkgDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(pkgDir, 'dist');

interface Manifest {
  name: string;
  type?: string;
  sideEffects?: unknown;
  exports?: Record<string, unknown>;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

let pkg: Manifest;

beforeAll(async () => {
  pkg = JSON.parse(await readFile(join(pkgDir, 'package.json'), 'utf8')) as Manifest;
  for (const file of ['index.js', 'zod.js']) {
    await access(join(dist, file)).catch(() => {
      throw new Error(`${join(dist, file)} is missing: run \`pnpm build\` first`);
    });
  }
});

/** Runs an ES module with plain `node` in the package folder and returns its stdout. */
async function node(source: string): Promise<string> {
  const { stdout } = await run(process.execPath, ['--input-type=module', '--eval', source], {
    cwd: pkgDir,
    timeout: 30_000,
  });
  return stdout;
}

/**
 * The packages a built file imports, through all of its relative imports: esbuild follows those
 * and lists what it leaves outside.
 */
async function packagesImported(file: string): Promise<string[]> {
  const result = await build({
    entryPoints: [join(dist, file)],
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const imported = Object.values(result.metafile.outputs).flatMap((o) =>
    o.imports.filter((i) => i.external && !i.path.startsWith('node:')).map((i) => i.path),
  );
  return [...new Set(imported)].sort();
}

const URL_TEXT =
  'http://104.197.5.247/api/v1/namespaces/kube-system/services/elasticsearch-logging/proxy/_search?q=user:kimchy';

describe('dist, as plain node sees it', () => {
  it('has the declaration file', async () => {
    await expect(access(join(dist, 'index.d.ts'))).resolves.toBeUndefined();
    await expect(access(join(dist, 'zod.d.ts'))).resolves.toBeUndefined();
  });

  it('imports dist/index.js by its package name and parses a URL', async () => {
    // From inside the package folder, the bare name resolves through its own `exports`.
    const out = await node(`
      import { parseProxyUrl, buildProxyUrl } from ${JSON.stringify(pkg.name)};
      const r = parseProxyUrl(${JSON.stringify(URL_TEXT)});
      console.log(JSON.stringify({ ok: r.ok, name: r.target?.name, path: r.target?.path,
        built: buildProxyUrl({ namespace: 'ns', name: 'svc', port: 80 }) }));
    `);
    expect(JSON.parse(out)).toEqual({
      ok: true,
      name: 'elasticsearch-logging',
      path: '/_search',
      built: '/api/v1/namespaces/ns/services/svc:80/proxy/',
    });
  });

  it('imports dist/index.js and dist/zod.js by file URL', async () => {
    const index = pathToFileURL(join(dist, 'index.js'));
    const zod = pathToFileURL(join(dist, 'zod.js'));
    const out = await node(`
      const { parseProxyUrl } = await import(${JSON.stringify(index.href)});
      const { proxyUrlSchema } = await import(${JSON.stringify(zod.href)});
      const url = ${JSON.stringify(URL_TEXT)};
      console.log(JSON.stringify({
        parsed: parseProxyUrl(url).target?.namespace,
        zod: proxyUrlSchema.parse(url).name,
        refused: proxyUrlSchema.safeParse('/api/v1/namespaces/ns/services/a:b:c:d/proxy/').success,
      }));
    `);
    expect(JSON.parse(out)).toEqual({
      parsed: 'kube-system',
      zod: 'elasticsearch-logging',
      refused: false,
    });
  });

  it('imports the ./zod subpath by its package name', async () => {
    const out = await node(`
      import { proxyTargetSchema } from ${JSON.stringify(`${pkg.name}/zod`)};
      console.log(JSON.stringify(proxyTargetSchema.safeParse({ namespace: 'ns', name: 'svc' }).success));
    `);
    expect(JSON.parse(out)).toBe(true);
  });
});

describe('package.json', () => {
  it('is ESM with `"sideEffects": false`', () => {
    expect(pkg.type).toBe('module');
    expect(pkg.sideEffects).toBe(false);
  });

  it('lists `types` first in every conditional export', () => {
    expect(pkg.exports).toBeTypeOf('object');
    const exports = pkg.exports ?? {};
    expect(Object.keys(exports)).toEqual(expect.arrayContaining(['.', './zod']));
    for (const [subpath, value] of Object.entries(exports)) {
      if (typeof value === 'string') continue; // e.g. "./package.json"
      expect(Object.keys(value as object)[0], `exports["${subpath}"]`).toBe('types');
    }
  });

  it('has one runtime dependency, yaml (for the command line), and zod only as a peer', () => {
    expect(Object.keys(pkg.dependencies ?? {})).toEqual(['yaml']);
    expect(Object.keys(pkg.optionalDependencies ?? {})).toEqual([]);
    expect(pkg.peerDependencies?.zod).toBeTypeOf('string');
  });

  it.each([
    ['index.js', []],
    ['zod.js', ['zod/v4']],
  ])(
    'dist/%s imports no package but %j, however deep: yaml is for the command line',
    async (file, allowed) => {
      expect(await packagesImported(file)).toEqual(allowed);
    },
  );

  it('dist/cli/index.js imports yaml (so the check above does see a package import)', async () => {
    expect(await packagesImported('cli/index.js')).toEqual(['yaml']);
  });

  it('passes publint with no errors or warnings', async () => {
    const { messages, pkg: linted } = await publint({ pkgDir, level: 'warning' });
    const problems = messages
      .filter((m) => m.type !== 'suggestion')
      .map((m) => `${m.type}: ${formatMessage(m, linted, { color: false }) ?? m.code}`);
    expect(problems).toEqual([]);
  }, 60_000);
});

/** Minified + gzip bytes of a bundle of `contents` (resolved from the package folder), Zod included. */
async function gzipBytes(contents: string): Promise<number> {
  const result = await build({
    stdin: { contents, resolveDir: pkgDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error('esbuild wrote nothing');
  return gzipSync(file.contents, { level: 9 }).byteLength;
}

describe('./zod tree-shaking', () => {
  it('keeps neither proxyTargetSchema nor the builder when only proxyUrlSchema is imported', async () => {
    const alone = await gzipBytes("export { proxyUrlSchema } from './dist/zod.js';");
    const both = await gzipBytes(
      "export { proxyUrlSchema, proxyTargetSchema } from './dist/zod.js';",
    );
    // The least proxyUrlSchema can cost: the parser and the Zod functions it calls.
    const floor = await gzipBytes(
      "export { parseProxyUrl } from './dist/index.js'; import * as z from 'zod/v4';" +
        'export const s = z.string().transform((x) => x);',
    );
    expect(alone - floor).toBeLessThan(1024);
    expect(both - alone).toBeGreaterThan(4096);
  }, 60_000);
});

describe('size budgets', () => {
  it('scripts/size.js exits 0', async () => {
    const result = await run(process.execPath, [join(pkgDir, 'scripts', 'size.js')], {
      cwd: pkgDir,
      timeout: 60_000,
    }).then(
      ({ stdout }) => ({ code: 0, output: stdout }),
      (error: { code?: number; stdout?: string; stderr?: string }) => ({
        code: error.code ?? 1,
        output: `${error.stdout ?? ''}${error.stderr ?? ''}`,
      }),
    );
    expect(result.code, result.output).toBe(0);
  }, 60_000);
});
