// The playground's JavaScript, gzip level 9, against its budget: `pnpm size` (after `pnpm build`).
// The budget is for what the page loads to open: the entry script and every chunk it imports
// statically. What loads later (the modes, the worker, the panels below the fold) is reported too.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const budget = 100 * 1024;

/**
 * The assets the page loads first: the scripts `index.html` names, then every chunk those import
 * statically (`import … from "./x.js"`, not `import("./x.js")`), transitively.
 * @param {string} dist the built site
 * @returns {Set<string>} file names in `dist/assets`
 */
export function firstLoad(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const pending = [...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1]);
  const seen = new Set();
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (seen.has(name)) continue;
    seen.add(name);
    const code = readFileSync(join(dist, 'assets', name), 'utf8');
    // A static import or re-export: `import{a}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"`.
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.js)["']/g)) {
      if (m[1]) pending.push(m[1]);
    }
  }
  return seen;
}

/**
 * Every JavaScript file of the built site with its gzip size, and which of them the page loads
 * first.
 * @param {string} dist the built site
 * @returns {{ files: { name: string, raw: number, gzip: number, first: boolean }[], total: number, onDemand: number }}
 */
export function measure(dist) {
  const assets = join(dist, 'assets');
  const first = firstLoad(dist);
  const files = readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((name) => {
      const bytes = readFileSync(join(assets, name));
      const gzip = gzipSync(bytes, { level: 9 }).length;
      return { name, raw: bytes.length, gzip, first: first.has(name) };
    });
  /** @param {{ gzip: number }[]} list */
  const sum = (list) => list.reduce((total, f) => total + f.gzip, 0);
  return {
    files,
    total: sum(files.filter((f) => f.first)),
    onDemand: sum(files.filter((f) => !f.first)),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { files, total, onDemand } = measure(fileURLToPath(new URL('../dist', import.meta.url)));
  for (const f of files) {
    console.log(
      `playground ${f.name}: ${f.raw} B, ${f.gzip} B gzip${f.first ? '' : ' (loaded on demand)'}`,
    );
  }
  const verdict = total <= budget ? 'ok' : 'OVER BUDGET';
  console.log(
    `playground JavaScript, first load: ${total} B gzip (${(total / 1024).toFixed(1)} KiB) / budget ${budget} B (${budget / 1024} KiB): ${verdict}`,
  );
  console.log(
    `playground JavaScript, loaded on demand (the modes, the worker, the panels loaded after the page opens): ${onDemand} B gzip (${(onDemand / 1024).toFixed(1)} KiB)`,
  );
  if (total > budget) process.exit(1);
}
