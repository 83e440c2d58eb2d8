// One file's text through `lint`: its findings, and with `--fix` the text fixed to a fixed point.
// Pure string work over the library's lintText and fixText: the command line reads and writes the
// files.
//
// A byte order mark is not part of the text that lines and columns count (ESLint's reading): it is
// set aside before linting and put back in front of the fixed text. Line ends and the final newline
// are untouched because applyFixes changes only the bytes of its edits.

import type { Severity } from '../diagnostics.js';
import { fixText, type LintFinding, lintText } from '../index.js';
import type { LintRules } from './lint-options.js';

/**
 * What `lint` reports and how it fixes.
 *
 * @example
 * const run: LintRun = { minSeverity: 'warning', rules: {}, fix: true };
 */
export interface LintRun {
  minSeverity: Severity;
  rules: LintRules;
  fix: boolean;
}

/**
 * The outcome of one text.
 *
 * @example
 * const { urls, findings, fixed, text } = lintDocument(source, run);
 */
export interface DocumentLint {
  /** Proxy URLs found in the text checked (the fixed text, with --fix). */
  urls: number;
  /** What is left to report (at `minSeverity` or above), in text order. */
  findings: LintFinding[];
  /** Each fix made, as the finding it fixed (placed in the text of its pass), in line order. */
  fixed: LintFinding[];
  /** The text after the fixes: the same string when none was made. */
  text: string;
}

const BOM = '\uFEFF';

/**
 * Lints a text (a file's whole content) and, with `run.fix`, fixes every warning and error that
 * has a fix it can apply in place, again and again until none is left (fixText: at most 10
 * passes).
 *
 * @example
 * lintDocument('\uFEFFsee /api/v1/namespaces/ns/services/https:svc/proxy/\r\n', { ...run, fix: true }).text;
 * // '\uFEFFsee /api/v1/namespaces/ns/services/https:svc:/proxy/\r\n'
 */
export function lintDocument(text: string, run: LintRun): DocumentLint {
  const bom = text.startsWith(BOM);
  const body = bom ? text.slice(1) : text;
  let urls = 0;
  const options = {
    minSeverity: run.minSeverity,
    rules: run.rules,
    onUrl: () => {
      urls++;
    },
  };
  if (!run.fix) {
    const findings = lintText(body, options);
    return { urls, findings, fixed: [], text };
  }
  // Infos are never fixed, nor what is not reported (below --min-severity, or off). The URLs are
  // counted on the text reported, after the fixes.
  const least = run.minSeverity === 'info' ? 'warning' : run.minSeverity;
  const { text: fixedBody, fixed } = fixText(body, { rules: run.rules, minSeverity: least });
  fixed.sort((a, b) => a.line - b.line || a.column - b.column);
  const findings = lintText(fixedBody, options);
  return { urls, findings, fixed, text: fixedBody === body ? text : (bom ? BOM : '') + fixedBody };
}
