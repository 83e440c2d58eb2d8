import { parseProxyUrl } from 'apiserver-proxy-url';

/**
 * The URL without `user:password@`, for anything that leaves the page (the address, copies).
 * The parser finds credentials in a proxy URL and its fix removes them, keeping the rest verbatim;
 * for text it does not read as a proxy URL, the platform's URL parser is the safety net.
 */
export function withoutCredentials(url: string): string {
  const found = parseProxyUrl(url).diagnostics.find((d) => d.code === 'credentials-in-url');
  const text = found?.fix ?? url;
  let parsed: URL;
  try {
    parsed = new URL(text.trim(), 'http://h');
  } catch {
    return text;
  }
  if (parsed.username === '' && parsed.password === '') return text;
  parsed.username = '';
  parsed.password = '';
  return parsed.href;
}
