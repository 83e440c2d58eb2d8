/**
 * Selects `[start, end)` in the document's text area and scrolls it into view. Browsers do not
 * reliably scroll a text area to a selection set from code; with `wrap="off"` each line is one
 * row, so the row of `line` is known without measuring the text.
 */
export function selectInTextarea(
  area: HTMLTextAreaElement | null,
  start: number,
  end: number,
  line: number,
): void {
  if (!area) return;
  area.focus({ preventScroll: true });
  area.setSelectionRange(start, end);
  const row = Number.parseFloat(getComputedStyle(area).lineHeight) || 24;
  area.scrollTop = Math.max(0, (line - 1) * row - area.clientHeight / 2);
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  area.scrollIntoView({ block: 'nearest', behavior: still ? 'auto' : 'smooth' });
}
