// The document mode's model: every proxy URL in a text with the library's findings on it, and the
// text fixed to a fixed point. Every check is the library's (findProxyUrls, lintText, applyFixes);
// this file only groups, counts and places them.
import {
  applyFixes,
  type FoundProxyUrl,
  findProxyUrls,
  type LintFinding,
  lintText,
  type Severity,
} from 'apiserver-proxy-url';

/** One proxy URL in the document, with every finding on it (infos too: the page filters them). */
export interface DocumentUrl {
  /** `[start, end)` in the text (markup included, as the library gives it). */
  start: number;
  end: number;
  /** The URL as read. */
  url: string;
  /** 1-based, UTF-16 columns, lines ending at `\n`: as `lintText` places its findings. */
  line: number;
  column: number;
  findings: LintFinding[];
  /** How many other places hold the same URL (a Markdown link's text), when there are any. */
  copies?: number;
}

export interface DocumentCheck {
  urls: DocumentUrl[];
  /** The text with the fixes of every finding at or above `minSeverity`, or `null` when none applies. */
  fixed: string | null;
  /** lintText → applyFixes passes that changed the text. */
  passes: number;
}

/** ESLint's limit: fixes are applied again until nothing changes, at most this many times. */
export const maxPasses = 10;

const rank: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Whether a finding is shown (and fixed) when the page shows `min` and above. */
export const atLeast = (severity: Severity, min: Severity): boolean => rank[severity] >= rank[min];

/**
 * Every URL `findProxyUrls` sees, in text order, each with the `lintText` findings whose `urlStart`
 * is its start. A finding on a URL the finder did not list (there should be none) gets an entry of
 * its own, so nothing the linter says is dropped.
 */
export function groupFindings(
  text: string,
  found: readonly FoundProxyUrl[],
  findings: readonly LintFinding[],
): DocumentUrl[] {
  const byStart = new Map<number, DocumentUrl>();
  const urls: DocumentUrl[] = [];
  const add = (start: number, end: number, url: string): DocumentUrl => {
    const entry: DocumentUrl = { start, end, url, line: 0, column: 0, findings: [] };
    byStart.set(start, entry);
    urls.push(entry);
    return entry;
  };
  for (const f of found) {
    if (byStart.has(f.start)) continue;
    const entry = add(f.start, f.end, f.url);
    if (f.copies?.length) entry.copies = f.copies.length;
  }
  let unsorted = false;
  for (const f of findings) {
    let entry = byStart.get(f.urlStart);
    if (!entry) {
      entry = add(f.urlStart, f.urlEnd, f.url);
      unsorted = true;
    }
    entry.findings.push(f);
  }
  if (unsorted) urls.sort((a, b) => a.start - b.start);
  place(text, urls);
  return urls;
}

/** Sets each URL's line and column in one forward pass (the URLs are in text order). */
function place(text: string, urls: DocumentUrl[]): void {
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  for (const u of urls) {
    let newline = text.indexOf('\n', scanned);
    while (newline >= 0 && newline < u.start) {
      line++;
      lineStart = newline + 1;
      newline = text.indexOf('\n', lineStart);
    }
    scanned = lineStart;
    u.line = line;
    u.column = u.start - lineStart + 1;
  }
}

/**
 * `text` fixed as `lint --fix` fixes it: lintText → applyFixes, again until nothing changes, at
 * most {@link maxPasses} times. `first` may hold the first pass's findings when they are known.
 */
export function fixText(
  text: string,
  minSeverity: Severity,
  first?: readonly LintFinding[],
): { text: string; passes: number } {
  let current = text;
  let findings = first ?? lintText(current, { minSeverity });
  for (let pass = 0; pass < maxPasses; pass++) {
    const fixable = findings.filter((f) => f.edits && atLeast(f.severity, minSeverity));
    const next = fixable.length === 0 ? current : applyFixes(current, fixable);
    if (next === current) return { text: current, passes: pass };
    current = next;
    findings = lintText(current, { minSeverity });
  }
  return { text: current, passes: maxPasses };
}

/** The whole check of a document: what the page lists, and the text "Apply all fixes" gives. */
export function checkDocument(text: string, minSeverity: Severity): DocumentCheck {
  const findings = lintText(text, { minSeverity: 'info' });
  const urls = groupFindings(text, findProxyUrls(text), findings);
  const fixed = fixText(text, minSeverity, findings);
  return { urls, fixed: fixed.passes > 0 ? fixed.text : null, passes: fixed.passes };
}

/** The findings of a URL the page shows at `min`. */
export const shown = (u: DocumentUrl, min: Severity): LintFinding[] =>
  u.findings.filter((f) => atLeast(f.severity, min));

/** How many findings of each severity the page shows at `min`, over the whole document. */
export function countFindings(
  urls: readonly DocumentUrl[],
  min: Severity,
): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const u of urls)
    for (const f of u.findings) if (atLeast(f.severity, min)) counts[f.severity]++;
  return counts;
}
