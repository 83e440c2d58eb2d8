// The document mode's list rendered to static markup: what each URL shows, in either language, and
// that a long document renders one window of URLs.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleDocument } from '../src/document/example.ts';
import { checkDocument } from '../src/document/model.ts';
import { pageSize, UrlList } from '../src/document/UrlList.tsx';
import { LangContext } from '../src/i18n/context.ts';
import { type Lang, loadLang, messages } from '../src/i18n/index.ts';

// The Korean diagnostic messages are a chunk of their own, loaded before Korean is shown.
beforeAll(() => loadLang('ko'));

const none = () => {};

const listFor = (
  text: string,
  { lang = 'en', minSeverity = 'warning', onlyProblems = false, canFix = true } = {} as {
    lang?: Lang;
    minSeverity?: 'error' | 'warning' | 'info';
    onlyProblems?: boolean;
    canFix?: boolean;
  },
) =>
  renderToStaticMarkup(
    createElement(
      LangContext.Provider,
      { value: { lang, t: messages[lang] } },
      createElement(UrlList, {
        urls: checkDocument(text, minSeverity).urls,
        minSeverity,
        onlyProblems,
        canFix,
        onShow: none,
        onOpen: none,
        onFix: none,
      }),
    ),
  );

const count = (html: string, needle: string) => html.split(needle).length - 1;

describe('the document list', () => {
  it('shows each URL with its line and column, its findings by code, and their fixes', () => {
    const html = listFor(exampleDocument);
    expect(count(html, '<li class="doc-url">')).toBe(4);
    expect(html).toContain('Line 4, column 1');
    expect(html).toContain('Line 12, column 12');
    expect(html).toContain('data-code="scheme-parsed-as-name"');
    expect(html).toContain('data-code="legacy-proxy-path"');
    // Infos are hidden at the default level.
    expect(html).not.toContain('data-code="empty-port-unnamed-only"');
    expect(count(html, '>Apply fix<')).toBe(4);
    expect(count(html, '>Open in the URL box<')).toBe(4);
    expect(html).toContain('No problems.');
  });

  it('shows infos when asked, and only URLs with problems when asked', () => {
    expect(listFor(exampleDocument, { minSeverity: 'info' })).toContain(
      'data-code="empty-port-unnamed-only"',
    );
    const problems = listFor(exampleDocument, { onlyProblems: true });
    expect(count(problems, '<li class="doc-url">')).toBe(3);
    expect(problems).not.toContain('No problems.');
  });

  it('offers no fix while the list answers an older text', () => {
    const html = listFor(exampleDocument, { canFix: false });
    expect(count(html, 'disabled=""')).toBe(4);
  });

  it('speaks Korean', () => {
    const html = listFor(exampleDocument, { lang: 'ko' });
    expect(html).toContain('4행 1열');
    expect(html).toContain('URL 칸에서 열기');
    expect(html).toContain('문서에서 보기');
    expect(html).not.toContain('Line 4');
  });

  it(`renders ${pageSize} URLs at a time of a long document, with a pager`, () => {
    const url = 'http://localhost:8001/api/v1/namespaces/ns/services/https:svc/proxy/';
    const text = Array.from({ length: 250 }, (_, i) => `${i}. ${url}`).join('\n');
    const html = listFor(text);
    expect(count(html, '<li class="doc-url">')).toBe(pageSize);
    expect(html).toContain('URLs 1–100 of 250');
    expect(html).toContain('<ol class="doc-urls" start="1">');
  });
});
