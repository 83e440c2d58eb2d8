// Which port a URL really reaches, once the objects are known: the certainty behind the parser's
// `empty-port-unnamed-only` guess.
import type { Diagnostic, DiagnosticParams, ObjectCode } from '../diagnostics.js';
import { shortestId } from '../id.js';
import { portNumber } from '../names.js';
import { parseProxyUrl } from '../parse.js';
import type { IdScheme, ProxyTarget, Span } from '../types.js';
import { servicePortId } from './links.js';
import { addObjectDiagnostic, portsParam } from './messages.js';
import { isTcp, type ObjectPort, type ProxyObject, portScheme, readObjects } from './read.js';

/** What {@link resolveProxyTarget} returns. */
export interface ResolvedTarget {
  /** The Service, pod or node object the URL names, as given; `null` when none is given. */
  object: unknown | null;
  /** The port object it reaches (a Service port, a container port); `null` when none. */
  port: unknown | null;
  /** What the objects add to the parser's diagnostics (these only), with fixes to the right id. */
  diagnostics: Diagnostic[];
}

const kinds = { services: 'Service', pods: 'Pod', nodes: 'Node' } as const;

/**
 * Says which Service port (or container port, or kubelet) a proxy URL reaches among the objects
 * (as {@link linksFromObjects} takes them), or why it reaches none: a port the Service does not have,
 * no port on a Service whose ports are named, an ExternalName Service, a UDP port, or `https:` on a
 * port that speaks http. Each diagnostic points into the URL and, where one exists, fixes the id.
 *
 * @example
 * const svc = { kind: 'Service', metadata: { name: 'web', namespace: 'shop' },
 *   spec: { ports: [{ name: 'http', port: 80 }] } };
 * resolveProxyTarget('/api/v1/namespaces/shop/services/web/proxy/', svc).diagnostics[0].fix;
 * // '/api/v1/namespaces/shop/services/web:http/proxy/'
 * resolveProxyTarget('/api/v1/namespaces/shop/services/web:80/proxy/', svc).port; // { name: 'http', port: 80 }
 */
export function resolveProxyTarget(url: string, objects: unknown): ResolvedTarget {
  const { target, parts } = parseProxyUrl(url);
  const diagnostics: Diagnostic[] = [];
  const none = { object: null, port: null, diagnostics };
  if (!target) return none;
  const s = String(url);
  const idSpan: Span = parts.id ?? [0, 0];
  const add = (
    code: ObjectCode,
    params?: DiagnosticParams,
    fix?: { scheme: IdScheme; port: string },
  ) => {
    const text = fix && shortestId(fix.scheme, s.slice(...(parts.name ?? idSpan)), fix.port);
    const fixed =
      text === undefined ? undefined : s.slice(0, idSpan[0]) + text + s.slice(idSpan[1]);
    const [start, end] = idSpan;
    addObjectDiagnostic(diagnostics, { code, params, start, end, fix: fixed?.trim() });
  };
  const kind = kinds[target.resource];
  const o = readObjects(objects).find(
    (x) => x.kind === kind && x.name === target.name && x.namespace === target.namespace,
  );
  if (!o) {
    const { name, namespace } = target;
    add('object-not-found', namespace === null ? { kind, name } : { kind, name, namespace });
    return none;
  }
  const index = findPort(o, target);
  const port = index < 0 ? undefined : (o.ports[index] as ObjectPort);
  const result = { object: o.object, port: index < 0 ? null : o.sources[index], diagnostics };
  if (o.kind === 'Service' && o.type === 'ExternalName') {
    add('external-name-service');
  } else if (!port) {
    if (o.kind === 'Service') {
      // The one port there is, when there is only one, is what the URL meant.
      const only = o.ports.length === 1 ? (o.ports[0] as ObjectPort) : undefined;
      const fix = only && { scheme: portScheme(only), port: servicePortId(o, only) };
      add('unknown-port', { port: target.port, ports: portsParam(o) }, fix);
    } else if (o.kind === 'Pod' && target.port === '') {
      add('no-container-port', { port: target.scheme === 'https' ? 443 : 80 });
    }
  } else if (!isTcp(port)) {
    // kube-dns has `dns` on 53/UDP and `dns-tcp` on 53/TCP: the API server maps 53 to the first,
    // so the fix names the TCP one.
    const tcp =
      o.kind === 'Service' ? o.ports.find((p) => p.number === port.number && isTcp(p)) : undefined;
    const fix = tcp && { scheme: portScheme(tcp), port: servicePortId(o, tcp) };
    add('non-tcp-port', { protocol: port.protocol ?? '' }, fix);
  } else if (o.kind !== 'Node') {
    const speaks = portScheme(port);
    if ((speaks === 'https') !== (target.scheme === 'https')) {
      add(
        'port-scheme-differs',
        { scheme: speaks || 'http' },
        {
          scheme: speaks,
          port: target.port,
        },
      );
    }
  }
  return result;
}

/** The index of the port the API server picks for the URL's port, or -1. */
function findPort(o: ProxyObject, target: ProxyTarget): number {
  const { port } = target;
  if (o.kind === 'Node') {
    // The kubelet's port, or no port: the kubelet. Another port is another server on the node.
    return port === '' || port === String(o.ports[0]?.number) ? 0 : -1;
  }
  if (o.kind === 'Pod') {
    // No port: the first container port declared.
    if (port === '') return o.ports.length > 0 ? 0 : -1;
    return o.ports.findIndex((p) => String(p.number) === port);
  }
  // A number is looked up among spec.ports[].port and replaced by that port's name; an empty port
  // is the unnamed port's "name".
  const number = portNumber(port);
  if (number !== undefined) return o.ports.findIndex((p) => p.number === number);
  return o.ports.findIndex((p) => (p.name ?? '') === port);
}
