// The parts of markdownlint's custom rule API (0.38 and later) that this rule uses, written out so
// that the published types do not need markdownlint installed (it is an optional peer: markdownlint-cli2
// and the VS Code extension bring their own).

/** How markdownlint applies a fix: on one line, delete then insert at a 1-based column. */
export interface FixInfo {
  lineNumber?: number;
  editColumn?: number;
  deleteCount?: number;
  insertText?: string;
}

/** What a rule tells markdownlint about one problem. */
export interface RuleOnErrorInfo {
  lineNumber: number;
  detail?: string;
  context?: string;
  information?: URL;
  /** 1-based column and length on the line. */
  range?: number[];
  fixInfo?: FixInfo;
}

/** What markdownlint gives a rule: the file's lines (front matter apart) and the rule's config. */
export interface RuleParams {
  name: string;
  lines: readonly string[];
  frontMatterLines: readonly string[];
  config: unknown;
}

/** A markdownlint custom rule. */
export interface MarkdownlintRule {
  names: string[];
  description: string;
  information?: URL;
  tags: string[];
  parser: 'none';
  asynchronous?: false;
  function: (params: RuleParams, onError: (info: RuleOnErrorInfo) => void) => void;
}
