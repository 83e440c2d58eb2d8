// The `--help` text of the conversion commands (rebase, curl, raw, rbac). The examples are the
// Kubernetes docs' own URLs ("Accessing Clusters"); a test runs every example line.

const ES = 'elasticsearch-logging';
const SEARCH = `https://104.197.5.247/api/v1/namespaces/kube-system/services/${ES}/proxy/_search?q=user:kimchy`;
const HEALTH = `https://104.197.5.247/api/v1/namespaces/kube-system/services/https:${ES}:/proxy/_cluster/health?pretty=true`;

const STDIN = `Given \`-\`, or no URL while stdin is not a terminal, converts the URLs of stdin, one a line
(blank lines skipped), and prints one result a line.`;

const REFUSED = `A URL that is not a proxy URL, or that Kubernetes would refuse, is explained on stderr as
\`parse\` explains it (a password in it masked, a pasted command not echoed), and nothing is
printed for it.

Exit status: 0 converted, 1 a URL (or the base) is refused, 2 a usage error or stdin cannot be
read.`;

/**
 * `apiserver-proxy-url rebase --help`.
 *
 * @example
 * rebaseHelp.split('\n')[0]; // 'Usage: apiserver-proxy-url rebase <url> <base>'
 */
export const rebaseHelp = `Usage: apiserver-proxy-url rebase <url> <base>
       apiserver-proxy-url rebase - <base> < urls.txt

Prints the URL that reaches the same target through another base: everything before /api/v1 is
replaced by <base>, the rest (id, path, query, fragment) is kept as written. A legacy
/api/v1/proxy/... link comes out in the modern form. <base> is '' (a path-only URL, for kubectl
get --raw), kubectl proxy (http://localhost:8001), https://kubernetes.default.svc, an API server
address, or a gateway with a path prefix; written without its scheme (localhost:8001), the
scheme it needs is suggested.

${STDIN}

Options:
  -h, --help   show this help

${REFUSED}

Examples (from the Kubernetes docs):
  # Elasticsearch through kubectl proxy --port=8080, instead of straight to the API server
  apiserver-proxy-url rebase '${SEARCH}' http://localhost:8080
  # the same from inside a pod
  apiserver-proxy-url rebase 'http://localhost:8080/api/v1/namespaces/kube-system/services/${ES}/proxy/' https://kubernetes.default.svc
`;

/**
 * `apiserver-proxy-url curl --help`.
 *
 * @example
 * curlHelp.split('\n')[0]; // 'Usage: apiserver-proxy-url curl <url>'
 */
export const curlHelp = `Usage: apiserver-proxy-url curl <url>
       apiserver-proxy-url curl [-] < urls.txt

Prints a curl command for the URL, as the Kubernetes docs write one: with an
\`Authorization: Bearer "$TOKEN"\` header for the shell to fill in, none through kubectl proxy
(kubectl adds the credentials), "$APISERVER" in front of a path-only URL. The URL is one
single-quoted word; control characters are percent-encoded, the fragment (never sent) is left
out, and a user:password@ in the URL is not copied (the API server refuses passwords).

${STDIN}

Options:
  -h, --help   show this help

${REFUSED}

Examples (from the Kubernetes docs):
  apiserver-proxy-url curl '${SEARCH}'
  # through kubectl proxy: no header
  apiserver-proxy-url curl 'http://localhost:8080/api/v1/namespaces/kube-system/services/${ES}/proxy/'
`;

/**
 * `apiserver-proxy-url raw --help`.
 *
 * @example
 * rawHelp.split('\n')[0]; // 'Usage: apiserver-proxy-url raw <url>'
 */
export const rawHelp = `Usage: apiserver-proxy-url raw <url>
       apiserver-proxy-url raw [-] < urls.txt

Prints the \`kubectl get --raw\` command for the URL: its path and query only, as one
single-quoted word, since kubectl takes the API server (and any prefix in front of it) from the
kubeconfig. --raw sends GET.

${STDIN}

Options:
  -h, --help   show this help

${REFUSED}

Examples (from the Kubernetes docs):
  apiserver-proxy-url raw '${HEALTH}'
  echo '${SEARCH}' | apiserver-proxy-url raw -
`;

/**
 * `apiserver-proxy-url rbac --help`.
 *
 * @example
 * rbacHelp.split('\n')[0]; // 'Usage: apiserver-proxy-url rbac <url> [--method METHOD]...'
 */
export const rbacHelp = `Usage: apiserver-proxy-url rbac <url> [--method METHOD]...
       apiserver-proxy-url rbac [-] [--method METHOD]... < urls.txt

Prints, as a YAML document, the RBAC rule that allows the URL's requests: services/proxy,
pods/proxy or nodes/proxy, for the resource name the API server authorises, which is the whole
id as the URL sends it (kube-dns:dns, https:${ES}:), not the Service's name. A comment says
where the rule goes: a Role in the namespace, or for nodes a ClusterRole. From stdin, one
document per URL, separated by ---.

Options:
  --method METHOD   an HTTP method the rule allows (repeatable; default GET): GET and HEAD are
                    get, POST create, PUT update, PATCH patch, DELETE delete
  -h, --help        show this help

${REFUSED}

Examples (from the Kubernetes docs):
  apiserver-proxy-url rbac '${HEALTH}'
  apiserver-proxy-url rbac 'http://localhost:8080/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy/' --method GET --method POST
  apiserver-proxy-url rbac /api/v1/nodes/node-1/proxy/stats/summary
`;
