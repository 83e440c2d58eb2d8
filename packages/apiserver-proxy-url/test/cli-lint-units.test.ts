// The pure parts of `lint` and `parse` from stdin, in this process: option checks, the line
// splitter, the formats' escaping, and one text's lint and fix (byte order mark, fixed point).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Lines } from '../src/cli/lines.js';
import {
  formatLintSummary,
  githubAnnotation,
  JsonArray,
  type LintCounts,
} from '../src/cli/lint-format.js';
import { lintSettings } from '../src/cli/lint-options.js';
import { lintDocument } from '../src/cli/lint-text.js';
import { checkOptionTokens, UsageError } from '../src/cli/usage.js';
import { findProxyUrls, type LintFinding, lintText } from '../src/index.js';

const finding = (over: Partial<LintFinding>): LintFinding => ({
  line: 3,
  column: 7,
  endLine: 3,
  endColumn: 12,
  url: '/api/v1/nodes/n/proxy',
  code: 'missing-trailing-slash',
  severity: 'warning',
  message: 'm',
  start: 0,
  end: 0,
  urlStart: 0,
  urlEnd: 0,
  ...over,
});

describe('checkOptionTokens', () => {
  const options = { format: { type: 'string' }, fix: { type: 'boolean' } } as const;
  it.each([
    [[{ kind: 'option', name: 'x', rawName: '-x' }], 'unknown option -x'],
    [[{ kind: 'option', name: 'toString', rawName: '--toString' }], 'unknown option --toString'],
    [[{ kind: 'option', name: 'format', rawName: '--format' }], '--format needs a value'],
    [
      [{ kind: 'option', name: 'format', rawName: '--format', value: '--fix', inlineValue: false }],
      '--format needs a value',
    ],
    [
      [{ kind: 'option', name: 'fix', rawName: '--fix', value: 'no', inlineValue: true }],
      '--fix takes no value',
    ],
  ] as const)('%j: %s', (tokens, message) => {
    expect(() => checkOptionTokens(tokens, options)).toThrow(new UsageError(message));
  });

  it('takes a value starting with - when written --format=-x, and a lone - as a value', () => {
    expect(() =>
      checkOptionTokens(
        [
          { kind: 'option', name: 'format', rawName: '--format', value: '-x', inlineValue: true },
          { kind: 'option', name: 'format', rawName: '--format', value: '-', inlineValue: false },
          { kind: 'positional', value: '-' },
          { kind: 'option-terminator' },
        ],
        options,
      ),
    ).not.toThrow();
  });
});

describe('lintSettings', () => {
  it('defaults: text, warnings and errors, any number of warnings, the current folder', () => {
    expect(lintSettings({}, [])).toEqual({
      format: 'text',
      fix: false,
      minSeverity: 'warning',
      rules: {},
      maxWarnings: null,
      paths: ['.'],
    });
  });

  it('reads every option; the last --rule of a code wins', () => {
    expect(
      lintSettings(
        {
          format: 'github',
          fix: true,
          'min-severity': 'info',
          rule: ['redundant-colon=off', 'legacy-proxy-path=warning', 'redundant-colon=error'],
          'max-warnings': '0',
        },
        ['docs', '-'],
      ),
    ).toEqual({
      format: 'github',
      fix: true,
      minSeverity: 'info',
      rules: { 'redundant-colon': 'error', 'legacy-proxy-path': 'warning' },
      maxWarnings: 0,
      paths: ['docs', '-'],
    });
  });

  it.each([
    [{ rule: ['=off'] }, 'unknown code "" in --rule'],
    [{ rule: ['toString=off'] }, 'unknown code "toString" in --rule'],
    [
      { rule: ['legacy-proxy-path=Error'] },
      '--rule legacy-proxy-path= takes off, info, warning or error, not "Error"',
    ],
    [{ 'max-warnings': '1e3' }, '--max-warnings is a number of warnings, not "1e3"'],
    [{ 'max-warnings': '' }, '--max-warnings is a number of warnings, not ""'],
    [{ format: 'JSON' }, '--format is text, json or github, not "JSON"'],
  ])('%j: %s', (values, message) => {
    expect(() => lintSettings(values, [])).toThrow(new UsageError(message));
  });
});

describe('Lines', () => {
  it('gives the lines of any chunking, CR before LF dropped', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', '\n', '\r', '\r\n', '/api/v1/'), { maxLength: 40 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        (pieces, cuts) => {
          const text = pieces.join('');
          const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
          const lines = new Lines();
          const got: string[] = [];
          let from = 0;
          for (const c of [...at, text.length]) {
            got.push(...lines.push(text.slice(from, c)));
            from = c;
          }
          got.push(...lines.end());
          const expected = text.split('\n').map((l) => l.replace(/\r$/, ''));
          if (text.endsWith('\n') || text === '') expected.pop();
          expect(got).toEqual(expected);
        },
      ),
    );
  });
});

