// The document mode's model: grouping the library's findings by URL, placing every URL (lines and
// columns as lintText gives them), and fixing to a fixed point as `lint --fix` does.
import { type FoundProxyUrl, findProxyUrls, fixText, lintText } from 'apiserver-proxy-url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleDocument } from '../src/document/example.ts';
import {
  atLeast,
  checkDocument,
  countFindings,
  groupFindings,
  shown,
} from '../src/document/model.ts';

const bad = 'http://localhost:8001/api/v1/namespaces/ns/services/https:svc/proxy/';
const good = '/api/v1/namespaces/ns/services/https:svc:/proxy/';

const remote = 'http://104.197.5.247/api/v1/namespaces/ns/services/svc/proxy/';

/** 1-based line and column of an offset, lines ending as ESLint ends them (the reference). */
function placeOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split(/\r\n|[\r\n\u2028\u2029]/);
  // A CR right before the offset whose LF comes after it has not ended its line yet.
  const cut = text[offset - 1] === '\r' && text[offset] === '\n';
  const lines = cut ? before.slice(0, -1) : before;
  const last = cut ? `${before.at(-2)}\r` : (before.at(-1) as string);
  return { line: lines.length, column: last.length + 1 };
}

/** The URLs of a text as the page lists them. */
const listed = (text: string) => {
  const found: FoundProxyUrl[] = [];
  const findings = lintText(text, { minSeverity: 'info', onUrl: (u) => found.push(u) });
  return { urls: groupFindings(text, found, findings), findings };
};

describe('checkDocument', () => {
  it('lists every URL of the example in text order, each with its place and findings', () => {
    const { urls, fixed, fixes } = checkDocument(exampleDocument, 'warning');
    expect(urls.map((u) => [u.line, u.column, u.findings.map((f) => f.code)])).toEqual([
      [4, 1, ['scheme-parsed-as-name']],
      [7, 10, ['insecure-remote-base', 'empty-port-unnamed-only', 'missing-trailing-slash']],
      [12, 12, ['legacy-proxy-path']],
      [18, 10, []],
    ]);
    // Every warning and error has a fix here.
    expect(fixed).toBe(fixText(exampleDocument).text);
    expect(fixes).toBe(4);
  });

  it('keeps infos in the model and leaves them to the page to show', () => {
    const { urls } = checkDocument(exampleDocument, 'warning');
    const kibana = urls[1];
    if (!kibana) throw new Error('no second URL');
    expect(shown(kibana, 'warning').map((f) => f.code)).toEqual([
      'insecure-remote-base',
      'missing-trailing-slash',
    ]);
    expect(shown(kibana, 'info')).toHaveLength(3);
    expect(shown(kibana, 'error')).toEqual([]);
    expect(countFindings(urls, 'warning')).toEqual({ error: 1, warning: 3, info: 0 });
    expect(countFindings(urls, 'info')).toEqual({ error: 1, warning: 3, info: 1 });
    expect(countFindings(urls, 'error')).toEqual({ error: 1, warning: 0, info: 0 });
  });

  it('has nothing to say about an empty text or prose without URLs', () => {
    for (const text of ['', 'No URL here.\nNor /proxy/ alone.']) {
      expect(checkDocument(text, 'warning')).toEqual({ urls: [], fixed: null, fixes: 0 });
    }
  });

  it('counts the copies of a Markdown link whose text is its target', () => {
    const [link] = checkDocument(`See [${bad}](${bad}).`, 'warning').urls;
    expect(link?.copies).toBe(1);
    expect(link?.findings.map((f) => f.code)).toContain('scheme-parsed-as-name');
  });
});

describe('groupFindings', () => {
  it("places URLs as lintText places its findings: ESLint's line ends, UTF-16 columns", () => {
    const text = `a\r\n한국어 ${bad}\r${remote}\u2028\t😀 ${good} ${bad}\u2029${remote}\n${bad}`;
    const { urls } = listed(text);
    expect(urls.map((u) => [u.line, u.column])).toEqual([
      [2, 5],
      [3, 1],
      [4, 5],
      [4, 54],
      [5, 1],
      [6, 1],
    ]);
    for (const u of urls) {
      expect({ line: u.line, column: u.column }).toEqual(placeOf(text, u.start));
      for (const f of u.findings) {
        expect(f.urlStart).toBe(u.start);
        // A finding at the URL's start (plain http to a remote host) is placed where the URL is.
        if (f.start === u.start) expect([f.line, f.column]).toEqual([u.line, u.column]);
      }
    }
    // The same URLs as findProxyUrls.
    expect(urls.map((u) => u.start)).toEqual(findProxyUrls(text).map((f) => f.start));
  });

  it('places every URL of any text where lintText does (property)', () => {
    const piece = fc.constantFrom(
      ...['\n', '\r\n', '\r', '\u2028', '\u2029', ' ', 'x', '한', '😀', '`', '[', ']', '('],
      ...[bad, good, remote],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        const { urls, findings } = listed(text);
        for (const u of urls) {
          expect({ line: u.line, column: u.column }).toEqual(placeOf(text, u.start));
          for (const f of u.findings) {
            if (f.start === u.start) expect([f.line, f.column]).toEqual([u.line, u.column]);
          }
        }
        // Every finding is listed once, under the URL it is about, in text order.
        expect(urls.flatMap((u) => u.findings)).toHaveLength(findings.length);
        const starts = urls.map((u) => u.start);
        expect(starts).toEqual([...starts].sort((a, b) => a - b));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a finding on a URL the finder did not list', () => {
    const [finding] = lintText(bad);
    if (!finding) throw new Error('no finding');
    const urls = groupFindings(bad, [], [finding]);
    expect(urls).toHaveLength(1);
    expect(urls[0]?.findings).toEqual([finding]);
    expect([urls[0]?.line, urls[0]?.column]).toEqual([1, 1]);
  });
});

describe('the fixed text', () => {
  it("is the library's fixed point: nothing fixable is found again", () => {
    const { fixed } = checkDocument(exampleDocument, 'warning');
    if (fixed === null) throw new Error('nothing fixed');
    expect(lintText(fixed).filter((f) => f.edits)).toEqual([]);
    expect(fixed).toContain('services/https:elasticsearch-logging:/proxy/');
    expect(fixed).toContain('(https://104.197.5.247/api/v1/');
    expect(fixed).toContain('kibana-logging/proxy/)');
    expect(fixed).toContain(
      'dashboard: /api/v1/namespaces/kube-system/services/kubernetes-dashboard/proxy/',
    );
    // The Helm template is not a mistake: its line is left as it was.
    const helm = exampleDocument.split('\n').find((l) => l.includes('{{'));
    expect(fixed.split('\n')).toContain(helm);
  });

  it('changes nothing outside the URLs, and fixes only what is shown', () => {
    const prose = (n: number) => `Paragraph ${n}, with "quotes" and \`code\`.\r\n`;
    const text = `${prose(1)}${bad}\n${prose(2)}`;
    const { fixed } = checkDocument(text, 'warning');
    expect(fixed?.startsWith(prose(1))).toBe(true);
    expect(fixed?.endsWith(`\n${prose(2)}`)).toBe(true);
    // At "errors only", a warning's fix is left alone.
    expect(checkDocument(text, 'error')).toMatchObject({ fixed: null, fixes: 0 });
  });

  it('reads the severity levels in order', () => {
    expect(atLeast('error', 'warning')).toBe(true);
    expect(atLeast('info', 'warning')).toBe(false);
    expect(atLeast('warning', 'warning')).toBe(true);
    expect(atLeast('info', 'info')).toBe(true);
  });
});
