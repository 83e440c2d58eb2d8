import { useEffect, useState } from 'react';

/** Text at least this long is analysed once typing pauses, not after every keystroke. */
export const settleFrom = 20_000;
/** How long a pause in typing is. */
export const settleDelay = 250;

/**
 * `text` itself while it is short; past {@link settleFrom} characters, the last value it held for
 * {@link settleDelay} ms. Parsing a long URL (and re-rendering the panels that read it) takes long
 * enough that starting it after every keystroke of a burst would hold up the next keystroke; short
 * text is parsed as it is typed, with no delay at all.
 */
export function useSettled(text: string): string {
  const long = text.length >= settleFrom;
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    if (!long) return;
    const timer = window.setTimeout(() => setSettled(text), settleDelay);
    return () => window.clearTimeout(timer);
  }, [text, long]);
  return long ? settled : text;
}
