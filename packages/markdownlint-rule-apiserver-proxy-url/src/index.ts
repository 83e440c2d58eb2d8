import { type LintFinding, lintText } from 'apiserver-proxy-url';
import { lintOptions } from './options.js';
import type { FixInfo, MarkdownlintRule, RuleOnErrorInfo } from './types.js';

export type { RuleConfig } from './options.js';
export type { FixInfo, MarkdownlintRule, RuleOnErrorInfo, RuleParams } from './types.js';

/** Where the rule is documented: this package's README. */
export const information = new URL(
  'https://github.com/apiserver-proxy-url/apiserver-proxy-url/blob/main/packages/markdownlint-rule-apiserver-proxy-url/README.md',
);

/** Offsets where each line of `text` starts. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column of an offset. */
function position(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
}

/**
 * The finding's edits as one markdownlint fix (one per problem is all markdownlint takes): from the
 * first edit's start to the last one's end, with the text between the edits kept. Null when the
 * edits are on several lines, or when there are none.
 */
function fixInfoOf(text: string, starts: number[], finding: LintFinding): Required<FixInfo> | null {
  const edits = finding.edits;
  const first = edits?.[0];
  const last = edits?.[edits.length - 1];
  if (!edits || !first || !last) return null;
  const from = position(starts, first.start);
  const to = position(starts, last.end);
  if (from.line !== to.line || text.slice(first.start, last.end).includes('\n')) return null;
  let insertText = '';
  let at = first.start;
  for (const e of edits) {
    insertText += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return {
    lineNumber: from.line,
    editColumn: from.column,
    deleteCount: last.end - first.start,
    insertText,
  };
}

/**
 * `apiserver-proxy-url`: a markdownlint custom rule that checks every Kubernetes API server proxy URL
 * in a Markdown file (links, autolinks, code spans, code blocks, plain text) with the library's
 * `lintText`, and gives each fix as `fixInfo` for `markdownlint-cli2 --fix` and the VS Code quick fix.
 *
 * @example
 * // .markdownlint-cli2.jsonc
 * { "customRules": ["markdownlint-rule-apiserver-proxy-url"] }
 */
const rule: MarkdownlintRule = {
  names: ['apiserver-proxy-url'],
  description: 'Kubernetes API server proxy URLs as the API server reads them',
  information,
  tags: ['links', 'url', 'kubernetes'],
  parser: 'none',
  function(params, onError) {
    const options = lintOptions(params.config);
    // markdownlint gives lines without their endings; URLs never span lines, so "\n" places every
    // finding on the same line and column as in the file. Front matter is read too (a URL's
    // context is the whole text), but markdownlint only takes problems after it.
    const front = params.frontMatterLines.length;
    const text = [...params.frontMatterLines, ...params.lines].join('\n');
    if (!/proxy/i.test(text)) return;
    const starts = lineStarts(text);
    for (const finding of lintText(text, options)) {
      const lineNumber = finding.line - front;
      if (lineNumber < 1) continue;
      const line = params.lines[lineNumber - 1] ?? '';
      const endColumn = finding.endLine === finding.line ? finding.endColumn : line.length + 1;
      const length = Math.min(endColumn, line.length + 1) - finding.column;
      const info: RuleOnErrorInfo = {
        lineNumber,
        detail: `${finding.message} (${finding.code})`,
        context: finding.url,
      };
      if (finding.column <= line.length) info.range = [finding.column, Math.max(1, length)];
      const fix = fixInfoOf(text, starts, finding);
      if (fix && fix.lineNumber > front)
        info.fixInfo = { ...fix, lineNumber: fix.lineNumber - front };
      onError(info);
    }
  },
};

export default rule;
