import { type RefObject, useLayoutEffect } from 'react';

/** Whether the browser sizes a text area to its content itself (`field-sizing: content`). */
const sizesItself = typeof CSS !== 'undefined' && CSS.supports('field-sizing', 'content');

/**
 * Grows a text area with its text: one line for a short URL, more when it wraps, up to the CSS
 * max-height. Browsers with `field-sizing: content` do it in layout; the others get a measurement
 * after each change, which forces two layouts of the whole text (a 50 kB URL spent most of each
 * keystroke here), so it is the fallback only.
 */
export function useAutoHeight(ref: RefObject<HTMLTextAreaElement | null>, value: string): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: the height follows the text, read through the DOM
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box || sizesItself) return;
    const fit = () => {
      box.style.height = '0';
      box.style.height = `${box.scrollHeight}px`;
    };
    fit();
    // Refit when the width changes (a narrower window wraps more); the refit's own change of height
    // is left alone, so the observer never feeds itself.
    let width = box.clientWidth;
    const observer = new ResizeObserver(() => {
      if (box.clientWidth === width) return;
      width = box.clientWidth;
      fit();
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, [value, ref]);
}
