// Screenshots of the built playground for the README: `pnpm --filter playground screenshot`
// (after `pnpm build`). Writes docs/playground.png (1280×800) and docs/playground-360.png (360 px
// wide, dark, Korean) at the repository root.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, ensureChromium } from './chromium.js';
import { serveStatic } from './static-server.js';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', 'dist');
const docs = join(here, '..', '..', '..', 'docs');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('No built site in apps/playground/dist: run `pnpm build` first.');
  process.exit(1);
}
mkdirSync(docs, { recursive: true });

const url =
  'http://localhost:8001/api/v1/namespaces/kubernetes-dashboard/services/https:kubernetes-dashboard/proxy/#/login';
const shots = [
  { file: 'playground.png', width: 1280, height: 800, scheme: 'light', locale: 'en-US' },
  { file: 'playground-360.png', width: 360, height: 800, scheme: 'dark', locale: 'ko-KR' },
];

const server = await serveStatic(dist, '/playground/');
const browser = await chromium.launch({ executablePath: ensureChromium(), args: chromiumArgs });
try {
  for (const shot of shots) {
    const context = await browser.newContext({
      viewport: { width: shot.width, height: shot.height },
      deviceScaleFactor: 1,
      colorScheme: /** @type {'light' | 'dark'} */ (shot.scheme),
      locale: shot.locale,
    });
    const page = await context.newPage();
    await page.goto(`${server.url}#url=${encodeURIComponent(url)}`);
    await page.waitForSelector('html[data-ready="true"]');
    const box = page.locator('#proxy-url');
    await box.focus();
    // Put the caret in the id's "https" to show the explanation of the scheme-that-is-a-name.
    const at = url.indexOf('https:kubernetes') + 2;
    await box.evaluate((el, i) => {
      const area = /** @type {HTMLTextAreaElement} */ (el);
      area.setSelectionRange(i, i);
    }, at);
    await page.waitForTimeout(100);
    const path = join(docs, shot.file);
    await page.screenshot({ path });
    console.log(`wrote ${path}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
