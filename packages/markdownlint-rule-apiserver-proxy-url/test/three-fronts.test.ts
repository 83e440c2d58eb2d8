// The three fronts on one Markdown file: the library (what `apiserver-proxy-url lint` prints),
// ESLint through @eslint/markdown with the plugin, and markdownlint with the rule. Same findings:
// code, line, column and end column.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import markdown from '@eslint/markdown';
import { ESLint } from 'eslint';
import apiserverProxyUrl from 'eslint-plugin-apiserver-proxy-url';
import { lint } from 'markdownlint/promise';
import { expect, it } from 'vitest';
import rule from '../src/index.js';
import { packageDir, runNode } from './run.js';

type Finding = [code: string, line: number, column: number, endColumn: number];

const docs = join(packageDir, 'test', 'fixtures', 'docs');
const codeOf = (message: string): string => /\(([a-z-]+)\)$/.exec(message)?.[1] ?? message;

it('the command line, ESLint and markdownlint find the same problems at the same places', async () => {
  const text = await readFile(join(docs, 'guide.md'), 'utf8');

  // The library's own command line, as users run it.
  const cli = join(packageDir, '..', 'apiserver-proxy-url', 'dist', 'cli', 'index.js');
  const run = await runNode(cli, ['lint', '--format', 'json', 'guide.md'], docs);
  expect(run.stderr).toBe('');
  const library: Finding[] = (
    JSON.parse(run.stdout) as Array<{
      code: string;
      line: number;
      column: number;
      endColumn: number;
    }>
  ).map((f) => [f.code, f.line, f.column, f.endColumn]);

  const eslint = new ESLint({
    cwd: docs,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.md'], plugins: { markdown }, language: 'markdown/commonmark' },
      { files: ['**/*.md'], ...apiserverProxyUrl.configs.recommended },
    ],
  });
  const [result] = await eslint.lintFiles(['guide.md']);
  const fromEslint: Finding[] = (result?.messages ?? []).map((m) => [
    codeOf(m.message),
    m.line,
    m.column,
    m.endColumn ?? 0,
  ]);

  const results = await lint({
    strings: { 'guide.md': text },
    customRules: [rule],
    config: { default: false, 'apiserver-proxy-url': true },
  });
  const fromMarkdownlint: Finding[] = (results['guide.md'] ?? []).map((e) => {
    const [column = 0, length = 0] = e.errorRange ?? [];
    return [codeOf(e.errorDetail ?? ''), e.lineNumber, column, column + length];
  });

  expect(library.length).toBe(9);
  expect(fromEslint).toEqual(library);
  expect(fromMarkdownlint).toEqual(library);
});
