// What the command line prints for people: a URL's parts labelled, and each diagnostic with a caret
// line under its span. Pure string work (no I/O), so it is tested without a terminal.
import type { ClusterInfoEntry } from './cluster-info.js';
import type { Diagnostic } from './diagnostics.js';
import { type ParseResult, parseProxyUrl } from './parse.js';
import type { ProxyTarget, ProxyTargetInput, ProxyUrlParts } from './types.js';

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

/** The input as one printable line, and the column where each UTF-16 offset starts. */
interface Layout {
  line: string;
  column: number[];
}

/**
 * The input as one printable line (control characters shown as `·`, so a tab or newline cannot
 * break the caret line's alignment), and the column where each UTF-16 offset starts.
 */
function layout(input: string): Layout {
  let line = '';
  const column: number[] = [];
  let col = 0;
  for (let i = 0; i < input.length; i++) {
    column.push(col);
    const cp = input.codePointAt(i) ?? 0;
    if (cp < 32 || cp === 127) {
      line += '·';
      col++;
      continue;
    }
    if (cp > 0xffff) {
      column.push(col); // the low surrogate starts where its pair does
      line += input.slice(i, i + 2);
      i++;
    } else {
      line += input[i];
    }
    col += columns(cp);
  }
  column.push(col);
  return { line, column };
}

/** The input with each part in its colour. */
function paintedUrl({ line }: Layout, parts: ProxyUrlParts, paint: Paint): string {
  // Control characters are one '·' each in the line, so the spans' offsets still hold.
  // The id's own parts are inside it: colour the id's pieces rather than the whole id.
  const spans = (Object.keys(parts) as Part[])
    .filter((p) => p !== 'id' || !(parts.scheme || parts.name || parts.port))
    .map((p) => [p, ...(parts[p] as [number, number])] as const)
    .sort((a, b) => a[1] - b[1]);
  let out = '';
  let at = 0;
  for (const [part, start, end] of spans) {
    if (start < at) continue;
    out += line.slice(at, start) + paint(PART_STYLE[part], line.slice(start, end));
    at = end;
  }
  return out + line.slice(at);
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
    const note = written !== undefined && written !== value ? `  (written ${written})` : '';
    rows.push(`${indent}${label}  ${value}${paint('dim', note)}`);
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
 * `ok` or `not ok`, with how many diagnostics of each severity.
 *
 * @example
 * summary(parseProxyUrl('/api/v1/nodes/n/proxy').diagnostics, painter(false));
 * // 'ok: 0 errors, 1 warning, 0 info'
 */
export function summary(diagnostics: Diagnostic[], paint: Paint): string {
  const by = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) by[d.severity]++;
  const counts = `${count(by.error, 'error')}, ${count(by.warning, 'warning')}, ${by.info} info`;
  return by.error > 0
    ? `${paint('red', 'not ok')}: ${counts}`
    : `${paint('green', 'ok')}: ${counts}`;
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
  const head = `${indent}${paint(SEVERITY_STYLE[d.severity], d.severity)} ${paint('bold', d.code)}: ${d.message}`;
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
  if (d.fix !== undefined) lines.push(`${indent}  ${paint('green', 'fix:')} ${d.fix}`);
  return lines;
}

/**
 * The whole report of `apiserver-proxy-url parse`: the URL in colour, its parts, each diagnostic
 * with its caret line and fix, then a summary.
 *
 * @example
 * formatParseReport('/api/v1/nodes/node-1/proxy/stats/summary', parseProxyUrl(...), painter(false));
 * // '/api/v1/nodes/node-1/proxy/stats/summary\n\n  resource   nodes\n  ...'
 */
export function formatParseReport(input: string, result: ParseResult, paint: Paint): string {
  const shown = layout(input);
  const lines = [paintedUrl(shown, result.parts, paint), ''];
  if (result.target) lines.push(...formatParts(input, result, paint), '');
  for (const d of result.diagnostics) lines.push(...formatDiagnostic(d, shown, paint), '');
  lines.push(summary(result.diagnostics, paint));
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
    return `${paint(SEVERITY_STYLE[d.severity], d.severity)} ${paint('bold', d.code)}${flag}: ${d.message}`;
  });
  return `${lines.join('\n')}\n`;
}

/**
 * The report of `apiserver-proxy-url cluster-info`: each link with its name, its parts when it is
 * a proxy URL, and the parser's findings (without caret lines: every link is on its own line).
 *
 * @example
 * formatClusterInfo(parseClusterInfo(text), painter(false));
 * // 'Kubernetes control plane\n  http://127.0.0.1:6443\n  not a proxy URL: ...'
 */
export function formatClusterInfo(entries: ClusterInfoEntry[], paint: Paint): string {
  const lines: string[] = [];
  let proxies = 0;
  let broken = 0;
  for (const e of entries) {
    lines.push(paint('bold', e.name), `  ${e.url}`);
    if (e.target) {
      proxies++;
      lines.push(...formatParts(e.url, parseProxyUrl(e.url), paint, '    '));
    } else {
      lines.push(`  ${paint('dim', 'not a proxy URL: the API server itself, or a load balancer')}`);
    }
    if (e.diagnostics.some((d) => d.severity === 'error')) broken++;
    for (const d of e.diagnostics) lines.push(...formatDiagnostic(d, undefined, paint, '  '));
    lines.push('');
  }
  const other = entries.length - proxies;
  lines.push(
    `${count(entries.length, 'link')}: ${count(proxies, 'proxy URL')} (${broken} with errors), ${count(other, 'other link')}`,
  );
  return `${lines.join('\n')}\n`;
}
