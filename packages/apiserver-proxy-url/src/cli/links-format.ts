// What `links` and `parse --objects` print for people: the links of a cluster's objects as a table
// or a Markdown list, and which port a URL reaches. Pure string work (no I/O).
//
// Object names, ports and messages come from anyone's cluster: every one of them goes through
// visible() (cli/format.ts) before it is laid out or coloured, so that none can reach the terminal
// as a control character.

import type { Diagnostic } from '../diagnostics.js';
import type { ObjectLink } from '../objects/links.js';
import type { ObjectPort } from '../objects/read.js';
import type { ResolvedTarget } from '../objects/resolve.js';
import { type ParseResult, parseProxyUrl } from '../parse.js';
import { formatDiagnostic, formatParseReport, formatParts, type Paint, visible } from './format.js';

/**
 * The output formats of `links`.
 *
 * @example
 * const format: LinksFormat = 'markdown';
 */
export type LinksFormat = (typeof LINKS_FORMATS)[number];

/** Every {@link LinksFormat}, the default first. */
export const LINKS_FORMATS = ['text', 'json', 'markdown'] as const;

const SEVERITY_STYLE = { error: 'red', warning: 'yellow', info: 'cyan' } as const;

const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * An object as people name it: `namespace/name`, or a node's name.
 *
 * @example
 * objectName({ namespace: 'kube-system', name: 'kube-dns' }); // 'kube-system/kube-dns'
 */
export function objectName(o: { namespace: string | null; name: string }): string {
  return visible(o.namespace === null ? o.name : `${o.namespace}/${o.name}`);
}

/**
 * A port as people read it: its name if it has one, its number and protocol (TCP when the object
 * says none, as the API server defaults it); `-` for no port.
 *
 * @example
 * portText({ name: 'dns-tcp', number: 53, protocol: 'TCP' }); // 'dns-tcp 53/TCP'
 * portText({ number: 10250 }); // '10250/TCP'
 */
export function portText(port: ObjectPort | null): string {
  if (!port) return '-';
  const number = `${port.number ?? '?'}/${port.protocol ?? 'TCP'}`;
  return visible(port.name ? `${port.name} ${number}` : number);
}

const schemeText = (l: ObjectLink): string => (l.url === null ? '-' : l.scheme || 'http');

/**
 * The `links` table: one row per object and port (kind, object, port, the scheme the API server
 * uses, the URL), each diagnostic under the URL column, a node's kubelet examples too; then a
 * summary line. Entries without a URL (UDP, ExternalName...) say `(no link)` and why.
 *
 * @example
 * formatLinksTable(linksFromObjects(list), painter(false));
 * // 'KIND     OBJECT       PORT    SCHEME  URL\nService  default/web  80/TCP  http    /api/v1/...'
 */
export function formatLinksTable(links: ObjectLink[], paint: Paint): string {
  const header = ['KIND', 'OBJECT', 'PORT', 'SCHEME', 'URL'];
  const rows = links.map((l) => [
    l.kind,
    objectName(l),
    portText(l.port),
    schemeText(l),
    l.url === null ? '(no link)' : visible(l.url),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i < cells.length - 1 ? c.padEnd(widths[i] ?? 0) : c)).join('  ');
  // Diagnostics and examples sit under the URL they belong to.
  const under = ' '.repeat(widths.slice(0, -1).reduce((a, w) => a + w + 2, 0));
  const out = [paint('bold', line(header))];
  links.forEach((l, i) => {
    const row = line(rows[i] as string[]);
    out.push(l.url === null ? paint('dim', row) : row);
    for (const d of l.diagnostics) out.push(...formatDiagnostic(d, undefined, paint, under));
    for (const e of l.examples ?? []) out.push(`${under}${paint('dim', 'e.g.')} ${visible(e)}`);
  });
  out.push('', formatLinksSummary(links));
  return `${out.join('\n')}\n`;
}

/**
 * The last line of the `links` table: how many objects, links, and ports without one.
 *
 * @example
 * formatLinksSummary(linksFromObjects(objectList)); // '10 objects: 13 links, 3 ports without a link'
 */
export function formatLinksSummary(links: ObjectLink[]): string {
  const objects = new Set(links.map((l) => `${l.kind}\u0000${l.namespace}\u0000${l.name}`)).size;
  const linked = links.filter((l) => l.url !== null).length;
  const without = links.length - linked;
  const rest = without > 0 ? `, ${count(without, 'port')} without a link` : '';
  return `${count(objects, 'object')}: ${count(linked, 'link')}${rest}`;
}

