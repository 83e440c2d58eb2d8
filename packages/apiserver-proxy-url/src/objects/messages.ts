// The English sentences of the objects-only diagnostics (linksFromObjects, resolveProxyTarget), keyed
// by code like ../messages.ts's. Kept beside the code that uses them: a bundle that loads these two
// functions on demand (the playground's Cluster objects mode) then keeps their sentences out of its
// first chunk, since a module shared by two chunks goes whole into the one loaded first.
import {
  addWithMessage,
  type Diagnostic,
  type DiagnosticInit,
  type ObjectCode,
} from '../diagnostics.js';
import type { Sentence } from '../messages.js';
import type { ProxyObject } from './read.js';

const q = (s: string | number | undefined): string => JSON.stringify(s);

/** A Service's ports for `unknown-port`'s params: `name:number` or `number`, comma-separated. */
export const portsParam = (o: ProxyObject): string =>
  o.ports.map((p) => (p.name ? `${p.name}:${p.number}` : String(p.number))).join(',');

/** `"http" (80), an unnamed 8080`, or `no ports`. */
const describe = (ports = ''): string =>
  ports
    ? ports
        .split(',')
        .map((p) => {
          const colon = p.lastIndexOf(':');
          return colon < 0 ? `an unnamed ${p}` : `${q(p.slice(0, colon))} (${p.slice(colon + 1)})`;
        })
        .join(', ')
    : 'no ports';

export const objectMessages: Record<ObjectCode, Sentence> = {
  'unknown-port': ({ port, ports }) =>
    port
      ? `The API server answers 503: the Service has no port ${q(port)} (it has ${describe(ports)}).`
      : `The API server answers 503: without a port it reaches only an unnamed port (this Service has ${describe(ports)}).`,
  'external-name-service': 'The API server answers 503: an ExternalName Service has no endpoints.',
  'non-tcp-port': ({ protocol }) => `The API server proxies HTTP over TCP, not ${protocol}.`,
  'port-scheme-differs': ({ scheme }) =>
    `This port speaks ${scheme}: the API server would connect with the other scheme.`,
  'object-not-found': ({ kind, name, namespace }) =>
    `No ${kind} ${name}${namespace === undefined ? '' : ` in ${namespace}`} among the objects given.`,
  'no-container-port': ({ port }) =>
    `The pod declares no container port: the API server connects to port ${port}.`,
};

/** Adds an objects-only diagnostic, its message from its code and params. */
export const addObjectDiagnostic = (list: Diagnostic[], d: DiagnosticInit<ObjectCode>): void =>
  addWithMessage(list, d, objectMessages[d.code]);
