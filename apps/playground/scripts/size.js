// The playground's JavaScript, gzip level 9, against its budget: `pnpm size` (after `pnpm build`).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const budget = 100 * 1024;

/**
 * Every JavaScript file the built site loads, with its gzip size.
 * @param {string} dist the built site
 * @returns {{ files: { name: string, raw: number, gzip: number }[], total: number }}
 */
export function measure(dist) {
  const assets = join(dist, 'assets');
  const files = readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((name) => {
      const bytes = readFileSync(join(assets, name));
      return { name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
  return { files, total: files.reduce((sum, f) => sum + f.gzip, 0) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { files, total } = measure(fileURLToPath(new URL('../dist', import.meta.url)));
  for (const f of files) console.log(`playground ${f.name}: ${f.raw} B, ${f.gzip} B gzip`);
  const verdict = total <= budget ? 'ok' : 'OVER BUDGET';
  console.log(
    `playground JavaScript: ${total} B gzip (${(total / 1024).toFixed(1)} KiB) / budget ${budget} B (${budget / 1024} KiB): ${verdict}`,
  );
  if (total > budget) process.exit(1);
}
