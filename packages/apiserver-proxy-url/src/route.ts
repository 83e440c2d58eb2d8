// How each client turns the text of a URL into the path the API server routes on. The API server
// routes on the percent-decoded path (Go has decoded `req.URL.Path` before go-restful and
// requestinfo.go see it); browsers clean the path first (WHATWG URL: `\` is `/`, tabs and newlines
// are deleted, `.`/`..` and `%2e` segments are resolved); `kubectl proxy` cleans and redirects
// (Go ≥ 1.22's ServeMux on the escaped path; before Go 1.22, on the decoded path). The parser
// matches the proxy shape on these routed paths, never on the raw text.
import {
  BACKSLASH,
  DELETE,
  DIGIT_9,
  DOT,
  LOWER_A,
  LOWER_Z,
  MINUS,
  PERCENT,
  SLASH,
  SPACE,
} from './chars.js';
import { dotCount } from './clean.js';
import { isEscapeOf } from './percent.js';
import type { ProxyResource } from './types.js';

/** Who turns the text into a request path. */
export type Reading =
  /** Go clients, curl, `kubectl get --raw`: the path as written, decoded by the API server. */
  | 'go'
  /** Browsers and `new URL()`: WHATWG-cleaned, then decoded by the API server. */
  | 'browser'
  /** `kubectl proxy` built with Go ≥ 1.22: cleans the escaped path (literal dots, `//`) and redirects. */
  | 'kubectl'
  /** `kubectl proxy` up to 1.29 (Go < 1.22): decodes, cleans and redirects. */
  | 'kubectl-old'
  /** A browser's cleaned path through `kubectl proxy` up to 1.29. */
  | 'browser-kubectl-old';

/** A segment of a routed path: its text (decoded once routed) and the input it came from. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Where the proxy shape is in a routed path. */
export interface RouteMatch {
  resource: ProxyResource;
  api: Token;
  namespace: Token | undefined;
  resourceToken: Token;
  id: Token;
  proxy: Token;
}

export interface Route {
  reading: Reading;
  /** `refused`: the client will not send it (a raw control character). */
  outcome: 'proxy' | 'api' | 'none' | 'refused';
  tokens: Token[];
  match: RouteMatch | undefined;
}

const isControl = (c: number): boolean => c < SPACE || c === DELETE;

/** Splits `s[from, to)` at `/` (and `\` for a browser), keeping empty segments. */
function split(s: string, from: number, to: number, backslash: boolean): Token[] {
  const tokens: Token[] = [];
  // The path starts with its separator; whatever is before the first one is a segment too.
  let tokenStart = from;
  if (
    from < to &&
    (s.charCodeAt(from) === SLASH || (backslash && s.charCodeAt(from) === BACKSLASH))
  ) {
    tokenStart = from + 1;
  }
  for (let i = tokenStart; i <= to; i++) {
    const c = i < to ? s.charCodeAt(i) : SLASH;
    if (c === SLASH || (backslash && c === BACKSLASH)) {
      tokens.push({ text: s.slice(tokenStart, i), start: tokenStart, end: i });
      tokenStart = i + 1;
    }
  }
  return tokens;
}

/**
 * Resolves dot segments as a browser does (`%2e` is a dot, empty segments stay) or as Go's
 * `path.Clean` does (literal dots only, empty segments dropped). A `..` at the root stays at the root.
 */
function clean(tokens: Token[], browser: boolean): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const last = i === tokens.length - 1;
    const count = dotCount(token.text, 0, token.text.length, browser ? 'browser' : 'kubectl');
    if (count === 2) out.pop();
    if (count > 0) {
      // A trailing dot segment leaves a trailing slash.
      if (last) out.push({ text: '', start: token.end, end: token.end });
    } else if (token.text !== '' || browser || last) {
      out.push(token);
    }
  }
  return out;
}

/** What the API server routes on: each segment split again at `%2F`, then percent-decoded. */
function decode(tokens: Token[], s: string): Token[] {
  const out: Token[] = [];
  for (const token of tokens) {
    if (!token.text.includes('%')) {
      out.push(token);
      continue;
    }
    // Split in the input, so every piece keeps its span; each is decoded on its own.
    let pieceStart = token.start;
    for (let i = token.start; i <= token.end; i++) {
      if (i < token.end && !isEscapeOf(s, i, '2F')) continue;
      out.push({ text: decodePiece(s, pieceStart, i), start: pieceStart, end: i });
      pieceStart = i + 3;
      i += 2;
    }
  }
  return out;
}

function decodePiece(s: string, from: number, to: number): string {
  const text = s.slice(from, to);
  try {
    return decodeURIComponent(text);
  } catch {
    return text; // Go answers 400; the parser reports the broken escape
  }
}

/**
 * The WHATWG reading of the path: `\` a separator, dots resolved. (Browsers delete tabs and
 * newlines first; the parser reads such input without them before it gets here.)
 */
