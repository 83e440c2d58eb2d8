// The page state lives in the address: `#url=<encodeURIComponent(url)>`, restored on load.

import { shareable } from './command-url.ts';

const key = 'url=';

/** The URL held by a location hash (`#url=...`), verbatim; `null` when there is none. */
export function readHash(hash: string): string | null {
  const fields = hash.replace(/^#/, '').split('&');
  const field = fields.find((f) => f.startsWith(key));
  if (field === undefined) return null;
  const raw = field.slice(key.length);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw; // a hand-edited link with a stray '%': show it as written
  }
}

/**
 * The hash for the URL box's text: credentials never go into the address, and a pasted command
 * goes in as the URL inside it; `''` (no hash) when the text would carry an Authorization header.
 */
export function hashFor(url: string): string {
  const safe = shareable(url);
  return safe === null ? '' : `#${key}${encodeURIComponent(safe)}`;
}

/**
 * The longest `#url=` the address is given. Browsers cap addresses (Chromium at 2 MB) and every
 * update of a long one costs the page (about 15 ms for 50 kB); a URL that long is not shared by
 * link anyway. Longer ones leave the address without a URL.
 */
export const addressMax = 65_536;

/** What the address's hash should be while the box holds `url`: `''` (none) when it is too long. */
export function addressHash(url: string): string {
  if (url.length > addressMax) return '';
  const hash = hashFor(url);
  return hash.length <= addressMax ? hash : '';
}

/** A link to this page (wherever it is hosted) that opens with `url` (without it, when it cannot be shared). */
export function shareLink(pageHref: string, url: string): string {
  const page = pageHref.split('#')[0] ?? pageHref;
  return `${page}${hashFor(url)}`;
}
