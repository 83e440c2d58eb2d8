import type { ProxyResource, ProxyUrlParts } from 'apiserver-proxy-url';
import type { ExampleId } from '../examples.ts';
import type { PresetId } from '../presets.ts';

/** A highlighted piece of the URL: the parser's `parts`, one colour each. */
export type PartName = keyof ProxyUrlParts;

/** What an explanation may depend on: the resource the URL names, and the part's own text. */
export interface PartContext {
  resource: ProxyResource | null;
  text: string;
}

const kind = (r: ProxyResource | null): string =>
  r === 'pods' ? 'pod' : r === 'nodes' ? 'node' : 'Service';

/** Every English string of the interface. Korean (`ko.ts`) has the same shape, checked by `tsc`. */
export const en = {
  documentTitle: 'Proxy URL playground',
  title: 'Proxy URL playground',
  tagline:
    'Build, check and share Kubernetes API server proxy URLs. Everything happens in this page: nothing you type is sent anywhere.',
  language: 'Language',

  url: {
    label: 'Proxy URL',
    help: 'Paste or type a URL. Move the cursor through it to see what each part means.',
    placeholder: '/api/v1/namespaces/default/services/my-service:http/proxy/',
    partsHeading: 'Parts of the URL',
    noParts: 'No proxy URL found yet.',
    caretHint: 'Put the cursor in the URL to explain a part.',
    canonical: 'Canonical form',
    useCanonical: 'Use the canonical form',
  },

  modes: {
    label: 'What to check',
    url: 'Check a URL',
    document: 'Check a document',
    objects: 'Links from objects',
    loading: 'Loading the document checker…',
  },

  severalUrls: {
    message: 'This looks like several URLs: check them as a document.',
    action: 'Check as a document',
  },

  parts: {
    base: 'base',
    namespace: 'namespace',
    resource: 'resource',
    id: 'id',
    scheme: 'scheme',
    name: 'name',
    port: 'port',
    path: 'path',
    query: 'query',
    fragment: 'fragment',
  } satisfies Record<PartName, string>,

  explain: {
    base: ({ text }: PartContext): string =>
      text.startsWith('/')
        ? 'A path prefix added by something in front of the API server (Rancher, Backstage, kubectl proxy --api-prefix). The host is the page or tool that sends the request.'
        : 'Who receives the request: http://localhost:8001 is kubectl proxy on your machine, which adds your credentials; an https:// address is the API server itself, or a proxy in front of it.',
    namespace: ({ resource }: PartContext): string =>
      `The namespace of the ${kind(resource)}: a DNS-1123 label (a-z, 0-9, "-", at most 63 characters).`,
    resource: (): string =>
      'services, pods or nodes: the kind of object whose proxy subresource the API server opens.',
    id: (): string =>
      'The id: name, name:port or scheme:name:port. The API server splits it on every ":", after percent-decoding.',
    scheme: ({ text }: PartContext): string =>
      `"${text}:" is how the API server talks to the backend, not the scheme you type: a URL starting with http://localhost can still reach a backend over HTTPS. Without it the API server uses plain HTTP.`,
    name: ({ resource }: PartContext): string =>
      resource === 'services'
        ? 'The Service name: a DNS-1035 label (a letter first; newer clusters also take a digit).'
        : `The ${kind(resource)} name: a DNS-1123 subdomain.`,
    port: ({ resource }: PartContext): string =>
      resource === 'pods'
        ? 'The container port. Only numbers work: the API server does not resolve container port names.'
        : resource === 'nodes'
          ? "The node port. Empty or 10250 is the kubelet, reached with the kubelet's own scheme and credentials."
          : 'The Service port: its number (spec.ports[].port, not the targetPort) or its name. With no port, only an unnamed Service port is reached.',
    path: (): string =>
      'Sent to the backend as its path. Browsers and kubectl proxy clean ".", ".." and "//" first, and the API server decodes %2F.',
    query: (): string =>
      'Forwarded to the backend as written. A dryRun key makes the API server answer 400; a path key is ignored.',
    fragment: (): string =>
      'Stays in the browser: it is never sent to the API server or the backend.',
  } satisfies Record<PartName, (context: PartContext) => string>,
  /** Added to the explanation of an id written `scheme:name:` (a scheme, no port). */
  trailingColon:
    'The trailing colon keeps the id at three parts: without it the API server reads "https:name" as name "https" and port "name".',

  form: {
    heading: 'Build from parts',
    help: 'Editing a field rebuilds the URL above; editing the URL fills these fields.',
    presets: 'Where the request is sent',
    presetNames: {
      kubectl: 'kubectl proxy',
      cluster: 'In the cluster',
      direct: 'API server address',
      rancher: 'Rancher',
      headlamp: 'Headlamp',
      backstage: 'Backstage',
      none: 'No host',
      custom: 'Custom',
    } satisfies Record<PresetId, string>,
    kubectlHint: (port: string): string =>
      port === '8001'
        ? 'http://localhost:8001: kubectl proxy with its default port adds your credentials.'
        : `http://localhost:${port}: kubectl proxy started with --port=${port} adds your credentials.`,
    presetHints: {
      cluster: 'https://kubernetes.default.svc: from a pod, with its service account token.',
      direct: 'https://<address>: straight to the API server, with a token or client certificate.',
      rancher:
        "https://<rancher>/k8s/clusters/<cluster ID>: Rancher's authentication proxy forwards to that cluster's API server, with a Rancher API token.",
      headlamp:
        "<headlamp>/clusters/<cluster>: Headlamp's backend forwards to the cluster of that kubeconfig context.",
      backstage:
        "<backstage>/api/kubernetes/proxy: the Kubernetes plugin's proxy; the Backstage-Kubernetes-Cluster header names the cluster, not the path.",
      none: 'A path only, as kubectl get --raw takes it.',
      custom: 'Anything else: type it in the Base URL field.',
    } satisfies Record<Exclude<PresetId, 'kubectl'>, string>,
    base: 'Base URL',
    basePlaceholder: '(none: path only)',
    resource: 'Resource',
    resources: { services: 'services', pods: 'pods', nodes: 'nodes' } satisfies Record<
      ProxyResource,
      string
    >,
    namespace: 'Namespace',
    namespaceForNodes: 'Nodes have no namespace.',
    name: 'Name',
    scheme: 'Scheme',
    schemes: {
      none: 'none (http)',
      http: 'http',
      https: 'https',
    },
    schemeHint: 'How the API server talks to the backend.',
    trailingColon: (scheme: string): string =>
      `With ${scheme} and no port the URL ends the id with a colon (${scheme}:name:): the trailing colon keeps ${scheme} from being read as a name.`,
    port: 'Port',
    portPlaceholder: '(unnamed port)',
    path: 'Path',
    query: 'Query',
    refused: 'The form cannot be built yet; the URL above is the last one that could.',
  },

  diagnostics: {
    heading: 'Diagnostics',
    none: 'No problems: Kubernetes will accept this URL as written.',
    empty: 'Paste or type a proxy URL above to check it.',
    fromForm: 'From the form',
    /** Only the counts that are not zero: short, as a screen reader announces it. */
    summary: (errors: number, warnings: number, infos: number): string =>
      [
        errors > 0 && `${errors} ${errors === 1 ? 'error' : 'errors'}`,
        warnings > 0 && `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`,
        infos > 0 && `${infos} ${infos === 1 ? 'note' : 'notes'}`,
      ]
        .filter(Boolean)
        .join(', '),
    listLabel: 'Diagnostics, errors first',
    severity: { error: 'Error', warning: 'Warning', info: 'Note' },
    applyFix: 'Apply fix',
    fixPreview: 'Fix:',
    showInUrl: 'Show in the URL',
    goToField: 'Go to the field',
    field: 'Field',
    learnMore: 'Code',
    fixApplied: 'Fix applied.',
  },

  destination: {
    heading: 'Where the request really goes',
    browserSends: 'The browser sends',
    to: 'to',
    toAfter: '',
    /** A pasted command: what is shown is the request of the URL inside it. */
    commandUrl: 'The URL inside the command:',
    pageHost: 'the host of the page or tool that sends it',
    cleaned: 'Cleaned by the browser first: the URL as typed is not what is sent.',
    backend: 'The API server forwards it to',
    backendWhat: (resource: ProxyResource, where: string): string => `${kind(resource)} ${where}`,
    over: 'over',
    portLabel: 'port',
    defaultPort: (resource: ProxyResource): string =>
      resource === 'services'
        ? 'the unnamed Service port'
        : resource === 'pods'
          ? 'the first container port'
          : 'the kubelet port',
    backendPath: 'with the path',
    refused: 'It is not forwarded:',
    escapes: 'It leaves the proxy:',
    fragmentStays: 'The fragment stays in the browser.',
    kubectl: 'kubectl proxy with default flags',
    kubectlRefuses: 'refuses it with 403 Forbidden.',
    kubectlAccepts: 'lets it through.',
    kubectlRedirects:
      'answers 301 Moved Permanently: Go\'s request router sends a path with "//" to its cleaned form, with "//" collapsed. Browsers follow it (GET only); scripts often do not.',
    kubectlThenRefuses: 'The cleaned path is then refused with 403 Forbidden.',
    kubectlUnreachable:
      'cannot be reached there: it listens on 127.0.0.1 only, so the connection is refused. Use http://localhost or http://127.0.0.1.',
    kubectlElsewhere:
      'is not in the way: this base is not kubectl proxy (plain http:// on localhost).',
    kubectlWouldRefuse: 'Through kubectl proxy, this path would get 403 Forbidden.',
    kubeletScheme:
      "the kubelet's own scheme and credentials: a scheme in the id is ignored for the kubelet port.",
    unknown: 'Nothing to show until the URL has a proxy path.',
  },

  copy: {
    heading: 'Copy and share',
    copyUrl: 'Copy URL',
    copyLink: 'Copy link',
    linkHelp:
      'A link to this page with the URL in the address (#url=…). Credentials (user:password@, tokens) are removed.',
    formats: 'Copy as',
    markdown: 'Markdown link',
    curl: 'curl',
    kubectl: 'kubectl get --raw',
    rbac: 'RBAC rule',
    copyMarkdown: 'Copy Markdown link',
    copyCurl: 'Copy curl command',
    copyKubectl: 'Copy kubectl get --raw command',
    copyRbac: 'Copy RBAC rule',
    needsTarget: 'Available once the URL has no errors.',
    copied: 'Copied.',
    copyFailed: 'The browser did not allow copying: select the text and copy it yourself.',
    credentialsDropped: 'Credentials (user:password@, tokens, passwords) were removed.',
    commandShared:
      'This is a command: Copy URL, Copy link and the address hold only the URL inside it, without credentials.',
  },

  clusterInfo: {
    heading: 'From kubectl cluster-info',
    label: 'kubectl cluster-info output',
    help: 'Paste what kubectl cluster-info prints to list its services.',
    useExample: 'Paste the docs example',
    clear: 'Clear',
    service: 'Service',
    link: 'Link',
    status: 'Status',
    action: 'Open',
    open: (name: string): string => `Open ${name} in the builder`,
    notProxy: 'not a proxy link',
    ok: 'ok',
    empty: 'No "… is running at …" lines found.',
  },

  examples: {
    heading: 'Examples',
    fromDocs: 'From the Kubernetes docs (“Accessing Clusters”)',
    mistakes: 'Common mistakes',
    items: {
      docsSearch: 'Elasticsearch _search, straight to the API server',
      docsHealth: 'Elasticsearch _cluster/health over https',
      docsKubectlProxy: 'The same Service through kubectl proxy --port=8080',
      docsHttpsUnnamed: 'https:<service_name>: (mind the last colon)',
      docsIpv6: 'kubectl proxy at [::1], as the docs suggest',
      docsClusterInfo: 'A kubectl cluster-info link',
      schemeAsName: 'https:name without the last colon',
      escape: 'A path that climbs out of the proxy',
      legacy: 'The removed /api/v1/proxy/... form',
      podExec: 'A pod path kubectl proxy refuses',
      encodedPath: '%3A, %2F and %3F in a Prometheus URL',
      node: 'A node with the kubelet port',
    } satisfies Record<ExampleId, string>,
  },

  footer:
    'Examples are taken from the Kubernetes documentation page “Accessing Clusters” (and its Korean translation), © The Kubernetes Authors, CC BY 4.0. Checks come from the apiserver-proxy-url library.',
};

export type Messages = typeof en;
