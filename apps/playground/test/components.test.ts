// Components rendered to static markup in Node: what each one shows for a given parse, in either
// language. The browser tests cover behaviour; these pin the content cheaply.
import { parseProxyUrl } from 'apiserver-proxy-url';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DestinationPanel } from '../src/DestinationPanel.tsx';
import { Diagnostics } from '../src/Diagnostics.tsx';
import { LangContext } from '../src/i18n/context.ts';
import { type Lang, messages } from '../src/i18n/index.ts';
import { PartsLegend } from '../src/PartsLegend.tsx';

const render = (element: ReactElement, lang: Lang = 'en') =>
  renderToStaticMarkup(
    createElement(LangContext.Provider, { value: { lang, t: messages[lang] } }, element),
  );

const none = () => {};

describe('Diagnostics', () => {
  it('lists each finding with its code, severity, span and fix', () => {
    const url = 'https://h/api/v1/namespaces/ns/services/https:svc/proxy';
    const html = render(
      createElement(Diagnostics, {
        url,
        parsed: parseProxyUrl(url),
        refused: [],
        onFix: none,
        onShow: none,
        onField: none,
      }),
    );
    expect(html).toContain('aria-live="polite"');
    expect(html).toContain('data-code="scheme-parsed-as-name"');
    expect(html).toContain('data-code="missing-trailing-slash"');
    expect(html).toContain('<mark class="mark-warning">https:svc</mark>');
    expect(html).toContain('<ins>:</ins>');
    expect(html.match(/Apply fix/g)).toHaveLength(2);
  });

  it('speaks Korean from the app and English from the library', () => {
    const url = 'http://104.197.5.247/api/v1/namespaces/kube-system/services/es/proxy/';
    const parsed = parseProxyUrl(url);
    const props = { url, parsed, refused: [], onFix: none, onShow: none, onField: none };
    expect(render(createElement(Diagnostics, props), 'en')).toContain(
      parsed.diagnostics[0]?.message,
    );
    const ko = render(createElement(Diagnostics, props), 'ko');
    expect(ko).toContain('토큰이 암호화되지 않은 채 전송됩니다.');
    expect(ko).not.toContain(parsed.diagnostics[0]?.message);
  });

  it('shows the builder refusal with the field at fault instead of the URL findings', () => {
    const url = '/api/v1/namespaces/ns/services/svc/proxy';
    const refused = [
      {
        code: 'invalid-name',
        severity: 'error',
        message: 'bad name',
        start: 0,
        end: 0,
        field: 'name',
      },
    ] as const;
    const html = render(
      createElement(Diagnostics, {
        url,
        parsed: parseProxyUrl(url),
        refused: [...refused],
        onFix: none,
        onShow: none,
        onField: none,
      }),
    );
    expect(html).toContain('data-code="invalid-name"');
    expect(html).not.toContain('data-code="missing-trailing-slash"');
    expect(html).toContain('Field: Name');
    expect(html).toContain('Go to the field');
  });

  it('keeps markup in the URL as text', () => {
    const url = '<img src=x onerror=alert(1)>/api/v1/namespaces/ns/services/svc/proxy/<script>';
    const html = render(
      createElement(Diagnostics, {
        url,
        parsed: parseProxyUrl(url),
        refused: [],
        onFix: none,
        onShow: none,
        onField: none,
      }),
    );
    expect(html).not.toMatch(/<img|<script/);
    expect(html).toContain('proxy/&lt;script&gt;');
  });
});

describe('PartsLegend', () => {
  it('explains the id scheme as the API server’s, not the one typed', () => {
    const url = 'http://localhost:8001/api/v1/namespaces/ns/services/https:svc:/proxy/';
    const html = render(
      createElement(PartsLegend, { value: url, parsed: parseProxyUrl(url), focused: 'scheme' }),
    );
    expect(html).toContain('not the scheme you type');
    expect(html).toContain('aria-current="true"');
  });
});

describe('DestinationPanel', () => {
  it('says where a path that climbs out really goes', () => {
    const url = 'https://h/api/v1/namespaces/ns/services/svc/proxy/../../../secrets';
    const html = render(createElement(DestinationPanel, { url, parsed: parseProxyUrl(url) }));
    expect(html).toContain('GET /api/v1/namespaces/ns/secrets');
    expect(html).toContain('It leaves the proxy');
  });

  it('does not claim a request is forwarded when the API server refuses it', () => {
    const url = '/api/v1/proxy/namespaces/kube-system/services/kubernetes-dashboard/';
    const html = render(createElement(DestinationPanel, { url, parsed: parseProxyUrl(url) }));
    expect(html).toContain('It is not forwarded');
    expect(html).toContain('404');
  });
});
