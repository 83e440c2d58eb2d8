import { fixText, type LintOptions } from 'apiserver-proxy-url';

/** The library's own fixing to a fixed point (as `apiserver-proxy-url lint --fix` does): the oracle. */
export const libraryFixed = (text: string, options?: LintOptions): string =>
  fixText(text, options).text;
