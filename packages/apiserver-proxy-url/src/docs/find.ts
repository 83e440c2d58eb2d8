// Finding proxy URLs in any text: Markdown, HTML, YAML, shell, Go, TypeScript. One pass over the
// lines that hold `/proxy`, and on each such line one forward scan: linear in the text.
import {
  ASTERISK,
  BACKSLASH,
  BACKTICK,
  CARET,
  CASE_BIT,
  CLOSE_BRACKET,
  CLOSE_PAREN,
  COLON,
  DIGIT_0,
  DIGIT_9,
  DOLLAR,
  DOT,
  ELLIPSIS,
  EXCLAMATION_MARK,
  GREATER_THAN,
  HASH,
  LESS_THAN,
  LF,
  LOWER_A,
  LOWER_Z,
  MINUS,
  OPEN_BRACE,
  OPEN_BRACKET,
  OPEN_PAREN,
  PLUS,
  QUESTION_MARK,
  SINGLE_QUOTE,
  SLASH,
  SPACE,
  TILDE,
  UNDERSCORE,
} from '../chars.js';
import { commandEnd, groupEnd } from '../placeholders.js';
import type { Span } from '../types.js';

/** One proxy URL (or URL template) found in a text. */
export interface FoundProxyUrl {
  /**
   * `[start, end)`: UTF-16 offsets into the text. When Markdown markup runs through the URL
   * (`` `http://`*`master`*`/api/v1/…` ``) the span covers the markup.
   */
  start: number;
  end: number;
  /** The URL as a reader sees it: markup removed. `text.slice(start, end)` when there is none. */
  url: string;
  /** The other places holding this same URL: the text of a Markdown link `[U](U)` (this is its target). */
  copies?: Span[];
}

/** A found URL and, when markup runs through it, the raw spans its text is made of, in order. */
export interface Occurrence extends FoundProxyUrl {
  pieces?: Span[];
}

const isAsciiLetter = (c: number): boolean =>
  ((c | CASE_BIT) >= LOWER_A && (c | CASE_BIT) <= LOWER_Z) || c === UNDERSCORE;
const isDigit = (c: number): boolean => c >= DIGIT_0 && c <= DIGIT_9;

/**
 * Characters that may be part of a URL as written in prose or code: RFC 3986's, without the
 * quote, and `…`. Whitespace, quotes, backticks, `|`, `\`, `^` and other non-ASCII end it;
 * `<`, `>`, `{`, `}` only count inside a template.
 */
function isUrlChar(c: number): boolean {
  if (c >= LOWER_A) return c <= LOWER_Z || c === TILDE;
  if (c >= QUESTION_MARK) return c !== BACKSLASH && c !== CARET && c !== BACKTICK;
  if (c >= HASH) return c !== SINGLE_QUOTE && c !== LESS_THAN && c !== GREATER_THAN;
  return c === EXCLAMATION_MARK || c === ELLIPSIS;
}

// HTML elements that appear around URLs in docs: `<code>`, not a placeholder like `<service-name>`.
const htmlTags =
  ' a abbr b br code del div em i img ins kbd li mark p pre s samp small span strong sub sup td th tr tt u var wbr ';

/** Whether the `<` at `i` opens an HTML tag, a comment or an autolink rather than a placeholder. */
function isMarkupAngle(s: string, i: number, end: number): boolean {
  const next = s.charCodeAt(i + 1);
  if (next === SLASH || next === EXCLAMATION_MARK) return true; // </tag>, <!-- -->
  let j = i + 1;
  while (j < end && isAsciiLetter(s.charCodeAt(j))) j++;
  const after = s.charCodeAt(j);
  if (after === COLON) return true; // <https://…>
  const word = s.slice(i + 1, j).toLowerCase();
  return (
    (after === GREATER_THAN || after === SPACE || after === SLASH) && htmlTags.includes(` ${word} `)
  );
}

