// The `--help` text of each command. The examples are the Kubernetes docs' own ("Accessing
// Clusters"), so that what users read there runs here; a test runs every example line.
import { curlHelp, rawHelp, rbacHelp, rebaseHelp } from './convert-help.js';
import { linksHelp } from './links-help.js';

/**
 * The commands of `apiserver-proxy-url`.
 *
 * @example
 * const command: Command = 'cluster-info';
 */
export type Command =
  | 'parse'
  | 'build'
  | 'cluster-info'
  | 'links'
  | 'lint'
  | 'rebase'
  | 'curl'
  | 'raw'
  | 'rbac';

const ES = 'elasticsearch-logging';

/**
 * The help of the whole command, or of one command.
 *
 * @example
 * help('build').split('\n')[0]; // 'Usage: apiserver-proxy-url build [--base URL] (--service NAME | ...'
 */
export function help(command?: Command): string {
  if (command === 'parse') {
    return `Usage: apiserver-proxy-url parse <url> [--json] [--strict] [--objects FILE]
       apiserver-proxy-url parse [-] [--json] [--strict] < urls.txt

Explains a proxy URL: each part as the API server reads it, then every problem Kubernetes would
have with it, with a caret line under the text at fault and the fix. Colour on a terminal, unless
NO_COLOR is set.

Given \`-\`, or no URL while stdin is not a terminal, reads URLs from stdin, one a line (blank
lines skipped), and reports each in turn, then how many were ok.

Options:
  --json       print the parseProxyUrl result as one JSON object; for URLs from stdin, one
               object a line (JSON Lines), each with the line as "url" before the result
  --strict     warnings fail too
  --objects FILE
               also say which Service port, container port or kubelet the URL reaches among the
               objects in FILE (kubectl get -o json|yaml output, - for stdin); with --json, as
               "resolved": {object, port, diagnostics}; exit 1 when they find an error. Takes
               the URL as an argument (stdin may hold the objects)
  -h, --help   show this help

Exit status: 0 no error (warnings allowed, unless --strict), 1 a URL has an error (or with
--strict a warning), 2 a usage error or stdin cannot be read.

Examples (from the Kubernetes docs):
  apiserver-proxy-url parse 'http://104.197.5.247/api/v1/namespaces/kube-system/services/${ES}/proxy/_search?q=user:kimchy'
  apiserver-proxy-url parse 'https://104.197.5.247/api/v1/namespaces/kube-system/services/${ES}/proxy/_cluster/health?pretty=true' --json
  apiserver-proxy-url parse 'http://localhost:8080/api/v1/namespaces/kube-system/services/${ES}/proxy/'
`;
  }
  if (command === 'links') return linksHelp;
  if (command === 'rebase') return rebaseHelp;
  if (command === 'curl') return curlHelp;
  if (command === 'raw') return rawHelp;
  if (command === 'rbac') return rbacHelp;
  if (command === 'build') {
    return `Usage: apiserver-proxy-url build [--base URL] (--service NAME | --pod NAME | --node NAME)
                           [--namespace NS] [--scheme http|https] [--port PORT]
                           [--path PATH] [--query QUERY] [--fragment F]

Prints the canonical proxy URL, and nothing else, on stdout. When Kubernetes would refuse the
input, prints why on stderr and exits 1. Warnings about a URL that builds go to stderr.

Options:
  --base URL          what goes before /api/v1: nothing (a path-only URL, for kubectl get --raw),
                      kubectl proxy (http://localhost:8001), https://kubernetes.default.svc, an
                      API server address, or a gateway with a path prefix
  --service NAME      a Service (needs --namespace)
  --pod NAME          a pod (needs --namespace)
  --node NAME         a node
  -n, --namespace NS  the namespace of the Service or pod
  --scheme SCHEME     http or https: how the API server talks to the backend
  --port PORT         a port number or a Service port name
  --path PATH         the path at the backend (default: /)
  --query QUERY       the query, without the '?'
  --fragment F        the fragment, without the '#'
  -h, --help          show this help

Exit status: 0 built, 1 refused, 2 a usage error.

Examples (from the Kubernetes docs):
  # Elasticsearch through kubectl proxy --port=8080
  apiserver-proxy-url build --base http://localhost:8080 --namespace kube-system --service ${ES}
  # its search endpoint, straight to the API server
  apiserver-proxy-url build --base https://104.197.5.247 --namespace kube-system --service ${ES} --path _search --query q=user:kimchy
  # https to the unnamed port: the id needs its trailing colon (https:${ES}:)
  apiserver-proxy-url build --namespace kube-system --service ${ES} --scheme https --path _cluster/health --query pretty=true
`;
  }
  if (command === 'cluster-info') {
    return `Usage: apiserver-proxy-url cluster-info [FILE] [--json] [--links kubectl-proxy]

Reads the output of \`kubectl cluster-info\` (FILE, or stdin) and prints each Service with the parts
of its proxy URL. The control plane line and a load balancer's links are listed as links that are
not proxy URLs. Colours, CRLF line ends and "Kubernetes master" (older kubectl) are fine.

Options:
  --json       print the parseClusterInfo array
  --links kubectl-proxy
               print instead each Service's link as reached through \`kubectl proxy\`
               (http://localhost:8001, the same target), in kubectl's own words:
               "<name> is running at <link>", one a line; with --json, [{name, url}]. A link
               with an error is explained on stderr
  -h, --help   show this help

Exit status: 0 no proxy link has an error, 1 one has (or no "is running at" line was found),
2 a usage or I/O error.

Examples (from the Kubernetes docs):
  kubectl cluster-info | apiserver-proxy-url cluster-info
  kubectl cluster-info > cluster-info.txt && apiserver-proxy-url cluster-info cluster-info.txt --json
  # each Service through \`kubectl proxy\` (port 8001)
  kubectl cluster-info | apiserver-proxy-url cluster-info --links kubectl-proxy
`;
  }
  if (command === 'lint') {
    return `Usage: apiserver-proxy-url lint [--format text|json|github] [--fix]
                          [--min-severity info|warning|error] [--rule CODE=off|info|warning|error]...
                          [--max-warnings N] [PATH...|-]

Finds every proxy URL (or URL template) in docs, Helm charts, scripts and sources, and reports
what Kubernetes would do wrong with each: where it is, the code and why, and the fix. Placeholders
(<service>, {{ .Release.Namespace }}, \${NS}, SERVICE_NAME, [:port]...) are not reported.

PATHs are files or folders (read recursively, symbolic links followed, in name order; .git,
node_modules and binary files skipped); - is stdin; the default is the current folder.

Options:
  --format FORMAT        text (path:line:column  severity  code  message, the fix under it, then
                         a summary), json (one array of {file, line, column, endLine, endColumn,
                         url, code, severity, message, fix?}) or github (workflow annotations)
  --fix                  rewrite the files with every fix of a warning or error (nothing else in
                         them changes), say what was fixed, then report what is left; with -, print
                         the fixed text on stdout and the report on stderr
  --min-severity LEVEL   the least severity reported: warning by default, info to see infos too
  --rule CODE=LEVEL      report CODE as off, info, warning or error (repeatable)
  --max-warnings N       exit 1 when there are more than N warnings
  -h, --help             show this help

Exit status: 0 no error (and no more warnings than --max-warnings), 1 an error is left (or too
many warnings), 2 a usage error, or a file that cannot be read or written (the others are
still checked).

Examples (from the Kubernetes docs):
  # the Kubernetes website's pages, as its CI could check them
  apiserver-proxy-url lint content/en/docs/
  apiserver-proxy-url lint --format github --rule insecure-remote-base=off content/
  # "Access Services Running on Clusters", its URL on stdin
  echo 'http://localhost:8080/api/v1/namespaces/kube-system/services/${ES}/proxy/' | apiserver-proxy-url lint -
`;
  }
  return `Usage: apiserver-proxy-url <command> [options]

Builds and checks Kubernetes apiserver proxy URLs
(/api/v1/namespaces/{ns}/services/[https:]name[:port]/proxy/...), as kube-apiserver, kubectl and
browsers treat them.

Commands:
  parse <url>           explain a proxy URL and what Kubernetes will do with it
  build [options]       print the canonical proxy URL of a Service, pod or node
  links [FILE]          print every proxy link of kubectl get -o json|yaml objects
  cluster-info [FILE]   read \`kubectl cluster-info\` output (FILE or stdin)
  lint [PATH...]        check every proxy URL in files and folders (docs, charts, scripts)
  rebase <url> <base>   print the URL of the same target through another base
  curl <url>            print a curl command for the URL (token as "$TOKEN")
  raw <url>             print the kubectl get --raw command for the URL
  rbac <url>            print the RBAC rule that allows the URL, as YAML

Options:
  -h, --help            show this help (also after a command: build --help)
  --version             print the version

Exit status: 0 success (warnings allowed), 1 the input has an error, 2 a usage or I/O error.

Examples (from the Kubernetes docs):
  apiserver-proxy-url parse 'http://104.197.5.247/api/v1/namespaces/kube-system/services/${ES}/proxy/_search?q=user:kimchy'
  apiserver-proxy-url build --base http://localhost:8080 --namespace kube-system --service ${ES}
  kubectl cluster-info | apiserver-proxy-url cluster-info
  apiserver-proxy-url lint content/en/docs/
  apiserver-proxy-url curl 'https://104.197.5.247/api/v1/namespaces/kube-system/services/${ES}/proxy/_search?q=user:kimchy'
`;
}
