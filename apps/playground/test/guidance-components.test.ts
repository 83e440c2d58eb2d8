// Issue 14, "Guide, don't just check": what the panels say at the moments people go wrong, rendered
// to static markup in Node (the browser tests cover focus, the address and the narrow layout).
import { parseProxyUrl } from 'apiserver-proxy-url';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BasePresets } from '../src/BasePresets.tsx';
import { DestinationPanel } from '../src/DestinationPanel.tsx';
import { bySeverity, Diagnostics } from '../src/Diagnostics.tsx';
import { Form } from '../src/Form.tsx';
import { emptyForm, type FormState } from '../src/form-model.ts';
import { LangContext } from '../src/i18n/context.ts';
import { type Lang, messages } from '../src/i18n/index.ts';
import { PartsLegend } from '../src/PartsLegend.tsx';

const render = (element: ReactElement, lang: Lang = 'en') =>
  renderToStaticMarkup(
    createElement(LangContext.Provider, { value: { lang, t: messages[lang] } }, element),
  );
const none = () => {};
const diagnosticsFor = (url: string, lang: Lang = 'en') =>
  render(
    createElement(Diagnostics, {
      url,
      parsed: parseProxyUrl(url),
      refused: [],
      onFix: none,
      onShow: none,
      onField: none,
    }),
    lang,
  );
const codesIn = (html: string) => [...html.matchAll(/data-code="([^"]+)"/g)].map((m) => m[1]);
const destinationFor = (url: string, lang: Lang = 'en') =>
  render(createElement(DestinationPanel, { url, parsed: parseProxyUrl(url) }), lang);

describe('the diagnostics list is ordered by severity, then position', () => {
  it.each([
    {
      why: 'a note before an error in the URL',
      url: '/api/v1/namespaces/a/services/b/proxy/x y',
      codes: ['space-in-url', 'empty-port-unnamed-only'],
    },
    {
      why: 'a pasted command: its error, then the URL inside’s note',
      url: "curl -H 'Authorization: Bearer t0ken' https://h/api/v1/namespaces/d/services/web/proxy/",
      codes: ['pasted-command', 'empty-port-unnamed-only'],
    },
    {
      why: 'two warnings in the order they appear',
      url: 'https://h/api/v1/namespaces/ns/services/https:svc/proxy',
      codes: ['scheme-parsed-as-name', 'missing-trailing-slash'],
    },
  ])('$why', ({ url, codes }) => {
    expect(codesIn(diagnosticsFor(url))).toEqual(codes);
  });

  it('bySeverity: errors, warnings, notes; the same severity by start, then as found', () => {
    const d = (code: string, severity: 'error' | 'warning' | 'info', start: number) =>
      ({ code, severity, start, end: start + 1, message: '' }) as never;
    const list = [
      d('n', 'info', 0),
      d('w2', 'warning', 9),
      d('e', 'error', 5),
      d('w1', 'warning', 2),
      d('w3', 'warning', 9),
    ];
    expect(bySeverity(list).map((x: { code: string }) => x.code)).toEqual([
      'e',
      'w1',
      'w2',
      'w3',
      'n',
    ]);
  });
});

describe('the live region says a short summary; the list is not live', () => {
  it('counts only what is there: "1 error, 1 note", not "0 warnings"', () => {
    const html = diagnosticsFor('/api/v1/namespaces/a/services/b/proxy/x y');
    expect(html).toMatch(
      /<div aria-live="polite" class="diagnostics-live"><p class="summary"[^>]*>1 error, 1 note</,
    );
    expect(html).toContain('<ul class="diagnostics" aria-live="off"');
    // The contract's names: diagnostics are list items with data-code inside an aria-live region.
    expect(html).toMatch(/aria-live="polite"[\s\S]*<li data-code="space-in-url"/);
  });

  it('in Korean too', () => {
    const html = diagnosticsFor('https://h/api/v1/namespaces/ns/services/https:svc/proxy', 'ko');
    expect(html).toContain('>경고 2개<');
  });

  it('an empty box gets a neutral hint, no error', () => {
    for (const url of ['', '   ']) {
      const html = diagnosticsFor(url);
      expect(html).toContain('Paste or type a proxy URL above to check it.');
      expect(html).not.toContain('data-code');
      expect(html).not.toContain('sev-error');
      expect(diagnosticsFor(url, 'ko')).toContain(
        '위 칸에 프록시 URL을 붙여 넣거나 입력하면 검사합니다.',
      );
    }
  });
});

describe('where a pasted command goes: the URL inside it', () => {
  it('shows the request of the URL inside, never the command', () => {
    const html = destinationFor(
      "curl -k -H 'Authorization: Bearer t0ken' https://10.0.0.1:6443/api/v1/namespaces/default/services/web/proxy/",
    );
    expect(html).toContain('The URL inside the command:');
    expect(html).toContain('GET /api/v1/namespaces/default/services/web/proxy/');
    expect(html).toContain('<code>10.0.0.1:6443</code>');
    expect(html).not.toMatch(/curl|t0ken|Bearer/);
  });
});

