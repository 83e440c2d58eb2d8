// Extraction from the kinds of text people write these URLs in, as they write them: Kubernetes docs
// pages, chart NOTES, READMEs, scripts and sources. Each row: the text, and the URLs a reader sees.
import { describe, expect, it } from 'vitest';
import { findProxyUrls } from '../src/index.js';

interface Row {
  name: string;
  text: string;
  urls: string[];
}

const ES =
  'https://104.197.5.247/api/v1/namespaces/kube-system/services/elasticsearch-logging/proxy';
const DASH =
  'http://localhost:8001/api/v1/namespaces/kubernetes-dashboard/services/https:kubernetes-dashboard:/proxy/';

const rows: Row[] = [
  {
    name: 'Markdown: a link whose text is another word',
    text: `Open [the dashboard](${DASH}) in a browser.`,
    urls: [DASH],
  },
  {
    name: 'Markdown: an autolink',
    text: `Open <${DASH}>.`,
    urls: [DASH],
  },
  {
    name: 'Markdown: a code span followed by a Korean particle',
    text: `\`${ES}/\`로 접근할 수 있다.`,
    urls: [`${ES}/`],
  },
  {
    name: 'Markdown: code spans joined by emphasis, as the docs page writes the format',
    text: '`http://`*`kubernetes_master_address`*`/api/v1/namespaces/`*`namespace_name`*`/services/`*`service_name[:port_name]`*`/proxy` 형식의',
    urls: [
      'http://kubernetes_master_address/api/v1/namespaces/namespace_name/services/service_name[:port_name]/proxy',
    ],
  },
  {
    name: 'Markdown: emphasised words between code spans',
    text: '`http://`*master*`/api/v1/nodes/`*node-1*`/proxy/metrics`',
    urls: ['http://master/api/v1/nodes/node-1/proxy/metrics'],
  },
  {
    name: 'Markdown: a sentence ends after the URL',
    text: `The logs are at ${ES}/. Then`,
    urls: [`${ES}/`],
  },
  {
    name: 'Markdown: a URL in parentheses',
    text: `(see ${ES}/)`,
    urls: [`${ES}/`],
  },
  {
    name: 'Markdown: a URL whose path holds balanced parentheses',
    text: `- ${ES}/_search?q=(a)`,
    urls: [`${ES}/_search?q=(a)`],
  },
  {
    name: 'Markdown: a fenced code block with a command',
    text: `\`\`\`shell\ncurl -k ${ES}/_cluster/health?pretty=true\n\`\`\``,
    urls: [`${ES}/_cluster/health?pretty=true`],
  },
  {
    name: 'Markdown: a table cell',
    text: `| logging | ${ES}/ | yes |`,
    urls: [`${ES}/`],
  },
  {
    name: 'kubectl cluster-info output quoted in docs',
    text: `Elasticsearch is running at ${ES}\nKibana is running at https://104.197.5.247/api/v1/namespaces/kube-system/services/kibana-logging/proxy`,
    urls: [ES, 'https://104.197.5.247/api/v1/namespaces/kube-system/services/kibana-logging/proxy'],
  },
  {
    name: 'HTML: an anchor and its text',
    text: `<a href="${DASH}"><code>${DASH}</code></a>`,
    urls: [DASH, DASH],
  },
  {
    name: 'HTML: a comment is skipped, even across lines',
    text: `<!--\n${DASH}\n-->\nafter <!-- ${ES} --> ${ES}/`,
    urls: [`${ES}/`],
  },
  {
    name: 'HTML: an unclosed comment hides the rest',
    text: `${ES}/ <!-- ${DASH}`,
    urls: [`${ES}/`],
  },
  {
    name: 'YAML: a quoted value and a plain value',
    text: `url: "${DASH}"\nother: ${ES}/\n`,
    urls: [DASH, `${ES}/`],
  },
  {
    name: 'Helm NOTES.txt: templates with spaces stay whole',
    text: '  echo http://127.0.0.1:8001/api/v1/namespaces/{{ .Release.Namespace }}/services/{{ include "kube-ops-view.fullname" . }}:80/proxy/\n',
    urls: [
      'http://127.0.0.1:8001/api/v1/namespaces/{{ .Release.Namespace }}/services/{{ include "kube-ops-view.fullname" . }}:80/proxy/',
    ],
  },
  {
    name: 'Helm NOTES.txt: the removed /api/v1/proxy form',
    text: 'http://localhost:8001/api/v1/proxy/namespaces/{{ .Release.Namespace }}/services/{{ template "fullname" . }}/',
    urls: [
      'http://localhost:8001/api/v1/proxy/namespaces/{{ .Release.Namespace }}/services/{{ template "fullname" . }}/',
    ],
  },
  {
    name: 'shell: variables, braces and a command substitution',
    text: 'curl -sk "$APISERVER/api/v1/namespaces/${NS}/pods/$(kubectl get pod -o name | cut -d/ -f2):8080/proxy/healthz" -H "Authorization: Bearer $TOKEN"',
    urls: [
      '$APISERVER/api/v1/namespaces/${NS}/pods/$(kubectl get pod -o name | cut -d/ -f2):8080/proxy/healthz',
    ],
  },
  {
    name: 'shell: a command substitution holding the command that holds the URL',
    text: 'STATS=$(curl -sf localhost:8001/api/v1/proxy/nodes/${NODE}:10255/stats/summary)',
    urls: ['localhost:8001/api/v1/proxy/nodes/${NODE}:10255/stats/summary'],
  },
  {
    name: 'shell: a flag with =',
    text: 'kubectl get --raw=/api/v1/nodes/node-1/proxy/metrics/cadvisor | head',
    urls: ['/api/v1/nodes/node-1/proxy/metrics/cadvisor'],
  },
  {
    name: 'shell: an assignment',
    text: 'URL=http://localhost:8001/api/v1/namespaces/default/services/web:http/proxy/\n',
    urls: ['http://localhost:8001/api/v1/namespaces/default/services/web:http/proxy/'],
  },
  {
    name: 'Go: a format string',
    text: 'u := fmt.Sprintf("/api/v1/namespaces/%s/services/%s:%d/proxy/%s", ns, name, port, path)',
    urls: ['/api/v1/namespaces/%s/services/%s:%d/proxy/%s'],
  },
  {
    name: 'TypeScript: a template literal',
    text: 'const url = `${base}/api/v1/namespaces/${namespace}/services/${name}:${port}/proxy/`;',
    urls: ['${base}/api/v1/namespaces/${namespace}/services/${name}:${port}/proxy/'],
  },
  {
    name: 'TypeScript: a single-quoted string',
    text: "fetch('/api/v1/namespaces/monitoring/services/prometheus-k8s:web/proxy/api/v1/query?query=up')",
    urls: ['/api/v1/namespaces/monitoring/services/prometheus-k8s:web/proxy/api/v1/query?query=up'],
  },
  {
    name: 'placeholders: angle brackets and OpenAPI braces',
    text: '* `/api/v1/namespaces/<namespace>/services/<service-name>:<port-name>/proxy/` and /api/v1/nodes/{name}/proxy/{path}',
    urls: [
      '/api/v1/namespaces/<namespace>/services/<service-name>:<port-name>/proxy/',
      '/api/v1/nodes/{name}/proxy/{path}',
    ],
  },
  {
    name: 'not proxy URLs: /proxy-config, a GitHub path, kubectl proxy',
    text: 'Run `kubectl proxy`. See https://github.com/x/proxy/blob/main/README.md and /api/v1/namespaces/a/configmaps/proxy-config',
    urls: [],
  },
  {
    name: 'a typo that is still a proxy URL to report',
    text: 'http://localhost:8001/api/v1/namespace/default/services/web/proxy/',
    urls: ['http://localhost:8001/api/v1/namespace/default/services/web/proxy/'],
  },
  {
    name: 'a mistake kept whole: a raw space inside is the end of the URL',
    text: '/api/v1/namespaces/default/services/web/proxy/a b',
    urls: ['/api/v1/namespaces/default/services/web/proxy/a'],
  },
  {
    name: 'CRLF line endings',
    text: `a ${ES}/\r\nb ${DASH}\r\n`,
    urls: [`${ES}/`, DASH],
  },
];

