// What the command line prints for people: a URL's parts labelled, and each diagnostic with a caret
// line under its span. Pure string work (no I/O), so it is tested without a terminal.
//
// Everything taken from the input (the URL and its decoded parts, fixes, messages, cluster-info
// names and links, echoed arguments) goes through visible() before it is coloured or laid out:
// no input can reach the terminal as a control character.
import type { ClusterInfoEntry } from '../cluster-info.js';
import type { Diagnostic } from '../diagnostics.js';
import { type ParseResult, parseProxyUrl } from '../parse.js';
import type { ProxyTarget, ProxyTargetInput, ProxyUrlParts } from '../types.js';

/**
 * Wraps text in an ANSI style, or returns it as it is when colour is off.
 *
 * @example
 * const paint: Paint = painter(process.stdout.isTTY);
 * paint('green', 'ok');
 */
export type Paint = (style: Style, text: string) => string;

/**
 * The styles the command uses.
 *
 * @example
 * const style: Style = 'yellow'; // warnings
 */
export type Style = keyof typeof STYLES;

const STYLES = {
  bold: '1',
  dim: '2',
  red: '31',
  green: '32',
  yellow: '33',
  blue: '34',
  magenta: '35',
  cyan: '36',
} as const;

/**
 * A {@link Paint} that colours with ANSI escapes when `on`.
 *
 * @example
 * painter(true)('red', 'error');  // '\u001b[31merror\u001b[0m'
 * painter(false)('red', 'error'); // 'error'
 */
export function painter(on: boolean): Paint {
  return on ? (style, text) => `\u001b[${STYLES[style]}m${text}\u001b[0m` : (_style, text) => text;
}

const SEVERITY_STYLE: Record<Diagnostic['severity'], Style> = {
  error: 'red',
  warning: 'yellow',
  info: 'cyan',
};

type Part = keyof ProxyUrlParts;

// Each part keeps its colour in the URL and in its row, so the eye can match them.
const PART_STYLE: Record<Part, Style> = {
  base: 'blue',
  namespace: 'magenta',
  resource: 'dim',
  id: 'green',
  scheme: 'cyan',
  name: 'green',
  port: 'yellow',
  path: 'bold',
  query: 'blue',
  fragment: 'dim',
};

/**
 * Text as it may be shown to people. The one rule of every human (non-JSON) output: each C0 control
 * (U+0000–U+001F, tab and newline included), DEL (U+007F) and C1 control (U+0080–U+009F, such as
 * U+009B CSI) is written as a `\xNN` escape in lower-case hex (`\x1b`, `\x09`, `\x7f`, `\x9b`),
 * in labelled text and URLs alike. So no input can move the cursor, retitle or clear the terminal,
 * or start a line of the report of its own. Our newlines and colour codes are added after this.
 * The result has no control character, so applying it twice changes nothing.
 *
 * @example
 * visible('/a%1B\u001b]0;pwned\u0007'); // '/a%1B\\x1b]0;pwned\\x07'
 */
export function visible(text: string): string {
  let out = '';
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c !== 0x7f && (c < 0x80 || c > 0x9f)) continue;
    out += `${text.slice(kept, i)}\\x${c.toString(16).padStart(2, '0')}`;
    kept = i + 1;
  }
  return kept === 0 ? text : out + text.slice(kept);
}

/**
 * JSON for `--json`: `JSON.stringify(value, null, 2)`, the same value, with DEL and C1 controls
 * (which JSON.stringify leaves raw) written as `\u007f`…`\u009f` too, so that printing it to a
 * terminal is as safe as the human output. They can only stand inside strings, where the escape
 * means the same character.
 *
 * @example
 * JSON.parse(json(value)); // deep-equals value, for any JSON value
 */
export function json(value: unknown): string {
  return escapeC1(JSON.stringify(value, null, 2));
}

/**
 * {@link json} on one line, for JSON Lines (`parse --json` of several URLs) and for the elements of
 * `lint --format json`, one a line.
 *
 * @example
 * jsonLine({ a: [1, 2] }); // '{"a":[1,2]}'
 */
export function jsonLine(value: unknown): string {
  return escapeC1(JSON.stringify(value));
}

const escapeC1 = (text: string): string =>
  text.replace(/[\u007f-\u009f]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);

