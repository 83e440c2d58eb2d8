// The English sentence of each diagnostic, keyed by its code: what Kubernetes (or the client in
// front of it) will do. A sentence comes from its code and the diagnostic's `params` only, so no
// caller can pair a code with another code's sentence, and a translation that reads the same params
// says as much. Terse on purpose: every byte ships in the main entry, the span already shows the
// text at fault, and the README explains each code at length. The objects-only codes have theirs in
// objects/messages.ts, which loads with those functions.
import { SLASH } from './chars.js';
import type { DiagnosticParams, ParserCode } from './diagnostics.js';

/** A sentence, or a function of the params for one that states facts. */
export type Sentence = string | ((p: DiagnosticParams) => string);

const q = (s: string | number | undefined): string => JSON.stringify(s);

/** `it must be a DNS-1123 label (a-z, 0-9, "-"; alphanumeric ends; at most 63).`, from a rule's params. */
const mustBe = ({ rule = '', allowed, max }: DiagnosticParams): string =>
  `it must be a ${rule} (${rule.endsWith('subdomain') ? 'labels joined by "."' : `${allowed}; ${rule.includes('1035') ? 'a letter first' : 'alphanumeric ends'}`}; at most ${max}).`;

const bases: Record<string, string> = {
  host: 'browsers refuse its host or port',
  shape: 'it is not a "/path" or a scheme://host URL',
  path: 'browsers would change its path',
  escape: 'it escapes a character that needs no escape',
  api: 'it holds /api/v1/',
};

const old = 'kubectl proxy up to 1.29';
/** Who reads a path which way (`route.ts`'s readings). */
const readers: Record<string, string> = {
  go: 'Go clients and curl',
  browser: 'browsers',
  kubectl: 'kubectl proxy',
  'kubectl-old': old,
  'browser-kubectl-old': `browsers through ${old}`,
};
const kinds: Record<string, string> = { services: 'Service', pods: 'pod', nodes: 'node' };

/** `Service ns/web` for `services ns/web`; an API path (`/api/v1/…`) is not a proxy. */
const reach = (r = ''): string =>
  r.charCodeAt(0) === SLASH
    ? `${q(r)}, not a proxy`
    : r.replace(/^\w+/, (resource) => kinds[resource] as string);

