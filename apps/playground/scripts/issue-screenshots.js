// Before-and-after screenshots for a closing note: `node scripts/issue-screenshots.js <dir>` (after
// `pnpm build`; PLAYGROUND_DIST=<dir> takes another build). Three states (a pasted curl command with
// a token, a kubernetes-dashboard:443 URL, the docs' cluster-info output), in English and Korean,
// 1280 px and 360 px wide: the whole page, and the cluster-info panel alone; prints the address
// hash each state left.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, ensureChromium } from './chromium.js';
import { serveStatic } from './static-server.js';

const here = dirname(fileURLToPath(import.meta.url));
const dist = process.env.PLAYGROUND_DIST ?? join(here, '..', 'dist');
const out = resolve(process.argv[2] ?? 'screenshots');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('No built site in apps/playground/dist: run `pnpm build` first.');
  process.exit(1);
}
mkdirSync(out, { recursive: true });
// Without a Korean font Chromium draws boxes for Hangul: say so rather than write useless pictures.
try {
  if (execFileSync('fc-list', [':lang=ko'], { encoding: 'utf8' }).trim() === '') {
    console.error(
      'No Korean font: the Korean shots would show boxes (Debian: apt-get install fonts-nanum).',
    );
  }
} catch {
  // no fontconfig: nothing to check with
}

const states = [
  {
    name: 'pasted-curl',
    url: "curl -k -H 'Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.c2VjcmV0' https://10.0.0.1:6443/api/v1/namespaces/default/services/web/proxy/",
  },
  {
    name: 'cluster-info',
    url: 'http://localhost:8001/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy/',
    clusterInfo: true,
  },
  {
    name: 'dashboard-443',
    url: 'http://localhost:8001/api/v1/namespaces/kubernetes-dashboard/services/kubernetes-dashboard:443/proxy/',
  },
];
const views = [
  { tag: 'desktop', width: 1280, height: 900 },
  { tag: '360', width: 360, height: 800 },
];
const langs = [
  { lang: 'en', locale: 'en-US' },
  { lang: 'ko', locale: 'ko-KR' },
];

const server = await serveStatic(dist, '/playground/');
const browser = await chromium.launch({ executablePath: ensureChromium(), args: chromiumArgs });
try {
  for (const state of states) {
    for (const view of views) {
      for (const { lang, locale } of langs) {
        const context = await browser.newContext({
          viewport: { width: view.width, height: view.height },
          deviceScaleFactor: 1,
          locale,
        });
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
          origin: new URL(server.url).origin,
        });
        const page = await context.newPage();
        await page.goto(server.url);
        await page.waitForSelector('html[data-ready="true"]');
        // Pasted, as a person does.
        const box = page.locator('#proxy-url');
        await page.evaluate((v) => navigator.clipboard.writeText(v), state.url);
        await box.focus();
        await page.keyboard.press('ControlOrMeta+A');
        await page.keyboard.press('ControlOrMeta+V');
        await page.waitForTimeout(400);
        const hash = await page.evaluate(() => window.location.hash);
        const file = join(out, `${state.name}-${view.tag}-${lang}.png`);
        if (state.clusterInfo) {
          // The docs' example, pasted with the panel's own button; the panel alone is shot.
          await page.locator('#cluster-info ~ .actions button').first().click();
          const panel = page.locator('section[aria-labelledby="cluster-info-heading"]');
          await panel.locator('table').waitFor();
          await panel.screenshot({ path: file });
        } else {
          await page.screenshot({ path: file, fullPage: true });
          // What a phone shows first, at full scale (the whole page is tall at 360 px).
          if (view.width < 600) await page.screenshot({ path: file.replace('.png', '-top.png') });
        }
        console.log(`wrote ${file}  address hash: ${hash}`);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