/** Terminal columns of one code point: 2 for wide (CJK, Hangul, emoji), 0 for combining marks. */
function columns(cp: number): number {
  if ((cp >= 0x300 && cp <= 0x36f) || cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f)) return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

/**
 * The input as one printable line, the column where each UTF-16 offset starts, and where it starts
 * in the line.
 */
interface Layout {
  line: string;
  column: number[];
  at: number[];
}

/**
 * The input as one printable line (control characters shown by {@link visible}, each escape as
 * many columns wide as it is long, so that a tab or newline cannot break the caret line's
 * alignment), the column where each UTF-16 offset starts, and its offset in the line.
 */
function layout(input: string): Layout {
  let line = '';
  const column: number[] = [];
  const at: number[] = [];
  let col = 0;
  for (let i = 0; i < input.length; i++) {
    column.push(col);
    at.push(line.length);
    const cp = input.codePointAt(i) ?? 0;
    if (cp > 0xffff) {
      column.push(col); // the low surrogate starts where its pair does
      at.push(line.length);
      line += input.slice(i, i + 2);
      i++;
      col += columns(cp);
      continue;
    }
    const shown = visible(input[i] as string);
    line += shown;
    col += shown.length > 1 ? shown.length : columns(cp);
  }
  column.push(col);
  at.push(line.length);
  return { line, column, at };
}

/** The input with each part in its colour. */
function paintedUrl({ line, at }: Layout, parts: ProxyUrlParts, paint: Paint): string {
  // The spans are offsets in the input: `at` maps them into the line, where a control character
  // takes several characters. The id's own parts are inside it: colour the id's pieces rather
  // than the whole id.
  const spans = (Object.keys(parts) as Part[])
    .filter((p) => p !== 'id' || !(parts.scheme || parts.name || parts.port))
    .map((p) => [p, ...(parts[p] as [number, number])] as const)
    .sort((a, b) => a[1] - b[1]);
  const length = at.length - 1;
  const to = (offset: number): number => at[Math.min(offset, length)] ?? line.length;
  let out = '';
  let done = 0;
  for (const [part, start, end] of spans) {
    if (start < done) continue;
    out +=
      line.slice(to(done), to(start)) + paint(PART_STYLE[part], line.slice(to(start), to(end)));
    done = end;
  }
  return out + line.slice(to(done));
}

function emptyMeaning(part: 'scheme' | 'port' | 'path', target: ProxyTarget): string {
  if (part === 'path') return '(none: the URL ends at /proxy)';
  if (part === 'scheme') return target.resource === 'nodes' ? '(none)' : '(none: http)';
  return target.resource === 'services'
    ? "(none: the Service's unnamed port)"
    : target.resource === 'pods'
      ? '(none: the first container port)'
      : "(none: the kubelet's port)";
}

/**
 * The labelled rows of a parsed URL: each part as the API server reads it (decoded), with the text
 * as written beside it when that differs.
 *
 * @example
 * const url = '/api/v1/namespaces/ns/services/svc%3A80/proxy/';
 * formatParts(url, parseProxyUrl(url), painter(false));
 * // ['  namespace  ns', '  resource   services', '  id         svc%3A80', '  scheme     (none: http)',
 * //  '  name       svc', '  port       80', '  path       /']
 */
export function formatParts(
  input: string,
  result: ParseResult,
  paint: Paint,
  indent = '  ',
): string[] {
  const { target, parts } = result;
  if (!target) return [];
  const rows: string[] = [];
  const row = (part: Part, value: string, written?: string): void => {
    const label = paint(PART_STYLE[part], part.padEnd(9));
    const note =
      written !== undefined && written !== value ? `  (written ${visible(written)})` : '';
    rows.push(`${indent}${label}  ${visible(value)}${paint('dim', note)}`);
  };
  const raw = (part: Part): string | undefined => {
    const span = parts[part];
    return span ? input.slice(span[0], span[1]) : undefined;
  };
  if (target.base) row('base', target.base);
  if (target.namespace !== null) row('namespace', target.namespace, raw('namespace'));
  row('resource', target.resource);
  const id = raw('id');
  if (id !== undefined && id !== target.name) row('id', id);
  row('scheme', target.scheme || emptyMeaning('scheme', target), raw('scheme'));
  row('name', target.name, raw('name'));
  row('port', target.port || emptyMeaning('port', target), raw('port'));
  row('path', target.path || emptyMeaning('path', target));
  if (parts.query || target.query) row('query', target.query);
  if (parts.fragment || target.fragment) row('fragment', target.fragment);
  return rows;
}

