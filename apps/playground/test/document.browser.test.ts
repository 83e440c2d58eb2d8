// The document mode and the URL box's speed in the built site, in real Chromium. Times are
// printed, never asserted beyond very generous bounds: the machine is shared and noisy. What is
// asserted is that the page keeps answering keys while it works.

import { fixText } from 'apiserver-proxy-url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { exampleDocument } from '../src/document/example.ts';
import {
  clipboard,
  frames,
  isFocused,
  median,
  ms,
  paste,
  setUpBrowser,
  text,
  urlBox,
  watchKeys,
} from './browser-harness.ts';

const { open } = setUpBrowser();

const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });
const documentBox = (page: Page, name = 'Document') =>
  page.getByRole('textbox', { name, exact: true });
const panel = (page: Page) => page.locator('#panel-document');
const summary = (page: Page) => panel(page).locator('p.summary');
const items = (page: Page) => panel(page).locator('li.doc-url');
const docCodes = (page: Page) =>
  panel(page)
    .locator('li[data-code]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
/** Whether the list answers the text as it is now (no "Checking…" under the summary). */
const settled = async (page: Page) =>
  (await panel(page).locator('p.muted[aria-hidden="true"]').count()) === 0 &&
  /checked|검사:/.test(await text(summary(page)));

async function openDocumentMode(hash = '', options = {}): Promise<Page> {
  const page = await open(hash, options);
  await tab(page, 'Check a document').click();
  await documentBox(page).waitFor();
  return page;
}

/** About 1 MB of Markdown: the example again and again, with different names. */
function megabyte(): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < 1_000_000; i++) {
    const part = exampleDocument.replaceAll('kube-system', `team-${i}`);
    parts.push(part);
    size += part.length;
  }
  return parts.join('\n');
}

