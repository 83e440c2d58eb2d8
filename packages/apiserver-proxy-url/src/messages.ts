// The English sentence of each diagnostic: what Kubernetes (or the client in front of it) will do.
// Kept apart from the logic so a translation can mirror this file key by key.

const q = (s: string): string => JSON.stringify(s);
const resourceNoun = { services: 'Service', pods: 'pod', nodes: 'node' } as const;
type Resource = keyof typeof resourceNoun;

export const messages = {
  notProxy: (): string =>
    'No /api/v1/namespaces/{namespace}/services|pods/{id}/proxy or /api/v1/nodes/{id}/proxy path was found, so this URL does not reach the API server proxy.',
  urlScheme: (scheme: string): string =>
    `The URL scheme ${q(scheme)} is not http, https, ws or wss, so no client sends this URL to the API server.`,
  legacy: (): string =>
    'The /api/v1/proxy/... form was removed in Kubernetes 1.10, so the API server answers 404 Not Found; the proxy is now a subresource ending in /proxy/.',
  invalidBase: (base: string, why: string): string =>
    `The base ${q(base)} cannot go before /api/v1: ${why}.`,
  nodeNamespace: (): string => 'Nodes are not namespaced, so a node proxy URL has no namespace.',
  invalidResource: (resource: string): string =>
    `Only services, pods and nodes have a proxy subresource, so the API server has no ${q(resource)} proxy.`,
  invalidId: (resource: Resource, id: string): string =>
    `The API server answers 400 invalid ${resourceNoun[resource].toLowerCase()} request ${q(id)}: an id is name, name:port or scheme:name:port, and the name must not be empty.`,
  joinRefused: (field: string): string =>
    field === 'name'
      ? 'The name must be non-empty and contain no ":", or the API server splits the id differently.'
      : `The ${field} must contain no ":", or the API server splits the id differently.`,
  badScheme: (scheme: string): string =>
    `The API server answers 400 to the id scheme ${q(scheme)}: only "http", "https" or nothing is allowed, in lower case.`,
  badEscape: (text: string): string =>
    `${q(text)} is not a valid percent escape, so the API server (and kubectl proxy) answers 400 Bad Request.`,
  badUtf8: (text: string): string =>
    `${q(text)} does not decode to UTF-8 text, so the API server cannot match any name against it.`,
  encodedSlashInName: (): string =>
    'The API server decodes %2F to "/" before routing, so this segment splits in two and the request never reaches the proxy.',
  invalidNamespace: (ns: string): string =>
    ns === ''
      ? 'The namespace is empty, so the API server cannot route the request.'
      : `No namespace can be named ${q(ns)}: ${dns1123LabelRule(ns)}.`,
  invalidName: (resource: Resource, name: string): string =>
    resource === 'services'
      ? `No Service can be named ${q(name)}: ${name.length > 63 ? 'it must be no more than 63 characters' : 'a DNS-1035 label must consist of lower case alphanumeric characters or "-", start with an alphabetic character, and end with an alphanumeric character'}.`
      : `No ${resourceNoun[resource]} can be named ${q(name)}: ${name.length > 253 ? 'it must be no more than 253 characters' : 'a DNS-1123 subdomain must consist of lower case alphanumeric characters, "-" or ".", and must start and end with an alphanumeric character'}.`,
  portRange: (port: string): string =>
    `Port ${q(port)} must be between 1 and 65535, inclusive, so the API server cannot proxy to it.`,
  servicePortName: (port: string): string =>
    `No Service port can be named ${q(port)}: ${dns1123LabelRule(port)}.`,
  nodePortName: (port: string): string =>
    `The API server dials a node at a port number, and ${q(port)} is not one.`,
  pathEscapes: (cleaner: string, where: string): string =>
    `Once ${cleaner === 'browser' ? 'a browser cleans' : 'kubectl proxy cleans'} the dot segments, this request goes to ${q(where)}, outside the proxy, not to the backend.`,
  schemeAsName: (name: string, port: string, fixed: string): string =>
    `A two-part id is always name:port, so the API server looks for the name ${q(name)} on port ${q(port)}; write ${q(fixed)} to reach ${port} over ${name}.`,
  missingSlash: (): string =>
    'The URL ends at /proxy, so the API server answers GET and HEAD with a 301 redirect to /proxy/, which scripts and some clients do not follow.',
  namedPodPort: (port: string): string =>
    `The API server does not resolve container port names: it dials the pod at ${q(port)} and the request fails; use the port number.`,
  portFormat: (port: string, value: number): string =>
    `The API server reads ${q(port)} as port ${value}, but tools and people read the sign or leading zero differently; write ${value}.`,
  schemePort: (scheme: string, port: string): string =>
    `The API server will speak ${scheme || 'plain http'} to port ${q(port)}, which usually expects ${scheme === 'https' ? 'plain http' : 'https'}; the request will likely fail.`,
  kubeletScheme: (scheme: string): string =>
    `For the kubelet port the API server uses the kubelet's own scheme and credentials, so ${q(`${scheme}:`)} is ignored here.`,
  dotSegment: (decodedOnly: boolean, cleaned: string): string =>
    decodedOnly
      ? 'kubectl proxy built with Go before 1.22 and the API server decode %2F and then remove these dot segments, so the backend may not see them.'
      : `Browsers and kubectl proxy remove dot segments before sending, so the backend receives ${q(cleaned)}.`,
  doubleSlash: (): string =>
    'kubectl proxy answers "//" with a 301 redirect to the cleaned path and the API server collapses it, so the backend never sees an empty segment.',
  encodedSlash: (): string =>
    'The API server decodes %2F in the proxied path, so the backend receives a real "/" here.',
  encodedQuery: (): string =>
    '%3F reaches the backend as part of the path, not as the start of a query string; use a literal "?" to send a query.',
  backslash: (raw: boolean): string =>
    raw
      ? 'Browsers turn a raw "\\" in the path into "/", so the URL they send differs from the one written.'
      : 'The backend receives "%5C" as a backslash, which few web servers treat as a path separator.',
  rejectedPath: (what: string): string =>
    `With its default --reject-paths, kubectl proxy answers 403 Forbidden to any path like /api/.../pods/...${what}, this one included.`,
  rejectedHost: (host: string): string =>
    `With its default --accept-hosts, kubectl proxy answers 403 Forbidden to the host ${q(host)}; use localhost or 127.0.0.1.`,
  dryRun: (): string =>
    'The API server answers 400 Bad Request ("dryRun is not supported") to a proxy request with a dryRun query parameter.',
  pathQuery: (): string =>
    'The API server ignores a "path" query parameter (it only forwards it); the backend path is what follows /proxy.',
  leadingDigit: (name: string): string =>
    `${q(name)} starts with a digit, which only clusters with RelaxedServiceNameValidation accept; older API servers refuse the name.`,
  credentials: (): string =>
    'kube-apiserver has not accepted user:password (basic) authentication since 1.19, and the password leaks wherever this URL is shared or logged.',
  insecure: (host: string): string =>
    `This sends the request, and any token with it, in clear text to ${q(host)}; a remote API server is reached over https:// (or kubectl proxy on localhost).`,
  encodedColon: (): string =>
    'The API server decodes %3A to ":", so this id works, but kubectl and client-go write a literal ":".',
  emptyPort: (): string =>
    'With no port, the API server proxies only to a Service port without a name; a Service whose ports are all named answers "no endpoints available for service".',
  redundantColon: (id: string, shortest: string): string =>
    `The API server reads ${q(id)} the same as ${q(shortest)}, the shortest form.`,
  whitespace: (): string =>
    'Whitespace around the URL is ignored by browsers, but scripts that pass it on send a different URL.',
};

function dns1123LabelRule(s: string): string {
  return s.length > 63
    ? 'it must be no more than 63 characters'
    : 'a DNS-1123 label must consist of lower case alphanumeric characters or "-", and must start and end with an alphanumeric character';
}
