// Every proxy link a cluster's objects allow, with the id the API server resolves for each port.
import { safeBuildProxyUrl } from '../build.js';
import type { Diagnostic, DiagnosticParams, ObjectCode } from '../diagnostics.js';
import { parseProxyUrl } from '../parse.js';
import type { IdScheme, ProxyResource, ProxyTarget } from '../types.js';
import { addObjectDiagnostic, portsParam } from './messages.js';
import {
  isTcp,
  type Kind,
  type ObjectPort,
  type ProxyObject,
  portScheme,
  readObjects,
} from './read.js';

/** One link from {@link linksFromObjects}: an object, one of its ports, and the URL that reaches it. */
export interface ObjectLink {
  kind: Kind;
  namespace: string | null;
  name: string;
  /** The port reached; `null` when the object has none to give. */
  port: ObjectPort | null;
  /** The scheme the API server uses to reach the port (`''`: http). */
  scheme: IdScheme;
  /** `null` when no URL reaches the port (ExternalName, UDP, a name the builder refuses). */
  url: string | null;
  target: ProxyTarget | null;
  diagnostics: Diagnostic[];
  /** Nodes: the kubelet's well-known paths through the same door. */
  examples?: string[];
}

/** What {@link linksFromObjects} can be told. */
export interface LinksOptions {
  /** Any base the builder accepts (`http://localhost:8001`, `https://host:6443`); default none. */
  base?: string | undefined;
  /** Appended after `/proxy` (default `/`). */
  path?: string | undefined;
  query?: string | undefined;
}

const resources: Record<Kind, ProxyResource> = {
  Service: 'services',
  Pod: 'pods',
  Node: 'nodes',
};

const kubeletPaths = ['/metrics', '/metrics/cadvisor', '/stats/summary', '/logs/', '/pods'];

function link(
  o: ProxyObject,
  port: ObjectPort | null,
  scheme: IdScheme,
  id: { scheme: IdScheme; port: string },
  options: LinksOptions,
  path = options.path,
): ObjectLink {
  const entry: ObjectLink = {
    kind: o.kind,
    namespace: o.namespace,
    name: o.name,
    port,
    scheme,
    url: null,
    target: null,
    diagnostics: [],
  };
  const built = safeBuildProxyUrl({
    base: options.base ?? '',
    resource: resources[o.kind],
    namespace: o.namespace,
    name: o.name,
    scheme: id.scheme,
    port: id.port,
    ...(path === undefined ? {} : { path }),
    ...(options.query === undefined ? {} : { query: options.query }),
  });
  if (!built.ok) {
    entry.diagnostics = built.diagnostics;
    return entry;
  }
  entry.url = built.url;
  entry.target = parseProxyUrl(built.url).target;
  return entry;
}

const refused = (o: ProxyObject, port: ObjectPort | null, d: Diagnostic[]): ObjectLink => ({
  kind: o.kind,
  namespace: o.namespace,
  name: o.name,
  port,
  scheme: '',
  url: null,
  target: null,
  diagnostics: d,
});

const diagnostic = (code: ObjectCode, params?: DiagnosticParams): Diagnostic[] => {
  const list: Diagnostic[] = [];
  addObjectDiagnostic(list, { code, params });
  return list;
};

/** The Service port as the id names it: its name, or nothing for a single unnamed port. */
export function servicePortId(o: ProxyObject, port: ObjectPort): string {
  if (port.name) return port.name;
  return o.ports.length === 1 ? '' : String(port.number ?? '');
}

/** A link per TCP port of `o`, its id's port written by `idPort`; a diagnostic for any other. */
function portLinks(
  o: ProxyObject,
  options: LinksOptions,
  out: ObjectLink[],
  idPort: (port: ObjectPort) => string,
): void {
  for (const port of o.ports) {
    if (isTcp(port)) {
      const scheme = portScheme(port);
      out.push(link(o, port, scheme, { scheme, port: idPort(port) }, options));
    } else {
      const params = { protocol: port.protocol ?? '' };
      out.push(refused(o, port, diagnostic('non-tcp-port', params)));
    }
  }
}

function serviceLinks(o: ProxyObject, options: LinksOptions, out: ObjectLink[]): void {
  if (o.type === 'ExternalName') {
    out.push(refused(o, null, diagnostic('external-name-service')));
    return;
  }
  if (o.ports.length === 0) {
    const params = { port: '', ports: portsParam(o) };
    out.push(refused(o, null, diagnostic('unknown-port', params)));
    return;
  }
  portLinks(o, options, out, (port) => servicePortId(o, port));
}

function podLinks(o: ProxyObject, options: LinksOptions, out: ObjectLink[]): void {
  if (o.ports.length === 0) {
    const entry = link(o, null, '', { scheme: '', port: '' }, options);
    entry.diagnostics.push(...diagnostic('no-container-port', { port: 80 }));
    out.push(entry);
    return;
  }
  // The API server puts a pod's port into the host as written: only a number works.
  portLinks(o, options, out, (port) => String(port.number ?? ''));
}

function nodeLinks(o: ProxyObject, options: LinksOptions, out: ObjectLink[]): void {
  const port = o.ports[0] as ObjectPort;
  // The kubelet's port: the API server uses the kubelet's own scheme (https) and credentials, so the
  // id says no scheme.
  const id = { scheme: '' as const, port: String(port.number) };
  const entry = link(o, port, 'https', id, options);
  if (entry.url) {
    entry.examples = kubeletPaths.flatMap((path) => {
      const example = link(o, port, 'https', id, { base: options.base ?? '' }, path).url;
      return example ? [example] : [];
    });
  }
  out.push(entry);
}

/**
 * Every proxy URL that Services, pods and nodes allow, one per port, from the objects as
 * `kubectl get -o json` prints them (a `List`, an array, or one object). A Service port's id is the
 * one the API server resolves: its name, or nothing for a single unnamed port; its scheme comes from
 * `appProtocol`, then a name `https`/`https-…`, then the number 443. Pods get one URL per container
 * port (by number: names are not resolved for pods); nodes get the kubelet's port and example paths.
 * ExternalName Services and UDP or SCTP ports get a diagnostic instead of a URL. Never throws.
 *
 * @example
 * linksFromObjects({ kind: 'Service', metadata: { name: 'web', namespace: 'shop' },
 *   spec: { ports: [{ name: 'https', port: 443 }, { name: 'metrics', port: 9090 }] } },
 *   { base: 'http://localhost:8001' }).map((l) => l.url);
 * // ['http://localhost:8001/api/v1/namespaces/shop/services/https:web:https/proxy/',
 * //  'http://localhost:8001/api/v1/namespaces/shop/services/web:metrics/proxy/']
 */
export function linksFromObjects(objects: unknown, options: LinksOptions = {}): ObjectLink[] {
  const out: ObjectLink[] = [];
  for (const o of readObjects(objects)) {
    if (o.kind === 'Service') serviceLinks(o, options, out);
    else if (o.kind === 'Pod') podLinks(o, options, out);
    else nodeLinks(o, options, out);
  }
  return out;
}
