/** The scheme the API server uses to reach the backend: `''` (plain HTTP by default), `http` or `https`. */
export type IdScheme = '' | 'http' | 'https';

/** The three kinds of object that have a `proxy` subresource in the core `v1` API group. */
export type ProxyResource = 'services' | 'pods' | 'nodes';

/** What a proxy URL points at, as the API server understands it. */
export interface ProxyTarget {
  /** Everything before `/api/v1`, as written (`''` for a path-only URL). */
  base: string;
  resource: ProxyResource;
  /** Percent-decoded; `null` for nodes. */
  namespace: string | null;
  /** The id's parts, percent-decoded. */
  scheme: IdScheme;
  name: string;
  port: string;
  /** Raw text after `/proxy`, up to `?` or `#`; `''` when the URL ends at `/proxy`. */
  path: string;
  /** Raw, without the `?`; `''` when there is none. */
  query: string;
  /** Raw, without the `#`; `''` when there is none. */
  fragment: string;
}

/**
 * What {@link buildProxyUrl} takes. Only `name` is required; an optional field may also be given as
 * `undefined` (as a form or a spread object gives it), which means the same as leaving it out.
 */
export interface ProxyTargetInput {
  /** `''` (default), a path prefix starting with `/`, or an http(s)/ws(s) URL; a trailing `/` is dropped. */
  base?: string | undefined;
  /** Default `'services'`. */
  resource?: ProxyResource | undefined;
  /** Required for services and pods; absent or `null` for nodes. */
  namespace?: string | null | undefined;
  name: string;
  scheme?: IdScheme | undefined;
  port?: string | number | undefined;
  /** Omitted (or `undefined`): `/proxy/`. `''`: ends exactly at `/proxy`. */
  path?: string | undefined;
  query?: string | Record<string, string | string[]> | URLSearchParams | undefined;
  fragment?: string | undefined;
}

/** `[start, end)` UTF-16 offsets into the input as given. */
export type Span = [start: number, end: number];

/** Where each piece of a parsed URL is. Pieces with no text are left out. */
export interface ProxyUrlParts {
  base?: Span;
  namespace?: Span;
  resource?: Span;
  id?: Span;
  scheme?: Span;
  name?: Span;
  port?: Span;
  path?: Span;
  query?: Span;
  fragment?: Span;
}