describe('kubectl proxy’s verdict only where the base could be kubectl proxy', () => {
  const tail = '/api/v1/namespaces/ns/services/web/proxy/';
  it.each([
    ['', 'accepts'],
    ['/k8s/clusters/c-m-abcd1234', 'accepts'],
    ['http://localhost:8001', 'accepts'],
    ['http://127.0.0.1:8080', 'accepts'],
    ['https://x', 'elsewhere'],
    ['https://rancher.example.com/k8s/clusters/c-m-abcd1234', 'elsewhere'],
    ['https://headlamp.example.com/clusters/main', 'elsewhere'],
    ['http://10.0.0.1:8001', 'elsewhere'],
    ['https://localhost:8001', 'elsewhere'],
  ])('base %j: %s', (base, verdict) => {
    const html = destinationFor(`${base}${tail}`);
    expect(html).toContain(`data-kubectl="${verdict}"`);
    if (verdict === 'elsewhere') expect(html).not.toContain('lets it through');
  });

  it('a node on the kubelet port is reached over https', () => {
    for (const url of [
      '/api/v1/nodes/n1:10250/proxy/metrics',
      '/api/v1/nodes/http:n1:10250/proxy/metrics',
      'https://x/api/v1/nodes/n1/proxy/stats/summary',
    ]) {
      expect(destinationFor(url)).toMatch(/over: <code>https<\/code>/);
    }
    expect(destinationFor('/api/v1/nodes/n1:9100/proxy/metrics')).toMatch(
      /over: <code>http<\/code>/,
    );
  });

  it('Korean: "→ host(으)로 보냄" and "기본 설정으로 실행한 kubectl proxy는"', () => {
    const html = destinationFor(`http://localhost:8001${tail}`, 'ko');
    expect(html).toContain('→ <code>localhost:8001</code>(으)로 보냄');
    expect(html).toContain('기본 설정으로 실행한 kubectl proxy는');
  });
});

describe('the trailing colon of https:name: is explained', () => {
  const url = 'http://localhost:8001/api/v1/namespaces/ns/services/https:svc:/proxy/';
  it.each(['scheme', 'name', 'port', 'id'] as const)('under the caret in the %s', (focused) => {
    const html = render(
      createElement(PartsLegend, { value: url, parsed: parseProxyUrl(url), focused }),
    );
    expect(html).toContain('The trailing colon keeps the id at three parts');
  });

  it('not when the id has a port or no scheme', () => {
    for (const other of [
      'http://localhost:8001/api/v1/namespaces/ns/services/https:svc:443/proxy/',
      'http://localhost:8001/api/v1/namespaces/ns/services/svc/proxy/',
    ]) {
      const html = render(
        createElement(PartsLegend, { value: other, parsed: parseProxyUrl(other), focused: 'name' }),
      );
      expect(html).not.toContain('trailing colon');
    }
  });

  const formFor = (patch: Partial<FormState>, lang: Lang = 'en') =>
    render(
      createElement(Form, {
        form: { ...emptyForm, name: 'svc', ...patch },
        refused: [],
        onField: none,
        onBase: none,
      }),
      lang,
    );

  it('next to the Port field when a scheme is chosen and the port is empty', () => {
    const html = formFor({ scheme: 'https' });
    expect(html).toContain('the trailing colon keeps https from being read as a name');
    expect(html).toMatch(/id="field-port"[^>]*aria-describedby="field-port-hint"/);
    expect(formFor({ scheme: 'https' }, 'ko')).toContain('https이(가) 이름으로 해석되지 않습니다');
    expect(formFor({ scheme: 'https', port: '443' })).not.toContain('trailing colon');
    expect(formFor({ scheme: '' })).not.toContain('trailing colon');
  });
});

describe('base presets', () => {
  const presets = (base: string, lang: Lang = 'en') =>
    render(createElement(BasePresets, { base, onBase: none }), lang);

  it('the kubectl proxy hint follows the port typed', () => {
    expect(presets('http://localhost:8001')).toContain('kubectl proxy with its default port');
    const html = presets('http://localhost:8080');
    expect(html).toContain('http://localhost:8080: kubectl proxy started with --port=8080');
    expect(html).not.toContain('8001');
    expect(presets('http://127.0.0.1:8080', 'ko')).toContain(
      '--port=8080(으)로 실행한 kubectl proxy',
    );
  });

  it.each([
    [
      'https://rancher.example.com/k8s/clusters/c-m-abcd1234',
      'Rancher',
      '/k8s/clusters/&lt;cluster ID&gt;',
    ],
    ['https://headlamp.example.com/clusters/main', 'Headlamp', '/clusters/&lt;cluster&gt;'],
    [
      'https://backstage.example.com/api/kubernetes/proxy',
      'Backstage',
      'Backstage-Kubernetes-Cluster',
    ],
  ])('%s is the %s preset, pressed, with its path in the hint', (base, name, words) => {
    const html = presets(base);
    expect(html).toContain(`aria-pressed="true" aria-describedby="preset-hint">${name}<`);
    expect(html).toContain(words);
  });

  it('offers eight doors in order', () => {
    const names = [...presets('').matchAll(/class="preset"[^>]*>([^<]+)</g)].map((m) => m[1]);
    expect(names).toEqual([
      'kubectl proxy',
      'In the cluster',
      'API server address',
      'Rancher',
      'Headlamp',
      'Backstage',
      'No host',
      'Custom',
    ]);
  });
});
