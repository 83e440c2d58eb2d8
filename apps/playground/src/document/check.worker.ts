// The document check, off the page's main thread: a megabyte of text with thousands of URLs takes
// long enough to check that the text area would stop answering keys if it ran there.
import { checkDocument } from './model.ts';
import type { CheckRequest, CheckResponse } from './protocol.ts';

// A dedicated worker's global scope, typed without the WebWorker lib (the app is typed for the DOM).
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage: (message: CheckResponse) => void;
};

scope.onmessage = ({ data }) => {
  const started = performance.now();
  const check = checkDocument(data.text, data.minSeverity);
  scope.postMessage({ id: data.id, check, ms: performance.now() - started });
};
