// A pasted command (`curl -H 'Authorization: Bearer …' https://…`, `kubectl get --raw /api/…`) is
// not a URL: the library reports it as `pasted-command`, whose fix is the URL inside. What leaves
// the page (the address, Copy link, Copy URL) is that URL, never the command with its headers.

import { parseProxyUrl, type TemplateParseResult } from 'apiserver-proxy-url';
import { withoutCredentials } from './redact.ts';

/**
 * The URL inside a pasted command, or `null` when the text is not one. Only text with white space
 * in it is parsed again (a URL alone is the common case and costs nothing here).
 *
 * @example
 * urlInCommand('kubectl get --raw /api/v1/nodes/n1:10250/proxy/metrics');
 * // '/api/v1/nodes/n1:10250/proxy/metrics'
 */
export function urlInCommand(text: string, parsed?: TemplateParseResult): string | null {
  if (!/\s/.test(text.trim())) return null;
  const found = (parsed ?? parseProxyUrl(text)).diagnostics.find(
    (d) => d.code === 'pasted-command',
  );
  return found?.fix ?? null;
}

/** Whether text still names an `Authorization` header (`Authorization:`, tabs and newlines aside). */
const namesAuthorization = (text: string): boolean =>
  /authorization\s*:/i.test(text.replace(/[\t\n\r]/g, ''));

/**
 * What may leave the page for the text in the URL box: the URL inside a pasted command, without
 * credentials (`user:password@`, tokens); `null` when even that would carry an `Authorization`
 * header (a command the library does not recognise as one): then nothing is shared.
 *
 * @example
 * shareable("curl -H 'Authorization: Bearer abc' https://h/api/v1/nodes/n/proxy/");
 * // 'https://h/api/v1/nodes/n/proxy/'
 * shareable("-H 'Authorization: Bearer abc' https://h/api/v1/nodes/n/proxy/"); // null
 */
export function shareable(text: string, parsed?: TemplateParseResult): string | null {
  const safe = withoutCredentials(urlInCommand(text, parsed) ?? text);
  return namesAuthorization(safe) ? null : safe;
}
