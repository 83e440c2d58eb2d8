// What the text is before it is a URL: a pasted command, a URL with raw spaces, or one with tabs and
// newlines that browsers delete.
import {
  CASE_BIT,
  CR,
  DELETE,
  DOLLAR,
  DOT,
  DOUBLE_QUOTE,
  EQUALS,
  HASH,
  LAST_C1_CONTROL,
  LF,
  LOWER_A,
  LOWER_Z,
  MINUS,
  SINGLE_QUOTE,
  SPACE,
  TAB,
  UNDERSCORE,
} from './chars.js';
import type { Span } from './types.js';

const isSpace = (c: number): boolean => c <= SPACE;
const isQuote = (c: number): boolean => c === SINGLE_QUOTE || c === DOUBLE_QUOTE;

/** Whether `s[from, to)` is a word that names a command (`curl`, `kubectl`, `$`), not a URL. */
function isCommandWord(s: string, from: number, to: number): boolean {
  if (to - from === 1 && (s.charCodeAt(from) === DOLLAR || s.charCodeAt(from) === HASH))
    return true;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    const lower = c | CASE_BIT;
    const ok =
      (lower >= LOWER_A && lower <= LOWER_Z) ||
      (i > from && (c === MINUS || c === DOT || c === UNDERSCORE));
    if (!ok) return false;
  }
  return true;
}

/**
 * The URL inside a pasted command in `s[start, end)` (`curl -k 'https://…'`,
 * `kubectl get --raw /api/v1/…`): the first word that holds `/api/` or `://`, without its quotes or
 * an `--option=` in front. `undefined` when the first word is not a command or no word is a URL.
 */
export function findCommandUrl(s: string, start: number, end: number): Span | undefined {
  let wordEnd = start;
  while (wordEnd < end && !isSpace(s.charCodeAt(wordEnd))) wordEnd++;
  if (wordEnd >= end || !isCommandWord(s, start, wordEnd)) return undefined;
  // Each search resumes where it stopped: linear however many words there are.
  const next = (text: string, from: number): number => {
    const i = s.indexOf(text, from);
    return i < 0 ? end : i;
  };
  let api = next('/api/', wordEnd);
  let scheme = next('://', wordEnd);
  for (let i = wordEnd; i < end; ) {
    while (i < end && isSpace(s.charCodeAt(i))) i++;
    let from = i;
    while (i < end && !isSpace(s.charCodeAt(i))) i++;
    let to = i;
    if (api < from) api = next('/api/', from);
    if (scheme < from) scheme = next('://', from);
    if (api >= to && scheme >= to) continue;
    if (s.charCodeAt(from) === MINUS) {
      let equals = from;
      while (equals < to && s.charCodeAt(equals) !== EQUALS) equals++;
      if (equals < to) from = equals + 1;
    }
    if (isQuote(s.charCodeAt(from))) from++;
    if (to > from && isQuote(s.charCodeAt(to - 1))) to--;
    return [from, to];
  }
  return undefined;
}

/**
 * `s[start, end)` without tabs, LF and CR (which browsers delete before reading a URL), and where each of its characters came from in `s`
 * (one more entry for the end).
 */
export function deleteTabsAndNewlines(
  s: string,
  start: number,
  end: number,
): { text: string; at: number[] } {
  let text = '';
  const at: number[] = [];
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === TAB || c === LF || c === CR) continue;
    text += s[i];
    at.push(i);
  }
  at.push(end);
  return { text, at };
}

/** The first C0 control, DEL or C1 control in `s[start, end)`, or -1. */
export function findControl(s: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c < SPACE || (c >= DELETE && c <= LAST_C1_CONTROL)) return i;
  }
  return -1;
}

/** `s[start, end)` with each C0 control, DEL and C1 control written `%XX` (what a browser sends). */
export function escapeControls(s: string, start: number, end: number): string {
  let out = '';
  let copied = start;
  for (let i = findControl(s, start, end); i >= 0; i = findControl(s, i + 1, end)) {
    out += s.slice(copied, i) + encodeURIComponent(s[i] as string);
    copied = i + 1;
  }
  return out + s.slice(copied, end);
}
