// The English sentence of each diagnostic: what Kubernetes (or the client in front of it) will do.
// Kept apart from the logic so a translation can mirror it export by export; separate exports (imported
// as a namespace) let bundlers shorten the names. Terse on purpose: every byte
// ships in the main entry, the span already shows the text at fault, and the README explains each
// code at length.

const q = (s: string): string => JSON.stringify(s);
const LABEL = 'a DNS-1123 label (a-z, 0-9, "-"; alphanumeric ends; at most 63)';

export const notProxy = 'No services, pods or nodes proxy path here.';
export const noNamespace = 'No namespace: Services and pods live in one (namespaces/{ns}/).';
export const urlScheme = 'No client sends this scheme to the API server.';
export const legacy = 'The API server answers 404: this form went in 1.10.';
export const invalidBase = (why: string): string => `This base cannot precede /api/v1: ${why}.`;
export const nodeNamespace = 'Nodes have no namespace.';
export const wrongType = (field: string, type: string): string => `The ${field} must be a ${type}.`;
export const invalidResource = 'Only services, pods and nodes have a proxy.';
export const invalidId = 'The API server answers 400: an id is [scheme:]name[:port].';
export const joinRefused = 'The API server would split this id differently.';
export const badScheme = 'The API server answers 400: the scheme is http or https.';
export const badEscape = (utf8: boolean): string =>
  utf8
    ? 'The API server matches no name: this is not UTF-8.'
    : 'The API server answers 400 to a bad "%" escape.';
export const encodedSlashInName = 'The API server decodes %2F and finds no route.';
export const invalidNamespace = `The API server refuses this namespace: it must be ${LABEL}.`;
export const invalidName = (resource: string): string =>
  `The API server refuses this name: it must be ${
    resource === 'services'
      ? `${LABEL.replace('1123', '1035').replace('alphanumeric ends', 'a letter first')}`
      : 'a DNS-1123 subdomain (labels joined by "."; at most 253)'
  }.`;
export const portRange = 'The API server needs a port from 1 to 65535.';
export const servicePortName = `No Service port has this name: it must be ${LABEL}.`;
export const nodePortName = 'The API server answers 500: a node port must be plain digits.';
export const pathEscapes = (cleaner: string, where: string): string =>
  `${cleaner === 'browser' ? 'A browser' : `kubectl proxy${cleaner === 'kubectl' ? '' : ' up to 1.29'}`} sends this to ${q(where)}, outside the proxy.`;
export const schemeAsName = (fixed: string): string =>
  `The API server reads two parts as name:port, not scheme:name; write ${q(fixed)}.`;
export const missingSlash = 'The API server answers GET and HEAD with a 301 to /proxy/.';
export const namedPodPort = 'The API server answers 500: a pod port must be plain digits.';
export const portFormat = (value: number): string => `The API server reads this port as ${value}.`;
export const schemePort = 'The scheme does not fit the port: http to https or https to http.';
export const kubeletScheme = "The API server uses the kubelet's scheme here.";
export const dotSegment = (decodedOnly: boolean, cleaned: string): string =>
  decodedOnly
    ? 'The API server decodes %2F, then removes dot segments.'
    : `Clients remove dot segments: the backend gets ${q(cleaned)}.`;
export const doubleSlash = (viaKubectlProxy: boolean): string =>
  viaKubectlProxy
    ? 'kubectl proxy answers 301 to the path without "//"; the API server collapses it.'
    : 'The API server collapses "//".';
export const encodedSlash = 'The API server decodes %2F: the backend gets "/".';
export const encodedQuery = 'The backend gets %3F in its path, not a query.';
export const backslash = (raw: boolean): string =>
  raw ? 'Browsers send "\\" as "/".' : 'The backend gets a backslash, not "/".';
export const rejectedPath = 'kubectl proxy answers 403 to exec and attach.';
export const rejectedHost = (refused: boolean): string =>
  refused
    ? 'kubectl proxy listens on 127.0.0.1: the connection is refused. Use localhost.'
    : 'kubectl proxy answers 403 to this host: use localhost.';
export const dryRun = 'The API server answers 400: dryRun is not supported.';
export const pathQuery = 'The API server ignores this path key.';
export const leadingDigit = 'Older API servers refuse a leading digit.';
export const credentials = 'The API server refuses passwords; this one leaks.';
export const insecure = 'This sends the token unencrypted.';
export const encodedColon = 'The API server decodes %3A to ":".';
export const emptyPort = 'Without a port the API server reaches only an unnamed Service port.';
export const redundantColon = (shortest: string): string =>
  `The API server reads this id as ${q(shortest)}.`;
export const whitespace = 'Browsers drop this whitespace.';
export const pastedCommand = 'This is a command, not a URL.';
export const spaceInUrl = 'curl and Go refuse a raw space; browsers send it as %20.';
export const control = 'curl and Go refuse a raw control character.';
export const missingScheme = 'Without "http://" this is a path or a scheme.';
export const protocolRelative = (host: string): string =>
  `Browsers send this to the host ${q(host)}.`;
export const routeDiffers = (a: string, b: string): string => `Clients disagree: ${a}; ${b}.`;
export const hiddenRoute = (reached: string, missed: string): string =>
  `The API server routes this to ${reached} once decoded and cleaned${missed ? `; ${missed} get 404` : ''}.`;
export const noRoute = 'No client reaches this proxy.';