describe('Check a document', () => {
  it('is a tab reached and switched from the keyboard', async () => {
    const page = await open();
    const url = tab(page, 'Check a URL');
    const doc = tab(page, 'Check a document');
    expect(await url.getAttribute('aria-selected')).toBe('true');
    // One tab stop: from the language menu, Tab reaches the selected tab, then the URL box.
    await page.getByLabel('Language', { exact: true }).focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => isFocused(url)).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => isFocused(doc)).toBe(true);
    expect(await doc.getAttribute('aria-selected')).toBe('true');
    await documentBox(page).waitFor();
    expect(await urlBox(page).isVisible()).toBe(false);
    await page.keyboard.press('Tab');
    await expect.poll(() => isFocused(documentBox(page))).toBe(true);
    // And back, with Home; the URL mode kept its URL.
    await doc.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => isFocused(url)).toBe(true);
    expect(await urlBox(page).isVisible()).toBe(true);
    expect(await urlBox(page).inputValue()).toContain('/services/elasticsearch-logging/proxy/');
    expect(await documentBox(page).count()).toBe(0);
  });

  it('lists every URL with its line and column, its findings and their fixes', async () => {
    const page = await openDocumentMode();
    await page.getByRole('button', { name: 'Paste an example' }).click();
    await expect.poll(() => settled(page)).toBe(true);
    expect(await text(summary(page))).toBe('4 URLs checked: 1 error, 3 warnings');
    expect(await items(page).locator('.doc-url-head .doc-where').allInnerTexts()).toEqual([
      'Line 4, column 1',
      'Line 7, column 10',
      'Line 12, column 12',
      'Line 18, column 10',
    ]);
    expect(await docCodes(page)).toEqual([
      'scheme-parsed-as-name',
      'insecure-remote-base',
      'missing-trailing-slash',
      'legacy-proxy-path',
    ]);
    // Notes are hidden, as lint hides them, until asked for.
    await page.getByLabel('Show', { exact: true }).selectOption('info');
    await expect.poll(() => docCodes(page)).toContain('empty-port-unnamed-only');
    expect(await text(summary(page))).toBe('4 URLs checked: 1 error, 3 warnings, 1 note');
    await page.getByLabel('Show', { exact: true }).selectOption('warning');
    await page.getByLabel('Only URLs with problems', { exact: true }).check();
    await expect.poll(() => items(page).count()).toBe(3);

    // A finding jumps to its place in the document.
    const finding = panel(page).locator('li[data-code="scheme-parsed-as-name"]');
    await finding.getByRole('button', { name: /^Show in the document/ }).click();
    await expect.poll(() => isFocused(documentBox(page))).toBe(true);
    const selected = await documentBox(page).evaluate((el: HTMLTextAreaElement) =>
      el.value.slice(el.selectionStart, el.selectionEnd),
    );
    expect(selected).toBe('https:elasticsearch-logging');

    // One fix at a time.
    await panel(page)
      .locator('li[data-code="legacy-proxy-path"]')
      .getByRole('button', { name: /^Apply fix/ })
      .click();
    await expect
      .poll(() => documentBox(page).inputValue())
      .toContain('dashboard: /api/v1/namespaces/kube-system/services/kubernetes-dashboard/proxy/');
    await expect.poll(() => docCodes(page)).not.toContain('legacy-proxy-path');
    await expect.poll(() => text(page.getByRole('status'))).toContain('Fix applied');

    // And open in the URL mode.
    await items(page)
      .first()
      .getByRole('button', { name: /^Open in the URL box/ })
      .click();
    expect(await urlBox(page).inputValue()).toBe(
      'http://localhost:8001/api/v1/namespaces/kube-system/services/https:elasticsearch-logging/proxy/',
    );
    await expect.poll(() => isFocused(urlBox(page))).toBe(true);
    expect(await tab(page, 'Check a URL').getAttribute('aria-selected')).toBe('true');
    // The document is still there when going back.
    await tab(page, 'Check a document').click();
    await expect.poll(() => documentBox(page).inputValue()).toContain('# Reaching the logging');
  });

  it('applies all fixes to a fixed point, and undoes them', async () => {
    const page = await openDocumentMode();
    await page.getByRole('button', { name: 'Paste an example' }).click();
    await expect.poll(() => settled(page)).toBe(true);
    await page.getByRole('button', { name: 'Apply all fixes', exact: true }).click();
    const fixed = fixText(exampleDocument).text;
    await expect.poll(() => documentBox(page).inputValue()).toBe(fixed);
    await expect.poll(() => settled(page)).toBe(true);
    expect(await text(summary(page))).toBe('4 URLs checked: 0 errors, 0 warnings');
    expect(await text(page.getByRole('status'))).toContain('4 fixes applied');
    // Again: nothing is left to fix.
    await page.getByRole('button', { name: 'Apply all fixes', exact: true }).click();
    await expect.poll(() => text(page.getByRole('status'))).toContain('Nothing to fix');
    expect(await documentBox(page).inputValue()).toBe(fixed);
    // One step back.
    await page.getByLabel('Document', { exact: true }).press('End'); // no change: undo still offered
    await page.getByRole('button', { name: 'Undo the fixes', exact: true }).click();
    await expect.poll(() => documentBox(page).inputValue()).toBe(exampleDocument);
    await expect
      .poll(() => isFocused(page.getByRole('button', { name: 'Apply all fixes', exact: true })))
      .toBe(true);
  });

  it('copies the fixed text and leaves the document as it is', async () => {
    const page = await openDocumentMode();
    await page.getByRole('button', { name: 'Paste an example' }).click();
    await expect.poll(() => settled(page)).toBe(true);
    await page.getByRole('button', { name: 'Copy fixed text', exact: true }).click();
    await expect.poll(() => clipboard(page)).toBe(fixText(exampleDocument).text);
    expect(await documentBox(page).inputValue()).toBe(exampleDocument);
    await expect.poll(() => text(page.getByRole('status'))).toContain('Copied the fixed text');
  });

  it('never puts the document in the address or in storage', async () => {
    const page = await openDocumentMode();
    const secret = 'Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.c2VjcmV0.dG9rZW4';
    const doc = `${secret}\nhttps://admin:hunter2@10.0.0.1:6443/api/v1/namespaces/ns/services/web/proxy/\n`;
    const before = await page.evaluate(() => window.location.href);
    await documentBox(page).fill(doc);
    await expect.poll(() => settled(page)).toBe(true);
    await page.waitForTimeout(400); // longer than the address's debounce
    const after = await page.evaluate(() => ({
      href: window.location.href,
      stored: JSON.stringify({ ...window.localStorage, ...window.sessionStorage }),
    }));
    expect(after.href).toBe(before);
    for (const word of ['eyJhbGci', 'hunter2', 'Bearer']) {
      expect(after.href).not.toContain(word);
      expect(after.stored).not.toContain(word);
    }
    // Opened in the URL box, the URL's credentials stay out of the address as for any URL.
    await items(page)
      .first()
      .getByRole('button', { name: /^Open in the URL box/ })
      .click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('10.0.0.1');
    expect(await page.evaluate(() => window.location.href)).not.toContain('hunter2');
  });

  it('speaks Korean', async () => {
    const page = await open('', { locale: 'ko-KR' });
    await tab(page, '문서 검사').click();
    const box = documentBox(page, '문서');
    await box.waitFor();
    await page.getByRole('button', { name: '예시 붙여 넣기' }).click();
    await expect.poll(() => settled(page)).toBe(true);
    expect(await text(summary(page))).toBe('URL 4개 검사: 오류 1개, 경고 3개');
    expect(await items(page).first().locator('.doc-where').first().textContent()).toBe('4행 1열');
    const item = panel(page).locator('li[data-code="insecure-remote-base"]');
    await expect.poll(() => text(item)).toContain('토큰이 암호화되지 않은 채 전송됩니다.');
    expect(
      await page.getByRole('button', { name: '모든 수정 적용', exact: true }).isVisible(),
    ).toBe(true);
    await page.getByRole('button', { name: '수정한 텍스트 복사', exact: true }).click();
    await expect
      .poll(() => text(page.getByRole('status')))
      .toContain('수정한 텍스트를 복사했습니다');
    await page.getByRole('button', { name: '모든 수정 적용', exact: true }).click();
    await expect.poll(() => text(summary(page))).toBe('URL 4개 검사: 오류 0개, 경고 0개');
  });

  it('is usable at 360 px wide, with no horizontal scrolling, and meets WCAG AA (axe-core)', async () => {
    const { createRequire } = await import('node:module');
    const axeSource = createRequire(import.meta.url)('axe-core').source as string;
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await openDocumentMode('', {
        viewport: { width: 360, height: 740 },
        colorScheme,
      });
      await page.getByRole('button', { name: 'Paste an example' }).click();
      await expect.poll(() => settled(page)).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        360,
      );
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
      expect(violations, colorScheme).toEqual([]);
    }
  });

  it('stays responsive with 1 MB of pasted text (times printed)', async () => {
    const page = await openDocumentMode('', { viewport: { width: 1280, height: 900 } });
    const box = documentBox(page);
    const doc = megabyte();
    const keys = await watchKeys(page);
    const started = Date.now();
    await paste(page, box, doc);
    await frames(page);
    const pasted = Date.now() - started;
    // Typed while the check runs: the key shows at once (the check is in a worker).
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('x');
    expect(await box.evaluate((el: HTMLTextAreaElement) => el.value.endsWith('x'))).toBe(true);
    await expect.poll(() => settled(page), { timeout: 120_000, interval: 100 }).toBe(true);
    const checked = Date.now() - started;
    const summaryText = await text(summary(page));
    const found = Number(/^([\d,]+) URLs/.exec(summaryText)?.[1]?.replaceAll(',', ''));
    expect(found).toBeGreaterThan(5000);
    // One window of the list is in the page, not thousands of items.
    expect(await items(page).count()).toBe(100);
    expect(await text(panel(page).locator('nav.pager'))).toContain(`of ${found}`);
    // Typing after the check: still one frame a key.
    for (let i = 0; i < 6; i++) {
      await page.keyboard.type('y');
      await page.waitForTimeout(120);
    }
    const times = (await keys.read()).slice(-6);
    const workerMs = Number(await summary(page).getAttribute('data-ms'));
    // The browser's own cost for the same text: a bare text area (no page around it).
    const bare = await bareTextArea(page, doc);
    process.stdout.write(
      `\ndocument mode, ${(doc.length / 1e6).toFixed(2)} MB pasted (${found} URLs): on screen in ${ms(pasted)} (a bare text area: ${ms(bare.pasted)}), checked in the worker in ${ms(workerMs)}, listed ${ms(checked)} after the paste; key to frame after the check ${times.map((t) => t.toFixed(0)).join(', ')} ms, median ${ms(median(times))} (a bare text area: median ${ms(median(bare.keys))})\n`,
    );
    // Very generous: the point is that keys go through while the check runs, asserted above.
    expect(median(times)).toBeLessThan(5000);
  });
});

