// Checking every proxy URL in a text, and applying the fixes in place.
import { CR, LF } from '../chars.js';
import type { DiagnosticCode, Severity } from '../diagnostics.js';
import { parseProxyUrl } from '../parse.js';
import { type FoundProxyUrl, type Occurrence, scanProxyUrls } from './find.js';

/** A change to a text: `[start, end)` replaced by `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** What {@link lintText} found: a diagnostic on a URL in the text, placed in the text. */
export interface LintFinding {
  /** The span at fault, 1-based, in UTF-16 columns, the end exclusive (as ESLint reports it). */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The URL as a reader sees it (Markdown markup removed). */
  url: string;
  code: DiagnosticCode;
  /** The code's severity, or what `rules` set it to. */
  severity: Severity;
  message: string;
  /** The whole corrected URL, when there is one. */
  fix?: string;
  /** The span at fault: offsets into the text. */
  start: number;
  end: number;
  /** Where the URL is in the text. */
  urlStart: number;
  urlEnd: number;
  /**
   * How `fix` changes the text: sorted edits that do not overlap (a Markdown link's text too).
   * Absent when the fix cannot be made in place, because it would cross markup.
   */
  edits?: TextEdit[];
}

/** What {@link lintText} can be told. */
export interface LintOptions {
  /** The least severity reported. Default `'warning'`: infos are left out. */
  minSeverity?: Severity | undefined;
  /** Per code: another severity, or `'off'`. */
  rules?: Partial<Record<DiagnosticCode, Severity | 'off'>> | undefined;
  /** Called with each URL found, with or without findings (to count the URLs checked). */
  onUrl?: ((url: FoundProxyUrl) => void) | undefined;
}

const rank = (severity: Severity): number =>
  severity === 'error' ? 2 : severity === 'warning' ? 1 : 0;

/**
 * 1-based lines and columns for offsets, reading the text's line breaks only as far as asked. A line
 * ends as ESLint ends one: at `\r\n`, `\r`, `\n`, U+2028 or U+2029.
 */
class Lines {
  private readonly starts = [0];
  private scanned = 0;
  constructor(private readonly text: string) {}

  at(offset: number): { line: number; column: number } {
    const { starts, text } = this;
    for (; this.scanned < offset && this.scanned < text.length; this.scanned++) {
      const c = text.charCodeAt(this.scanned);
      if (
        c === LF ||
        c === 0x2028 ||
        c === 0x2029 ||
        (c === CR && text.charCodeAt(this.scanned + 1) !== LF)
      ) {
        starts.push(this.scanned + 1);
      }
    }
    // The last line start at or before `offset`.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
  }
}

/** The offset in the text of offset `i` of the URL (for an end, `end` is true: it stays in its piece). */
function toText(o: Occurrence, i: number, end: boolean): number {
  if (!o.pieces) return o.start + i;
  let offset = 0;
  for (const [a, b] of o.pieces) {
    const length = b - a;
    if (end ? i <= offset + length : i < offset + length) return a + i - offset;
    offset += length;
  }
  return o.end;
}

/**
 * The edits that turn the URL into `fix` in the text: the smallest change between the two, in the
 * URL and in each copy; `undefined` when that change would cross markup.
 */
function editsFor(o: Occurrence, fix: string): TextEdit[] | undefined {
  const { url } = o;
  let head = 0;
  const most = Math.min(url.length, fix.length);
  while (head < most && url.charCodeAt(head) === fix.charCodeAt(head)) head++;
  let tail = 0;
  while (
    tail < most - head &&
    url.charCodeAt(url.length - 1 - tail) === fix.charCodeAt(fix.length - 1 - tail)
  ) {
    tail++;
  }
  const text = fix.slice(head, fix.length - tail);
  const from = head;
  const to = url.length - tail;
  const start = toText(o, from, from === to);
  const end = toText(o, to, true);
  // Within one piece, the text between the two offsets is the URL's own.
  if (end - start !== to - from) return undefined;
  const edits: TextEdit[] = [];
  for (const [a] of o.copies ?? []) edits.push({ start: a + from, end: a + to, text });
  edits.push({ start, end, text });
  return edits;
}

/** Whether the URL at `at` quotes `kubectl cluster-info`, which prints links without a trailing slash. */
const quotesClusterInfo = (text: string, at: number): boolean =>
  text.slice(Math.max(0, at - 14), at) === 'is running at ';

