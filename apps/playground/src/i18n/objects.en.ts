// The Cluster objects mode's strings, loaded with the mode (not with the page): see objects.ts.
import type { Kind } from '../objects/model.ts';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** Every English string of the Cluster objects mode. Korean (`objects.ko.ts`) has the same shape. */
export const objectsEn = {
  heading: 'Links from cluster objects',
  label: 'Cluster objects',
  help: 'Paste what kubectl get svc -o yaml prints (or -o json, or kubectl get svc,pods,nodes -A): every Service port, container port and kubelet gets its link.',
  privacy:
    'The objects stay in this page: they are never put in the address or in shared links (annotations can hold secrets).',
  placeholder: 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Service\n  …',
  useExample: 'Paste an example',
  clear: 'Clear',
  loadingReader: 'Loading the YAML reader…',
  reading: 'Reading the objects…',
  empty: 'Paste objects to list their links.',
  none: 'No Services, pods or nodes found: paste the output of kubectl get with -o yaml or -o json.',
  readError: (format: 'json' | 'yaml', line: number | null, column: number | null): string =>
    `This is not ${format === 'json' ? 'JSON' : 'YAML'} the page can read${
      line === null ? '' : ` (line ${line}${column === null ? '' : `, column ${column}`})`
    }:`,
  kinds: { Service: 'Service', Pod: 'Pod', Node: 'Node' } satisfies Record<Kind, string>,
  found: (counts: Record<Kind, number>, links: number): string =>
    `${plural(counts.Service, 'Service', 'Services')}, ${plural(counts.Pod, 'pod', 'pods')}, ${plural(counts.Node, 'node', 'nodes')}: ${plural(links, 'link', 'links')}.`,
  base: 'Links start with the builder’s base URL:',
  noBase: '(none: path only)',
  baseHelp: 'Change it in the Base URL field of the URL mode.',
  filter: 'Filter objects',
  filterHelp: 'Words in the kind, namespace, name or a port.',
  shown: (shown: number, total: number): string => `Showing ${shown} of ${total} objects.`,
  showMore: 'Show more',
  noMatch: 'No object matches the filter.',
  listHeading: 'Objects and their ports',
  noPort: 'no port',
  over: (scheme: 'http' | 'https'): string => `over ${scheme}`,
  open: 'Open in the builder',
  /** The button's name: its visible words first, then what it opens. */
  openLabel: (what: string): string => `Open in the builder: ${what}`,
  opened: (what: string): string => `Opened ${what} in the builder.`,
  noLink: 'No link:',
  kubeletPaths: 'Kubelet paths',
  reach: {
    label: 'Against the pasted objects',
    reaches: (object: string, port: string): string => `Reaches ${object}, port ${port}.`,
    reachesWarning: 'See the warning below.',
    fails: (object: string, port: string | null): string =>
      port === null
        ? `Reaches no port of ${object}: see the error below.`
        : `Names port ${port} of ${object}, which the proxy cannot reach: see the error below.`,
    notFound: (object: string): string => `${object} is not among the pasted objects.`,
    unlisted: (object: string): string =>
      `Reaches ${object}, on a port the pasted objects do not list.`,
    object: (kind: Kind, path: string): string =>
      `${kind === 'Service' ? 'Service' : kind === 'Pod' ? 'pod' : 'node'} ${path}`,
    showObjects: 'Show the objects',
  },
};

export type ObjectsMessages = typeof objectsEn;
