import type { Escaper } from './decode.js';

/** Text written in a literal: its value, and where each unit is in the source. */
export interface TextPart {
  kind: 'text';
  value: string;
  /** See `Decoded.src`; null when the literal could not be read unit by unit. */
  src: number[] | null;
  /** [start, end) of the literal's content in the source (used when `src` is null). */
  range: [number, number];
  escape: Escaper;
}

/** An expression: `${ns}` in a template, `ns` in `'…' + ns + '…'`. */
export interface HolePart {
  kind: 'hole';
  /** What the library reads in its place: a `${…}` placeholder. */
  placeholder: string;
  /** [start, end) in the source: `${ ns }` in a template, `ns` in a concatenation. */
  range: [number, number];
  /** How to write it in a template literal: `${ ns }` as written, or `${ns}` for `ns`. */
  inTemplate: string;
}

export type Part = TextPart | HolePart;

/** A part placed in the virtual text, [start, end) being its offsets there. */
export type Segment = Part & { start: number; end: number };

/** The string that the library lints, made of the parts, and how it maps back to the source. */
export interface VirtualText {
  text: string;
  segments: Segment[];
}

/** Lays the parts end to end. */
export function virtualText(parts: Part[]): VirtualText {
  let text = '';
  const segments: Segment[] = [];
  for (const part of parts) {
    const piece = part.kind === 'text' ? part.value : part.placeholder;
    segments.push({ ...part, start: text.length, end: text.length + piece.length });
    text += piece;
  }
  return { text, segments };
}

/** Source offset of a position inside (or at the edge of) a text segment; null if it has none. */
export function textOffset(segment: Segment, position: number): number | null {
  if (segment.kind !== 'text' || segment.src === null) return null;
  const k = position - segment.start;
  const at = segment.src[k];
  // Between two units of one escape ("\u{1F600}") there is no source position.
  if (at === undefined || (k > 0 && k < segment.value.length && segment.src[k - 1] === at)) {
    return null;
  }
  return at;
}

/**
 * Where a virtual span [start, end) is in the source: a position inside a hole or a literal that
 * was not read unit by unit widens to that part.
 */
export function sourceSpan(virtual: VirtualText, start: number, end: number): [number, number] {
  const { segments } = virtual;
  const first = segments[0];
  const last = segments[segments.length - 1];
  if (!first || !last) return [0, 0];
  const from =
    segments.find((s) => s.start <= start && start < s.end) ?? (start >= last.end ? last : first);
  const to =
    segments.find((s) => s.start < end && end <= s.end) ?? (end <= first.start ? first : last);
  const a = textOffset(from, start) ?? from.range[0];
  const b = textOffset(to, end) ?? to.range[1];
  return b >= a ? [a, b] : [a, a];
}

/** The source edit that writes `text` over the virtual span [start, end), or null if it has none. */
export function sourceEdit(
  virtual: VirtualText,
  start: number,
  end: number,
  text: string,
): { range: [number, number]; text: string } | null {
  for (const segment of virtual.segments) {
    if (segment.kind !== 'text' || start < segment.start || end > segment.end) continue;
    const a = textOffset(segment, start);
    const b = textOffset(segment, end);
    const written = segment.escape(text);
    if (a !== null && b !== null && written !== null) return { range: [a, b], text: written };
  }
  return null;
}
