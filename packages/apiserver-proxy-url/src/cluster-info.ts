// Reading what `kubectl cluster-info` prints: `<name> is running at <link> [<link> ...]` lines.
import { AT_SIGN, CR, ESC, OPEN_BRACKET, SPACE, TILDE } from './chars.js';
import type { Diagnostic } from './diagnostics.js';
import { parseProxyUrl } from './parse.js';
import type { ProxyTarget } from './types.js';

/**
 * One link of `kubectl cluster-info` output.
 *
 * @example
 * // from 'CoreDNS is running at https://10.0.0.1/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy'
 * { name: 'CoreDNS', url: 'https://10.0.0.1/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy',
 *   target: { base: 'https://10.0.0.1', name: 'kube-dns', port: 'dns', ... },
 *   diagnostics: [{ code: 'missing-trailing-slash', ... }] }
 */
export interface ClusterInfoEntry {
  /** What kubectl names it: `Kubernetes control plane`, a Service's `kubernetes.io/name` label or its name. */
  name: string;
  /** The link as printed. */
  url: string;
  /** `null` for a link that is not a proxy URL: the control plane, a load balancer. */
  target: ProxyTarget | null;
  /** The parser's findings; a link that is not a proxy URL has no error. */
  diagnostics: Diagnostic[];
}

const MARK = ' is running at';

/**
 * Reads `kubectl cluster-info` output into one entry per link: a Service's proxy URL, the control
 * plane's address (`Kubernetes control plane`, or `Kubernetes master` before kubectl 1.20), or each
 * `http://<ip>:<port>` of a Service with a load balancer. ANSI colours (kubectl colours the output
 * on a terminal) and `\r\n` line ends are tolerated; other lines are ignored. Never throws.
 *
 * @example
 * parseClusterInfo(
 *   'Kubernetes control plane is running at https://104.197.5.247\n' +
 *     'kube-dns is running at https://104.197.5.247/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy\n',
 * ).map((e) => [e.name, e.target?.port ?? null]);
 * // [['Kubernetes control plane', null], ['kube-dns', 'dns']]
 */
export function parseClusterInfo(text: string): ClusterInfoEntry[] {
  const s = typeof text === 'string' ? text : String(text);
  const entries: ClusterInfoEntry[] = [];
  for (let from = 0; from <= s.length; ) {
    let to = s.indexOf('\n', from);
    if (to < 0) to = s.length;
    const line = plain(s, from, to);
    let mark = line.indexOf(MARK);
    // The mark ends at whitespace (kubectl prints a space; pasted text may hold a tab).
    while (mark >= 0 && line.charCodeAt(mark + MARK.length) > SPACE)
      mark = line.indexOf(MARK, mark + 1);
    if (mark > 0) {
      const name = line.slice(0, mark).trim();
      // A load balancer's links are separated (and ended) by spaces.
      for (let i = mark + MARK.length; i < line.length; ) {
        while (i < line.length && line.charCodeAt(i) <= SPACE) i++;
        let end = i;
        while (end < line.length && line.charCodeAt(end) > SPACE) end++;
        if (end > i) entries.push(entry(name, line.slice(i, end)));
        i = end;
      }
    }
    from = to + 1;
  }
  return entries;
}

function entry(name: string, url: string): ClusterInfoEntry {
  const { target, diagnostics } = parseProxyUrl(url);
  // The control plane and load balancers are links of their own, not broken proxy URLs.
  const kept = target ? diagnostics : diagnostics.filter((d) => d.code !== 'not-a-proxy-url');
  return { name, url, target, diagnostics: kept };
}

/**
 * `s[from, to)` without ANSI escape sequences (ESC `[` parameters, then a final byte) and carriage
 * returns, scanned rather than matched so that a stray ESC costs nothing.
 */
function plain(s: string, from: number, to: number): string {
  let out = '';
  let kept = from;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c !== ESC && c !== CR) continue;
    out += s.slice(kept, i);
    if (c === ESC && s.charCodeAt(i + 1) === OPEN_BRACKET) {
      i += 2;
      while (i < to && (s.charCodeAt(i) < AT_SIGN || s.charCodeAt(i) > TILDE)) i++;
    }
    kept = i + 1;
  }
  return out + s.slice(kept, to);
}
