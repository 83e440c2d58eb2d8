// What the Cluster objects mode shows, made from the library's answers: the links grouped by
// object, a filter over them, and which port a URL reaches. No rule of Kubernetes is decided here:
// `linksFromObjects` says which ports have a URL and what it is, `resolveProxyTarget` which port a
// URL reaches; this file only arranges their results for display.
import type { ObjectLink, ProxyTarget, ResolvedTarget } from 'apiserver-proxy-url';
import type { ComponentType } from 'react';

export type Kind = ObjectLink['kind'];
export const kinds: readonly Kind[] = ['Service', 'Pod', 'Node'];

/** One object and its links, in the order `linksFromObjects` gave them. */
export interface ObjectGroup {
  /** Unique in the list, also when the same object was pasted twice. */
  key: string;
  kind: Kind;
  namespace: string | null;
  name: string;
  links: ObjectLink[];
}

/** The links, one group per object (the library gives an object's links one after another). */
export function groupLinks(links: readonly ObjectLink[]): ObjectGroup[] {
  const groups: ObjectGroup[] = [];
  let last: ObjectGroup | undefined;
  for (const link of links) {
    if (
      last &&
      last.kind === link.kind &&
      last.namespace === link.namespace &&
      last.name === link.name
    ) {
      last.links.push(link);
      continue;
    }
    last = {
      key: `${groups.length}:${link.kind}/${link.namespace ?? ''}/${link.name}`,
      kind: link.kind,
      namespace: link.namespace,
      name: link.name,
      links: [link],
    };
    groups.push(last);
  }
  return groups;
}

/** How many objects of each kind. */
export function countKinds(groups: readonly ObjectGroup[]): Record<Kind, number> {
  const counts: Record<Kind, number> = { Service: 0, Pod: 0, Node: 0 };
  for (const g of groups) counts[g.kind]++;
  return counts;
}

/** `namespace/name`, or the name alone for a node. */
export const objectPath = (o: { namespace: string | null; name: string }): string =>
  o.namespace === null ? o.name : `${o.namespace}/${o.name}`;

/**
 * The groups whose kind, namespace, name or a port's name or number hold every word of `query`
 * (case-insensitive); all of them for an empty query.
 */
export function filterGroups(groups: readonly ObjectGroup[], query: string): ObjectGroup[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...groups];
  return groups.filter((g) => {
    const ports = g.links.flatMap((l) =>
      l.port ? [l.port.name ?? '', String(l.port.number ?? '')] : [],
    );
    const haystack = [g.kind, objectPath(g), ...ports].join(' ').toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

/** A port as the page shows it: what its object says, nothing assumed. */
export interface PortView {
  name?: string;
  number?: number;
  protocol?: string;
  appProtocol?: string;
}

/** `metrics (9153/TCP)`, `80/TCP`, `https (8443)`: the port's name, number and protocol as given. */
export function portText(port: PortView): string {
  const number =
    port.number === undefined
      ? ''
      : port.protocol
        ? `${port.number}/${port.protocol}`
        : String(port.number);
  if (!port.name) return number;
  return number === '' ? port.name : `${port.name} (${number})`;
}

type Json = Record<string, unknown>;
const record = (v: unknown): Json | null =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : null;
const text = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

/**
 * The port `resolveProxyTarget` found, for display: the library returns the port as its object
 * wrote it (a Service's `port`, a container's `containerPort`, a node's `Port`).
 */
export function portView(source: unknown): PortView | null {
  const p = record(source);
  if (!p) return null;
  const view: PortView = {};
  const name = text(p.name);
  if (name) view.name = name;
  const number = [p.port, p.containerPort, p.Port].find((n) => typeof n === 'number');
  if (typeof number === 'number') view.number = number;
  const protocol = text(p.protocol);
  if (protocol) view.protocol = protocol;
  const appProtocol = text(p.appProtocol);
  if (appProtocol) view.appProtocol = appProtocol;
  return view;
}

/**
 * What the URL box says about the pasted objects:
 * - `reaches`: the port the API server picks, with no error (warnings may remain);
 * - `fails`: an error (no such port, ExternalName, UDP): the request does not reach the port named;
 * - `not-found`: the object is not among those pasted;
 * - `unlisted`: the object is there, but the port it reaches is not one the objects list (a pod
 *   without container ports, another port of a node).
 */
export type ReachStatus = 'reaches' | 'fails' | 'not-found' | 'unlisted';

export interface Reach {
  status: ReachStatus;
  port: PortView | null;
  /** Warnings from the objects (an `https:` on a port that speaks http). */
  warnings: number;
}

/** The reach of a `resolveProxyTarget` answer; `null` when the URL names no object at all. */
export function reachOf(resolved: ResolvedTarget): Reach | null {
  const { diagnostics } = resolved;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const port = resolved.port === null ? null : portView(resolved.port);
  if (diagnostics.some((d) => d.code === 'object-not-found')) {
    return { status: 'not-found', port: null, warnings: 0 };
  }
  if (resolved.object === null) return null;
  if (diagnostics.some((d) => d.severity === 'error')) return { status: 'fails', port, warnings };
  return { status: port ? 'reaches' : 'unlisted', port, warnings };
}

/** What the page keeps of pasted objects for the URL mode: never their text in the address. */
export interface PastedObjects {
  /** The objects as read (a value for the library; may hold anything the paste held). */
  objects: unknown;
  /** How many Services, pods and nodes the library found in them. */
  count: number;
  /**
   * `resolveProxyTarget` against these objects. Handed over by the mode's chunk with the component
   * below, so the URL mode checks against the objects without loading their code with the page.
   */
  resolve: (url: string) => ResolvedTarget;
  /** What the URL box says about them (`ObjectsReach`). */
  Reach: ComponentType<ReachProps>;
}

/** The props of `PastedObjects['Reach']`. */
export interface ReachProps {
  /** The URL's target, as the page parsed it; `null` when it is not a proxy URL. */
  target: ProxyTarget | null;
  /** `resolve` of the URL. */
  resolved: ResolvedTarget;
  /** Shows a mode: the Cluster objects mode, for "Show the objects". */
  onMode: (mode: 'objects') => void;
}