/** Pastes `doc` into a text area with nothing around it, then types: what the browser alone costs. */
async function bareTextArea(page: Page, doc: string): Promise<{ pasted: number; keys: number[] }> {
  await page.evaluate(() => {
    const root = document.getElementById('root');
    if (root) root.style.display = 'none';
    const area = document.createElement('textarea');
    area.id = 'bare';
    area.wrap = 'off';
    Object.assign(area.style, { width: '1000px', height: '20rem', font: '14px/1.6 monospace' });
    document.body.append(area);
  });
  const area = page.locator('#bare');
  const keys = await watchKeys(page);
  const started = Date.now();
  await paste(page, area, doc);
  await frames(page);
  const pasted = Date.now() - started;
  await page.keyboard.press('ControlOrMeta+End');
  for (let i = 0; i < 6; i++) {
    await page.keyboard.type('y');
    await page.waitForTimeout(120);
  }
  return { pasted, keys: (await keys.read()).slice(-6) };
}

describe('the URL box', () => {
  it('types fast in a 50 kB URL (time per key printed)', async () => {
    const page = await open();
    const box = urlBox(page);
    const long = `http://localhost:8001/api/v1/namespaces/default/services/https:web:8443/proxy/${'abcdefgh/%2F'.repeat(Math.ceil(50_000 / 12))}`;
    const keys = await watchKeys(page);
    const started = Date.now();
    await paste(page, box, long);
    await frames(page);
    const pasted = Date.now() - started;
    // The analysis catches up once typing pauses.
    await expect.poll(() => page.locator('.chip.part-path').count(), { timeout: 60_000 }).toBe(1);
    const analysed = Date.now() - started;
    await page.keyboard.press('ControlOrMeta+End');
    for (let i = 0; i < 10; i++) {
      await page.keyboard.type('x');
      await page.waitForTimeout(100);
    }
    expect(await box.evaluate((el: HTMLTextAreaElement) => el.value.endsWith('xxxxxxxxxx'))).toBe(
      true,
    );
    const times = (await keys.read()).slice(-10);
    process.stdout.write(
      `\nURL box, ${(long.length / 1000).toFixed(0)} kB pasted: on screen in ${ms(pasted)}, analysed in ${ms(analysed)}; key to frame: ${times.map((t) => t.toFixed(0)).join(', ')} ms (median ${ms(median(times))}; before this change 240-330 ms a key on this machine)\n`,
    );
    expect(median(times)).toBeLessThan(1000);
    // The address got no 50 kB hash... but the URL box state is still the URL's.
    await expect
      .poll(() => page.locator('[data-kubectl]').count(), { timeout: 60_000 })
      .toBeGreaterThan(0);
  });

  it('offers the document mode for several URLs, one a line', async () => {
    const page = await open();
    const list = [
      'http://localhost:8001/api/v1/namespaces/kube-system/services/https:elasticsearch-logging/proxy/',
      'http://localhost:8001/api/v1/namespaces/kube-system/services/kibana-logging/proxy',
      '/api/v1/proxy/namespaces/kube-system/services/kubernetes-dashboard/',
    ].join('\n');
    await paste(page, urlBox(page), list);
    const offer = page.getByText('This looks like several URLs: check them as a document.');
    await offer.waitFor();
    await page.getByRole('button', { name: 'Check as a document', exact: true }).click();
    expect(await tab(page, 'Check a document').getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => isFocused(documentBox(page))).toBe(true);
    expect(await documentBox(page).inputValue()).toBe(list);
    await expect.poll(() => settled(page)).toBe(true);
    expect(await items(page).locator('.doc-url-head .doc-where').allInnerTexts()).toEqual([
      'Line 1, column 1',
      'Line 2, column 1',
      'Line 3, column 1',
    ]);
    // One URL: no offer.
    await tab(page, 'Check a URL').click();
    await urlBox(page).fill(list.split('\n')[0] as string);
    await page.waitForTimeout(300);
    expect(await offer.count()).toBe(0);
  });
});
