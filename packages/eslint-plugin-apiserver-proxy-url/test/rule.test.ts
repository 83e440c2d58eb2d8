// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the cases are source code held in strings
// valid-proxy-url on JavaScript (espree) and TypeScript (typescript-eslint's parser). The cases follow
// how dashboards really build these URLs: Rancher's template links with `${ cluster.id }` and its
// proxyUrlFromBase, Headlamp's `/services/${name}:${port}/proxy/...` templates, and concatenations.
import * as tsParser from '@typescript-eslint/parser';
import plugin from '../src/index.js';
import { error, ruleTesters } from './rule-testers.js';

const rule = plugin.rules['valid-proxy-url'];

for (const [major, RuleTester] of ruleTesters) {
  const js = new RuleTester({ languageOptions: { ecmaVersion: 2024, sourceType: 'module' } });
  const ts = new RuleTester({ languageOptions: { parser: tsParser } });
  const tsx = new RuleTester({
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
  });

  js.run(`valid-proxy-url, JavaScript (${major})`, rule, {
    valid: [
      // Rancher: an Ember computed link with a call in the template; the call is a placeholder.
      "const kialiUrl = `/k8s/clusters/${ get(this, 'cluster.id') }/api/v1/namespaces/istio-system/services/http:kiali-http:80/proxy/`;",
      // Rancher's proxyUrlFromBase: every part is an expression; nothing to say.
      'const out = `${ cleanBase }/${ schemaNamePort }/proxy${ cleanPath }`;',
      'const base = `/k8s/clusters/${ escape(clusterId) }/api/v1/namespaces/${ escape(namespace) }/services`;',
      // A concatenation with the port in its own piece.
      "const url = '/api/v1/namespaces/' + ns + '/services/' + name + ':' + port + '/proxy/';",
      // Through a base taken from the kubeconfig.
      'const url = `${cluster.server}/api/v1/namespaces/${ns}/services/${name}:${port}/proxy/`;',
      'const url = `https://${host}/api/v1/namespaces/${ns}/services/${svc}/proxy/`;',
      // Infos are off by default: no port is only an info.
      'const url = `/api/v1/namespaces/${ns}/services/${svc}/proxy/`;',
      {
        code: "const url = 'http://localhost:8001/api/v1/namespaces/default/services/web/proxy';",
        options: [{ codes: { 'missing-trailing-slash': 'off' } }],
      },
      // Not strings: numbers added, regular expressions, other URLs.
      'const n = 1 + 2;',
      'const re = /\\/api\\/v1\\/namespaces\\/[^/]+\\/services\\/https:[^/]+\\/proxy/;',
      "fetch('https://example.com/proxy/settings');",
    ],
    invalid: [
      {
        // Rancher's monitoring links end at /proxy: the API server answers GET with a 301.
        code: 'const monitoring = { link: `/k8s/clusters/${ currentCluster.id }/api/v1/namespaces/cattle-monitoring-system/services/http:rancher-monitoring-grafana:80/proxy` };',
        output:
          'const monitoring = { link: `/k8s/clusters/${ currentCluster.id }/api/v1/namespaces/cattle-monitoring-system/services/http:rancher-monitoring-grafana:80/proxy/` };',
        errors: [error('missing-trailing-slash', 1, 152, 158)],
      },
      {
        // The legacy form in a concatenation: the fix moves text across expressions, so it is a
        // suggestion that rewrites the concatenation as one template literal.
        code: "const url = '/api/v1/proxy/namespaces/' + ns + '/services/' + name + '/';",
        errors: [
          {
            ...error('legacy-proxy-path', 1, 14, 27),
            suggestions: [
              {
                desc: 'Replace with /api/v1/namespaces/${ns}/services/${name}/proxy/',
                output: 'const url = `/api/v1/namespaces/${ns}/services/${name}/proxy/`;',
              },
            ],
          },
        ],
      },
      {
        // In a template the suggestion rewrites only the text around the expressions.
        code: 'const url = `/api/v1/proxy/namespaces/${ ns }/services/${name}/`;',
        errors: [
          {
            ...error('legacy-proxy-path', 1, 14, 27),
            suggestions: [
              {
                desc: 'Replace with /api/v1/namespaces/${ns}/services/${name}/proxy/',
                output: 'const url = `/api/v1/namespaces/${ ns }/services/${name}/proxy/`;',
              },
            ],
          },
        ],
      },
      {
        // Escapes in the literal: the span and the fix land on the source characters.
        code: 'const url = "http:\\/\\/localhost:8001/api/v1/namespaces/default/services/https:web/proxy/";',
        output:
          'const url = "http:\\/\\/localhost:8001/api/v1/namespaces/default/services/https:web:/proxy/";',
        errors: [error('scheme-parsed-as-name', 1, 73, 82)],
      },
      {
        code: "const url = 'http://10.0.0.1/api/v1/namespaces/default/services/web/proxy/';",
        output: "const url = 'https://10.0.0.1/api/v1/namespaces/default/services/web/proxy/';",
        errors: [error('insecure-remote-base', 1, 14, 29)],
      },
      {
        // A template and a string added: one URL, the fix goes into the template.
        code: "const url = `/api/v1/namespaces/${ns}/services/https:${svc}`\n  + '/proxy/';",
        output: "const url = `/api/v1/namespaces/${ns}/services/https:${svc}:`\n  + '/proxy/';",
        errors: [error('scheme-parsed-as-name', 1, 48, 60)],
      },
      {
        // `1 + 2` is added before it is concatenated: one unknown part.
        code: "const url = 1 + 2 + '/api/v1/namespaces/default/services/https:web/proxy/';",
        output: "const url = 1 + 2 + '/api/v1/namespaces/default/services/https:web:/proxy/';",
        errors: [error('scheme-parsed-as-name', 1, 58, 67)],
      },
      {
        // A pod port by name: the API server does not resolve it; there is no fix to offer.
        code: 'const u = `/api/v1/namespaces/${ns}/pods/${pod}:metrics/proxy/`;',
        errors: [error('named-pod-port', 1, 49, 56)],
      },
      {
        code: 'const url = `/api/v1/namespaces/${ns}/services/${svc}/proxy/`;',
        options: [{ minSeverity: 'info' }],
        errors: [error('empty-port-unnamed-only', 1, 48, 54)],
      },
      {
        // Two literals, each its own URL.
        code: 'const u = \'/api/v1/namespaces/default/services/https:web/proxy/\';\nconst v = "/api/v1/nodes/node-1/proxy";',
        output:
          'const u = \'/api/v1/namespaces/default/services/https:web:/proxy/\';\nconst v = "/api/v1/nodes/node-1/proxy/";',
        errors: [
          error('scheme-parsed-as-name', 1, 48, 57),
          error('missing-trailing-slash', 2, 32, 38),
        ],
      },
    ],
  });

  ts.run(`valid-proxy-url, TypeScript (${major})`, rule, {
    valid: [
      // Headlamp's Loki check.
      'const url = `/api/v1/namespaces/${namespace}/services/${name}:${port}/proxy/ready`;',
      // A path glued to /proxy, as Rancher writes it.
      'const url = `${cluster.server}/api/v1/namespaces/${ns}/services/${name}:${port}/proxy${path}`;',
      // Headlamp's Prometheus plugin: the resource is an expression (pods or services).
      'const url = `/api/v1/namespaces/${namespace}/${kubernetesType}/${name}:${port}/proxy/`;',
      // Headlamp's fetchMetrics: one expression for namespace, resource and id.
      'const url = `/api/v1/namespaces/${data.prefix}/proxy/api/v1/query_range?query=${query}`;',
      // A template literal type is a type, not a URL the program sends.
      'type ProxyPath = `/api/v1/namespaces/${string}/services/${string}:${number}/proxy/`;',
      "const ok: string = '/api/v1/namespaces/' + ns + '/services/' + name + ':' + port + '/proxy/';",
    ],
    invalid: [
      {
        // Headlamp's template with the scheme written in front of the name, without its colon.
        code: 'const url = `/api/v1/namespaces/${namespace}/services/https:${name}/proxy/`;',
        output: 'const url = `/api/v1/namespaces/${namespace}/services/https:${name}:/proxy/`;',
        errors: [error('scheme-parsed-as-name', 1, 55, 68)],
      },
      {
        // The same built by concatenation: the ":" goes into the literal after the identifier.
        code: "const url: string = '/api/v1/namespaces/' + namespace + '/services/https:' + name + '/proxy/';",
        output:
          "const url: string = '/api/v1/namespaces/' + namespace + '/services/https:' + name + ':/proxy/';",
        errors: [error('scheme-parsed-as-name', 1, 68, 82)],
      },
      {
        // A string literal type is checked like any string; with no expression in the way the
        // legacy form's fix applies in place.
        code: "type Legacy = '/api/v1/proxy/namespaces/default/services/web/';",
        output: "type Legacy = '/api/v1/namespaces/default/services/web/proxy/';",
        errors: [error('legacy-proxy-path', 1, 16, 29)],
      },
    ],
  });

  tsx.run(`valid-proxy-url, TSX (${major})`, rule, {
    valid: [
      'const p = <p>Tom &amp; Jerry reach /api/v1/namespaces/default/services/web:http/proxy/</p>;',
    ],
    invalid: [
      {
        // A JSX attribute string has no escapes: the fix is written as it is.
        code: 'const a = <a href="/api/v1/namespaces/default/services/https:web/proxy/">Web</a>;',
        output:
          'const a = <a href="/api/v1/namespaces/default/services/https:web:/proxy/">Web</a>;',
        errors: [error('scheme-parsed-as-name', 1, 56, 65)],
      },
      {
        // JSX text, read as written.
        code: 'const p = <p>Open http://localhost:8001/api/v1/namespaces/default/services/web:http/proxy</p>;',
        output:
          'const p = <p>Open http://localhost:8001/api/v1/namespaces/default/services/web:http/proxy/</p>;',
        errors: [error('missing-trailing-slash', 1, 84, 90)],
      },
      {
        // With an entity in it, the text is not placed character by character: reported whole, no fix.
        code: 'const p = <p>Tom &amp; Jerry: /api/v1/namespaces/default/services/web:http/proxy</p>;',
        errors: [error('missing-trailing-slash', 1, 14, 81)],
      },
    ],
  });
}