function browserTokens(s: string, from: number, to: number): Token[] {
  return clean(split(s, from, to, true), true);
}

const routeWord = (tokens: Token[], i: number, word: string): boolean =>
  i < tokens.length && (tokens[i] as Token).text === word;

/**
 * Whether the segments from `from` on read as an API path the API server serves: resource and
 * object names only (`namespaces/kube-system/secrets`), a trailing slash allowed. A segment like
 * `a\proxy`, `..` or `web:x` names nothing: 404.
 */
function isApiPath(tokens: Token[], from: number): boolean {
  for (let i = from; i < tokens.length; i++) {
    const text = (tokens[i] as Token).text;
    if (text === '' ? i < tokens.length - 1 : text === '.' || text === '..') return false;
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (!((c >= LOWER_A && c <= LOWER_Z) || (c >= MINUS && c <= DIGIT_9 && c !== SLASH)))
        return false;
    }
  }
  return true;
}

/** The first proxy shape in a routed path, or whether it reaches another API path. */
function match(
  tokens: Token[],
  from: number,
): { outcome: Route['outcome']; match: RouteMatch | undefined } {
  let api: boolean | undefined;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!routeWord(tokens, i, 'api') || !routeWord(tokens, i + 1, 'v1')) continue;
    // `api` must follow a separator: a path that starts `api/` is relative.
    if ((tokens[i] as Token).start === from) continue;
    // The first /api/v1 is where the API server routes: read once, so this stays linear.
    api ??= isApiPath(tokens, i + 2);
    let namespace: Token | undefined;
    let r = i + 2;
    if (routeWord(tokens, r, 'namespaces')) {
      namespace = tokens[r + 1];
      r += 2;
      if (!routeWord(tokens, r, 'services') && !routeWord(tokens, r, 'pods')) continue;
    } else if (!routeWord(tokens, r, 'nodes')) {
      continue;
    }
    if (!routeWord(tokens, r + 2, 'proxy')) continue;
    const resourceToken = tokens[r] as Token;
    return {
      outcome: 'proxy',
      match: {
        resource: resourceToken.text as ProxyResource,
        api: tokens[i] as Token,
        namespace,
        resourceToken,
        id: tokens[r + 1] as Token,
        proxy: tokens[r + 2] as Token,
      },
    };
  }
  return { outcome: api === true ? 'api' : 'none', match: undefined };
}

function route(reading: Reading, tokens: Token[] | undefined, from: number): Route {
  if (!tokens) return { reading, outcome: 'refused', tokens: [], match: undefined };
  return { reading, tokens, ...match(tokens, from) };
}

/**
 * Whether the path `s[from, to)` can read differently to different clients: it holds an escape of
 * `/`, `.`, a letter or a digit, a `\`, a control character, a dot segment or `//`. When it does
 * not, every reading routes like the text itself.
 */
export function needsRouting(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === BACKSLASH || isControl(c)) return true;
    // Only an escape of '/', '.', a letter or a digit can change a separator or a route word
    // (`%3A` in an id cannot).
    if (c === PERCENT) {
      const v = Number.parseInt(s.slice(i + 1, i + 3), 16);
      if (
        v === SLASH ||
        (v >= DOT && v <= DIGIT_9) ||
        ((v | 32) >= LOWER_A && (v | 32) <= LOWER_Z)
      ) {
        return true;
      }
    }
    if (c === SLASH && i + 1 < to) {
      const next = s.charCodeAt(i + 1);
      if (next === SLASH || next === DOT) return true;
    }
  }
  return from < to && s.charCodeAt(from) === DOT;
}

/**
 * The path `s[from, to)` as each client sends it and the API server routes it. The readings of
 * `kubectl proxy` are added when the request may go through it.
 *
 * @example
 * routePath('/%61pi/v1/nodes/a/proxy/', 0, 24, false)[0].match?.id.text // 'a'
 */
export function routePath(s: string, from: number, to: number, viaKubectlProxy: boolean): Route[] {
  let controls = false;
  for (let i = from; i < to && !controls; i++) controls = isControl(s.charCodeAt(i));
  // Go's url.Parse and curl refuse a raw control character; browsers delete tabs and newlines.
  const raw = controls ? undefined : split(s, from, to, false);
  const browser = browserTokens(s, from, to);
  const routes = [
    route('browser', decode(browser, s), from),
    route('go', raw && decode(raw, s), from),
  ];
  if (viaKubectlProxy) {
    routes.push(
      route('kubectl', raw && decode(clean(raw, false), s), from),
      route('kubectl-old', raw && clean(decode(raw, s), false), from),
      route('browser-kubectl-old', clean(decode(browser, s), false), from),
    );
  }
  return routes;
}

/** The object a route reaches, as a key to compare readings by. */
export const routeKey = (m: RouteMatch): string =>
  `${m.resource}/${m.namespace ? m.namespace.text : ''}/${m.id.text}`;
