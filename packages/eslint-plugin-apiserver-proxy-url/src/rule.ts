import { type LintFinding, type LintOptions, lintText } from 'apiserver-proxy-url';
import type { Rule, SourceCode } from 'eslint';
import type * as ESTree from 'estree';
import {
  concatenationParts,
  isPlus,
  isStringLiteral,
  jsxTextParts,
  literalParts,
  templateParts,
} from './collect.js';
import { type Container, type Placed, place, type SourceEdit } from './fixes.js';
import { lintOptions, optionsSchema, type RuleOptions } from './options.js';
import { type Part, virtualText } from './virtual.js';

/** Where the rule's documentation is: the package README's section for it. */
export const docsUrl =
  'https://github.com/apiserver-proxy-url/apiserver-proxy-url/blob/main/packages/eslint-plugin-apiserver-proxy-url/README.md#valid-proxy-url';

type Node = ESTree.Node & { range?: [number, number]; parent?: Node | null };

// findProxyUrls anchors every URL on "/proxy": text without it holds none.
const mayHoldProxyUrl = (text: string): boolean => /proxy/i.test(text);

/** The source location (in the language's own line and column numbering) of a text offset. */
function locOf(sourceCode: SourceCode, index: number): { line: number; column: number } {
  return sourceCode.getLocFromIndex(index);
}

function report(
  context: Rule.RuleContext,
  finding: LintFinding,
  placed: Placed,
  fallback?: { start: { line: number; column: number }; end: { line: number; column: number } },
): void {
  const { sourceCode } = context;
  const toFix = (edits: SourceEdit[]) => (fixer: Rule.RuleFixer) =>
    edits.map((e) => fixer.replaceTextRange(e.range, e.text));
  const loc = fallback ?? {
    start: locOf(sourceCode, placed.range[0]),
    end: locOf(sourceCode, placed.range[1]),
  };
  const descriptor: Rule.ReportDescriptor = {
    loc,
    messageId: 'finding',
    data: { message: finding.message, code: finding.code },
  };
  if (placed.fix) descriptor.fix = toFix(placed.fix);
  else if (placed.suggestion) {
    descriptor.suggest = [
      { messageId: 'applyFix', data: { fix: finding.fix ?? '' }, fix: toFix(placed.suggestion) },
    ];
  }
  context.report(descriptor);
}

/** Lints the text that some parts of the source make up, and reports in the source. */
function lintParts(
  context: Rule.RuleContext,
  options: LintOptions,
  parts: Part[],
  container: Container,
): void {
  const virtual = virtualText(parts);
  if (!mayHoldProxyUrl(virtual.text)) return;
  for (const finding of lintText(virtual.text, options)) {
    report(context, finding, place(virtual, container, finding));
  }
}

/** Lints a whole Markdown file (`@eslint/markdown`): links, autolinks, code spans, code blocks. */
function lintMarkdown(context: Rule.RuleContext, options: LintOptions): void {
  const { sourceCode } = context;
  const text = sourceCode.text;
  if (!mayHoldProxyUrl(text)) return;
  const canLocate = typeof sourceCode.getLocFromIndex === 'function';
  for (const finding of lintText(text, options)) {
    const placed: Placed = { range: [finding.start, finding.end] };
    // Markdown text is the source itself: every edit applies as it is.
    if (finding.edits && finding.edits.length > 0) {
      placed.fix = finding.edits.map((e) => ({ range: [e.start, e.end], text: e.text }));
    }
    // Older language plugins have no getLocFromIndex; lintText's 1-based columns are Markdown's own.
    const fallback = canLocate
      ? undefined
      : {
          start: { line: finding.line, column: finding.column },
          end: { line: finding.endLine, column: finding.endColumn },
        };
    report(context, finding, placed, fallback);
  }
}

const rangeOf = (node: Node): [number, number] => node.range ?? [0, 0];

/**
 * `apiserver-proxy-url/valid-proxy-url`: every Kubernetes API server proxy URL written in a string,
 * a template or a concatenation (JavaScript, TypeScript), or anywhere in a Markdown file, checked
 * by the library's `lintText`, with its fix.
 */
export const validProxyUrl: Rule.RuleModule = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'Check Kubernetes API server proxy URLs (/api/v1/namespaces/{ns}/services/{id}/proxy/…) as the API server reads them',
      recommended: true,
      url: docsUrl,
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: optionsSchema,
    defaultOptions: [{ minSeverity: 'warning' }],
    messages: {
      finding: '{{message}} ({{code}})',
      applyFix: 'Replace with {{fix}}',
    },
  },
  create(context) {
    const options = lintOptions(context.options[0] as RuleOptions | undefined);
    const text = context.sourceCode.text;
    const inConcatenation = (node: Node): boolean => isPlus(node.parent);
    // Most literals in a program are skipped on their source text, before any decoding: those
    // without "proxy" and without an escape (which could spell it) hold no proxy URL.
    const mentionsProxy = (node: Node): boolean => {
      const [start, end] = rangeOf(node);
      const source = text.slice(start, end);
      return mayHoldProxyUrl(source) || source.includes('\\');
    };
    return {
      // Markdown (`@eslint/markdown`): its tree's root is `root`; a JavaScript tree has none.
      root() {
        lintMarkdown(context, options);
      },
      Literal(node: ESTree.Literal) {
        const n = node as Node;
        if (!isStringLiteral(n) || inConcatenation(n) || !mentionsProxy(n)) return;
        lintParts(context, options, literalParts(text, n), { kind: 'literal', range: rangeOf(n) });
      },
      TemplateLiteral(node: ESTree.TemplateLiteral) {
        const n = node as Node & ESTree.TemplateLiteral;
        if (inConcatenation(n) || !mentionsProxy(n)) return;
        lintParts(context, options, templateParts(text, n), {
          kind: 'template',
          range: rangeOf(n),
        });
      },
      BinaryExpression(node: ESTree.BinaryExpression) {
        const n = node as Node;
        // The outermost `+` reads the whole concatenation; the literals inside it are not read alone.
        // No check on the source here: "/pro" + "xy/" is "/proxy/" too.
        if (!isPlus(n) || inConcatenation(n)) return;
        const parts = concatenationParts(text, n);
        if (parts) lintParts(context, options, parts, { kind: 'concatenation', range: rangeOf(n) });
      },
      JSXText(node: Node & { value: string }) {
        if (!mentionsProxy(node)) return;
        lintParts(context, options, jsxTextParts(text, node), {
          kind: 'literal',
          range: rangeOf(node),
        });
      },
    };
  },
};
