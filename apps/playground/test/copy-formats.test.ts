// Copy formats fed hostile URLs: no raw control character in any of them, the Markdown link cannot
// be broken out of, and the shell commands read back to the URL meant.
import { parseProxyUrl } from 'apiserver-proxy-url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  encodeSpaces,
  formatFor,
  formatsFor,
  markdownHref,
  markdownLink,
  markdownText,
} from '../src/copy-formats.ts';

// biome-ignore lint/suspicious/noControlCharactersInRegex: the point of the test
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const B = 'https://h/api/v1/namespaces/ns/services/svc/proxy/';

const hostile = [
  { why: 'a Markdown link after a newline', tail: '\n[Click](javascript:alert(1))' },
  { why: 'a bracketed-paste end', tail: 'x\u001b[201~;id' },
  { why: 'CR and LF', tail: 'a\r\nb' },
  { why: 'C1 and DEL', tail: 'a\u0085\u009b\u007fb' },
  { why: 'parentheses and a space', tail: 'a(b) c' },
  { why: 'angle brackets', tail: '<script>' },
  { why: 'a closing bracket and paren', tail: '])[x](y' },
  { why: 'a backslash escape', tail: 'a\\)b' },
  { why: 'an entity', tail: '?a=1&lt;b&amp;c=2' },
  { why: 'a quote', tail: "it's" },
];

describe.each(hostile)('every copy format of a URL with $why', ({ tail }) => {
  const url = `${B}${tail}`;
  const parsed = parseProxyUrl(url);
  const formats = parsed.target ? formatsFor(url, parsed.target) : null;

  // A raw control character or space is an error the diagnostics explain: no command is offered.
  if (parsed.diagnostics.some((d) => d.code === 'control-character' || d.code === 'space-in-url')) {
    it('is refused: no copy format, and a diagnostic says why', () => {
      expect(parsed.ok).toBe(false);
      expect(formats).toBeNull();
    });
    return;
  }

  it('parses (the formats are offered)', () => {
    expect(formats).not.toBeNull();
  });

  it.each(['markdown', 'curl', 'kubectl'] as const)('%s holds no raw control', (id) => {
    expect(formats?.[id]).not.toMatch(CONTROL);
  });

  it('the RBAC YAML holds no raw control but the line feeds between its lines', () => {
    const lines = formats?.rbac.split('\n') ?? [];
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(line).not.toMatch(CONTROL);
  });

  it('the Markdown link is one link, whose destination has no ( ) < > [ ] or space', () => {
    const md = formats?.markdown ?? '';
    expect(md.startsWith('[ns/svc](')).toBe(true);
    expect(md.endsWith(')')).toBe(true);
    const href = md.slice('[ns/svc]('.length, -1);
    expect(href).not.toMatch(/[()<>[\]\s]/);
  });
});

describe('markdownHref', () => {
  it.each([
    ['/api/v1/nodes/n/proxy/', '/api/v1/nodes/n/proxy/'],
    ['/p/a b(c)<d>[e]', '/p/a%20b%28c%29%3Cd%3E%5Be%5D'],
    ['/p/\n[Click](javascript:x)', '/p/%0A%5BClick%5D%28javascript:x%29'],
    ['/p/\u001b[201~', '/p/%1B%5B201~'],
    ['/p/a\\b', '/p/a\\\\b'],
    ['/p?a=1&amp;b=2&c', '/p?a=1\\&amp;b=2&c'],
    ['https://[::1]:6443/p/[x]', 'https://[::1]:6443/p/%5Bx%5D'],
    ['  /p/  ', '/p/'],
    // White space other than ' ' (found by the property below, seed 846252275).
    ['/p/\u00a0x\u2028y\u3000z', '/p/%C2%A0x%E2%80%A8y%E3%80%80z'],
  ])('%j → %j', (url, href) => {
    expect(markdownHref(url)).toBe(href);
  });
});

describe('markdownText', () => {
  it.each([
    ['ns/svc', 'ns/svc'],
    ['a]b[c', 'a\\]b\\[c'],
    ['a\\b', 'a\\\\b'],
    ['n_1*x', 'n\\_1\\*x'],
    ['a\nb\u001b', 'ab'],
  ])('%j → %j', (text, out) => {
    expect(markdownText(text)).toBe(out);
  });
});

/** CommonMark's reading of a destination: `\x` escapes, then entities are left as written here. */
const unescapeMarkdown = (href: string): string => href.replace(/\\([!-/:-@[-`{-~])/g, '$1');
/** The bytes a text stands for: `%XX` as one byte, anything else as its UTF-8 bytes. */
function bytes(text: string): number[] {
  const out: number[] = [];
  const utf8 = new TextEncoder();
  for (let i = 0; i < text.length; i++) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === '%' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      out.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      const cp = text.codePointAt(i) ?? 0;
      out.push(...utf8.encode(String.fromCodePoint(cp)));
      if (cp > 0xffff) i++;
    }
  }
  return out;
}

describe('property: for any string, the Markdown link holds no control and one link only', () => {
  it('any string in the path, the query and the label', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.string({ unit: 'grapheme-ascii', maxLength: 40 }),
        (a, b) => {
          const url = `${B}${a}?q=${b}`;
          const md = markdownLink(url, { namespace: a, name: b });
          expect(md).not.toMatch(CONTROL);
          // The label ends at the first unescaped `]`, which is followed by the destination.
          const close = md.search(/(?<!\\)(?:\\\\)*\]\(/);
          expect(close).toBeGreaterThan(0);
          const rest = md.slice(md.indexOf('](', close) + 2);
          expect(rest.endsWith(')')).toBe(true);
          const href = rest.slice(0, -1);
          expect(href).not.toMatch(/[()<>[\]\s]/);
          // Read back (escapes undone, %XX as bytes), it is the URL trimmed.
          expect(bytes(unescapeMarkdown(href))).toEqual(bytes(url.trim()));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('a raw space never reaches a copied command', () => {
  const url = 'http://localhost:8001/api/v1/namespaces/a/services/b/proxy/x y';
  const target = { namespace: 'a', name: 'b' };

  it('curl and kubectl get --raw carry it as %20', () => {
    const curl = formatFor('curl', url, target);
    const kubectl = formatFor('kubectl', url, target);
    expect(curl).toContain('/proxy/x%20y');
    expect(kubectl).toContain('/proxy/x%20y');
    // The only spaces left are the ones between the words of the command.
    expect(curl?.split(' ').some((word) => word.includes('x') && word.includes('y'))).toBe(true);
    expect(curl).not.toContain('x y');
    expect(kubectl).not.toContain('x y');
  });

  it('encodeSpaces leaves a URL without spaces as it is', () => {
    expect(encodeSpaces('/api/v1/nodes/n/proxy/%20')).toBe('/api/v1/nodes/n/proxy/%20');
    expect(encodeSpaces('/a b  c')).toBe('/a%20b%20%20c');
  });
});