export const english: Record<ParserCode, Sentence> = {
  'not-a-proxy-url': ({ reason }) =>
    reason === 'no-namespace'
      ? 'No namespace: Services and pods live in one (namespaces/{ns}/).'
      : reason === 'no-route'
        ? 'No client reaches this proxy.'
        : 'No services, pods or nodes proxy path here.',
  'unsupported-url-scheme': 'No client sends this scheme to the API server.',
  'legacy-proxy-path': 'The API server answers 404: this form went in 1.10.',
  'invalid-base': ({ reason = '' }) => `This base cannot precede /api/v1: ${bases[reason]}.`,
  'invalid-resource': 'Only services, pods and nodes have a proxy.',
  'invalid-input': ({ field }) =>
    `The ${field} must be a ${field === 'port' ? 'string or number' : field === 'query' ? 'string, record or URLSearchParams' : 'string'}.`,
  'invalid-id': ({ reason }) =>
    reason === 'join'
      ? 'The API server would split this id differently.'
      : 'The API server answers 400: an id is [scheme:]name[:port].',
  'invalid-scheme': 'The API server answers 400: the scheme is http or https.',
  'bad-percent-encoding': ({ reason }) =>
    reason === 'utf8'
      ? 'The API server matches no name: this is not UTF-8.'
      : 'The API server answers 400 to a bad "%" escape.',
  'encoded-slash-in-name': 'The API server decodes %2F and finds no route.',
  'invalid-namespace': (p) =>
    p.reason === 'node'
      ? 'Nodes have no namespace.'
      : `The API server refuses this namespace: ${mustBe(p)}`,
  'invalid-name': (p) => `The API server refuses this name: ${mustBe(p)}`,
  'invalid-port': (p) =>
    p.reason === 'name'
      ? `No Service port has this name: ${mustBe(p)}`
      : p.reason === 'node'
        ? 'The API server answers 500: a node port must be plain digits.'
        : 'The API server needs a port from 1 to 65535.',
  'path-escapes-proxy': ({ cleaner, path }) =>
    `${cleaner === 'browser' ? 'A browser' : `kubectl proxy${cleaner === 'kubectl' ? '' : ' up to 1.29'}`} sends this to ${q(path)}, outside the proxy.`,
  'scheme-parsed-as-name': ({ id }) =>
    `The API server reads two parts as name:port, not scheme:name; write ${q(id)}.`,
  'missing-trailing-slash': 'The API server answers GET and HEAD with a 301 to /proxy/.',
  'named-pod-port': 'The API server answers 500: a pod port must be plain digits.',
  'port-number-format': ({ port }) => `The API server reads this port as ${port}.`,
  'scheme-port-mismatch': 'The scheme does not fit the port: http to https or https to http.',
  'kubelet-port-scheme-ignored': "The API server uses the kubelet's scheme here.",
  'dot-segment-in-path': ({ reason, path }) =>
    reason === 'decoded'
      ? 'The API server decodes %2F, then removes dot segments.'
      : `Clients remove dot segments: the backend gets ${q(path)}.`,
  'double-slash-in-path': ({ reason }) =>
    reason === 'kubectl-proxy'
      ? 'kubectl proxy answers 301 to the path without "//"; the API server collapses it.'
      : 'The API server collapses "//".',
  'encoded-slash-in-path': 'The API server decodes %2F: the backend gets "/".',
  'encoded-query-in-path': 'The backend gets %3F in its path, not a query.',
  'backslash-in-path': ({ reason }) =>
    reason === 'escaped' ? 'The backend gets a backslash, not "/".' : 'Browsers send "\\" as "/".',
  'kubectl-proxy-rejects-path': 'kubectl proxy answers 403 to exec and attach.',
  'kubectl-proxy-rejects-host': ({ reason }) =>
    reason === 'refused'
      ? 'kubectl proxy listens on 127.0.0.1: the connection is refused. Use localhost.'
      : 'kubectl proxy answers 403 to this host: use localhost.',
  'dry-run-query': 'The API server answers 400: dryRun is not supported.',
  'path-query-ignored': 'The API server ignores this path key.',
  'service-name-leading-digit': 'Older API servers refuse a leading digit.',
  'credentials-in-url': 'The API server refuses passwords; this one leaks.',
  'insecure-remote-base': 'This sends the token unencrypted.',
  'encoded-colon': 'The API server decodes %3A to ":".',
  'empty-port-unnamed-only': 'Without a port the API server reaches only an unnamed Service port.',
  'redundant-colon': ({ id }) => `The API server reads this id as ${q(id)}.`,
  'surrounding-whitespace': 'Browsers drop this whitespace.',
  'pasted-command': 'This is a command, not a URL.',
  'space-in-url': 'curl and Go refuse a raw space; browsers send it as %20.',
  'control-character': 'curl and Go refuse a raw control character.',
  'missing-url-scheme': 'Without "http://" this is a path or a scheme.',
  'protocol-relative-url': ({ host }) => `Browsers send this to the host ${q(host)}.`,
  'route-differs': (p) =>
    `Clients disagree: ${readers[p.reader ?? '']} reach ${reach(p.reached)}; ${readers[p.otherReader ?? '']} reach ${reach(p.otherReached)}.`,
  'hidden-route': ({ reached, missed }) =>
    `The API server routes this to ${reach(reached)} once decoded and cleaned${
      missed
        ? `; ${missed
            .split(',')
            .map((r) => readers[r])
            .join(', ')} get 404`
        : ''
    }.`,
};
