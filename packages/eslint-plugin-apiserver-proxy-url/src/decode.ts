/** A JavaScript string's value with, for each UTF-16 unit, where it is written in the source. */
export interface Decoded {
  value: string;
  /**
   * `src[i]`: source offset where the unit `value[i]` is written; `src[value.length]`: the offset
   * just after the content. Units decoded from one escape share an offset, so a span boundary
   * between them (`src[i] === src[i - 1]`) has no place in the source.
   */
  src: number[];
}

const simpleEscapes: Record<string, string> = {
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

const isHex = (text: string): boolean => /^[0-9a-fA-F]+$/.test(text);

/**
 * Decodes the content of a string literal (`template: false`, between the quotes) or of a template
 * chunk (`template: true`, between "`" or "}" and "${" or "`") as JavaScript reads it.
 *
 * Returns null for what it does not read (legacy octal escapes, malformed escapes): the caller then
 * reports on the whole literal and offers no in-place fix, rather than guess where a unit is written.
 * @param source the whole source text
 * @param start offset of the first content character
 * @param end offset just after the last content character
 */
export function decodeJsString(
  source: string,
  start: number,
  end: number,
  template: boolean,
): Decoded | null {
  let value = '';
  const src: number[] = [];
  let i = start;
  const emit = (text: string, at: number): void => {
    value += text;
    for (let k = 0; k < text.length; k++) src.push(at);
  };
  while (i < end) {
    const c = source[i] as string;
    if (c === '\r' && template) {
      // Templates read CRLF and a lone CR as LF (ECMA-262 TV/TRV), plain strings cannot hold them.
      emit('\n', i);
      i += source[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    if (c !== '\\') {
      emit(c, i);
      i++;
      continue;
    }
    const at = i;
    const e = source[i + 1];
    if (e === undefined || i + 1 >= end) return null;
    if (e in simpleEscapes) {
      emit(simpleEscapes[e] as string, at);
      i += 2;
    } else if (e === '\r') {
      i += source[i + 2] === '\n' ? 3 : 2; // line continuation: no unit
    } else if (e === '\n' || e === '\u2028' || e === '\u2029') {
      i += 2;
    } else if (e === 'x') {
      const hex = source.slice(i + 2, i + 4);
      if (hex.length !== 2 || !isHex(hex) || i + 4 > end) return null;
      emit(String.fromCharCode(Number.parseInt(hex, 16)), at);
      i += 4;
    } else if (e === 'u') {
      let hex: string;
      let next: number;
      if (source[i + 2] === '{') {
        const close = source.indexOf('}', i + 3);
        if (close < 0 || close >= end) return null;
        hex = source.slice(i + 3, close);
        next = close + 1;
      } else {
        hex = source.slice(i + 2, i + 6);
        if (hex.length !== 4) return null;
        next = i + 6;
      }
      if (!isHex(hex) || next > end) return null;
      const code = Number.parseInt(hex, 16);
      if (code > 0x10ffff) return null;
      emit(String.fromCodePoint(code), at);
      i = next;
    } else if (e >= '0' && e <= '9') {
      // Only "\0" not followed by a digit is read the same everywhere; the rest is legacy octal.
      const after = source[i + 2];
      if (e !== '0' || (after !== undefined && after >= '0' && after <= '9' && i + 2 < end)) {
        return null;
      }
      emit('\0', at);
      i += 2;
    } else {
      emit(e, at); // any other escaped character stands for itself: \' \" \` \$ \{ \\ \/
      i += 2;
    }
  }
  src.push(end);
  return { value, src };
}

/** How to write text into one kind of literal so that it reads back as that text; null: it cannot be. */
export type Escaper = (text: string) => string | null;

const escapeControls = (text: string): string =>
  text
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** Escaper for a quoted string literal. */
export const quotedEscaper =
  (quote: "'" | '"'): Escaper =>
  (text) =>
    escapeControls(text.replace(/\\/g, '\\\\').replaceAll(quote, `\\${quote}`));

/**
 * Escaper for a template chunk: a "${" written into it would open an expression, and so would a
 * trailing "$" written just before a "{" already there.
 */
export const templateEscaper: Escaper = (text) =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/`/g, '\\`')
    .replace(/\$(?=\{|$)/g, '\\$');

/** Escaper for a JSX attribute string, which has no escapes: text with its quote or a "&" cannot go in. */
export const jsxEscaper =
  (quote: "'" | '"'): Escaper =>
  (text) =>
    text.includes(quote) || text.includes('&') || /[\r\n]/.test(text) ? null : text;

/** Escaper for JSX text: markup and entity characters cannot be written into it as they are. */
export const jsxTextEscaper: Escaper = (text) => (/[<>{}&]/.test(text) ? null : text);
