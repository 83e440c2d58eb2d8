// The scheme and authority in front of the path, read the way browsers split them.
import {
  AT_SIGN,
  BACKSLASH,
  CASE_BIT,
  CLOSE_BRACKET,
  COLON,
  DIGIT_0,
  DIGIT_9,
  DOT,
  HASH,
  LOWER_A,
  LOWER_Z,
  MINUS,
  OPEN_BRACKET,
  PLUS,
  QUESTION_MARK,
  SLASH,
} from './chars.js';
import { isAt, isSlash } from './shape.js';

export interface Origin {
  /** `''` for a protocol-relative `//host/...`: the page's scheme. */
  scheme: 'http' | 'https' | 'ws' | 'wss' | '';
  /** `user:password@`, when present: from `userStart` to `hostStart`. */
  userStart: number;
  hostStart: number;
  /** The host ends where `:port` begins. */
  hostEnd: number;
  /** Where the path begins. */
  authorityEnd: number;
}

/**
 * Reads `scheme://authority` at `start`. Returns `undefined` when there is no scheme (a path-only
 * URL), the lower-cased scheme when it is not one the API server can be reached with, or the origin.
 */
export function scanOrigin(s: string, start: number, end: number): Origin | string | undefined {
  const first = s.charCodeAt(start) | CASE_BIT;
  if (first < LOWER_A || first > LOWER_Z) return undefined;
  let i = start + 1;
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    const lower = c | CASE_BIT;
    const ok =
      (lower >= LOWER_A && lower <= LOWER_Z) ||
      (c >= DIGIT_0 && c <= DIGIT_9) ||
      c === PLUS ||
      c === MINUS ||
      c === DOT;
    if (!ok) break;
  }
  if (i >= end || s.charCodeAt(i) !== COLON) return undefined;
  const scheme = s.slice(start, i).toLowerCase();
  if (scheme !== 'http' && scheme !== 'https' && scheme !== 'ws' && scheme !== 'wss') return scheme;
  let hostStart = i + 1;
  // Browsers accept any number of '/' or '\\' after a special scheme.
  while (hostStart < end && isSlash(s.charCodeAt(hostStart))) hostStart++;
  return scanAuthority(s, hostStart, end, scheme);
}

/**
 * Reads the authority that starts at `from`: the last '@' ends the user info, the first ':' after
 * it (outside '[...]') starts the port, and '/', '\\', '?' or '#' ends it.
 */
export function scanAuthority(
  s: string,
  from: number,
  end: number,
  scheme: Origin['scheme'],
): Origin {
  let userStart = -1;
  let colon = -1;
  let bracket = false;
  let hostStart = from;
  let authorityEnd = from;
  for (; authorityEnd < end; authorityEnd++) {
    const c = s.charCodeAt(authorityEnd);
    if (c === SLASH || c === BACKSLASH || c === QUESTION_MARK || c === HASH) break;
    if (c === AT_SIGN) {
      userStart = from;
      colon = -1;
      bracket = false;
      hostStart = authorityEnd + 1;
    } else if (c === OPEN_BRACKET) bracket = true;
    else if (c === CLOSE_BRACKET) bracket = false;
    else if (c === COLON && colon < 0 && !bracket) colon = authorityEnd;
  }
  const hostEnd = colon < 0 ? authorityEnd : colon;
  return { scheme, userStart, hostStart, hostEnd, authorityEnd };
}

/**
 * `host:port/...` or `user:password@host/...` with no scheme in front (pasted from a terminal or a
 * kubeconfig): the origin a person means, read as `http://`. `undefined` when the text does not
 * start like that.
 */
export function scanSchemelessOrigin(s: string, start: number, end: number): Origin | undefined {
  const origin = scanAuthority(s, start, end, 'http');
  const { userStart, hostStart, hostEnd, authorityEnd } = origin;
  if (hostEnd === hostStart || (authorityEnd < end && s.charCodeAt(authorityEnd) !== SLASH)) {
    return undefined;
  }
  for (let i = hostStart; i < hostEnd; i++) {
    const c = s.charCodeAt(i);
    const lower = c | CASE_BIT;
    const host =
      (lower >= LOWER_A && lower <= LOWER_Z) ||
      (c >= MINUS && c <= COLON) ||
      c === OPEN_BRACKET ||
      c === CLOSE_BRACKET;
    if (!host || c === SLASH) return undefined;
  }
  // A port must be digits; without a port, only user info says this is an authority.
  if (hostEnd < authorityEnd) {
    if (hostEnd + 1 === authorityEnd) return undefined;
    for (let i = hostEnd + 1; i < authorityEnd; i++) {
      const c = s.charCodeAt(i);
      if (c < DIGIT_0 || c > DIGIT_9) return undefined;
    }
  } else if (userStart < 0) {
    return undefined;
  }
  return origin;
}

/** `localhost`, `[::1]` or a dotted-decimal address in 127.0.0.0/8 (lower-cased host expected). */
export function isLoopbackHost(host: string): boolean {
  if (host === 'localhost' || host === '[::1]') return true;
  if (!isAt(host, 0, '127.')) return false;
  const octets = host.split('.');
  return octets.length === 4 && octets.every((o) => /^\d{1,3}$/.test(o) && Number(o) <= 255);
}

/** What default `kubectl proxy --accept-hosts` takes: `localhost`, `127.0.0.1`, or `[::1]` without a port. */
export const kubectlProxyAcceptsHost = (host: string, hasPort: boolean): boolean =>
  host === 'localhost' || host === '127.0.0.1' || (host === '[::1]' && !hasPort);