/** The end of the template that starts at `i` (`{{…}}`, `${…}`, `$(…)`, `{x}`, `<x>`), or -1. */
function templateEnd(s: string, i: number, end: number): number {
  const c = s.charCodeAt(i);
  const next = s.charCodeAt(i + 1);
  if (c === OPEN_BRACE) {
    return next === OPEN_BRACE
      ? groupEnd(s, i, end, '{{', '}}')
      : groupEnd(s, i, end, '{', '}', false);
  }
  if (c === DOLLAR) {
    if (next === OPEN_BRACE) return groupEnd(s, i, end, '${', '}');
    return next === OPEN_PAREN ? commandEnd(s, i, end) : -1;
  }
  if (c === LESS_THAN) return isMarkupAngle(s, i, end) ? -1 : groupEnd(s, i, end, '<', '>', false);
  return -1;
}

/**
 * The end of a Markdown joint at the backtick `i` that closes one code span and opens the next,
 * with emphasis between (`` `*` `` or `` `*master*` ``), and the emphasised text; or -1.
 */
function jointEnd(s: string, i: number, end: number): { to: number; text?: Span } | undefined {
  let j = i + 1;
  const marks = j;
  while (
    j < end &&
    j - marks < 3 &&
    (s.charCodeAt(j) === ASTERISK || s.charCodeAt(j) === UNDERSCORE)
  )
    j++;
  if (j === marks) return undefined;
  if (s.charCodeAt(j) === BACKTICK) return { to: j + 1 };
  const textStart = j;
  while (j < end && isUrlChar(s.charCodeAt(j)) && s.charCodeAt(j) !== ASTERISK) j++;
  const textEnd = j;
  if (textEnd === textStart || s.charCodeAt(j) !== ASTERISK || s.charCodeAt(i + 1) !== ASTERISK) {
    // `_text_` ends like `*text*`; only `*` is read as emphasis here, `_` belongs to names.
    return undefined;
  }
  while (j < end && s.charCodeAt(j) === ASTERISK) j++;
  return s.charCodeAt(j) === BACKTICK ? { to: j + 1, text: [textStart, textEnd] } : undefined;
}

/** Whether `$( … )` at `s[from, to)` holds a command (a space) with a proxy URL in it. */
const holdsCommandUrl = (s: string, from: number, to: number): boolean => {
  const inside = s.slice(from, to);
  return /\s/.test(inside) && findAnchor(inside) >= 0;
};

/** A stretch of URL characters and templates: where it is and what it reads as. */
interface Run {
  start: number;
  end: number;
  url: string;
  pieces?: Span[];
  /** It stopped at a Markdown `](`: it is a link's text. */
  linkText: boolean;
}

/** Reads the run that starts at `i` (after any opening punctuation) and ends before `end`. */
function readRun(s: string, i: number, end: number): Run {
  // Opening punctuation: `(url)`, `[url](…)`, `*url*`.
  while (i < end) {
    const c = s.charCodeAt(i);
    if (c !== OPEN_PAREN && c !== OPEN_BRACKET && c !== ASTERISK && c !== UNDERSCORE && c !== TILDE)
      break;
    i++;
  }
  let start = i;
  let pieces: Span[] | undefined;
  let pieceStart = i;
  let parens = 0;
  let brackets = 0;
  let linkText = false;
  while (i < end) {
    const c = s.charCodeAt(i);
    if (c === BACKTICK) {
      const joint = jointEnd(s, i, end);
      if (!joint) break;
      pieces ??= [];
      pieces.push([pieceStart, i]);
      if (joint.text) pieces.push(joint.text);
      i = pieceStart = joint.to;
      continue;
    }
    if (c === OPEN_BRACE || c === DOLLAR || c === LESS_THAN) {
      const to = templateEnd(s, i, end);
      // A command substitution holding a command with the URL in it:
      // `$(curl -sf localhost:8001/api/v1/…)`. The run ends before it, and one starts inside it.
      if (
        to > 0 &&
        c === DOLLAR &&
        s.charCodeAt(i + 1) === OPEN_PAREN &&
        holdsCommandUrl(s, i, to)
      ) {
        if (i > start) break;
        i += 2;
        start = i;
        pieceStart = i;
        continue;
      }
      if (to > 0) {
        i = to;
        continue;
      }
      if (c !== DOLLAR) break;
    } else if (c === OPEN_PAREN) {
      parens++;
    } else if (c === CLOSE_PAREN) {
      if (parens === 0) break;
      parens--;
    } else if (c === OPEN_BRACKET) {
      brackets++;
    } else if (c === CLOSE_BRACKET) {
      if (s.charCodeAt(i + 1) === OPEN_PAREN) {
        linkText = true;
        break;
      }
      if (brackets === 0) break;
      brackets--;
    } else if (!isUrlChar(c)) {
      break;
    }
    i++;
  }
  // Closing punctuation is prose: `…/proxy/.` ends a sentence.
  let to = i;
  while (to > pieceStart && ',.;:!?*_~'.includes(s[to - 1] as string)) to--;
  if (!pieces) return { start, end: to, url: s.slice(start, to), linkText };
  pieces.push([pieceStart, to]);
  pieces = pieces.filter(([a, b]) => b > a);
  let url = '';
  for (const [a, b] of pieces) url += s.slice(a, b);
  return { start, end: to, url, pieces, linkText };
}

