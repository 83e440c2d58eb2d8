// Issue 14, "Guide, don't just check", in the built site with Chromium: a pasted command never
// reaches the address, the kubelet over https, kubectl proxy's verdict only for its own bases,
// diagnostics by severity with a short live summary, focus after a fix, the cluster-info links at
// 360 px, the presets and the hints that follow what is typed, and the Korean of the native review.
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { firstLoad } from '../scripts/size.js';
import {
  clipboard,
  codes,
  isFocused,
  paste,
  setUpBrowser,
  text,
  urlBox,
} from './browser-harness.ts';

const { open, scripts } = setUpBrowser();

const hash = (page: Page) => page.evaluate(() => window.location.hash);
const summary = (page: Page) => page.locator('.diagnostics-live p.summary');
const verdict = (page: Page) => page.locator('[data-kubectl]');
const hashOf = (url: string) => `#url=${encodeURIComponent(url)}`;

const inner = 'https://10.0.0.1:6443/api/v1/namespaces/default/services/web/proxy/';
const token = 'eyJhbGciOiJSUzI1NiJ9.c2VjcmV0LXRva2Vu';

describe('a pasted command', () => {
  it.each([
    {
      why: 'curl with a bearer token',
      text: `curl -k -H 'Authorization: Bearer ${token}' ${inner}`,
      url: inner,
    },
    {
      why: 'curl with user:password@',
      text: `curl -k https://admin:${token}@10.0.0.1:6443/api/v1/nodes/n1/proxy/metrics`,
      url: 'https://10.0.0.1:6443/api/v1/nodes/n1/proxy/metrics',
    },
    {
      why: 'kubectl get --raw',
      text: 'kubectl get --raw /api/v1/namespaces/default/services/web/proxy/healthz',
      url: '/api/v1/namespaces/default/services/web/proxy/healthz',
    },
  ])(
    '$why: the URL inside is offered, and only it reaches the address and the copies',
    async ({ text: command, url }) => {
      const page = await open();
      await paste(page, urlBox(page), command);
      // Never rewritten under the user.
      expect(await urlBox(page).inputValue()).toBe(command);
      await expect.poll(() => codes(page)).toContain('pasted-command');
      expect((await codes(page))[0]).toBe('pasted-command');
      // The address: the URL inside, never the command, its header or its token.
      await expect.poll(() => hash(page)).toBe(hashOf(url));
      const address = decodeURIComponent(await hash(page));
      expect(address).not.toMatch(/authorization|bearer|curl|kubectl|admin/i);
      expect(address).not.toContain(token);
      expect(await text(page.locator('.command-shared'))).toContain('only the URL inside it');
      // Copy link and Copy URL: the same.
      await page.getByRole('button', { name: 'Copy link' }).click();
      await expect.poll(() => clipboard(page)).toMatch(/#url=/);
      const link = await clipboard(page);
      expect(link.slice(link.indexOf('#'))).toBe(hashOf(url));
      await page.getByRole('button', { name: 'Copy URL' }).click();
      await expect.poll(() => clipboard(page)).toBe(url);
      // Where the request goes: the URL inside's request.
      const sends = await text(page.locator('.request'));
      expect(sends).toMatch(/^GET \/api\/v1\//);
      expect(sends).not.toContain('curl');
      // Apply fix puts the URL inside into the box (user:password@ and all, as typed: it stays here).
      await page
        .locator('li[data-code="pasted-command"]')
        .getByRole('button', { name: /Apply fix/ })
        .click();
      await expect.poll(() => codes(page)).not.toContain('pasted-command');
      expect(command).toContain(await urlBox(page).inputValue());
    },
  );

  it('an Authorization header the library does not read as a command leaves no hash', async () => {
    const page = await open(hashOf(inner));
    await paste(page, urlBox(page), `-H 'Authorization: Bearer ${token}' ${inner}`);
    await expect.poll(() => hash(page)).toBe('');
    expect(page.url()).not.toContain(token);
  });
});

describe('where the request goes', () => {
  it.each([
    '/api/v1/nodes/n1:10250/proxy/metrics',
    '/api/v1/nodes/http:n1:10250/proxy/metrics',
    'https://104.197.5.247/api/v1/nodes/n1/proxy/stats/summary',
  ])('a node on the kubelet port, %s, is reached over https', async (url) => {
    const page = await open(hashOf(url));
    await expect.poll(() => text(page.locator('ul.facts'))).toContain('over: https');
  });

  it.each([
    ['https://x', 'elsewhere'],
    ['https://rancher.example.com/k8s/clusters/c-m-abcd1234', 'elsewhere'],
    ['http://10.0.0.1:8001', 'elsewhere'],
    ['http://localhost:8001', 'accepts'],
    ['', 'accepts'],
    ['/k8s/clusters/local', 'accepts'],
  ])('base %j: kubectl proxy %s', async (base, expected) => {
    const page = await open(hashOf(`${base}/api/v1/namespaces/ns/services/web:80/proxy/`));
    await expect.poll(() => verdict(page).getAttribute('data-kubectl')).toBe(expected);
    const said = await text(verdict(page));
    if (expected === 'elsewhere') {
      expect(said).not.toContain('lets it through');
      expect(await verdict(page).getAttribute('class')).not.toContain('good');
    } else {
      expect(said).toContain('lets it through');
    }
  });
});

describe('the diagnostics list', () => {
  it('is ordered by severity, then position, with a short summary as its only live text', async () => {
    const page = await open(hashOf('/api/v1/namespaces/a/services/b/proxy/x y'));
    await expect.poll(() => codes(page)).toEqual(['space-in-url', 'empty-port-unnamed-only']);
    expect(await text(summary(page))).toBe('1 error, 1 note');
    // One polite region, holding the summary; the list inside it is not live.
    const live = page.locator('.diagnostics-live');
    expect(await live.getAttribute('aria-live')).toBe('polite');
    expect(await live.locator('ul.diagnostics').getAttribute('aria-live')).toBe('off');
    expect(await page.locator('[aria-live="polite"] li[data-code]').count()).toBe(2);
    // What a screen reader is told as the URL changes: the summary, which changes with it.
    await paste(page, urlBox(page), 'https://h/api/v1/namespaces/ns/services/https:svc/proxy');
    await expect.poll(() => text(summary(page))).toBe('2 warnings');
  });

  it('after Apply fix, focus goes to the next diagnostic, or to the summary when none is left', async () => {
    const page = await open(hashOf('https://h/api/v1/namespaces/ns/services/https:svc/proxy'));
    await expect
      .poll(() => codes(page))
      .toEqual(['scheme-parsed-as-name', 'missing-trailing-slash']);
    await page
      .locator('li[data-code="scheme-parsed-as-name"]')
      .getByRole('button', { name: /Apply fix/ })
      .click();
    const next = page.locator('li[data-code="missing-trailing-slash"]');
    await expect.poll(() => isFocused(next)).toBe(true);
    expect(await isFocused(urlBox(page))).toBe(false);
    // From there, Tab reaches that diagnostic's own Apply fix.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => codes(page)).toEqual(['empty-port-unnamed-only']);
    // Nothing after the fixed one: the first diagnostic left.
    await expect
      .poll(() => isFocused(page.locator('li[data-code="empty-port-unnamed-only"]')))
      .toBe(true);
    expect(await urlBox(page).inputValue()).toBe(
      'https://h/api/v1/namespaces/ns/services/https:svc:/proxy/',
    );
    // The last one fixed and none left: the summary ("No problems") takes the focus.
    await paste(
      page,
      urlBox(page),
      'http://localhost:8001/api/v1/namespaces/ns/services/svc:80/proxy',
    );
    await expect.poll(() => codes(page)).toEqual(['missing-trailing-slash']);
    await page.getByRole('button', { name: /Apply fix/ }).click();
    await expect.poll(() => isFocused(summary(page))).toBe(true);
    expect(await text(summary(page))).toContain('No problems');
  });

  it('an empty box shows a neutral hint, not a red error', async () => {
    const page = await open();
    await urlBox(page).fill('');
    await expect
      .poll(() => text(summary(page)))
      .toBe('Paste or type a proxy URL above to check it.');
    expect(await page.locator('li[data-code]').count()).toBe(0);
    expect(await urlBox(page).getAttribute('aria-invalid')).toBe('false');
    expect(await page.locator('.sev-error, .badge-error').count()).toBe(0);
  });

  it('a raw space: the fix encodes it, and the copied curl carries %20', async () => {
    const page = await open(
      hashOf('http://localhost:8001/api/v1/namespaces/a/services/b:80/proxy/x y'),
    );
    await expect.poll(() => codes(page)).toContain('space-in-url');
    // No copy of a URL with an error: the formats say why.
    expect(await text(page.getByText('Available once the URL has no errors.'))).not.toBe('');
    await page
      .locator('li[data-code="space-in-url"]')
      .getByRole('button', { name: /Apply fix/ })
      .click();
    await page.getByRole('button', { name: 'Copy curl command' }).click();
    await expect.poll(() => clipboard(page)).toContain('/proxy/x%20y');
    expect(await clipboard(page)).not.toContain('x y');
  });
});

describe('guidance next to the fields', () => {
  it('https with no port: the Port field says why the id ends with a colon, and so does the caret', async () => {
    const page = await open(
      hashOf('http://localhost:8001/api/v1/namespaces/ns/services/svc/proxy/'),
    );
    await page.getByLabel('Scheme', { exact: true }).selectOption('https');
    await expect
      .poll(() => urlBox(page).inputValue())
      .toBe('http://localhost:8001/api/v1/namespaces/ns/services/https:svc:/proxy/');
    const hint = page.locator('#field-port-hint');
    expect(await text(hint)).toContain('the trailing colon keeps https from being read as a name');
    expect(
      await page.getByLabel('Port', { exact: true }).getAttribute('aria-describedby'),
    ).toContain('field-port-hint');
    // The caret right after the trailing colon: the explanation says what it is for.
    const url = await urlBox(page).inputValue();
    const at = url.indexOf('svc:') + 4;
    await urlBox(page).focus();
    await urlBox(page).evaluate((el, i) => (el as HTMLTextAreaElement).setSelectionRange(i, i), at);
    await expect
      .poll(() => text(page.locator('#proxy-url-part')))
      .toContain('The trailing colon keeps the id at three parts');
    // A port given: no hint.
    await page.getByLabel('Port', { exact: true }).fill('8443');
    await expect.poll(() => hint.count()).toBe(0);
  });

  it('the kubectl proxy preset’s hint follows the port typed', async () => {
    const page = await open(
      hashOf('http://localhost:8001/api/v1/namespaces/ns/services/svc/proxy/'),
    );
    const hint = page.locator('#preset-hint');
    expect(await text(hint)).toContain('http://localhost:8001');
    await page.getByLabel('Base URL', { exact: true }).fill('http://localhost:8080');
    await expect.poll(() => text(hint)).toContain('http://localhost:8080');
    expect(await text(hint)).toContain('--port=8080');
    expect(await text(hint)).not.toContain('8001');
  });

  it.each([
    [
      'Rancher',
      'https://rancher.example.com/k8s/clusters/c-m-abcd1234',
      '/k8s/clusters/<cluster ID>',
    ],
    ['Headlamp', 'https://headlamp.example.com/clusters/main', '/clusters/<cluster>'],
    [
      'Backstage',
      'https://backstage.example.com/api/kubernetes/proxy',
      'Backstage-Kubernetes-Cluster',
    ],
  ])('the %s preset puts its proxy path in front of /api/v1', async (name, base, words) => {
    const page = await open(
      hashOf('http://localhost:8001/api/v1/namespaces/ns/services/svc:80/proxy/'),
    );
    const button = page.getByRole('button', { name, exact: true });
    await button.click();
    await expect
      .poll(() => urlBox(page).inputValue())
      .toBe(`${base}/api/v1/namespaces/ns/services/svc:80/proxy/`);
    // The form and its panels follow the URL a render later: wait for them as for the URL, so a
    // busy machine is no failure.
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => text(page.locator('#preset-hint'))).toContain(words);
    await expect.poll(() => verdict(page).getAttribute('data-kubectl')).toBe('elsewhere');
  });
});

describe('the cluster-info table', () => {
  it('names its findings, and at 360 px still shows every link', async () => {
    const page = await open('', { viewport: { width: 360, height: 800 } });
    const input = page.getByLabel('kubectl cluster-info output');
    await input.fill(
      [
        'kube-dns is running at https://104.197.5.247/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy',
        'kube-dns is running at https://104.197.5.247/api/v1/namespaces/kube-system/services/kube-dns:dns-tcp/proxy/',
      ].join('\n'),
    );
    const rows = page.locator('table.services tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await text(rows.nth(0).locator('td').nth(1))).toBe('No slash after /proxy');
    expect(await text(rows.nth(1).locator('td').nth(1))).toBe('ok');
    expect(await page.locator('table.services').textContent()).not.toMatch(/\d warnings?/);
    // Two rows named kube-dns: each shows its own link, on screen.
    for (const i of [0, 1]) {
      const link = rows.nth(i).locator('code.url-text:visible');
      expect(await link.count()).toBe(1);
      const box = await link.boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(100);
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(360);
    }
    expect(await text(rows.nth(0).locator('code.url-text:visible'))).toContain(
      'kube-dns:dns/proxy',
    );
    expect(await text(rows.nth(1).locator('code.url-text:visible'))).toContain(
      'kube-dns:dns-tcp/proxy/',
    );
    // No sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
  });

  it('loads with the examples after the page opens, not in its first scripts', async () => {
    const page = await open();
    await page.getByLabel('kubectl cluster-info output').waitFor();
    const fetched = scripts(page);
    expect(fetched.some((s) => s.startsWith('ClusterInfo-'))).toBe(true);
    expect(fetched.some((s) => s.startsWith('Examples-'))).toBe(true);
    // None is among what the page loads to open (the entry and its static imports).
    const first = [...firstLoad(fileURLToPath(new URL('../dist', import.meta.url)))];
    expect(first.filter((s) => /^(ClusterInfo|Examples|CopyFormats)-/.test(s))).toEqual([]);
  });
});

describe('in Korean', () => {
  it('says what the native review asked for, across the page', async () => {
    const page = await open(
      hashOf(
        'http://localhost:8001/api/v1/namespaces/kube-system/services/https:kubernetes-dashboard:/proxy/',
      ),
      { locale: 'ko-KR' },
    );
    await page.getByRole('button', { name: '문서의 예시 붙여 넣기' }).click();
    await page.locator('table.services tbody tr').first().waitFor();
    // What is on screen, as the review read it: hidden text (display: none) left out.
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point
    const shown = await page.evaluate(() => document.body.innerText);
    for (const better of [
      '(으)로 보냄',
      '항목별로 URL 만들기',
      '기본 설정으로 실행한 kubectl proxy는',
      '문서처럼 localhost 대신 [::1]로 접속',
      '‘클러스터 접근’ 문서',
      'ID',
    ]) {
      expect(shown).toContain(better);
    }
    for (const now of [
      '받는 곳',
      '부분으로 만들기',
      '기본 플래그의',
      '[::1]에서 듣는',
      '「',
      '빌더',
      '1 warning',
    ]) {
      expect(shown).not.toContain(now);
    }
    // The cluster-info table names its finding in Korean, and its Open buttons say "URL 칸에서 열기".
    expect(await page.getByRole('button', { name: /URL 칸에서 열기/ }).count()).toBeGreaterThan(0);
  });
});
