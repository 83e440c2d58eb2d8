// Components rendered to static markup in Node: what each one shows for a given parse, in either
// language. The browser tests cover behaviour; these pin the content cheaply.
import { type Diagnostic, parseProxyUrl } from 'apiserver-proxy-url';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { DestinationPanel } from '../src/DestinationPanel.tsx';
import { Diagnostics } from '../src/Diagnostics.tsx';
import { LangContext } from '../src/i18n/context.ts';
import { type Lang, loadLang, messages } from '../src/i18n/index.ts';
import { PartsLegend } from '../src/PartsLegend.tsx';

// The Korean diagnostic messages are a chunk of their own, loaded before Korean is shown.
beforeAll(() => loadLang('ko'));

const render = (element: ReactElement, lang: Lang = 'en') =>
  renderToStaticMarkup(
    createElement(LangContext.Provider, { value: { lang, t: messages[lang] } }, element),
  );

const none = () => {};

/** The Diagnostics panel for a URL (and the builder's refusal, if any), as the page renders it. */
const diagnosticsFor = (url: string, refused: Diagnostic[] = [], lang: Lang = 'en') =>
  render(
    createElement(Diagnostics, {
      url,
      parsed: parseProxyUrl(url),
      refused,
      onFix: none,
      onShow: none,
      onField: none,
    }),
    lang,
  );

const destinationFor = (url: string) =>
  render(createElement(DestinationPanel, { url, parsed: parseProxyUrl(url) }));

describe('Diagnostics', () => {
  it('lists each finding with its code, severity, span and fix', () => {
    const html = diagnosticsFor('https://h/api/v1/namespaces/ns/services/https:svc/proxy');
    expect(html).toContain('aria-live="polite"');
    expect(html).toContain('data-code="scheme-parsed-as-name"');
    expect(html).toContain('data-code="missing-trailing-slash"');
    expect(html).toContain('<mark class="mark-warning">https:svc</mark>');
    expect(html).toContain('<ins>:</ins>');
    expect(html.match(/Apply fix/g)).toHaveLength(2);
  });

  it('speaks Korean from the app and English from the library', () => {
    const url = 'http://104.197.5.247/api/v1/namespaces/kube-system/services/es/proxy/';
    const message = parseProxyUrl(url).diagnostics[0]?.message;
    expect(diagnosticsFor(url, [], 'en')).toContain(message);
    const ko = diagnosticsFor(url, [], 'ko');
    expect(ko).toContain('토큰이 암호화되지 않은 채 전송됩니다.');
    expect(ko).not.toContain(message);
  });

  it('shows the builder refusal with the field at fault instead of the URL findings', () => {
    const html = diagnosticsFor('/api/v1/namespaces/ns/services/svc/proxy', [
      {
        code: 'invalid-name',
        severity: 'error',
        message: 'bad name',
        start: 0,
        end: 0,
        field: 'name',
      },
    ]);
    expect(html).toContain('data-code="invalid-name"');
    expect(html).not.toContain('data-code="missing-trailing-slash"');
    expect(html).toContain('Field: Name');
    expect(html).toContain('Go to the field');
  });

  it('keeps markup in the URL as text', () => {
    const html = diagnosticsFor(
      '<img src=x onerror=alert(1)>/api/v1/namespaces/ns/services/svc/proxy/<script>',
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
    const html = destinationFor(
      'https://h/api/v1/namespaces/ns/services/svc/proxy/../../../secrets',
    );
    expect(html).toContain('GET /api/v1/namespaces/ns/secrets');
    expect(html).toContain('It leaves the proxy');
  });

  it.each([
    [
      '/api/v1/nodes/http:node-1:10250/proxy/',
      'data-kubectl="accepts"',
      "the kubelet's own scheme",
    ],
    [
      'http://[::1]:8001/api/v1/namespaces/ns/services/s/proxy/',
      'data-kubectl="unreachable"',
      'connection is refused',
    ],
    [
      'http://localhost:8001/api/v1/namespaces/ns/services/s/proxy/a//b',
      'data-kubectl="redirects"',
      '301 Moved Permanently',
    ],
    [
      'https://x/api/v1/namespaces/ns/pods/p/proxy/exec',
      'data-kubectl="elsewhere"',
      'would get 403',
    ],
  ])('%s: %s', (url, verdict, words) => {
    const html = destinationFor(url);
    expect(html).toContain(verdict);
    expect(html).toContain(words.replace("'", '&#x27;'));
  });

  it('says https for the kubelet port', () => {
    expect(destinationFor('/api/v1/nodes/node-1/proxy/stats/summary')).toMatch(
      /<code>https<\/code>/,
    );
  });

  it('does not claim a request is forwarded when the API server refuses it', () => {
    const html = destinationFor(
      '/api/v1/proxy/namespaces/kube-system/services/kubernetes-dashboard/',
    );
    expect(html).toContain('It is not forwarded');
    expect(html).toContain('404');
  });
});