/** The index of the first `/proxy` in `url` that ends a segment (not `/proxy-config`), or -1. */
export function findAnchor(url: string, from = 0): number {
  for (let at = url.indexOf('/proxy', from); at >= 0; at = url.indexOf('/proxy', at + 6)) {
    const c = url.charCodeAt(at + 6);
    if (!(isAsciiLetter(c) || isDigit(c) || c === MINUS)) return at;
  }
  return -1;
}

/** Where the URL itself starts in a run: at its scheme, or after an `--option=` or `KEY=`. */
function urlStartIn(url: string, anchor: number): number {
  const scheme = url.lastIndexOf('://', anchor);
  if (scheme > 0) {
    let i = scheme;
    while (i > 0) {
      const c = url.charCodeAt(i - 1);
      if (!(isAsciiLetter(c) || isDigit(c) || c === PLUS || c === MINUS || c === DOT)) break;
      i--;
    }
    while (i < scheme && !isAsciiLetter(url.charCodeAt(i))) i++;
    return i;
  }
  const slash = url.indexOf('/');
  const equals = url.lastIndexOf('=', slash);
  return equals >= 0 ? equals + 1 : 0;
}

/** Whether the text before the anchor reads as a Kubernetes API path. */
function looksLikeApi(url: string, anchor: number): boolean {
  const head = url.slice(0, anchor + 1);
  return (
    head.includes('/api/v1') ||
    head.includes('/services/') ||
    head.includes('/pods/') ||
    head.includes('/nodes/')
  );
}

/** The raw spans that make the text `[from, to)` of a run read through `pieces`. */
function slicePieces(pieces: Span[], from: number, to: number): Span[] {
  const out: Span[] = [];
  let offset = 0;
  for (const [a, b] of pieces) {
    const lo = Math.max(from, offset);
    const hi = Math.min(to, offset + b - a);
    if (hi > lo) out.push([a + lo - offset, a + hi - offset]);
    offset += b - a;
  }
  return out;
}

/** The run as a URL, trimmed to where the URL starts; `undefined` when it holds no proxy URL. */
function asOccurrence(run: Run): Occurrence | undefined {
  const anchor = findAnchor(run.url);
  if (anchor < 0 || !looksLikeApi(run.url, anchor)) return undefined;
  const from = urlStartIn(run.url, anchor);
  const url = run.url.slice(from);
  if (!run.pieces) return { start: run.start + from, end: run.end, url };
  const pieces = slicePieces(run.pieces, from, run.url.length);
  const first = pieces[0] as Span;
  const last = pieces[pieces.length - 1] as Span;
  if (pieces.length === 1) return { start: first[0], end: first[1], url };
  return { start: first[0], end: last[1], url, pieces };
}

/** The end of the line (or of the text) from `i`. */
function endOfLine(s: string, i: number): number {
  const newline = s.indexOf('\n', i);
  return newline < 0 ? s.length : newline;
}

