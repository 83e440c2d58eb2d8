// The English sentence of each diagnostic: what Kubernetes (or the client in front of it) will do.
// Kept apart from the logic so a translation can mirror it key by key. Terse on purpose: every byte
// ships in the main entry, the span already shows the text at fault, and the README explains each
// code at length.

const q = (s: string): string => JSON.stringify(s);
const LABEL = 'a DNS-1123 label (a-z, 0-9, "-"; alphanumeric ends; at most 63)';

export const messages = {
  notProxy: 'No services, pods or nodes proxy path here.',
  urlScheme: 'No client sends this scheme to the API server.',
  legacy: 'The API server answers 404: this form was removed in 1.10.',
  invalidBase: (why: string): string => `This base cannot precede /api/v1: ${why}.`,
  nodeNamespace: 'Nodes have no namespace.',
  wrongType: (field: string, type: string): string => `The ${field} must be a ${type}.`,
  invalidResource: 'Only services, pods and nodes have a proxy.',
  invalidId: 'The API server answers 400: an id is name, name:port or scheme:name:port.',
  joinRefused: 'The API server would split this id differently.',
  badScheme: 'The API server answers 400: the scheme must be http, https or none.',
  badEscape: (utf8: boolean): string =>
    utf8
      ? 'The API server matches no name: this is not UTF-8.'
      : 'The API server answers 400 to a "%" without two hex digits.',
  encodedSlashInName: 'The API server decodes %2F to "/" and finds no route.',
  invalidNamespace: `The API server refuses this namespace: it must be ${LABEL}.`,
  invalidName: (resource: string): string =>
    `The API server refuses this name: it must be ${
      resource === 'services'
        ? `${LABEL.replace('1123', '1035').replace('alphanumeric ends', 'a letter first')}`
        : 'a DNS-1123 subdomain (labels joined by "."; at most 253)'
    }.`,
  portRange: 'The API server needs a port from 1 to 65535.',
  servicePortName: `No Service port has this name: it must be ${LABEL}.`,
  nodePortName: 'The API server answers 500: a node port must be plain digits.',
  pathEscapes: (cleaner: string, where: string): string =>
    `${cleaner === 'browser' ? 'A browser' : cleaner === 'kubectl' ? 'kubectl proxy' : 'kubectl proxy up to 1.29 (it decodes first)'} sends this to ${q(where)}, outside the proxy.`,
  schemeAsName: (fixed: string): string =>
    `The API server reads two parts as name:port, not scheme:name; write ${q(fixed)}.`,
  missingSlash: 'The API server answers GET and HEAD with a 301 to /proxy/.',
  namedPodPort: 'The API server answers 500: a pod port must be plain digits.',
  portFormat: (value: number): string => `The API server reads this port as ${value}.`,
  schemePort: 'The scheme does not fit the port: http to https or https to http.',
  kubeletScheme: "The API server uses the kubelet's own scheme on this port.",
  dotSegment: (decodedOnly: boolean, cleaned: string): string =>
    decodedOnly
      ? 'The API server decodes %2F, then removes these dot segments.'
      : `Browsers and kubectl proxy remove dot segments: the backend gets ${q(cleaned)}.`,
  doubleSlash: (viaKubectlProxy: boolean): string =>
    viaKubectlProxy
      ? 'kubectl proxy answers 301 to the path without "//"; the API server collapses it.'
      : 'The API server collapses "//" before the backend sees it.',
  encodedSlash: 'The API server decodes %2F: the backend gets "/".',
  encodedQuery: 'The backend gets %3F in its path, not a query.',
  backslash: (raw: boolean): string =>
    raw ? 'Browsers send "\\" as "/".' : 'The backend gets a backslash, not "/".',
  rejectedPath: 'kubectl proxy answers 403: --reject-paths matches exec and attach.',
  rejectedHost: (refused: boolean): string =>
    refused
      ? 'kubectl proxy listens on 127.0.0.1: the connection is refused. Use localhost.'
      : 'kubectl proxy answers 403 to this host: use localhost.',
  dryRun: 'The API server answers 400: dryRun is not supported.',
  pathQuery: 'The API server ignores this path key.',
  leadingDigit: 'Older API servers refuse a leading digit.',
  credentials: 'The API server refuses passwords, and this one leaks.',
  insecure: 'This sends the token unencrypted.',
  encodedColon: 'The API server decodes %3A to ":"; kubectl writes ":".',
  emptyPort: 'Without a port the API server reaches only an unnamed Service port.',
  redundantColon: (shortest: string): string => `The API server reads this id as ${q(shortest)}.`,
  whitespace: 'Browsers drop this whitespace; scripts may not.',
  pastedCommand: 'This is a command, not a URL: the fix is the URL inside it.',
  spaceInUrl: 'curl and Go clients refuse a raw space; browsers send %20.',
  control: 'Go clients and curl refuse a raw control character; browsers delete tabs and newlines.',
  missingScheme: 'Without "http://", clients read this as a path or a scheme: write the scheme.',
  protocolRelative: (host: string): string =>
    `Browsers send this to the host ${q(host)}, not to the page's server.`,
  routeDiffers: (a: string, b: string): string => `Clients disagree: ${a}; ${b}.`,
  hiddenRoute: (reached: string, missed: string): string =>
    `The API server routes this to ${reached} once decoded and cleaned${missed ? `; ${missed} get 404` : ''}: write the route plainly.`,
  noRoute: 'No client reaches this proxy: it holds a broken escape or an encoded "/".',
};
