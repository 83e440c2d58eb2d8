// The `--help` text of `links`, apart from help.ts so that each command's text is edited on
// its own. cli-links.test.ts runs every example line, with a kubectl that prints objects.

/**
 * `apiserver-proxy-url links --help`.
 *
 * @example
 * linksHelp.split('\n')[0]; // 'Usage: apiserver-proxy-url links [FILE|-] [--base URL] ...'
 */
export const linksHelp = `Usage: apiserver-proxy-url links [FILE|-] [--base URL] [--path PATH] [--query QUERY]
                           [--format text|json|markdown]

Reads the Services, pods and nodes that \`kubectl get -o json\` or \`-o yaml\` prints (FILE, or
stdin) and prints every proxy link they allow, one per port, with the id the API server resolves:
a Service port by its name (none for a single unnamed port), https when its appProtocol, its name
(https, https-...) or 443 says so; a container port by its number; a node's kubelet, with its
well-known paths as examples. UDP and SCTP ports and ExternalName Services get no link, and say
why.

Options:
  --base URL       what goes before /api/v1: nothing (path-only, for kubectl get --raw), kubectl
                   proxy (http://localhost:8001), an API server address or a gateway prefix
  --path PATH      the path at the backend, on every link (default: /)
  --query QUERY    the query, without the '?', on every link
  --format FORMAT  text (a table: kind, object, port, scheme, URL, and why a port has no link),
                   json (the linksFromObjects array) or markdown (a list of links for docs; ports
                   without a link are named on stderr)
  -h, --help       show this help

Exit status: 0 a link was printed, 1 none (no Service, pod or node, or no port the proxy
reaches), 2 a usage error, or input that cannot be read or is not JSON or YAML objects.

Examples:
  kubectl get svc,pods,nodes -A -o json | apiserver-proxy-url links --base http://localhost:8001
  kubectl get svc -n kube-system -o yaml > svc.yaml && apiserver-proxy-url links svc.yaml --format markdown
  kubectl get nodes -o json | apiserver-proxy-url links --path /metrics --format json
`;
