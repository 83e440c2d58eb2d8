import { type RefObject, useLayoutEffect } from 'react';

/**
 * Keeps a text area's text equal to `value`, writing it only when it differs: when code sets it
 * (an example, a fix), not when the user types it. The text area is left uncontrolled because
 * React, for a controlled one, also copies the value into `defaultValue` (its child text node) on
 * every keystroke: for a megabyte of text that rebuilt the layout tree and took most of a second.
 */
export function useTextAreaValue(ref: RefObject<HTMLTextAreaElement | null>, value: string): void {
  useLayoutEffect(() => {
    const area = ref.current;
    if (area && area.value !== value) area.value = value;
  }, [ref, value]);
}
