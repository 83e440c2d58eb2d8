import { type ParseResult, parseProxyUrl } from 'apiserver-proxy-url';

/**
 * The URL without `user:password@`, for anything that leaves the page (the address, copies).
 * The parser finds credentials in a proxy URL and its fix removes them, keeping the rest verbatim;
 * for text it does not read as a proxy URL, the platform's URL parser is the safety net. Pass the
 * URL's parse when there is one already, so it is not parsed again.
 */
export function withoutCredentials(url: string, parsed: ParseResult = parseProxyUrl(url)): string {
  const found = parsed.diagnostics.find((d) => d.code === 'credentials-in-url');
  const text = found?.fix ?? url;
  let platform: URL;
  try {
    platform = new URL(text.trim(), 'http://h');
  } catch {
    return text;
  }
  if (platform.username === '' && platform.password === '') return text;
  platform.username = '';
  platform.password = '';
  return platform.href;
}
