// What `apiserver-proxy-url lint` prints: a finding in each format (text for people, JSON, GitHub
// workflow annotations), what --fix changed, and the summary. Pure string work (no I/O).
//
// As everywhere on the command line, what comes from the input (file names, URLs, messages,
// fixes) goes through visible() in the human and annotation formats, and through json() escaping
// in JSON: no file can put a control character on the terminal.

import type { Severity } from '../diagnostics.js';
import type { LintFinding } from '../index.js';
import { jsonLine, type Paint, visible } from './format.js';

const SEVERITY_STYLE = { error: 'red', warning: 'yellow', info: 'cyan' } as const;

/**
 * A finding for people: `path:line:column  severity  code  message`, then its fix, indented.
 *
 * @example
 * formatLintFinding('docs/a.md', finding, painter(false));
 * // 'docs/a.md:3:59  warning  scheme-parsed-as-name  The API server reads …\n  fix: https://…\n'
 */
export function formatLintFinding(file: string, f: LintFinding, paint: Paint): string {
  const where = `${visible(file)}:${f.line}:${f.column}`;
  const head = `${where}  ${paint(SEVERITY_STYLE[f.severity], f.severity)}  ${paint('bold', visible(f.code))}  ${visible(f.message)}\n`;
  return f.fix === undefined ? head : `${head}  ${paint('green', 'fix:')} ${visible(f.fix)}\n`;
}

/**
 * A fix that `--fix` made: where, the code it fixed, and the URL as it now reads.
 *
 * @example
 * formatLintFixed('docs/a.md', finding, painter(false));
 * // 'docs/a.md:3:59  fixed  scheme-parsed-as-name  https://…/services/https:elasticsearch-logging:/proxy/\n'
 */
export function formatLintFixed(file: string, f: LintFinding, paint: Paint): string {
  const where = `${visible(file)}:${f.line}:${f.column}`;
  return `${where}  ${paint('green', 'fixed')}  ${paint('bold', visible(f.code))}  ${visible(f.fix ?? f.url)}\n`;
}

/**
 * A finding as JSON, on one line: the fields of the contract, in its order (the offsets and edits
 * of LintFinding are the library's, not the command's).
 *
 * @example
 * JSON.parse(jsonLintFinding('docs/a.md', finding)).file; // 'docs/a.md'
 */
export function jsonLintFinding(file: string, f: LintFinding): string {
  const { line, column, endLine, endColumn, url, code, severity, message, fix } = f;
  const value = { file, line, column, endLine, endColumn, url, code, severity, message };
  return jsonLine(fix === undefined ? value : { ...value, fix });
}

/**
 * One JSON array printed an element at a time: `[`, the elements one a line, `]`; `[]` when empty.
 *
 * @example
 * const array = new JsonArray();
 * array.element('{"a":1}') + array.element('{"a":2}') + array.end(); // '[\n{"a":1},\n{"a":2}\n]\n'
 */
export class JsonArray {
  #first = true;

  /** The text that adds `element` (already JSON) to what was printed. */
  element(element: string): string {
    const before = this.#first ? '[\n' : ',\n';
    this.#first = false;
    return before + element;
  }

  /** The text that ends the array. */
  end(): string {
    return this.#first ? '[]\n' : '\n]\n';
  }
}

const ANNOTATION: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * A finding as a GitHub Actions workflow command, which the run shows as an annotation on the
 * line: `::error file=…,line=…,endLine=…,col=…,endColumn=…,title=…::message`. Escaped as
 * GitHub's toolkit does (`%`, CR and LF in both parts; `:` and `,` in the properties too), then
 * through visible() for any other control character.
 *
 * @example
 * githubAnnotation('docs/a.md', finding);
 * // '::warning file=docs/a.md,line=3,endLine=3,col=59,endColumn=80,title=scheme-parsed-as-name::The API … %0Afix: https://…\n'
 */
export function githubAnnotation(file: string, f: LintFinding): string {
  const properties = [
    `file=${property(file)}`,
    `line=${f.line}`,
    `endLine=${f.endLine}`,
    `col=${f.column}`,
    `endColumn=${f.endColumn}`,
    `title=${property(f.code)}`,
  ].join(',');
  const message = f.fix === undefined ? f.message : `${f.message}\nfix: ${f.fix}`;
  return `::${ANNOTATION[f.severity]} ${properties}::${data(message)}\n`;
}

const data = (text: string): string =>
  visible(text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A'));

const property = (text: string): string => data(text).replaceAll(':', '%3A').replaceAll(',', '%2C');

/**
 * What a `lint` run has counted, for its summary.
 *
 * @example
 * const counts: LintCounts = { errors: 0, warnings: 0, infos: 0, files: 0, urls: 0, fixed: 0, fixedFiles: 0 };
 */
export interface LintCounts {
  errors: number;
  warnings: number;
  infos: number;
  /** Text files read and checked. */
  files: number;
  /** Proxy URLs found in them. */
  urls: number;
  /** Fixes made by --fix, and in how many files. */
  fixed: number;
  fixedFiles: number;
}

const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The last line: `N problems (E errors, W warnings) in F files, U URLs checked`, with the infos
 * when they are shown (`--min-severity info`).
 *
 * @example
 * formatLintSummary({ errors: 1, warnings: 2, infos: 0, files: 5, urls: 9, fixed: 0, fixedFiles: 0 }, false);
 * // '3 problems (1 error, 2 warnings) in 5 files, 9 URLs checked\n'
 */
export function formatLintSummary(c: LintCounts, withInfos: boolean): string {
  const problems = c.errors + c.warnings + (withInfos ? c.infos : 0);
  const infos = withInfos ? `, ${count(c.infos, 'info')}` : '';
  return `${count(problems, 'problem')} (${count(c.errors, 'error')}, ${count(c.warnings, 'warning')}${infos}) in ${count(c.files, 'file')}, ${count(c.urls, 'URL')} checked\n`;
}

/**
 * What --fix did in all, before the summary.
 *
 * @example
 * formatLintFixTotal({ fixed: 4, fixedFiles: 2, ... }); // 'fixed 4 problems in 2 files\n'
 */
export function formatLintFixTotal(c: LintCounts): string {
  return `fixed ${count(c.fixed, 'problem')} in ${count(c.fixedFiles, 'file')}\n`;
}
