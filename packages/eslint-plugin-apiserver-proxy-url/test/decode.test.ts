// biome-ignore-all lint/suspicious/noTemplateCurlyInString: source text held in strings
import { describe, expect, it } from 'vitest';
import { decodeJsString, quotedEscaper, templateEscaper } from '../src/decode.js';

// Each case: the content as written in the source, and what JavaScript reads.
const strings: Array<[string, string]> = [
  ['plain', 'plain'],
  ['http:\\/\\/h', 'http://h'],
  ['a\\x2Fb', 'a/b'],
  ['a\\u002Fb', 'a/b'],
  ['a\\u{2F}b\\u{1F600}', 'a/b\u{1F600}'],
  ['it\\\'s \\"q\\" \\\\ \\0', 'it\'s "q" \\ \0'],
  ['line\\\ncontinued', 'linecontinued'],
  ['tab\\there', 'tab\there'],
];

describe('decodeJsString', () => {
  it.each(strings)('reads %j as JavaScript does', (written, value) => {
    const decoded = decodeJsString(written, 0, written.length, false);
    expect(decoded?.value).toBe(value);
    // Where each unit is written: a unit's offset points at its character or escape.
    expect(decoded?.src.length).toBe(value.length + 1);
    expect(decoded?.src[value.length]).toBe(written.length);
  });

  it('places each unit at its escape', () => {
    expect(decodeJsString('a\\x2Fb', 0, 6, false)?.src).toEqual([0, 1, 5, 6]);
  });

  it('reads a template CRLF as LF, as templates do', () => {
    expect(decodeJsString('a\r\nb', 0, 4, true)).toEqual({ value: 'a\nb', src: [0, 1, 3, 4] });
  });

  it('gives up on legacy octal and malformed escapes rather than guess', () => {
    for (const written of ['\\1', '\\01', '\\x2', '\\u00', '\\u{110000}', '\\']) {
      expect(decodeJsString(written, 0, written.length, false)).toBeNull();
    }
  });
});

describe('escapers', () => {
  it('write text that reads back as itself', () => {
    const text = 'it\'s "a" \\ `b` ${c} $\n';
    const single = quotedEscaper("'")(text) as string;
    expect(new Function(`return '${single}'`)()).toBe(text);
    const double = quotedEscaper('"')(text) as string;
    expect(new Function(`return "${double}"`)()).toBe(text);
    const template = templateEscaper(text) as string;
    expect(new Function(`return \`${template}\``)()).toBe(text);
  });

  it('escape a trailing "$" in a template, which could meet a "{" already there', () => {
    expect(templateEscaper('a$')).toBe('a\\$');
  });
});