/** Text for a Markdown link's label: Markdown's own punctuation escaped, so a name stays text. */
const markdownText = (text: string): string =>
  visible(text).replace(/[\\`*_[\]<>()#!|~&]/g, (c) => `\\${c}`);

/** A URL as a Markdown link destination: parentheses escaped, so that none ends it early. */
const markdownUrl = (url: string): string => visible(url).replace(/[\\()]/g, (c) => `\\${c}`);

/**
 * What a link is, in words: its kind, object, port, and https when the API server uses it.
 *
 * @example
 * linkLabel(link); // 'Service kube-system/kube-dns, port dns-tcp 53/TCP'
 */
export function linkLabel(l: ObjectLink): string {
  const port = l.port ? `, ${l.kind === 'Node' ? 'kubelet' : 'port'} ${portText(l.port)}` : '';
  const https = l.scheme === 'https' ? ', https' : '';
  return `${l.kind} ${objectName(l)}${port}${https}`;
}

/**
 * The `links --format markdown` list, ready for docs: one `- [label](url)` per link, a node's
 * kubelet examples nested under it. Entries without a URL are left out (`links` says so on
 * stderr, with {@link formatSkipped}).
 *
 * @example
 * formatLinksMarkdown(linksFromObjects(list));
 * // '- [Service default/web, port 80/TCP](/api/v1/namespaces/default/services/web/proxy/)\n'
 */
export function formatLinksMarkdown(links: ObjectLink[]): string {
  let out = '';
  for (const l of links) {
    if (l.url === null) continue;
    out += `- [${markdownText(linkLabel(l))}](${markdownUrl(l.url)})\n`;
    for (const e of l.examples ?? []) {
      const path = parseProxyUrl(e).target?.path ?? e;
      out += `  - [${markdownText(path)}](${markdownUrl(e)})\n`;
    }
  }
  return out;
}

/**
 * One line for stderr about an entry that got no URL: what it is, then its diagnostics.
 *
 * @example
 * formatSkipped(link, painter(false));
 * // 'apiserver-proxy-url links: no link for Service kube-system/kube-dns, port dns 53/UDP: error ...'
 */
export function formatSkipped(l: ObjectLink, paint: Paint): string {
  const why = l.diagnostics
    .map(
      (d) =>
        `${paint(SEVERITY_STYLE[d.severity], d.severity)} ${visible(d.code)}: ${visible(d.message)}`,
    )
    .join('; ');
  return `apiserver-proxy-url links: no link for ${linkLabel(l)}${why ? `: ${why}` : ''}\n`;
}

type Json = Record<string, unknown>;
const record = (v: unknown): Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {};

/** A port object as the objects give it (Service port, container port, kubelet endpoint). */
function givenPort(v: unknown): ObjectPort {
  const p = record(v);
  const port: ObjectPort = {};
  if (typeof p.name === 'string' && p.name) port.name = p.name;
  const number = [p.port, p.containerPort, p.Port].find((n) => typeof n === 'number');
  if (typeof number === 'number') port.number = number;
  if (typeof p.protocol === 'string' && p.protocol) port.protocol = p.protocol;
  return port;
}

const KINDS = { services: 'Service', pods: 'Pod', nodes: 'Node' } as const;

/**
 * What the URL reaches among the objects, in words: the object and port, no port of the object,
 * or no object at all.
 *
 * @example
 * reachText(parseProxyUrl(url), resolveProxyTarget(url, objects));
 * // 'Service kube-system/kube-dns, port dns-tcp 53/TCP'
 */
export function reachText(result: ParseResult, resolved: ResolvedTarget): string | null {
  const { target } = result;
  if (!target) return null;
  const what = `${KINDS[target.resource]} ${objectName(target)}`;
  if (resolved.object === null) return `no ${what} among the objects`;
  if (resolved.port === null) return `no port of ${what}`;
  return `${what}, port ${portText(givenPort(resolved.port))}`;
}

/**
 * The report of `parse URL --objects FILE`: the parse report, with the objects' diagnostics among
 * the parser's (and in its summary, judged as `parse --strict` does with `strict`), and a
 * `reaches` row after the parts.
 *
 * @example
 * formatParseWithObjects(url, parseProxyUrl(url), resolveProxyTarget(url, objects), painter(false));
 * // '...\n  path       /\n  reaches    Service kube-system/kube-dns, port dns-tcp 53/TCP\n\n...'
 */
export function formatParseWithObjects(
  url: string,
  result: ParseResult,
  resolved: ResolvedTarget,
  paint: Paint,
  strict = false,
): string {
  const diagnostics: Diagnostic[] = [...result.diagnostics, ...resolved.diagnostics];
  const merged: ParseResult =
    diagnostics.some((d) => d.severity === 'error') || result.target === null
      ? { ...result, ok: false, diagnostics }
      : { ...result, ok: true, target: result.target, diagnostics };
  const report = formatParseReport(url, merged, paint, strict);
  const reach = reachText(result, resolved);
  if (reach === null) return report;
  // The parts rows are one block of the report: the reach row joins it, as the last part.
  const parts = `${formatParts(url, merged, paint).join('\n')}\n`;
  const at = report.indexOf(parts) + parts.length;
  const row = `  ${paint('bold', 'reaches'.padEnd(9))}  ${reach}\n`;
  return report.slice(0, at) + row + report.slice(at);
}
