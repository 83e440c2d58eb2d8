// Short views of long text: the span of a diagnostic in context, and what a fix changes.

export interface Excerpt {
  before: string;
  marked: string;
  after: string;
  cutBefore: boolean;
  cutAfter: boolean;
}

/**
 * `s` with its middle replaced by '…' when longer than `max`: what the page shows of a long URL or
 * snippet (copies take the whole text). Rendering 50 kB of text in several panels on each change
 * was most of the page's work on a long URL.
 */
export const shorten = (s: string, max: number): string =>
  s.length <= max ? s : `${s.slice(0, max >> 1)}…${s.slice(s.length - (max >> 1))}`;
const cut = shorten;

/** `text[start, end)` with up to `context` characters either side. */
export function excerpt(text: string, start: number, end: number, context = 24): Excerpt {
  const from = Math.max(0, start - context);
  const to = Math.min(text.length, end + context);
  return {
    before: text.slice(from, start),
    marked: cut(text.slice(start, end), 80),
    after: text.slice(end, to),
    cutBefore: from > 0,
    cutAfter: to < text.length,
  };
}

/** What a fix changes: `before[start, beforeEnd)` becomes `after[start, afterEnd)`. */
export function changed(
  before: string,
  after: string,
): { start: number; beforeEnd: number; afterEnd: number } {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before[start] === after[start]) start++;
  let tail = 0;
  while (
    tail < max - start &&
    before[before.length - 1 - tail] === after[after.length - 1 - tail]
  ) {
    tail++;
  }
  return { start, beforeEnd: before.length - tail, afterEnd: after.length - tail };
}
