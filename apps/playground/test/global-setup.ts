import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from '../scripts/chromium.js';

export default function setup(): void {
  const index = fileURLToPath(new URL('../dist/index.html', import.meta.url));
  if (!existsSync(index)) {
    throw new Error(
      'apps/playground/dist is missing: run `pnpm build` (or `pnpm test`, which builds first).',
    );
  }
  ensureChromium();
}
