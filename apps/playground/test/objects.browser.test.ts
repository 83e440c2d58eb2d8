// The Cluster objects mode in the built site, in real Chromium (Debian's /usr/bin/chromium, driven
// by playwright-core), served from a sub-path of a loopback server: pasting YAML and JSON, picking a
// port, the URL box's answer, the keyboard, Korean, and what the page loads when.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { objectList } from '../../../packages/apiserver-proxy-url/test/objects.fixtures.ts';
import { exampleObjects } from '../src/objects/example.ts';
import {
  clipboard,
  field,
  isFocused,
  paste,
  setUpBrowser,
  text,
  urlBox,
} from './browser-harness.ts';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
const axeSource = createRequire(import.meta.url)('axe-core').source as string;
const harness = setUpBrowser();

/** A fresh browser context (no storage) on the playground; `scripts` lists the JS it fetched. */
async function open(
  hash = '',
  options: BrowserContextOptions = {},
): Promise<{ page: Page; scripts: string[] }> {
  const page = await harness.open(hash, options);
  return { page, scripts: harness.scripts(page) };
}

const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });
const objectsBox = (page: Page, name = 'Cluster objects') =>
  page.getByRole('textbox', { name, exact: true });
const reach = (page: Page) => page.locator('.objects-reach');
/** The codes the URL mode lists (its Diagnostics panel), in order. */
const urlCodes = (page: Page) =>
  page
    .locator('#panel-url li[data-code]')
    .evaluateAll((items) => items.map((i) => i.getAttribute('data-code')));
async function openObjects(hash = '', options: BrowserContextOptions = {}) {
  const opened = await open(hash, options);
  await tab(opened.page, 'Links from objects').click();
  await objectsBox(opened.page).waitFor();
  return opened;
}

/** The built chunk holding the YAML parser (found by content: chunk names are the bundler's). */
function yamlChunk(): string {
  const assets = `${dist}/assets`;
  const found = readdirSync(assets).filter(
    (f) => f.endsWith('.js') && readFileSync(`${assets}/${f}`, 'utf8').includes('YAMLParseError'),
  );
  expect(found, 'one chunk holds the YAML parser').toHaveLength(1);
  return found[0] as string;
}

const S = '/api/v1/namespaces';

