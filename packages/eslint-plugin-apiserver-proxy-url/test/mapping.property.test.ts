// The source mapping, checked against the library: whatever escapes a string literal is written
// with, and however a URL is cut into concatenated literals, ESLint's --fix must leave the string
// the library's own fixing gives.
import { fixText, lintText } from 'apiserver-proxy-url';
import { Linter } from 'eslint';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';

const urls = [
  'http://localhost:8001/api/v1/namespaces/kube-system/services/https:kubernetes-dashboard/proxy',
  '/api/v1/proxy/namespaces/default/services/web/',
  'http://10.0.0.1/api/v1/namespaces/default/services/web:http/proxy/',
  'https://h/api/v1/namespaces/a/services/https:b:0443/proxy/',
  '/api/v1/nodes/node-1/proxy',
  '/api/v1/namespaces/default/pods/web-0:metrics/proxy/',
  'see /api/v1/namespaces/a/services/https:b/proxy and /api/v1/namespaces/c/services/d:80/proxy',
];

const config: Linter.Config[] = [{ ...plugin.configs.recommended }];

/** The library's fixing to a fixed point, as `apiserver-proxy-url lint --fix` does. */
const libraryFixed = (text: string): string => fixText(text).text;

const hex = (n: number, width: number) => n.toString(16).toUpperCase().padStart(width, '0');

/** One character written in one of the ways JavaScript reads as that character. */
const written = (c: string, how: number, quote: string): string => {
  const code = c.charCodeAt(0);
  if (how === 1) return `\\x${hex(code, 2)}`;
  if (how === 2) return `\\u${hex(code, 4)}`;
  if (how === 3) return `\\u{${hex(code, 1)}}`;
  if (how === 4 && !/[0-9a-fA-FxXuUbfnrtv\r\n]/.test(c)) return `\\${c}`;
  if (c === '\\' || c === quote || (quote === '`' && c === '$')) return `\\${c}`;
  return c;
};

const literal = (url: string, hows: number[], quote: string): string =>
  quote + [...url].map((c, i) => written(c, hows[i % hows.length] ?? 0, quote)).join('') + quote;

const evaluate = (source: string): string => new Function(`return ${source};`)() as string;

describe('the source mapping, against the library', () => {
  it('fixes any escaping of a literal to the string the library gives', () => {
    const linter = new Linter();
    fc.assert(
      fc.property(
        fc.constantFrom(...urls),
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 12 }),
        fc.constantFrom("'", '"', '`'),
        (url, hows, quote) => {
          const source = `x = ${literal(url, hows, quote)};`;
          const messages = linter.verify(source, config, 'a.js');
          expect(messages.map((m) => /\(([a-z-]+)\)$/.exec(m.message)?.[1])).toEqual(
            lintText(url).map((f) => f.code),
          );
          const { output } = linter.verifyAndFix(source, config, 'a.js');
          expect(evaluate(output.slice(4, -1))).toBe(libraryFixed(url));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reads a URL cut into concatenated literals as the whole, and fixes or suggests', () => {
    const linter = new Linter();
    fc.assert(
      fc.property(
        fc.constantFrom(...urls),
        fc.uniqueArray(fc.integer({ min: 1, max: 90 }), { maxLength: 4 }),
        (url, cuts) => {
          const at = [...new Set(cuts.filter((c) => c < url.length))].sort((a, b) => a - b);
          const pieces = [0, ...at].map((from, i) => url.slice(from, at[i] ?? url.length));
          const source = `x = ${pieces.map((p) => `'${p}'`).join(' + ')};`;
          const messages = linter.verify(source, config, 'a.js');
          expect(messages.map((m) => /\(([a-z-]+)\)$/.exec(m.message)?.[1])).toEqual(
            lintText(url).map((f) => f.code),
          );
          // What --fix cannot do in one literal is a suggestion: a template with the fixed URL.
          const { output } = linter.verifyAndFix(source, config, 'a.js');
          const suggested = linter
            .verify(output, config, 'a.js')
            .flatMap((m) => m.suggestions ?? [])
            .map((s) =>
              evaluate(
                output.slice(0, s.fix.range[0]).slice(4) +
                  s.fix.text +
                  output.slice(s.fix.range[1], -1),
              ),
            );
          const fixed = libraryFixed(url);
          if (suggested.length === 0) expect(evaluate(output.slice(4, -1))).toBe(fixed);
          else expect(suggested).toContain(fixed);
        },
      ),
      { numRuns: 150 },
    );
  });
});