const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * `ok` or `not ok`, with how many diagnostics of each severity. `strict` (`parse --strict`): a
 * warning is not ok either.
 *
 * @example
 * summary(parseProxyUrl('/api/v1/nodes/n/proxy').diagnostics, painter(false));
 * // 'ok: 0 errors, 1 warning, 0 info'
 */
export function summary(diagnostics: Diagnostic[], paint: Paint, strict = false): string {
  const by = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) by[d.severity]++;
  const counts = `${count(by.error, 'error')}, ${count(by.warning, 'warning')}, ${by.info} info`;
  return failed(diagnostics, strict)
    ? `${paint('red', 'not ok')}: ${counts}`
    : `${paint('green', 'ok')}: ${counts}`;
}

/**
 * Whether `parse` fails on these diagnostics: on an error, or with `strict` on a warning too.
 *
 * @example
 * failed(parseProxyUrl('/api/v1/nodes/n/proxy').diagnostics, true); // true: missing-trailing-slash
 */
export function failed(diagnostics: readonly Diagnostic[], strict: boolean): boolean {
  return diagnostics.some((d) => d.severity === 'error' || (strict && d.severity === 'warning'));
}

/**
 * The last line of `parse` over several URLs (stdin): how many there were, and how many failed.
 *
 * @example
 * formatParseTotal(3, 1); // '3 URLs: 2 ok, 1 not ok\n'
 */
export function formatParseTotal(urls: number, notOk: number): string {
  return `${count(urls, 'URL')}: ${urls - notOk} ok, ${notOk} not ok\n`;
}

/**
 * One diagnostic: its severity, code and sentence; for a span in the input, the input with a
 * caret line under the span; the fix, when there is one.
 *
 * @example
 * const url = '/api/v1/nodes/n/proxy';
 * formatDiagnostic(parseProxyUrl(url).diagnostics[0], url, painter(false));
 * // ['warning missing-trailing-slash: The API server answers GET and HEAD with a 301 to /proxy/.',
 * //  '  /api/v1/nodes/n/proxy', '                 ^^^^^^', '  fix: /api/v1/nodes/n/proxy/']
 */
export function formatDiagnostic(
  d: Diagnostic,
  input: string | Layout | undefined,
  paint: Paint,
  indent = '',
): string[] {
  const head = `${indent}${paint(SEVERITY_STYLE[d.severity], d.severity)} ${paint('bold', visible(d.code))}: ${visible(d.message)}`;
  const lines = [head];
  if (input !== undefined) {
    // A report lays its input out once for all its diagnostics.
    const { line, column } = typeof input === 'string' ? layout(input) : input;
    const length = column.length - 1;
    const from = column[Math.min(d.start, length)] ?? 0;
    const to = column[Math.min(Math.max(d.end, d.start), length)] ?? from;
    lines.push(`${indent}  ${line}`);
    lines.push(
      `${indent}  ${' '.repeat(from)}${paint(SEVERITY_STYLE[d.severity], '^'.repeat(Math.max(1, to - from)))}`,
    );
  }
  if (d.fix !== undefined) lines.push(`${indent}  ${paint('green', 'fix:')} ${visible(d.fix)}`);
  return lines;
}

/**
 * The whole report of `apiserver-proxy-url parse`: the URL in colour, its parts, each diagnostic
 * with its caret line and fix, then a summary (`strict`: as `parse --strict` judges).
 *
 * @example
 * formatParseReport('/api/v1/nodes/node-1/proxy/stats/summary', parseProxyUrl(...), painter(false));
 * // '/api/v1/nodes/node-1/proxy/stats/summary\n\n  resource   nodes\n  ...'
 */
