// What a browser test file needs: the built site on a loopback server under a sub-path, Debian's
// Chromium, a fresh context per page with every request, console error and dialog recorded, the
// locators every file uses, and timing helpers.
import { fileURLToPath } from 'node:url';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Locator,
  type Page,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { chromiumArgs, ensureChromium } from '../scripts/chromium.js';
import { serveStatic } from '../scripts/static-server.js';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
/** The sub-path the site is served under, as a site behind a gateway is. */
export const prefix = '/some/prefix/playground/';

export interface Harness {
  /** A fresh browser context (no storage) on the playground, with every request checked. */
  open: (hash?: string, options?: BrowserContextOptions) => Promise<Page>;
  /** The server's URL of the page. */
  url: () => string;
  /** The paths the server has been asked for so far. */
  requests: () => readonly string[];
  /** The scripts (file names) the page's context has fetched so far; the list grows as it fetches. */
  scripts: (page: Page) => string[];
}

/** Registers the hooks of a browser test file and returns how to open pages. */
export function setUpBrowser(): Harness {
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const consoleErrors: string[] = [];
  const foreign: string[] = [];
  const dialogs: string[] = [];
  const scripts = new WeakMap<Page, string[]>();

  beforeAll(async () => {
    server = await serveStatic(dist, prefix);
    browser = await chromium.launch({ executablePath: ensureChromium(), args: chromiumArgs });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
    // Checked after every test, so a failure names the test that caused it.
    expect(consoleErrors.splice(0), 'console errors').toEqual([]);
    expect(foreign.splice(0), 'requests to anything but the site').toEqual([]);
    expect(dialogs.splice(0), 'dialogs (alert, confirm) opened').toEqual([]);
  });

  const open = async (hash = '', options: BrowserContextOptions = {}): Promise<Page> => {
    const context = await browser.newContext({ locale: 'en-US', ...options });
    contexts.push(context);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(server.url).origin,
    });
    const fetched: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (!url.startsWith(server.url)) {
        foreign.push(url);
        return route.abort();
      }
      if (url.endsWith('.js')) fetched.push(url.slice(url.lastIndexOf('/') + 1));
      return route.continue();
    });
    const page = await context.newPage();
    scripts.set(page, fetched);
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${server.url}${hash}`);
    await page.waitForSelector('html[data-ready="true"]');
    return page;
  };

  return {
    open,
    url: () => server.url,
    requests: () => server.requests,
    scripts: (page) => scripts.get(page) ?? [],
  };
}

/** The URL box (or another text box of the URL mode, by its name). */
export const urlBox = (page: Page, name = 'Proxy URL') =>
  page.getByRole('textbox', { name, exact: true });
/** A form field by its label. */
export const field = (page: Page, name: string) => page.getByLabel(name, { exact: true });
/** The codes of the diagnostics the page lists, in order. */
export const codes = (page: Page) =>
  page
    .locator('li[data-code]')
    .evaluateAll((items) => items.map((i) => i.getAttribute('data-code')));

// playwright-core has no web-first assertions: poll what the page shows instead.
export const isFocused = (l: Locator) => l.evaluate((el) => el === document.activeElement);
export const text = async (l: Locator) => (await l.textContent()) ?? '';
export const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** Waits for two frames: what the last input changed is on screen. */
export const frames = (page: Page) =>
  page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );

/** Pastes `value` over the whole content of a text box, as a person does: clipboard, Ctrl+A, Ctrl+V. */
export async function paste(page: Page, box: Locator, value: string): Promise<void> {
  await page.evaluate((v) => navigator.clipboard.writeText(v), value);
  await box.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
}

/**
 * Records, for each key pressed from now on, the time from the key event to the next animation
 * frame: the frame that shows what the key did (React renders a keystroke in its event, so any work
 * that keeps the page from drawing it is in this time). `read()` gives the times in ms. Called again
 * on the same page, it starts a new list.
 */
export async function watchKeys(page: Page): Promise<{ read: () => Promise<number[]> }> {
  await page.evaluate(() => {
    const w = window as unknown as { keyTimes: number[] | undefined };
    const installed = w.keyTimes !== undefined;
    w.keyTimes = [];
    if (installed) return;
    document.addEventListener(
      'keydown',
      (e) => {
        const at = e.timeStamp;
        requestAnimationFrame(() => w.keyTimes?.push(performance.now() - at));
      },
      true,
    );
  });
  return {
    read: () => page.evaluate(() => (window as unknown as { keyTimes: number[] }).keyTimes),
  };
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1] ?? Number.NaN;
};
export const ms = (x: number): string => `${x.toFixed(0)} ms`;