describe('Cluster objects', () => {
  it('loads the YAML parser only when the mode is opened, not with the page', async () => {
    const yaml = yamlChunk();
    const { page, scripts } = await open();
    // The page is up and idle: every script it wanted is fetched.
    await page.waitForLoadState('networkidle');
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts).not.toContain(yaml);
    // Nor is the parser inside any script the page did load.
    for (const name of scripts) {
      expect(readFileSync(`${dist}/assets/${name}`, 'utf8'), name).not.toContain('YAMLParseError');
    }
    await tab(page, 'Links from objects').click();
    await expect.poll(() => scripts.includes(yaml)).toBe(true);
    await objectsBox(page).fill(exampleObjects);
    await expect
      .poll(() => text(page.locator('.objects-status')))
      .toContain('4 Services, 1 pod, 1 node: 7 links.');
  });

  it('reads pasted YAML, and picking a Service port fills the form and the URL from the base', async () => {
    const { page } = await open();
    // The base comes from the builder's Base URL field.
    await page.getByRole('button', { name: 'kubectl proxy', exact: true }).click();
    await tab(page, 'Links from objects').click();
    await paste(page, objectsBox(page), exampleObjects);
    expect(await objectsBox(page).inputValue()).toBe(exampleObjects);
    await expect
      .poll(() => text(page.locator('.objects-status')))
      .toContain('4 Services, 1 pod, 1 node: 7 links.');
    expect(await page.locator('li.object').count()).toBe(6);
    // The UDP port has no link, and says why.
    expect(
      await page
        .locator('#panel-objects li[data-code]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-code'))),
    ).toEqual(['non-tcp-port']);

    await page
      .getByRole('button', { name: 'Open in the builder: kube-system/kube-dns:metrics' })
      .click();
    const url =
      'http://localhost:8001/api/v1/namespaces/kube-system/services/kube-dns:metrics/proxy/';
    await expect.poll(() => urlBox(page).inputValue()).toBe(url);
    await expect.poll(() => isFocused(urlBox(page))).toBe(true);
    expect(await field(page, 'Base URL').inputValue()).toBe('http://localhost:8001');
    expect(await field(page, 'Namespace').inputValue()).toBe('kube-system');
    expect(await field(page, 'Name').inputValue()).toBe('kube-dns');
    expect(await field(page, 'Port').inputValue()).toBe('metrics');
    await expect
      .poll(() => text(reach(page)))
      .toContain('Reaches Service kube-system/kube-dns, port metrics (9153/TCP).');
    expect(await reach(page).getAttribute('data-reach')).toBe('reaches');
    await expect
      .poll(() => text(page.getByRole('status')))
      .toContain('Opened kube-system/kube-dns:metrics in the builder.');

    // A wrong port name: the objects say no such port, with the others' diagnostics.
    await field(page, 'Port').fill('metricz');
    await expect.poll(() => urlCodes(page)).toContain('unknown-port');
    await expect.poll(() => reach(page).getAttribute('data-reach')).toBe('fails');
    expect(await text(page.locator('#panel-url li[data-code="unknown-port"]'))).toContain(
      '"metrics" (9153)',
    );
    // The number is the port's name to the API server.
    await field(page, 'Port').fill('9153');
    await expect.poll(() => text(reach(page))).toContain('port metrics (9153/TCP)');
    expect(await urlCodes(page)).not.toContain('unknown-port');

    // An https: on a port that speaks http: reached, with a warning and its fix.
    await urlBox(page).fill(`${S}/kubernetes-dashboard/services/kubernetes-dashboard/proxy/`);
    await expect.poll(() => urlCodes(page)).toContain('port-scheme-differs');
    await page
      .locator('#panel-url li[data-code="port-scheme-differs"]')
      .getByRole('button', { name: /Apply fix/ })
      .click();
    await expect
      .poll(() => urlBox(page).inputValue())
      .toBe(`${S}/kubernetes-dashboard/services/https:kubernetes-dashboard:/proxy/`);
    await expect.poll(() => urlCodes(page)).not.toContain('port-scheme-differs');

    // Back to the objects: the paste is still there.
    await page.getByRole('button', { name: 'Show the objects', exact: true }).click();
    await expect.poll(() => isFocused(objectsBox(page))).toBe(true);
    expect(await objectsBox(page).inputValue()).toBe(exampleObjects);
  });

  it('reads pasted JSON, opens pods and kubelet paths, and says where broken text stops', async () => {
    const { page } = await openObjects();
    await paste(page, objectsBox(page), JSON.stringify(objectList, null, 2));
    await expect
      .poll(() => text(page.locator('.objects-status')))
      .toContain('7 Services, 2 pods, 1 node: 13 links.');
    await page.getByLabel('Filter objects', { exact: true }).fill('pod web');
    await expect.poll(() => page.locator('li.object').count()).toBe(1);
    await page
      .getByRole('button', { name: 'Open in the builder: default/https:web-0:8443' })
      .click();
    // The base is the builder's: the page opened on the docs' example, at the API server's address.
    const base = 'http://104.197.5.247';
    await expect
      .poll(() => urlBox(page).inputValue())
      .toBe(`${base}${S}/default/pods/https:web-0:8443/proxy/`);
    await expect
      .poll(() => text(reach(page)))
      .toContain('Reaches pod default/web-0, port https (8443).');

    await tab(page, 'Links from objects').click();
    await page.getByLabel('Filter objects', { exact: true }).fill('');
    await page
      .getByRole('button', { name: 'Open in the builder: node-1:10250/stats/summary' })
      .click();
    await expect
      .poll(() => urlBox(page).inputValue())
      .toBe(`${base}/api/v1/nodes/node-1:10250/proxy/stats/summary`);
    await expect.poll(() => text(reach(page))).toContain('Reaches node node-1, port 10250.');

    await tab(page, 'Links from objects').click();
    await objectsBox(page).fill('{\n  "kind": "List",\n  "items": "a""b"\n}');
    await expect
      .poll(() => text(page.locator('[data-read-error]')))
      .toContain('This is not JSON the page can read (line 3, column 15):');
    // Nothing readable, nothing to check against.
    await tab(page, 'Check a URL').click();
    expect(await reach(page).count()).toBe(0);
  });

  it('never puts the objects in the address, a shared link or storage', async () => {
    const secret = 'token-3f9a-never-share';
    const withSecret = exampleObjects.replace(
      'prometheus.io/scrape: "true"',
      `prometheus.io/scrape: "true"\n      example.com/api-token: ${secret}`,
    );
    const { page } = await openObjects();
    await paste(page, objectsBox(page), withSecret);
    await expect.poll(() => text(page.locator('.objects-status'))).toContain('7 links');
    expect(await text(page.locator('#cluster-objects-privacy'))).toContain(
      'never put in the address or in shared links',
    );
    await page
      .getByRole('button', { name: 'Open in the builder: kube-system/kube-dns:metrics' })
      .click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('kube-dns');
    await page.getByRole('button', { name: 'Copy link', exact: true }).click();
    const link = await clipboard(page);
    expect(link).toContain('kube-dns%3Ametrics');
    const kept = await page.evaluate(() => ({
      href: window.location.href,
      local: JSON.stringify({ ...window.localStorage }),
      session: JSON.stringify({ ...window.sessionStorage }),
    }));
    for (const place of [link, kept.href, kept.local, kept.session]) {
      expect(place).not.toContain(secret);
      expect(place).not.toContain('prometheus');
    }
  });

  it('reads a big cluster’s YAML (about 1 MB) and stays usable (times printed, not asserted)', async () => {
    const items = [];
    for (let i = 0; i < 1000; i++) {
      const namespace = `team-${i % 40}`;
      items.push({
        apiVersion: 'v1',
        kind: 'Service',
        metadata: {
          name: `svc-${i}`,
          namespace,
          annotations: { 'kubectl.kubernetes.io/last-applied-configuration': 'x'.repeat(300) },
        },
        spec: {
          type: 'ClusterIP',
          ports: [
            { name: 'http', port: 80, protocol: 'TCP', targetPort: 8080 },
            { name: 'metrics', port: 9090, protocol: 'TCP', targetPort: 9090 },
          ],
        },
      });
      items.push({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: `pod-${i}`, namespace },
        spec: { containers: [{ name: 'app', image: 'nginx', ports: [{ containerPort: 8080 }] }] },
      });
    }
    const yaml = stringify({ apiVersion: 'v1', kind: 'List', items });
    const { page } = await openObjects();
    const started = Date.now();
    await paste(page, objectsBox(page), yaml);
    await expect
      .poll(() => text(page.locator('.objects-status')), { timeout: 120_000, interval: 100 })
      .toContain('1000 Services, 1000 pods, 0 nodes: 3000 links.');
    const listed = Date.now() - started;
    // One page of objects in the page, not thousands.
    expect(await page.locator('li.object').count()).toBe(50);
    expect(await text(page.locator('#panel-objects'))).toContain('Showing 50 of 2000 objects.');
    await page.getByRole('button', { name: 'Show more', exact: true }).click();
    await expect.poll(() => page.locator('li.object').count()).toBe(100);
    // The focus goes to the first object added.
    await expect.poll(() => isFocused(page.locator('#object-50'))).toBe(true);
    await page.getByLabel('Filter objects', { exact: true }).fill('team-7 svc metrics');
    await expect.poll(() => page.locator('li.object').count()).toBe(25);
    const opening = Date.now();
    await page.getByRole('button', { name: 'Open in the builder: team-7/svc-7:metrics' }).click();
    await expect.poll(() => reach(page).getAttribute('data-reach')).toBe('reaches');
    const opened = Date.now() - opening;
    process.stdout.write(
      `\ncluster objects, ${(yaml.length / 1e6).toFixed(2)} MB of YAML pasted (2000 objects): listed in ${listed} ms; a link opened and resolved in ${opened} ms\n`,
    );
  });

  it('works from the keyboard alone', async () => {
    const { page } = await open();
    const url = tab(page, 'Check a URL');
    await url.focus();
    await page.keyboard.press('End');
    const objects = tab(page, 'Links from objects');
    await expect.poll(() => isFocused(objects)).toBe(true);
    expect(await objects.getAttribute('aria-selected')).toBe('true');
    // The mode's code loads on first opening; then Tab goes into its panel.
    await objectsBox(page).waitFor();
    await page.keyboard.press('Tab');
    await expect.poll(() => isFocused(objectsBox(page))).toBe(true);
    await page.evaluate((v) => navigator.clipboard.writeText(v), exampleObjects);
    await page.keyboard.press('ControlOrMeta+V');
    // On to the example button, the filter, and the first port's button.
    const first = page.getByRole('button', {
      name: 'Open in the builder: default/https:kubernetes:https',
    });
    await first.waitFor();
    for (let i = 0; i < 10 && !(await isFocused(first)); i++) await page.keyboard.press('Tab');
    await expect.poll(() => isFocused(first)).toBe(true);
    expect(await first.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    await page.keyboard.press('Enter');
    await expect.poll(() => isFocused(urlBox(page))).toBe(true);
    expect(await urlBox(page).inputValue()).toBe(
      'http://104.197.5.247/api/v1/namespaces/default/services/https:kubernetes:https/proxy/',
    );
    await expect.poll(() => reach(page).getAttribute('data-reach')).toBe('reaches');
  });

  it('speaks Korean', async () => {
    const { page } = await open('', { locale: 'ko-KR' });
    await tab(page, '오브젝트에서 링크 만들기').click();
    const box = objectsBox(page, '클러스터 오브젝트');
    await box.fill(exampleObjects);
    await expect
      .poll(() => text(page.locator('.objects-status')))
      .toContain('서비스 4개, 파드 1개, 노드 1개: 링크 7개.');
    expect(await text(page.locator('#panel-objects li[data-code="non-tcp-port"]'))).toContain(
      'TCP가 아닌 포트',
    );
    await page
      .getByRole('button', { name: 'URL 칸에서 열기: kube-system/kube-dns:metrics' })
      .click();
    const url = urlBox(page, '프록시 URL');
    await expect.poll(() => isFocused(url)).toBe(true);
    await expect
      .poll(() => text(reach(page)))
      .toContain('서비스 kube-system/kube-dns의 metrics (9153/TCP) 포트에 닿습니다.');
    await page.getByLabel('포트', { exact: true }).fill('metricz');
    await expect
      .poll(() => text(page.locator('#panel-url li[data-code="unknown-port"]')))
      .toContain('서비스에 없는 포트');
  });

  it('fits 360 px, and meets WCAG AA (axe-core), light and dark, English and Korean', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const locale of ['en-US', 'ko-KR']) {
        const { page } = await open('', {
          colorScheme,
          locale,
          viewport: { width: 360, height: 740 },
        });
        await tab(
          page,
          locale === 'en-US' ? 'Links from objects' : '오브젝트에서 링크 만들기',
        ).click();
        await page.locator('#cluster-objects').fill(JSON.stringify(objectList));
        await expect.poll(() => page.locator('li.object').count()).toBe(10);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          360,
        );
        // axe runs through the DevTools protocol, which the page's CSP does not govern.
        await page.evaluate(axeSource);
        const violations = await page.evaluate(async () => {
          type Rule = { id: string; nodes: { target: string[] }[] };
          const { axe } = window as unknown as {
            axe: { run: (o: object) => Promise<{ violations: Rule[] }> };
          };
          const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
          const r = await axe.run({ runOnly: { type: 'tag', values: tags } });
          return r.violations.map(
            (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
        });
        expect(violations, `${colorScheme} ${locale}`).toEqual([]);
        // The URL mode with its answer from the objects, at 360 px too.
        await page
          .locator('#panel-objects')
          .getByRole('button', { name: /kube-dns:metrics$/ })
          .click();
        await expect.poll(() => reach(page).getAttribute('data-reach')).toBe('reaches');
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          360,
        );
      }
    }
  });
});