export function formatParseReport(
  input: string,
  result: ParseResult,
  paint: Paint,
  strict = false,
): string {
  const shown = layout(input);
  const lines = [paintedUrl(shown, result.parts, paint), ''];
  if (result.target) lines.push(...formatParts(input, result, paint), '');
  for (const d of result.diagnostics) lines.push(...formatDiagnostic(d, shown, paint), '');
  lines.push(summary(result.diagnostics, paint, strict));
  return `${lines.join('\n')}\n`;
}

// The command-line flag behind each builder input field.
const FLAGS: Record<keyof ProxyTargetInput, string> = {
  base: '--base',
  resource: '--service/--pod/--node',
  namespace: '--namespace',
  name: '--service/--pod/--node',
  scheme: '--scheme',
  port: '--port',
  path: '--path',
  query: '--query',
  fragment: '--fragment',
};

/**
 * What `build` prints on stderr, one diagnostic per line: the builder's refusal, naming the flag at
 * fault, or the warnings the parser finds in the URL it built.
 *
 * @example
 * formatBuildDiagnostics([{ code: 'invalid-name', field: 'name', ... }], painter(false));
 * // 'error invalid-name (--service/--pod/--node): ...\n'
 */
export function formatBuildDiagnostics(diagnostics: Diagnostic[], paint: Paint): string {
  const lines = diagnostics.map((d) => {
    const flag = d.field ? ` (${FLAGS[d.field]})` : '';
    return `${paint(SEVERITY_STYLE[d.severity], d.severity)} ${paint('bold', visible(d.code))}${flag}: ${visible(d.message)}`;
  });
  return `${lines.join('\n')}\n`;
}

/**
 * How many links a cluster-info report has shown, for its last line.
 *
 * @example
 * const counts: ClusterInfoCounts = { links: 0, proxies: 0, broken: 0 };
 */
export interface ClusterInfoCounts {
  links: number;
  proxies: number;
  /** Proxy links with an error. */
  broken: number;
}

/**
 * One link of the `cluster-info` report: its name, its parts when it is a proxy URL, and the
 * parser's findings (without caret lines: every link is on its own line), then an empty line.
 * Counts it in `counts`.
 *
 * @example
 * formatClusterInfoEntry(parseClusterInfo(text)[0], painter(false), counts);
 * // 'Kubernetes control plane\n  http://127.0.0.1:6443\n  not a proxy URL: ...\n\n'
 */
export function formatClusterInfoEntry(
  e: ClusterInfoEntry,
  paint: Paint,
  counts: ClusterInfoCounts,
): string {
  const lines = [paint('bold', visible(e.name)), `  ${visible(e.url)}`];
  counts.links++;
  if (e.target) {
    counts.proxies++;
    lines.push(...formatParts(e.url, parseProxyUrl(e.url), paint, '    '));
  } else {
    lines.push(`  ${paint('dim', 'not a proxy URL: the API server itself, or a load balancer')}`);
  }
  if (e.diagnostics.some((d) => d.severity === 'error')) counts.broken++;
  for (const d of e.diagnostics) lines.push(...formatDiagnostic(d, undefined, paint, '  '));
  lines.push('', '');
  return lines.join('\n');
}

/**
 * The last line of the `cluster-info` report.
 *
 * @example
 * formatClusterInfoSummary({ links: 2, proxies: 1, broken: 0 });
 * // '2 links: 1 proxy URL (0 with errors), 1 other link\n'
 */
export function formatClusterInfoSummary({ links, proxies, broken }: ClusterInfoCounts): string {
  const other = links - proxies;
  return `${count(links, 'link')}: ${count(proxies, 'proxy URL')} (${broken} with errors), ${count(other, 'other link')}\n`;
}

/**
 * The report of `apiserver-proxy-url cluster-info`: {@link formatClusterInfoEntry} for each link,
 * then {@link formatClusterInfoSummary}. The command prints the same, a link at a time.
 *
 * @example
 * formatClusterInfo(parseClusterInfo(text), painter(false));
 * // 'Kubernetes control plane\n  http://127.0.0.1:6443\n  not a proxy URL: ...'
 */
export function formatClusterInfo(entries: ClusterInfoEntry[], paint: Paint): string {
  const counts: ClusterInfoCounts = { links: 0, proxies: 0, broken: 0 };
  let out = '';
  for (const e of entries) out += formatClusterInfoEntry(e, paint, counts);
  return out + formatClusterInfoSummary(counts);
}
