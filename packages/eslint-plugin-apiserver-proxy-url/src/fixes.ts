import type { LintFinding } from 'apiserver-proxy-url';
import { templateEscaper } from './decode.js';
import type { HolePart, Segment, VirtualText } from './virtual.js';
import { sourceEdit, sourceSpan, textOffset } from './virtual.js';

/** A replacement in the source. */
export interface SourceEdit {
  range: [number, number];
  text: string;
}

/** What holds the virtual text in the source. */
export interface Container {
  kind: 'literal' | 'template' | 'concatenation';
  /** [start, end) of the whole literal or expression. */
  range: [number, number];
}

/** A finding placed in the source: where to report, and how to fix it. */
export interface Placed {
  range: [number, number];
  /** Edits applied by `--fix`: none of them touches an expression. */
  fix?: SourceEdit[];
  /** Edits offered as a suggestion, when the fix has to rewrite around an expression. */
  suggestion?: SourceEdit[];
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * The same edit, narrowed to what it changes: `https:${name}` → `https:${name}:` becomes the
 * insertion of ":" after the placeholder, which leaves the expression alone.
 */
export function narrow(text: string, edit: Edit): Edit {
  const old = text.slice(edit.start, edit.end);
  const max = Math.min(old.length, edit.text.length);
  let p = 0;
  while (p < max && old[p] === edit.text[p]) p++;
  let s = 0;
  while (s < max - p && old[old.length - 1 - s] === edit.text[edit.text.length - 1 - s]) s++;
  return {
    start: edit.start + p,
    end: edit.end - s,
    text: edit.text.slice(p, edit.text.length - s),
  };
}

const applyEdits = (text: string, edits: Edit[]): string => {
  let out = text;
  for (const edit of [...edits].sort((x, y) => y.start - x.start)) {
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  return out;
};

/** Writes `text` as template content, each hole's placeholder (in order) as the hole itself. */
function asTemplate(text: string, holes: HolePart[]): string | null {
  let out = '';
  let from = 0;
  for (const h of holes) {
    const at = text.indexOf(h.placeholder, from);
    if (at < 0) return null;
    out += (templateEscaper(text.slice(from, at)) ?? '') + h.inTemplate;
    from = at + h.placeholder.length;
  }
  return out + (templateEscaper(text.slice(from)) ?? '');
}

const isHole = (s: Segment): s is Segment & HolePart => s.kind === 'hole';

/** Source offset of a virtual position on a text unit or at a hole's edge; null if it has none. */
function edgeOffset(virtual: VirtualText, p: number, side: 'start' | 'end'): number | null {
  for (const s of virtual.segments) {
    if (s.kind === 'text' && s.start <= p && p <= s.end) {
      const at = textOffset(s, p);
      if (at !== null) return at;
    }
    if (s.kind === 'hole' && side === 'start' && p === s.start) return s.range[0];
    if (s.kind === 'hole' && side === 'end' && p === s.end) return s.range[1];
  }
  return null;
}

/** The edit that turns the container's text into `fixed`, written around its expressions. */
function rewrite(virtual: VirtualText, container: Container, fixed: string): SourceEdit[] | null {
  const old = virtual.text;
  const diff = narrow(old, { start: 0, end: old.length, text: fixed });
  let { start: a, end: b, text: replacement } = diff;
  // Widen to whole holes: an expression is kept or moved whole, never cut.
  for (const h of virtual.segments.filter(isHole)) {
    if (h.start < a && a < h.end) {
      replacement = old.slice(h.start, a) + replacement;
      a = h.start;
    }
    if (h.start < b && b < h.end) {
      replacement += old.slice(b, h.end);
      b = h.end;
    }
  }
  const covered = virtual.segments.filter(isHole).filter((h) => a <= h.start && h.end <= b);
  if (covered.length === 0) {
    const edit = sourceEdit(virtual, a, b, replacement);
    if (edit) return [edit];
  }
  if (container.kind === 'template') {
    const from = edgeOffset(virtual, a, 'start');
    const to = edgeOffset(virtual, b, 'end');
    const text = asTemplate(replacement, covered);
    return from === null || to === null || text === null ? null : [{ range: [from, to], text }];
  }
  if (container.kind === 'concatenation') {
    // One template literal for the whole concatenation: the only way to move text around an
    // expression that sits between two literals.
    const text = asTemplate(fixed, virtual.segments.filter(isHole));
    return text === null ? null : [{ range: container.range, text: `\`${text}\`` }];
  }
  return null;
}

/** Places a finding of `lintText(virtual.text)` in the source, with its fix or suggestion. */
export function place(virtual: VirtualText, container: Container, finding: LintFinding): Placed {
  const range = sourceSpan(virtual, finding.start, finding.end);
  const edits = finding.edits?.map((e) => narrow(virtual.text, e));
  if (edits && edits.length > 0) {
    const mapped = edits.map((e) => sourceEdit(virtual, e.start, e.end, e.text));
    if (mapped.every((e) => e !== null)) return { range, fix: mapped as SourceEdit[] };
  }
  if (finding.fix === undefined) return { range };
  const fixed = edits
    ? applyEdits(virtual.text, edits)
    : virtual.text.slice(0, finding.urlStart) + finding.fix + virtual.text.slice(finding.urlEnd);
  const suggestion = rewrite(virtual, container, fixed);
  return suggestion ? { range, suggestion } : { range };
}
