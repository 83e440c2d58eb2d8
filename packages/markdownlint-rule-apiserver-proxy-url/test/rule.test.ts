// The rule through markdownlint's own API: what it reports, where, and what markdownlint's
// applyFixes makes of its fixInfo.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { lintText } from 'apiserver-proxy-url';
import { applyFixes, type LintError, type Rule } from 'markdownlint';
import { lint } from 'markdownlint/promise';
import { describe, expect, it } from 'vitest';
import rule from '../src/index.js';
import { libraryFixed } from './fixed-point.js';
import { packageDir } from './run.js';

// The rule is a markdownlint Rule as markdownlint's own types say (checked by `pnpm typecheck`).
const asMarkdownlintRule: Rule = rule;

async function check(text: string, options: unknown = true): Promise<LintError[]> {
  const results = await lint({
    strings: { doc: text },
    customRules: [asMarkdownlintRule],
    config: { default: false, 'apiserver-proxy-url': options as boolean },
  });
  return results.doc ?? [];
}

const code = (e: LintError): string => /\(([a-z-]+)\)$/.exec(e.errorDetail ?? '')?.[1] ?? '';
const guide = () => readFile(join(packageDir, 'test', 'fixtures', 'docs', 'guide.md'), 'utf8');

describe('markdownlint-rule-apiserver-proxy-url', () => {
  it('names itself and links its README', () => {
    expect(rule.names).toEqual(['apiserver-proxy-url']);
    expect(rule.parser).toBe('none');
    expect(rule.information?.href).toMatch(
      /packages\/markdownlint-rule-apiserver-proxy-url\/README\.md$/,
    );
  });

  it('reports every finding of lintText at its line and column, with the code in the detail', async () => {
    const text = await guide();
    const errors = await check(text);
    expect(errors.map((e) => [e.lineNumber, e.errorRange?.[0], code(e)])).toEqual(
      lintText(text).map((f) => [f.line, f.column, f.code]),
    );
    expect(errors[0]).toMatchObject({
      ruleNames: ['apiserver-proxy-url'],
      errorContext:
        'http://localhost:8001/api/v1/namespaces/kubernetes-dashboard/services/https:kubernetes-dashboard/proxy/',
      errorRange: [72, 26],
      fixInfo: { editColumn: 98, deleteCount: 0, insertText: ':' },
    });
  });

  it("gives fixInfo that markdownlint applies to the library's own fixed text", async () => {
    const text = await guide();
    expect(applyFixes(text, await check(text))).toBe(libraryFixed(text));
  });

  it('fixes a link whose text is its target in one edit of the line', async () => {
    const text =
      '[/api/v1/namespaces/logging/services/https:kibana/proxy/](/api/v1/namespaces/logging/services/https:kibana/proxy/)\n';
    const [error] = await check(text);
    expect(error?.fixInfo).toEqual({
      lineNumber: 1,
      editColumn: 50,
      deleteCount: 57,
      insertText: ':/proxy/](/api/v1/namespaces/logging/services/https:kibana:',
    });
    expect(applyFixes(text, await check(text))).toBe(libraryFixed(text));
  });

  it('keeps CRLF line ends and finds the same places', async () => {
    const lf = await guide();
    const crlf = lf.replace(/\n/g, '\r\n');
    const errors = await check(crlf);
    expect(errors.map((e) => [e.lineNumber, e.errorRange])).toEqual(
      (await check(lf)).map((e) => [e.lineNumber, e.errorRange]),
    );
    expect(applyFixes(crlf, errors)).toBe(libraryFixed(lf).replace(/\n/g, '\r\n'));
  });

  it("reads front matter for context but reports only after it, on the file's line numbers", async () => {
    const text =
      '---\ntitle: http://localhost:8001/api/v1/namespaces/default/services/https:web/proxy/\n---\n\n' +
      'Open http://localhost:8001/api/v1/namespaces/default/services/https:web/proxy/\n';
    const errors = await check(text);
    expect(errors.map((e) => [e.lineNumber, e.errorRange?.[0], code(e)])).toEqual([
      [5, 63, 'scheme-parsed-as-name'],
    ]);
    expect(applyFixes(text, errors)).toBe(
      text.replace(
        'Open http://localhost:8001/api/v1/namespaces/default/services/https:web/',
        'Open http://localhost:8001/api/v1/namespaces/default/services/https:web:/',
      ),
    );
  });

  it('takes min_severity and per-code severities', async () => {
    const text = 'Open http://localhost:8001/api/v1/namespaces/default/services/web/proxy\n';
    expect((await check(text)).map(code)).toEqual(['missing-trailing-slash']);
    expect((await check(text, { min_severity: 'info' })).map(code)).toEqual([
      'empty-port-unnamed-only',
      'missing-trailing-slash',
    ]);
    expect(await check(text, { codes: { 'missing-trailing-slash': 'off' } })).toEqual([]);
    expect(
      (
        await check(text, { min_severity: 'error', codes: { 'missing-trailing-slash': 'error' } })
      ).map(code),
    ).toEqual(['missing-trailing-slash']);
  });

  it('says what is wrong with its options', async () => {
    const text = 'http://localhost:8001/api/v1/namespaces/default/services/web/proxy\n';
    await expect(check(text, { min_severity: 'warn' })).rejects.toThrow(
      /min_severity must be info, warning or error/,
    );
    await expect(check(text, { codes: { 'missing-slash': 'off' } })).rejects.toThrow(
      /missing-slash is not a diagnostic code/,
    );
  });

  it('gives no range past the end of a line and no fix it cannot place', async () => {
    // Findings at a line's end, a pod port name (no fix), a URL at the very end of the file.
    const text = 'x /api/v1/namespaces/default/pods/web-0:metrics/proxy\n/api/v1/nodes/n1/proxy';
    const errors = await check(text);
    expect(errors.map((e) => [e.lineNumber, e.errorRange, code(e), e.fixInfo !== null])).toEqual([
      [1, [41, 7], 'named-pod-port', false],
      [1, [48, 6], 'missing-trailing-slash', true],
      [2, [17, 6], 'missing-trailing-slash', true],
    ]);
  });
});