/**
 * Every proxy URL and URL template in `text`, in order: Markdown (links, autolinks, code spans,
 * emphasis inside code as rendered), HTML (outside comments), YAML, shell, Go or TypeScript source.
 * Templates stay whole (`{{ .Release.Namespace }}`, `${ns}`, `$(cmd)`, `{name}`, `<placeholder>`);
 * a URL ends at whitespace, a quote, a backtick, `|`, an unbalanced `)` or `]`, or a Markdown `](`.
 * A Markdown link whose text and target are the same URL is one finding. Linear in the text.
 *
 * @example
 * findProxyUrls('Open [the dashboard](http://localhost:8001/api/v1/namespaces/kube-system/services/https:kubernetes-dashboard:/proxy/).')
 * // [{ start: 21, end: 114, url: 'http://localhost:8001/api/v1/namespaces/kube-system/services/https:kubernetes-dashboard:/proxy/' }]
 */
export function findProxyUrls(text: string): FoundProxyUrl[] {
  return scanProxyUrls(text).map(({ start, end, url, copies }) =>
    copies ? { start, end, url, copies } : { start, end, url },
  );
}

/** {@link findProxyUrls}, with the raw pieces of each URL that markup runs through. */
export function scanProxyUrls(text: string): Occurrence[] {
  const s = typeof text === 'string' ? text : String(text);
  const found: Occurrence[] = [];
  let pos = 0;
  // The next HTML comment that ends after `pos`, [commentStart, commentEnd): found as `pos` passes
  // the last one, so each search starts where the previous one ended.
  let commentStart = 0;
  let commentEnd = 0;
  const nextComment = (): void => {
    commentStart = s.indexOf('<!--', pos);
    const close = commentStart < 0 ? -1 : s.indexOf('-->', commentStart + 4);
    if (commentStart < 0) commentStart = commentEnd = s.length + 1;
    else commentEnd = close < 0 ? s.length : close + 3;
  };
  nextComment();
  // The end of the line of the last anchor: a line with many anchors is searched once.
  let lineEnd = -1;
  for (let anchor = findAnchor(s); anchor >= 0; anchor = findAnchor(s, Math.max(pos, anchor + 1))) {
    while (anchor >= commentEnd) {
      pos = commentEnd;
      nextComment();
    }
    if (anchor >= commentStart) {
      pos = commentEnd;
      continue;
    }
    // The line around the anchor, not reaching back before `pos` nor into the next comment.
    let from = anchor;
    while (from > pos && s.charCodeAt(from - 1) !== LF) from--;
    if (lineEnd <= anchor) lineEnd = endOfLine(s, anchor);
    const to = Math.min(lineEnd, commentStart);
    scanLine(s, from, to, found);
    pos = to;
  }
  return found;
}

/** Adds the proxy URLs in `s[from, to)`, one line. */
function scanLine(s: string, from: number, to: number, found: Occurrence[]): void {
  let linkText: Occurrence | undefined;
  let linkTargetAt = -1;
  for (let i = from; i < to; ) {
    const c = s.charCodeAt(i);
    if (!isUrlChar(c) && c !== OPEN_BRACE && c !== LESS_THAN) {
      i++;
      continue;
    }
    const run = readRun(s, i, to);
    const occurrence = asOccurrence(run);
    if (occurrence) {
      if (linkText && run.start === linkTargetAt && linkText.url === occurrence.url) {
        // `[U](U)`: one finding, at the target; the text is a copy that a fix also changes.
        found.pop();
        if (!linkText.pieces) occurrence.copies = [[linkText.start, linkText.end]];
      }
      found.push(occurrence);
    }
    linkText = run.linkText ? occurrence : undefined;
    // The target starts after `](`, past the run's closing punctuation.
    linkTargetAt = run.linkText ? s.indexOf('](', run.end) + 2 : -1;
    i = Math.max(i + 1, run.end, run.linkText ? linkTargetAt : 0);
  }
}
