import { type Dispatch, useDeferredValue, useReducer, useState } from 'react';
import { type Action, type PageState, reducer, stateForUrl } from './state.ts';
import { useSettled } from './useSettled.ts';

export interface UrlState {
  /** What the Proxy URL box shows: updated on every keystroke, nothing else on that path. */
  text: string;
  setText: (text: string) => void;
  /** The analysis (parse, form, refusal) of a recent `text`: it catches up once typing pauses. */
  state: PageState;
  dispatch: Dispatch<Action>;
}

/**
 * The URL box's text and its analysis, kept apart so that typing never waits for the parser: a
 * keystroke renders the text area alone, and the parse of the text (with every panel that reads it)
 * runs in a deferred render that React drops when the next keystroke comes (and, for a long text,
 * only once typing pauses). A 50 kB URL made every keystroke wait for seven parses and a re-render
 * of every panel before this.
 */
export function useUrlState(initial: () => string): UrlState {
  const [text, setText] = useState(initial);
  const analysed = useDeferredValue(useSettled(text));
  const [state, dispatch] = useReducer(reducer, text, (url) => stateForUrl(url));

  // The analysis follows the deferred text. Set during render (React's "adjust state when a prop
  // changes" pattern), so the parse runs inside the deferred render, which a keystroke interrupts.
  const [seenText, setSeenText] = useState(analysed);
  if (analysed !== seenText) {
    setSeenText(analysed);
    dispatch({ type: 'url', url: analysed });
  }

  // The box follows the builder: a form edit writes a new URL, which the box then shows.
  const [seenUrl, setSeenUrl] = useState(state.url);
  if (state.url !== seenUrl) {
    setSeenUrl(state.url);
    if (state.url !== analysed) setText(state.url);
  }

  return { text, setText, state, dispatch };
}
