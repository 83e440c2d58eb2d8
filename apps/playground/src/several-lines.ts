import { findProxyUrls } from 'apiserver-proxy-url';

/**
 * Whether the text holds proxy URLs on at least two lines (the library finds them): a list pasted
 * into the URL box, which reads the whole text as one URL with newlines in it.
 */
export function onSeveralLines(text: string): boolean {
  if (!text.includes('\n')) return false;
  let lines = 0;
  let lastLine = -1;
  let line = 0;
  let at = 0;
  for (const found of findProxyUrls(text)) {
    // The line breaks up to this URL, counted on from the last one.
    for (
      let nl = text.indexOf('\n', at);
      nl >= 0 && nl < found.start;
      nl = text.indexOf('\n', at)
    ) {
      line++;
      at = nl + 1;
    }
    if (line !== lastLine) {
      lastLine = line;
      lines++;
      if (lines >= 2) return true;
    }
  }
  return false;
}
