import {
  isControl,
  type ProxyTarget,
  toCurl,
  toKubectlGetRaw,
  toRbacRule,
} from 'apiserver-proxy-url';
import { objectName } from './destination.ts';

export type FormatId = 'markdown' | 'curl' | 'kubectl' | 'rbac';
export const formatIds: readonly FormatId[] = ['markdown', 'curl', 'kubectl', 'rbac'];

// What a Markdown link destination must not hold as is: `(`, `)`, `<`, `>` and space end or
// reshape it, `[`, `]` end the link in renderers that are not CommonMark.
const ENCODED_IN_HREF: Record<string, string> = {
  ' ': '%20',
  '(': '%28',
  ')': '%29',
  '<': '%3C',
  '>': '%3E',
  '[': '%5B',
  ']': '%5D',
};

/** Whether `text[i]` is `&` starting an HTML entity (`&amp;`, `&#60;`), which CommonMark decodes. */
function startsEntity(text: string, i: number): boolean {
  let j = i + 1;
  if (text[j] === '#') j++;
  const first = j;
  // Entity names and numbers are at most 32 characters: a bounded look-ahead.
  while (j < text.length && j - first < 32 && /[A-Za-z0-9]/.test(text[j] as string)) j++;
  return j > first && text[j] === ';';
}

/** Where the authority of `scheme://authority` ends in `href` (0 when there is none). */
function authorityEnd(href: string): number {
  const slashes = href.indexOf('//');
  const colon = href.indexOf(':');
  if (slashes < 0 || colon < 0 || colon + 1 !== slashes) return 0;
  let i = slashes + 2;
  while (i < href.length && !'/?#\\'.includes(href[i] as string)) i++;
  return i;
}

/**
 * The link destination for `url`, safe in `[…](here)`: control characters and non-breaking
 * characters become `%XX` of their UTF-8 bytes, as do space, `(`, `)`, `<`, `>`, `[` and `]` (but
 * the brackets of an IPv6 host, which a browser needs); `\` is written `\\` and an `&` that starts
 * an entity `\&` (CommonMark's escapes), so the link opens exactly `url`.
 */
export function markdownHref(url: string): string {
  const href = url.trim();
  const host = authorityEnd(href);
  let out = '';
  for (let i = 0; i < href.length; i++) {
    const c = href[i] as string;
    const unit = href.charCodeAt(i);
    // Any white space (U+00A0, U+2028, U+3000…), not only ' ': renderers end or split links there.
    if (isControl(unit) || /\s/.test(c)) out += encodeURIComponent(c);
    else if ((c === '[' || c === ']') && i < host) out += c;
    else if (ENCODED_IN_HREF[c] !== undefined) out += ENCODED_IN_HREF[c];
    else if (c === '\\') out += '\\\\';
    else if (c === '&' && startsEntity(href, i)) out += '\\&';
    else out += c;
  }
  return out;
}

/** Link text: Markdown's special characters escaped, control characters dropped. */
export function markdownText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (isControl(text.charCodeAt(i))) continue;
    out += '\\[]*_`<>!&'.includes(c) ? `\\${c}` : c;
  }
  return out;
}

/**
 * A Markdown link for docs. The label is the namespace and name, escaped; the destination is
 * {@link markdownHref}: nothing in the URL can end the link or add another one.
 */
export function markdownLink(url: string, target: Pick<ProxyTarget, 'namespace' | 'name'>): string {
  return `[${markdownText(objectName(target))}](${markdownHref(url)})`;
}

/**
 * An RBAC rule as a YAML list item, ready to paste under a Role's (nodes: ClusterRole's) `rules:`.
 * The resource name is the id exactly as the URL sends it (RBAC compares that segment).
 */
export function rbacYaml(url: string): string {
  const rule = toRbacRule(url);
  const list = (items: string[]): string => `[${items.map((i) => JSON.stringify(i)).join(', ')}]`;
  return [
    `- apiGroups: ${list(rule.apiGroups)}`,
    `  resources: ${list(rule.resources)}`,
    `  resourceNames: ${list(rule.resourceNames)}`,
    `  verbs: ${list(rule.verbs)}`,
  ].join('\n');
}

/**
 * The URL with every raw space written `%20`, as a browser sends it: curl refuses a raw space
 * ("(3) URL rejected: Malformed input") and Go's client does too, so a command never carries one.
 */
export const encodeSpaces = (url: string): string =>
  url.includes(' ') ? url.replaceAll(' ', '%20') : url;

/** One copy-as text for a URL that parses without errors; `null` when the library refuses it. */
export function formatFor(
  id: FormatId,
  url: string,
  target: Pick<ProxyTarget, 'namespace' | 'name'>,
): string | null {
  try {
    switch (id) {
      case 'markdown':
        return markdownLink(url, target);
      case 'curl':
        return toCurl(encodeSpaces(url));
      case 'kubectl':
        return toKubectlGetRaw(encodeSpaces(url));
      case 'rbac':
        return rbacYaml(url);
    }
  } catch {
    return null;
  }
}

/**
 * Every copy-as text for a URL that parses without errors (the library's converters refuse the
 * rest). `url` has had its credentials removed already. None holds a raw control character: the
 * library's curl and `kubectl get --raw` percent-encode them, and so does the Markdown link.
 */
export function formatsFor(url: string, target: ProxyTarget): Record<FormatId, string> | null {
  const out: Partial<Record<FormatId, string>> = {};
  for (const id of formatIds) {
    const text = formatFor(id, url, target);
    if (text === null) return null;
    out[id] = text;
  }
  return out as Record<FormatId, string>;
}
