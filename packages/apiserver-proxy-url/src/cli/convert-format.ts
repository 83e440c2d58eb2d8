// What the conversion commands (rebase, curl, raw, rbac) print that is not the conversion itself:
// why a URL was refused, a base written without its scheme, an RBAC rule as YAML. Pure string work.
//
// A refused URL is explained on stderr, which may end up in a CI log: its password is masked
// wherever it shows (the echoed URL, each fix), and a pasted command is not echoed at all, as it
// may carry an `Authorization: Bearer …` header.
import type { Diagnostic } from '../diagnostics.js';
import { scanOrigin, scanSchemelessOrigin } from '../origin.js';
import { parseProxyUrl } from '../parse.js';
import type { RbacRule } from '../snippets.js';
import type { ProxyTarget } from '../types.js';
import { formatDiagnostic, type Paint, visible } from './format.js';

/**
 * `input` with the password of its `user:password@` (or the whole userinfo, when it has no `:`)
 * written as `*`, one per UTF-16 unit so that offsets into it stay those of `input`; `credentials`
 * is the span of the `credentials-in-url` diagnostic.
 *
 * @example
 * maskCredentials('https://admin:s3cret@h/api/v1/nodes/n/proxy/', [8, 21]);
 * // 'https://admin:******@h/api/v1/nodes/n/proxy/'
 */
export function maskCredentials(input: string, credentials: readonly [number, number]): string {
  const [start, end] = credentials;
  // The span ends with the '@'; the user name before a ':' is not a secret.
  const colon = input.indexOf(':', start);
  const from = colon >= 0 && colon < end - 1 ? colon + 1 : start;
  return input.slice(0, from) + '*'.repeat(Math.max(0, end - 1 - from)) + input.slice(end - 1);
}

/**
 * Why a conversion refused `input`: each error the parser finds in it, with its caret line and fix,
 * as `parse` prints them; `fallback` (the conversion's own diagnostics, shown without caret lines)
 * when the parser finds none in the input as written (the error is in the form the conversion
 * read, such as the modern form of a legacy link). A password in the URL is masked
 * ({@link maskCredentials}) and a pasted command is not echoed.
 *
 * @example
 * formatRefusal('/api/v1/services/web/proxy/', [], painter(false));
 * // 'error not-a-proxy-url: No namespace: ...\n  /api/v1/services/web/proxy/\n  ...fix: ...\n'
 */
export function formatRefusal(
  input: string,
  fallback: readonly Diagnostic[],
  paint: Paint,
): string {
  const { diagnostics } = parseProxyUrl(input);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const credentials = findCredentials(input, diagnostics);
  const shown = credentials ? maskCredentials(input, credentials) : input;
  const pasted = errors.some((d) => d.code === 'pasted-command');
  const lines: string[] = [];
  for (const d of errors.length > 0 ? errors : fallback) {
    // A fix is a whole URL (for a pasted command, the one inside it): it may hold a password too.
    const masked = d.fix === undefined ? d : { ...d, fix: maskUrl(d.fix) };
    lines.push(
      ...formatDiagnostic(masked, errors.length > 0 && !pasted ? shown : undefined, paint),
    );
  }
  if (lines.length === 0) lines.push(`${paint('red', 'error')}: not a proxy URL`);
  return `${lines.join('\n')}\n`;
}

/** The URL with the password of its `user:password@` masked ({@link maskCredentials}). */
function maskUrl(url: string): string {
  const credentials = findCredentials(url, []);
  return credentials ? maskCredentials(url, credentials) : url;
}

/**
 * Where `user:password@` is in `input`: the parser's `credentials-in-url` span, or, when the parser
 * stopped before looking at the base (not a proxy URL), the user info of its `scheme://` or
 * schemeless `host:port` origin.
 */
function findCredentials(
  input: string,
  diagnostics: readonly Diagnostic[],
): [number, number] | undefined {
  const found = diagnostics.find((d) => d.code === 'credentials-in-url');
  if (found) return [found.start, found.end];
  let start = 0;
  while (start < input.length && input.charCodeAt(start) <= 32) start++;
  let origin = scanOrigin(input, start, input.length);
  // `admin:s3cret@host:8001/...` starts like a scheme named "admin".
  if (typeof origin !== 'object') origin = scanSchemelessOrigin(input, start, input.length);
  if (origin === undefined || origin.userStart < 0) return undefined;
  return [origin.userStart, origin.hostStart];
}

/**
 * The base that was most likely meant when the builder refuses `base` for lacking a scheme
 * (`localhost:8001`): the parser's fix for a URL with that base, `http://` for `kubectl proxy` on a
 * loopback host and `https://` for any other host (which would otherwise get the token sent
 * unencrypted). `undefined` when there is no such fix.
 *
 * @example
 * schemeForBase('localhost:8001'); // 'http://localhost:8001'
 * schemeForBase('10.0.0.1:6443');  // 'https://10.0.0.1:6443'
 */
export function schemeForBase(base: string): string | undefined {
  const probe = '/api/v1/nodes/n/proxy/';
  let url = `${base}${probe}`;
  for (const code of ['missing-url-scheme', 'insecure-remote-base']) {
    const fix = parseProxyUrl(url).diagnostics.find((d) => d.code === code)?.fix;
    if (fix === undefined) {
      if (code === 'missing-url-scheme') return undefined;
      break;
    }
    url = fix;
  }
  return url.endsWith(probe) ? url.slice(0, -probe.length) : undefined;
}

/**
 * The RBAC rule as a YAML document, an item of a Role's (or for nodes a ClusterRole's) `rules:`,
 * under a comment saying which. `stringify` is the `yaml` package's, which quotes what YAML would
 * otherwise read differently (`""`, an id ending with `:`).
 *
 * @example
 * formatRbacRule(toRbacRule(url), parseProxyUrl(url).target, stringify);
 * // '# a rule of a Role in namespace kube-system\napiGroups:\n  - ""\n...'
 */
export function formatRbacRule(
  rule: RbacRule,
  target: ProxyTarget | null,
  stringify: (value: unknown) => string,
): string {
  const where =
    target === null
      ? '# a rule of a Role or ClusterRole'
      : target.resource === 'nodes'
        ? '# a rule of a ClusterRole (nodes are cluster-scoped)'
        : `# a rule of a Role in namespace ${visible(target.namespace ?? '')}`;
  // The yaml package writes control characters as escapes in double quotes: only its own line
  // breaks could be raw, and those are kept.
  return `${where}\n${stringify(rule).split('\n').map(visible).join('\n')}`;
}