describe('findProxyUrls', () => {
  it.each(rows)('$name', ({ text, urls }) => {
    const found = findProxyUrls(text);
    expect(found.map((f) => f.url)).toEqual(urls);
    for (const f of found) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
      // Without markup the span is the URL itself.
      if (!text.slice(f.start, f.end).includes('`')) expect(text.slice(f.start, f.end)).toBe(f.url);
    }
  });

  it('reads a Markdown link whose text and target are the same URL as one finding, at the target', () => {
    const text = `See [${DASH}](${DASH}).`;
    const found = findProxyUrls(text);
    expect(found).toEqual([
      {
        start: text.lastIndexOf(DASH),
        end: text.lastIndexOf(DASH) + DASH.length,
        url: DASH,
        copies: [[5, 5 + DASH.length]],
      },
    ]);
  });

  it('keeps a link whose text differs from its target as two URLs', () => {
    const other = DASH.replace('https:kubernetes-dashboard:', 'kubernetes-dashboard');
    expect(findProxyUrls(`[${other}](${DASH})`).map((f) => f.url)).toEqual([other, DASH]);
  });

  it('spans the markup of a URL joined through emphasis', () => {
    const text = 'x `http://`*`m`*`/api/v1/nodes/n/proxy/` y';
    const [found] = findProxyUrls(text);
    expect(found).toEqual({ start: 3, end: 39, url: 'http://m/api/v1/nodes/n/proxy/' });
  });

  it('never throws on values that are not strings', () => {
    expect(findProxyUrls(42 as unknown as string)).toEqual([]);
  });
});
