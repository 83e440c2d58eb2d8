import { codesBySeverity, type DiagnosticCode, type Severity } from './diagnostics.js';

const titles: Record<DiagnosticCode, string> = {
  'not-a-proxy-url': 'Not a proxy URL',
  'unsupported-url-scheme': 'URL scheme the API server is not reached with',
  'legacy-proxy-path': 'Removed /api/v1/proxy/... form',
  'invalid-base': 'Base that cannot go before /api/v1',
  'invalid-resource': 'Resource without a proxy subresource',
  'invalid-input': 'Field of the wrong type',
  'invalid-id': 'Id the API server refuses',
  'invalid-scheme': 'Id scheme other than http or https',
  'bad-percent-encoding': 'Broken percent escape',
  'encoded-slash-in-name': '%2F in the namespace or id',
  'invalid-namespace': 'Invalid namespace',
  'invalid-name': 'Invalid name',
  'invalid-port': 'Invalid port',
  'path-escapes-proxy': 'Path that leaves the proxy',
  'scheme-parsed-as-name': 'Scheme read as the name',
  'missing-trailing-slash': 'No slash after /proxy',
  'named-pod-port': 'Named pod port',
  'port-number-format': 'Port number with a sign or leading zero',
  'scheme-port-mismatch': 'Scheme that does not fit the port',
  'kubelet-port-scheme-ignored': 'Scheme ignored for the kubelet port',
  'dot-segment-in-path': 'Dot segments in the path',
  'double-slash-in-path': 'Double slash in the path',
  'encoded-slash-in-path': '%2F in the path',
  'encoded-query-in-path': '%3F in the path',
  'backslash-in-path': 'Backslash in the path',
  'kubectl-proxy-rejects-path': 'Path kubectl proxy refuses',
  'kubectl-proxy-rejects-host': 'Host kubectl proxy refuses',
  'dry-run-query': 'dryRun in the query',
  'path-query-ignored': 'path in the query',
  'service-name-leading-digit': 'Service name starting with a digit',
  'credentials-in-url': 'Credentials in the URL',
  'insecure-remote-base': 'Plain http to a remote API server',
  'encoded-colon': '%3A in the id',
  'empty-port-unnamed-only': 'No port: the unnamed Service port only',
  'redundant-colon': 'Id not in its shortest form',
  'surrounding-whitespace': 'Whitespace around the URL',
  'route-differs': 'Clients reach different objects',
  'pasted-command': 'A command, not a URL',
  'space-in-url': 'Raw space in the URL',
  'control-character': 'Raw control character',
  'hidden-route': 'Route hidden by escapes or cleaning',
  'missing-url-scheme': 'Host and port without http://',
  'protocol-relative-url': 'Protocol-relative URL',
  'unknown-port': 'Port the Service does not have',
  'external-name-service': 'ExternalName Service',
  'non-tcp-port': 'Port that is not TCP',
  'port-scheme-differs': 'Scheme the port does not speak',
  'object-not-found': 'Object not among those given',
  'no-container-port': 'Pod without container ports',
};

/**
 * Every diagnostic code with its severity, a short title and the README anchor that documents it,
 * so tools can list and link them.
 *
 * @example
 * diagnosticCatalogue['missing-trailing-slash']
 * // { severity: 'warning', title: 'No slash after /proxy', anchor: 'missing-trailing-slash' }
 */
export const diagnosticCatalogue: Readonly<
  Record<DiagnosticCode, { severity: Severity; title: string; anchor: string }>
> = /* @__PURE__ */ Object.freeze(
  Object.fromEntries(
    (Object.keys(codesBySeverity) as Severity[]).flatMap((severity) =>
      codesBySeverity[severity].map((code) => [
        code,
        Object.freeze({ severity, title: titles[code], anchor: code }),
      ]),
    ),
  ) as Record<DiagnosticCode, { severity: Severity; title: string; anchor: string }>,
);