describe('the formats', () => {
  it('github: %, CR and LF escaped in the message; : and , too in properties; then visible()', () => {
    const f = finding({
      code: 'legacy-proxy-path',
      severity: 'error',
      message: '50%\r\nof\u001b',
      fix: '/a,b',
    });
    expect(githubAnnotation('docs/a:b,c%.md', f)).toBe(
      '::error file=docs/a%3Ab%2Cc%25.md,line=3,endLine=3,col=7,endColumn=12,title=legacy-proxy-path::50%25%0D%0Aof\\x1b%0Afix: /a,b\n',
    );
    expect(githubAnnotation('a.md', finding({ severity: 'info' }))).toMatch(/^::notice /);
  });

  it('JsonArray prints the same text as JSON.stringify of one-line elements', () => {
    const array = new JsonArray();
    expect(array.end()).toBe('[]\n');
    const two = new JsonArray();
    const text = two.element('{"a":1}') + two.element('[2]') + two.end();
    expect(JSON.parse(text)).toEqual([{ a: 1 }, [2]]);
  });

  it('the summary counts in the singular and plural, infos only when shown', () => {
    const c: LintCounts = {
      errors: 1,
      warnings: 1,
      infos: 2,
      files: 1,
      urls: 1,
      fixed: 0,
      fixedFiles: 0,
    };
    expect(formatLintSummary(c, false)).toBe(
      '2 problems (1 error, 1 warning) in 1 file, 1 URL checked\n',
    );
    expect(formatLintSummary(c, true)).toBe(
      '4 problems (1 error, 1 warning, 2 infos) in 1 file, 1 URL checked\n',
    );
  });
});

describe('lintDocument', () => {
  const run = { minSeverity: 'warning', rules: {}, fix: false } as const;

  it('counts columns after a byte order mark from the line start, and keeps the mark when fixing', () => {
    const body = 'x /api/v1/namespaces/a/services/https:b/proxy/\n';
    const plain = lintDocument(body, run);
    const marked = lintDocument(`\uFEFF${body}`, run);
    expect(marked.findings).toEqual(plain.findings);
    expect(marked.findings[0]?.column).toBe(33);
    const fixed = lintDocument(`\uFEFF${body}`, { ...run, fix: true });
    expect(fixed.text).toBe('\uFEFFx /api/v1/namespaces/a/services/https:b:/proxy/\n');
  });

  it('counts every URL checked, with findings or not, once (with --fix, in the fixed text)', () => {
    const text =
      'ok /api/v1/namespaces/a/services/b:http/proxy/ and /api/v1/proxy/nodes/n/x\n/api/v1/nodes/n/proxy/\n';
    expect(lintDocument(text, run).urls).toBe(3);
    const fixed = lintDocument(text, { ...run, fix: true });
    expect(fixed.fixed.length).toBeGreaterThan(0);
    expect(fixed.urls).toBe(3);
  });

  it('without a proxy URL: nothing, the same string', () => {
    const text = 'prose about proxies\n';
    expect(lintDocument(text, { ...run, fix: true })).toEqual({
      urls: 0,
      findings: [],
      fixed: [],
      text,
    });
  });

  it('fixes several findings of one URL over passes, and reports each', () => {
    const text = 'see /api/v1/namespaces/a/services/https:b/proxy and /api/v1/proxy/nodes/n/x\n';
    const result = lintDocument(text, { ...run, fix: true });
    expect(result.fixed.map((f) => f.code)).toEqual([
      'scheme-parsed-as-name',
      'missing-trailing-slash',
      'legacy-proxy-path',
    ]);
    expect(result.findings).toEqual([]);
    expect(lintDocument(result.text, { ...run, fix: true }).fixed).toEqual([]);
  });

  it('leaves fixed text with nothing fixable at a warning or above (fast-check)', () => {
    const pieces = [
      'Open ',
      '\r\n',
      '\n',
      '`',
      ' ',
      '/api/v1/namespaces/ns/services/https:es/proxy',
      'http://localhost:8001/api/v1/proxy/namespaces/kube-system/services/dash/',
      '[/api/v1/nodes/n/proxy](/api/v1/nodes/n/proxy)',
      '<svc>',
      '{{ .Release.Namespace }}',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const result = lintDocument(text, { ...run, fix: true });
        const left = lintText(result.text).filter((f) => f.edits !== undefined);
        expect(left).toEqual([]);
      }),
    );
  });
});

describe("lint's shortcut: a file without the bytes '/proxy' is not decoded", () => {
  it('findProxyUrls finds nothing in a text without "/proxy" (fast-check)', () => {
    // cli/lint.ts skips such files: this is what makes that safe.
    const pieces = [
      '/',
      'proxy',
      '/pro',
      'xy',
      '`',
      '*',
      '_',
      '<!--',
      '-->',
      '/api/v1/',
      'services/',
      'a',
      ' ',
      '\n',
      '{{',
      '}}',
      '$(',
      ')',
      '[',
      '](',
      'http://',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        if (!text.includes('/proxy')) expect(findProxyUrls(text)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });
});
