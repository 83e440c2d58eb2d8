import type { Diagnostic, ProxyUrlParts, Severity } from 'apiserver-proxy-url';
import type { PartName } from './i18n/en.ts';

/** A run of the input with one part colour and the worst diagnostic over it. */
export interface Segment {
  start: number;
  end: number;
  part: PartName | null;
  severity: Severity | null;
}

/** Every part, in URL order; inner parts last: scheme, name and port sit inside the id and win over it. */
export const partNames: readonly PartName[] = [
  'base',
  'namespace',
  'resource',
  'id',
  'scheme',
  'name',
  'port',
  'path',
  'query',
  'fragment',
];
const rank: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

/**
 * Cuts the input into runs at every edge of a part or a diagnostic span, straight from the parser's
 * offsets: the highlighting under the Proxy URL box and the excerpts in the diagnostics list.
 */
export function segment(
  length: number,
  parts: ProxyUrlParts,
  diagnostics: readonly Diagnostic[],
): Segment[] {
  const spans = diagnostics.filter((d) => d.end > d.start && d.start < length);
  const edges = new Set<number>([0, length]);
  for (const name of partNames) {
    const span = parts[name];
    if (span) for (const edge of span) if (edge <= length) edges.add(edge);
  }
  for (const d of spans) {
    edges.add(d.start);
    edges.add(Math.min(d.end, length));
  }
  const sorted = [...edges].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i] as number;
    const end = sorted[i + 1] as number;
    let part: PartName | null = null;
    for (const name of partNames) {
      const span = parts[name];
      if (span && span[0] <= start && end <= span[1]) part = name;
    }
    let severity: Severity | null = null;
    for (const d of spans) {
      if (d.start <= start && end <= d.end && (!severity || rank[d.severity] > rank[severity])) {
        severity = d.severity;
      }
    }
    const last = out[out.length - 1];
    if (last && last.part === part && last.severity === severity) last.end = end;
    else out.push({ start, end, part, severity });
  }
  return out;
}

/** The innermost part under the caret (a caret right after a part still counts as in it). */
export function partAt(parts: ProxyUrlParts, caret: number): PartName | null {
  let found: PartName | null = null;
  for (const name of partNames) {
    const span = parts[name];
    if (span && span[0] <= caret && caret <= span[1]) found = name;
  }
  return found;
}
