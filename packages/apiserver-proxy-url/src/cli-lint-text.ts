// One file's text through `lint`: its findings, and with `--fix` the text fixed to a fixed point.
// Pure string work over the library's findProxyUrls, lintText and applyFixes: the command line reads
// and writes the files.
//
// A byte order mark is not part of the text that lines and columns count (ESLint's reading): it is
// set aside before linting and put back in front of the fixed text. Line ends and the final newline
// are untouched because applyFixes changes only the bytes of its edits.
import type { LintRules } from './cli-lint-options.js';
import type { Severity } from './diagnostics.js';
import { applyFixes, findProxyUrls, type LintFinding, lintText } from './index.js';

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
  /** Proxy URLs found in the text as it was read. */
  urls: number;
  /** What is left to report (at `minSeverity` or above), in text order. */
  findings: LintFinding[];
  /** Each fix made, as the finding it fixed (placed in the text of its pass), in line order. */
  fixed: LintFinding[];
  /** The text after the fixes: the same string when none was made. */
  text: string;
}

const BOM = '\uFEFF';
/** As ESLint: enough for chains of fixes, and an end to any that would not settle. */
const MAX_PASSES = 10;

/**
 * Lints a text (a file's whole content) and, with `run.fix`, fixes every warning and error that
 * has a fix it can apply in place, again and again until none is left (at most 10 passes).
 *
 * @example
 * lintDocument('\uFEFFsee /api/v1/namespaces/ns/services/https:svc/proxy/\r\n', { ...run, fix: true }).text;
 * // '\uFEFFsee /api/v1/namespaces/ns/services/https:svc:/proxy/\r\n'
 */
export function lintDocument(text: string, run: LintRun): DocumentLint {
  const bom = text.startsWith(BOM);
  const body = bom ? text.slice(1) : text;
  // Most files of a docs tree have no proxy URL: one scan says so, and lintText is skipped.
  const urls = findProxyUrls(body).length;
  if (urls === 0) return { urls, findings: [], fixed: [], text };
  const options = { minSeverity: run.minSeverity, rules: run.rules };
  if (!run.fix) return { urls, findings: lintText(body, options), fixed: [], text };
  // Infos are never fixed, nor what is not reported (below --min-severity, or off).
  const fixOptions = {
    ...options,
    minSeverity: run.minSeverity === 'info' ? 'warning' : run.minSeverity,
  } as const;
  const fixed: LintFinding[] = [];
  let current = body;
  let found = lintText(current, fixOptions);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const chosen = onePerUrl(found);
    if (chosen.length === 0) break;
    const next = applyFixes(current, chosen);
    if (next === current) break;
    fixed.push(...chosen);
    current = next;
    found = lintText(current, fixOptions);
  }
  const findings = run.minSeverity === 'info' ? lintText(current, options) : found;
  fixed.sort((a, b) => a.line - b.line || a.column - b.column);
  return { urls, findings, fixed, text: current === body ? text : (bom ? BOM : '') + current };
}

/**
 * The first finding with edits of each URL. Each edits its URL (whole or in part), so two of one
 * URL clash and applyFixes would keep only the first; the URLs of a text do not overlap, so the
 * chosen ones are all applied and the report of what was fixed is exact. The others of a URL are
 * found again, if the first fix left them, in the next pass.
 */
function onePerUrl(findings: LintFinding[]): LintFinding[] {
  const chosen: LintFinding[] = [];
  const urls = new Set<number>();
  for (const f of findings) {
    if (f.edits === undefined || f.edits.length === 0 || urls.has(f.urlStart)) continue;
    chosen.push(f);
    urls.add(f.urlStart);
  }
  return chosen;
}
