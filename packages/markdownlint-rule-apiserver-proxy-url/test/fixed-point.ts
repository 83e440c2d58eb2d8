import { applyFixes, type LintOptions, lintText } from 'apiserver-proxy-url';

/** The library's own fixing to a fixed point (as `apiserver-proxy-url lint --fix` does): the oracle. */
export function libraryFixed(text: string, options?: LintOptions): string {
  let out = text;
  for (let pass = 0; pass < 10; pass++) {
    const next = applyFixes(out, lintText(out, options));
    if (next === out) break;
    out = next;
  }
  return out;
}
