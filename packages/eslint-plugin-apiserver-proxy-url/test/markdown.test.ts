// valid-proxy-url on Markdown through @eslint/markdown: links, autolinks, code spans, fenced code,
// placeholders and inline markup, read as the library's lintText reads the file.
import markdown from '@eslint/markdown';
import plugin from '../src/index.js';
import { error, ruleTesters } from './rule-testers.js';

const rule = plugin.rules['valid-proxy-url'];

for (const [major, RuleTester] of ruleTesters) {
  const md = new RuleTester({ plugins: { markdown }, language: 'markdown/commonmark' });

  md.run(`valid-proxy-url, Markdown (${major})`, rule, {
    valid: [
      'Open <http://localhost:8001/api/v1/namespaces/kube-system/services/https:kubernetes-dashboard:/proxy/>.\n',
      // Placeholders are unknown values, not invalid names.
      'Use `/api/v1/namespaces/<namespace>/services/<service-name>:<port>/proxy/`.\n',
      'curl `$APISERVER/api/v1/namespaces/{{ .Release.Namespace }}/services/{{ include "app.fullname" . }}:http/proxy/`\n',
      // kubectl cluster-info prints links without the trailing slash.
      'Kubernetes control plane is running at https://10.0.0.1:6443\nKubeDNS is running at https://10.0.0.1:6443/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy\n',
      // HTML comments are not read.
      '<!-- http://localhost:8001/api/v1/namespaces/default/services/https:web/proxy/ -->\n',
      // Other proxies are not Kubernetes'.
      'See [the proxy settings](https://example.com/admin/proxy/).\n',
    ],
    invalid: [
      {
        // An autolink with the scheme read as the name.
        code: 'Run `kubectl proxy`, then open <http://localhost:8001/api/v1/namespaces/kube-system/services/https:kubernetes-dashboard/proxy/>.\n',
        output:
          'Run `kubectl proxy`, then open <http://localhost:8001/api/v1/namespaces/kube-system/services/https:kubernetes-dashboard:/proxy/>.\n',
        errors: [error('scheme-parsed-as-name', 1, 94, 120)],
      },
      {
        // A link target.
        code: '[Grafana](http://localhost:8001/api/v1/namespaces/monitoring/services/grafana:3000/proxy)\n',
        output:
          '[Grafana](http://localhost:8001/api/v1/namespaces/monitoring/services/grafana:3000/proxy/)\n',
        errors: [error('missing-trailing-slash', 1, 83, 89)],
      },
      {
        // A link whose text is its target: one finding, both fixed.
        code: '[/api/v1/namespaces/a/services/https:b/proxy/](/api/v1/namespaces/a/services/https:b/proxy/)\n',
        output:
          '[/api/v1/namespaces/a/services/https:b:/proxy/](/api/v1/namespaces/a/services/https:b:/proxy/)\n',
        errors: [error('scheme-parsed-as-name', 1, 78, 85)],
      },
      {
        // A code span with placeholders: the structure still counts.
        code: 'Use `/api/v1/namespaces/<namespace>/services/https:<service-name>/proxy/` with your names.\n',
        output:
          'Use `/api/v1/namespaces/<namespace>/services/https:<service-name>:/proxy/` with your names.\n',
        errors: [error('scheme-parsed-as-name', 1, 46, 66)],
      },
      {
        // Fenced code: the removed /api/v1/proxy/ form.
        code: '```sh\ncurl http://localhost:8001/api/v1/proxy/namespaces/default/services/web/\n```\n',
        output:
          '```sh\ncurl http://localhost:8001/api/v1/namespaces/default/services/web/proxy/\n```\n',
        errors: [error('legacy-proxy-path', 2, 27, 40)],
      },
      {
        // Emphasis inside a URL template (the Korean "Access Services" page's form): one URL.
        code: '`http://`*`master`*`/api/v1/namespaces/kube-system/services/https:elasticsearch-logging/proxy/`\n',
        output:
          '`https://`*`master`*`/api/v1/namespaces/kube-system/services/https:elasticsearch-logging:/proxy/`\n',
        errors: [
          error('insecure-remote-base', 1, 2, 18),
          error('scheme-parsed-as-name', 1, 61, 88),
        ],
      },
      {
        code: 'Open http://localhost:8001/api/v1/namespaces/default/services/web/proxy/ to check.\n',
        options: [{ minSeverity: 'info' }],
        errors: [error('empty-port-unnamed-only', 1, 63, 66)],
      },
    ],
  });
}
