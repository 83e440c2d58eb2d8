import type * as ESTree from 'estree';
import {
  decodeJsString,
  type Escaper,
  jsxEscaper,
  jsxTextEscaper,
  quotedEscaper,
  templateEscaper,
} from './decode.js';
import type { HolePart, Part, TextPart } from './virtual.js';

type Node = ESTree.Node & { range?: [number, number]; parent?: Node | null };

const rangeOf = (node: Node): [number, number] => node.range ?? [0, 0];

/** True for `a + b` (where either side may make it a concatenation). */
export const isPlus = (node: Node | null | undefined): node is ESTree.BinaryExpression & Node =>
  node?.type === 'BinaryExpression' && node.operator === '+';

/** True for a literal holding a string. */
export const isStringLiteral = (node: Node): node is ESTree.Literal & Node =>
  node.type === 'Literal' && typeof node.value === 'string';

// An expression short enough to stand in the virtual text as written: `${ns}`, `${this.svc.name}`.
// Anything else (spaces, quotes, calls) becomes `${expr}`: findProxyUrls would stop at a space or
// a quote, and the library only needs to know that something unknown stands there.
const simpleExpression = /^[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)*$/;

function hole(range: [number, number], expression: string, inTemplate: string): HolePart {
  const trimmed = expression.trim();
  const placeholder = simpleExpression.test(trimmed)
    ? `\${${trimmed}}`
    : // biome-ignore lint/suspicious/noTemplateCurlyInString: a placeholder for the library, not a template
      '${expr}';
  return { kind: 'hole', placeholder, range, inTemplate };
}

function textPart(
  source: string,
  start: number,
  end: number,
  template: boolean,
  expected: string | null,
  escaper: Escaper,
): TextPart {
  const decoded = decodeJsString(source, start, end, template);
  // The decoder is checked against the parser's own value: where they differ, no unit is placed.
  if (decoded && (expected === null || decoded.value === expected)) {
    return {
      kind: 'text',
      value: decoded.value,
      src: decoded.src,
      range: [start, end],
      escape: escaper,
    };
  }
  return { kind: 'text', value: expected ?? '', src: null, range: [start, end], escape: escaper };
}

/** The parts of a string literal, or of a JSX attribute string (which has no escapes). */
export function literalParts(source: string, node: ESTree.Literal & Node): Part[] {
  const [start, end] = rangeOf(node);
  const quote = source[start] === '"' ? '"' : "'";
  const value = node.value as string;
  if (node.parent?.type === ('JSXAttribute' as string)) {
    const inner = source.slice(start + 1, end - 1);
    const src =
      inner === value ? Array.from({ length: value.length + 1 }, (_, i) => start + 1 + i) : null;
    return [{ kind: 'text', value, src, range: [start + 1, end - 1], escape: jsxEscaper(quote) }];
  }
  return [textPart(source, start + 1, end - 1, false, value, quotedEscaper(quote))];
}

/** The parts of JSX text (`<p>Open http://…/proxy/</p>`), which has entities but no escapes. */
export function jsxTextParts(source: string, node: Node & { value: string }): Part[] {
  const [start, end] = rangeOf(node);
  const raw = source.slice(start, end);
  // Text with an entity (`&amp;`) is not placed unit by unit: it is reported whole, without a fix.
  const src =
    raw === node.value ? Array.from({ length: raw.length + 1 }, (_, i) => start + i) : null;
  return [{ kind: 'text', value: node.value, src, range: [start, end], escape: jsxTextEscaper }];
}

/** The parts of a template literal: its chunks as text, its expressions as holes. */
export function templateParts(source: string, node: ESTree.TemplateLiteral & Node): Part[] {
  const parts: Part[] = [];
  let previousEnd = -1;
  node.quasis.forEach((quasi, index) => {
    let [start, end] = rangeOf(quasi as Node);
    // Parsers include the delimiters ("`" or "}" before, "${" or "`" after); allow for either.
    if (source[start] === '`' || source[start] === '}') start++;
    if (source.slice(end - 2, end) === '${' && index < node.quasis.length - 1) end -= 2;
    else if (source[end - 1] === '`' && index === node.quasis.length - 1) end--;
    const expression = node.expressions[index - 1] as Node | undefined;
    if (expression && previousEnd >= 0) {
      const [a, b] = rangeOf(expression);
      parts.push(hole([previousEnd, start], source.slice(a, b), source.slice(previousEnd, start)));
    }
    parts.push(textPart(source, start, end, true, quasi.value.cooked ?? null, templateEscaper));
    previousEnd = end;
  });
  return parts;
}

/**
 * The parts of `a + b` read as a string concatenation, or null when it is not one (no side is a
 * string). A sub-sum with no string in it (`1 + 2` in `1 + 2 + '/x'`) is added before it is
 * concatenated, so it stands as one hole.
 */
export function concatenationParts(source: string, node: Node): Part[] | null {
  if (isStringLiteral(node)) return literalParts(source, node);
  if (node.type === 'TemplateLiteral') return templateParts(source, node);
  if (!isPlus(node)) return null;
  const left = concatenationParts(source, node.left as Node);
  const right = concatenationParts(source, node.right as Node);
  if (!left && !right) return null;
  const asHole = (side: Node): Part[] => {
    const range = rangeOf(side);
    const expression = source.slice(range[0], range[1]);
    return [hole(range, expression, `\${${expression}}`)];
  };
  return [...(left ?? asHole(node.left as Node)), ...(right ?? asHole(node.right as Node))];
}
