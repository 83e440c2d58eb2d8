// Reading Kubernetes objects as `kubectl get -o json` prints them (or as YAML parsers return them):
// only the fields the proxy uses, each checked for its type, since the input is anyone's JSON.
import type { IdScheme } from '../types.js';

export type Kind = 'Service' | 'Pod' | 'Node';

/** A port as the proxy sees it: a Service port, a container port or the kubelet's. */
export interface ObjectPort {
  name?: string;
  number?: number;
  protocol?: string;
  appProtocol?: string;
}

/** A Service, pod or node: what the proxy needs of it, and the object itself. */
export interface ProxyObject {
  kind: Kind;
  namespace: string | null;
  name: string;
  /** Services: `spec.type`. */
  type?: string;
  /** Service ports; a pod's container ports in order; a node's kubelet port. */
  ports: ObjectPort[];
  object: unknown;
  /** Each port's source object, in the same order. */
  sources: unknown[];
}

type Json = Record<string, unknown>;
const record = (v: unknown): Json | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined;
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** A port from its object: `{ name, port | containerPort | Port, protocol, appProtocol }`. */
function readPort(v: unknown, numberKey: string): ObjectPort | undefined {
  const p = record(v);
  if (!p) return undefined;
  const port: ObjectPort = {};
  const name = text(p.name);
  if (name) port.name = name;
  const number = p[numberKey];
  if (typeof number === 'number' && Number.isInteger(number)) port.number = number;
  const protocol = text(p.protocol);
  if (protocol) port.protocol = protocol;
  const appProtocol = text(p.appProtocol);
  if (appProtocol) port.appProtocol = appProtocol;
  return port;
}

function readObject(v: Json, kind: Kind, found: ProxyObject[]): void {
  const metadata = record(v.metadata);
  const name = text(metadata?.name);
  if (!name) return;
  const spec = record(v.spec);
  const ports: ObjectPort[] = [];
  const sources: unknown[] = [];
  const add = (source: unknown, key: string): void => {
    const port = readPort(source, key);
    if (port) {
      ports.push(port);
      sources.push(source);
    }
  };
  if (kind === 'Service') {
    for (const p of list(spec?.ports)) add(p, 'port');
  } else if (kind === 'Pod') {
    for (const c of list(spec?.containers))
      for (const p of list(record(c)?.ports)) add(p, 'containerPort');
  } else {
    const kubelet = record(record(record(v.status)?.daemonEndpoints)?.kubeletEndpoint);
    add(
      kubelet && typeof kubelet.Port === 'number' && kubelet.Port > 0 ? kubelet : { Port: 10250 },
      'Port',
    );
  }
  const object: ProxyObject = {
    kind,
    namespace: kind === 'Node' ? null : (text(metadata?.namespace) ?? 'default'),
    name,
    ports,
    object: v,
    sources,
  };
  const type = text(spec?.type);
  if (type) object.type = type;
  found.push(object);
}

function collect(v: unknown, hint: string | undefined, found: ProxyObject[], depth: number): void {
  if (depth > 8) return;
  if (Array.isArray(v)) {
    for (const item of v) collect(item, hint, found, depth + 1);
    return;
  }
  const o = record(v);
  if (!o) return;
  const kind = text(o.kind) ?? hint;
  if (Array.isArray(o.items)) {
    // `List`, or `ServiceList` from the API, whose items carry no kind.
    const itemKind = kind?.endsWith('List') && kind !== 'List' ? kind.slice(0, -4) : undefined;
    collect(o.items, itemKind, found, depth + 1);
  } else if (kind === 'Service' || kind === 'Pod' || kind === 'Node') {
    readObject(o, kind, found);
  }
}

/** The Services, pods and nodes in a `List`, an array, or one object; anything else is skipped. */
export function readObjects(objects: unknown): ProxyObject[] {
  const found: ProxyObject[] = [];
  collect(objects, undefined, found, 0);
  return found;
}

/**
 * The scheme a port speaks, as far as its object says: `appProtocol` first (`https`,
 * `kubernetes.io/wss`), then a name `https` or `https-…`, then the well-known number 443.
 */
export function portScheme(port: ObjectPort): IdScheme {
  const app = port.appProtocol?.toLowerCase();
  if (app === 'https' || app === 'kubernetes.io/wss') return 'https';
  if (app === 'http' || app === 'kubernetes.io/h2c' || app === 'kubernetes.io/ws') return '';
  const name = port.name ?? '';
  if (name === 'https' || name.startsWith('https-')) return 'https';
  return port.number === 443 ? 'https' : '';
}

/** Whether the proxy can speak to the port: it proxies HTTP over TCP (the default protocol). */
export const isTcp = (port: ObjectPort): boolean =>
  port.protocol === undefined || port.protocol.toUpperCase() === 'TCP';
