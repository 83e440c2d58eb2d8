import { type ProxyTarget, toCurl, toKubectlGetRaw, toRbacRule } from 'apiserver-proxy-url';
import { objectName } from './destination.ts';

export type FormatId = 'markdown' | 'curl' | 'kubectl' | 'rbac';
export const formatIds: readonly FormatId[] = ['markdown', 'curl', 'kubectl', 'rbac'];

/**
 * A Markdown link for docs. The label is the namespace and name; the destination goes in `<…>`
 * when it holds what would end a plain one (CommonMark), and `<`, `>` are escaped as browsers send them.
 */
export function markdownLink(url: string, target: ProxyTarget): string {
  const text = objectName(target).replace(/[\\[\]*_`<>!]/g, '\\$&');
  const href = url.trim().replace(/</g, '%3C').replace(/>/g, '%3E');
  return /[\s()]/.test(href) ? `[${text}](<${href}>)` : `[${text}](${href})`;
}

/** An RBAC rule as a YAML list item, ready to paste under a Role's (nodes: ClusterRole's) `rules:`. */
export function rbacYaml(target: ProxyTarget): string {
  const rule = toRbacRule(target);
  const list = (items: string[]): string => `[${items.map((i) => JSON.stringify(i)).join(', ')}]`;
  return [
    `- apiGroups: ${list(rule.apiGroups)}`,
    `  resources: ${list(rule.resources)}`,
    `  resourceNames: ${list(rule.resourceNames)}`,
    `  verbs: ${list(rule.verbs)}`,
  ].join('\n');
}

/**
 * Every copy-as text for a URL that parses without errors (the library's converters refuse the
 * rest). `url` has had its credentials removed already.
 */
export function formatsFor(url: string, target: ProxyTarget): Record<FormatId, string> | null {
  try {
    return {
      markdown: markdownLink(url, target),
      curl: toCurl(url),
      kubectl: toKubectlGetRaw(url),
      rbac: rbacYaml(target),
    };
  } catch {
    return null;
  }
}