/**
 * Checks every proxy URL in `text` ({@link findProxyUrls}), reading placeholders as unknown values,
 * and places each diagnostic in the text. In text order. Lines quoting `kubectl cluster-info`
 * (`… is running at https://…/proxy`) are not told to add a trailing slash: kubectl prints them so.
 *
 * @example
 * const [finding] = lintText('See https://10.0.0.1:6443/api/v1/namespaces/kube-system/services/https:elasticsearch-logging/proxy/\n');
 * finding.code;                      // 'scheme-parsed-as-name'
 * [finding.line, finding.column];    // [1, 59]
 * applyFixes(text, [finding]);       // '… services/https:elasticsearch-logging:/proxy/\n'
 */
export function lintText(text: string, options: LintOptions = {}): LintFinding[] {
  const least = rank(options.minSeverity ?? 'warning');
  const rules = options.rules ?? {};
  const lines = new Lines(text);
  const findings: LintFinding[] = [];
  for (const o of scanProxyUrls(text)) {
    options.onUrl?.(o);
    const { diagnostics } = parseProxyUrl(o.url, { placeholders: true });
    for (const d of diagnostics) {
      const rule = rules[d.code];
      if (rule === 'off') continue;
      const severity = rule ?? d.severity;
      if (rank(severity) < least) continue;
      if (d.code === 'missing-trailing-slash' && quotesClusterInfo(text, o.start)) continue;
      const start = toText(o, d.start, d.start === d.end);
      const end = Math.max(start, toText(o, d.end, true));
      const from = lines.at(start);
      const to = lines.at(end);
      const finding: LintFinding = {
        line: from.line,
        column: from.column,
        endLine: to.line,
        endColumn: to.column,
        url: o.url,
        code: d.code,
        severity,
        message: d.message,
        start,
        end,
        urlStart: o.start,
        urlEnd: o.end,
      };
      if (d.fix !== undefined) {
        finding.fix = d.fix;
        const edits = editsFor(o, d.fix);
        if (edits) finding.edits = edits;
      }
      findings.push(finding);
    }
  }
  return findings;
}

/**
 * `text` with the edits of every finding applied, in text order, leaving out a finding whose edits
 * would overlap one already applied (run again to apply it: {@link lintText} finds it again).
 * Every byte outside the edits is unchanged.
 *
 * @example
 * applyFixes(text, lintText(text).filter((f) => f.severity !== 'info'));
 */
export function applyFixes(text: string, findings: readonly LintFinding[]): string {
  return apply(text, findings).text;
}

/** {@link applyFixes}, saying which findings it applied. */
function apply(text: string, findings: readonly LintFinding[]): FixResult {
  // The edits taken so far, sorted by start and not overlapping.
  const taken: TextEdit[] = [];
  const fixed: LintFinding[] = [];
  /** The index of the first taken edit that ends at or after `at`. */
  const firstEndingFrom = (at: number): number => {
    let lo = 0;
    let hi = taken.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((taken[mid] as TextEdit).end < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // Two edits clash when they overlap or touch: an insertion next to a change is ambiguous.
  const clashes = (e: TextEdit): boolean => {
    const next = taken[firstEndingFrom(e.start)];
    return next !== undefined && next.start <= e.end;
  };
  const order = findings
    .filter((f) => f.edits !== undefined && f.edits.length > 0)
    .sort((a, b) => (a.edits?.[0]?.start ?? 0) - (b.edits?.[0]?.start ?? 0));
  for (const f of order) {
    const edits = f.edits as TextEdit[];
    if (edits.some(clashes)) continue;
    for (const e of edits) taken.splice(firstEndingFrom(e.start), 0, e);
    fixed.push(f);
  }
  if (taken.length === 0) return { text, fixed };
  let out = '';
  let last = 0;
  for (const e of taken) {
    out += text.slice(last, e.start) + e.text;
    last = e.end;
  }
  return { text: out + text.slice(last), fixed };
}

/** What {@link fixText} returns. */
export interface FixResult {
  /** The text with every fix it could apply. */
  text: string;
  /** The findings whose fixes were applied, each as it was found on the text its pass read. */
  fixed: LintFinding[];
}

/**
 * Applies every fix of the findings {@link lintText} reports with `options`, again on the fixed
 * text until nothing changes (at most 10 passes, as ESLint's `--fix`): the one loop the command
 * line, the plugins and the playground share.
 *
 * @example
 * fixText('/api/v1/namespaces/a/services/https:b/proxy').text; // '/api/v1/namespaces/a/services/https:b:/proxy/'
 */
export function fixText(text: string, options: LintOptions = {}): FixResult {
  const fixed: LintFinding[] = [];
  for (let pass = 0; pass < 10; pass++) {
    const result = apply(text, lintText(text, options));
    if (result.text === text) break;
    fixed.push(...result.fixed);
    text = result.text;
  }
  return { text, fixed };
}
