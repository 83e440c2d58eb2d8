// The document mode's model: every proxy URL in a text with the library's findings on it, and the
// text fixed to a fixed point. Every check is the library's (lintText and the URLs it reads, fixText);
// this file only groups, counts and places them.
import {
  type FoundProxyUrl,
  fixText,
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
  /** 1-based, UTF-16 columns, lines ending as ESLint ends them: as `lintText` places its findings. */
  line: number;
  column: number;
  findings: LintFinding[];
  /** How many other places hold the same URL (a Markdown link's text), when there are any. */
  copies?: number;
}

export interface DocumentCheck {
  urls: DocumentUrl[];
  /**
   * The text with the fixes of every finding at or above `minSeverity`, to a fixed point (the
   * library's fixText, as `lint --fix`), or `null` when none applies.
   */
  fixed: string | null;
  /** How many findings' fixes that applies. */
  fixes: number;
}

const rank: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Whether a finding is shown (and fixed) when the page shows `min` and above. */
export const atLeast = (severity: Severity, min: Severity): boolean => rank[severity] >= rank[min];

/**
 * Every URL found (lintText's `onUrl`), in text order, each with the findings whose `urlStart` is
 * its start. A finding on a URL the finder did not list (there should be none) gets an entry of
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

/** Whether a line ends at `text[i]`, as ESLint (and so lintText) ends lines: CRLF, CR, LF, LS, PS. */
function endsLine(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 10 || c === 0x2028 || c === 0x2029 || (c === 13 && text.charCodeAt(i + 1) !== 10);
}

/**
 * Sets each URL's line and column where lintText would place a finding at its start, in one
 * forward pass (the URLs are in text order).
 */
function place(text: string, urls: DocumentUrl[]): void {
  let line = 1;
  let lineStart = 0;
  let i = 0;
  for (const u of urls) {
    for (; i < u.start; i++) {
      if (endsLine(text, i)) {
        line++;
        lineStart = i + 1;
      }
    }
    u.line = line;
    u.column = u.start - lineStart + 1;
  }
}

/** The whole check of a document: what the page lists, and the text "Apply all fixes" gives. */
export function checkDocument(text: string, minSeverity: Severity): DocumentCheck {
  // Every URL the linter reads, with findings or not: the list shows them all.
  const found: FoundProxyUrl[] = [];
  const findings = lintText(text, { minSeverity: 'info', onUrl: (u) => found.push(u) });
  const urls = groupFindings(text, found, findings);
  const fixed = fixText(text, { minSeverity });
  return fixed.text === text
    ? { urls, fixed: null, fixes: 0 }
    : { urls, fixed: fixed.text, fixes: fixed.fixed.length };
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
