// Data-table tests of every diagnostic the parser can report: for each code of the contract's table,
// URLs that trigger it (severity, the exact text it points at, its fix) and URLs that must not.
// Then the invariants of every result, and the catalogue against the contract.
import { describe, expect, it } from 'vitest';
import type { DiagnosticParams, ParserCode } from '../src/diagnostics.js';
import {
  type Diagnostic,
  type DiagnosticCode,
  diagnosticCatalogue,
  type ProxyTargetInput,
  parseProxyUrl,
  resolveProxyTarget,
  safeBuildProxyUrl,
} from '../src/index.js';
import { english } from '../src/messages.js';

type Severity = Diagnostic['severity'];

// The table of diagnostic codes and severities (the README's "Diagnostics"), copied here on purpose:
// these tests check the code against it, not against itself.
const contractSeverity = {
  'not-a-proxy-url': 'error',
  'unsupported-url-scheme': 'error',
  'legacy-proxy-path': 'error',
  'invalid-id': 'error',
  'invalid-scheme': 'error',
  'bad-percent-encoding': 'error',
  'encoded-slash-in-name': 'error',
  'invalid-namespace': 'error',
  'invalid-name': 'error',
  'invalid-port': 'error',
  'path-escapes-proxy': 'error',
  'scheme-parsed-as-name': 'warning',
  'missing-trailing-slash': 'warning',
  'named-pod-port': 'error',
  'port-number-format': 'warning',
  'scheme-port-mismatch': 'warning',
  'kubelet-port-scheme-ignored': 'warning',
  'dot-segment-in-path': 'warning',
  'double-slash-in-path': 'warning',
  'encoded-slash-in-path': 'warning',
  'encoded-query-in-path': 'warning',
  'backslash-in-path': 'warning',
  'kubectl-proxy-rejects-path': 'warning',
  'kubectl-proxy-rejects-host': 'warning',
  'dry-run-query': 'error',
  'path-query-ignored': 'warning',
  'service-name-leading-digit': 'warning',
  'credentials-in-url': 'warning',
  'insecure-remote-base': 'warning',
  'encoded-colon': 'info',
  'empty-port-unnamed-only': 'info',
  'redundant-colon': 'info',
  'surrounding-whitespace': 'info',
  'route-differs': 'error',
  'pasted-command': 'error',
  'space-in-url': 'error',
  'control-character': 'error',
  'hidden-route': 'warning',
  'missing-url-scheme': 'warning',
  'protocol-relative-url': 'warning',
} as const satisfies Partial<Record<DiagnosticCode, Severity>>;

type ContractCode = keyof typeof contractSeverity;
const contractCodes = Object.keys(contractSeverity) as ContractCode[];
/** Codes the catalogue adds for the builder. */
const builderOnlyCodes = ['invalid-base', 'invalid-resource', 'invalid-input'] as const;
// resolveProxyTarget's and linksFromObjects' codes: they need the objects (test/objects.test.ts).
const objectsOnlySeverity = {
  'unknown-port': 'error',
  'external-name-service': 'error',
  'non-tcp-port': 'error',
  'port-scheme-differs': 'warning',
  'object-not-found': 'warning',
  'no-container-port': 'info',
} as const;

const H = 'https://k8s.example';
const S = '/api/v1/namespaces/ns/services';
const P = '/api/v1/namespaces/ns/pods';
const N = '/api/v1/nodes';
const a63 = 'a'.repeat(63);
const a64 = 'a'.repeat(64);

interface Hit {
  code: ContractCode;
  url: string;
  /** The exact text the diagnostic points at. */
  span: string;
  /** Where to look for `span`: after the first occurrence of this text (default: from the start). */
  after?: string;
  /** The exact fix the contract asks for. */
  fix?: string;
  /** Text the message must show (where the README says what the message tells). */
  says?: string;
  /** The facts the message states, exactly (what a translation gets). */
  params?: DiagnosticParams;
}

/** The English sentence for a code and its params: what every message must be. */
const sentenceOf = (d: Diagnostic): string => {
  const sentence = english[d.code as ParserCode];
  return typeof sentence === 'string' ? sentence : sentence(d.params ?? {});
};

const hits: Hit[] = [
  // not-a-proxy-url
  {
    code: 'not-a-proxy-url',
    url: `${H}/api/v1/namespaces/ns/services/web`,
    span: `${H}/api/v1/namespaces/ns/services/web`,
  },
  {
    code: 'not-a-proxy-url',
    url: `${H}/api/v1/namespaces/ns/configmaps/web/proxy/`,
    span: `${H}/api/v1/namespaces/ns/configmaps/web/proxy/`,
  },
  { code: 'not-a-proxy-url', url: `${H}${S}/web/proxyfoo`, span: `${H}${S}/web/proxyfoo` },
  {
    code: 'not-a-proxy-url',
    url: 'http://localhost:8001/api/v1/services/web/proxy/',
    span: 'services',
    fix: 'http://localhost:8001/api/v1/namespaces/default/services/web/proxy/',
  },
  {
    code: 'not-a-proxy-url',
    url: '/api/v1/pods/web-0:8080/proxy/',
    span: 'pods',
    fix: '/api/v1/namespaces/default/pods/web-0:8080/proxy/',
  },
  { code: 'not-a-proxy-url', url: '', span: '' },
  { code: 'not-a-proxy-url', url: '  /healthz ', span: '/healthz' },
  // unsupported-url-scheme
  { code: 'unsupported-url-scheme', url: `ftp://k8s.example${S}/web/proxy/`, span: 'ftp:' },
  { code: 'unsupported-url-scheme', url: `FTP://k8s.example${S}/web/proxy/`, span: 'FTP:' },
  { code: 'unsupported-url-scheme', url: 'javascript:alert(document.cookie)', span: 'javascript:' },
  { code: 'unsupported-url-scheme', url: `file://${N}/n/proxy/`, span: 'file:' },
  // missing-url-scheme
  {
    code: 'missing-url-scheme',
    url: `localhost:8001${S}/svc:80/proxy/`,
    span: 'localhost:8001',
    fix: `http://localhost:8001${S}/svc:80/proxy/`,
  },
  { code: 'missing-url-scheme', url: `127.0.0.1:8001${N}/n/proxy/`, span: '127.0.0.1:8001' },
  {
    code: 'missing-url-scheme',
    url: `admin:s3cret@10.0.0.1:6443${N}/n/proxy/`,
    span: 'admin:s3cret@10.0.0.1:6443',
  },
  // protocol-relative-url
  {
    code: 'protocol-relative-url',
    url: `//evil.example${N}/n/proxy/`,
    span: '//evil.example',
    says: 'evil.example',
  },
  { code: 'protocol-relative-url', url: `/\\evil.example${N}/n/proxy/`, span: '/\\evil.example' },
  { code: 'protocol-relative-url', url: `//api/v1/nodes/n1/proxy/`, span: '//api', says: '"api"' },
  // pasted-command
  {
    code: 'pasted-command',
    url: `curl -k -H 'Authorization: Bearer t0k' https://10.0.0.1:6443${N}/n/proxy/`,
    span: `curl -k -H 'Authorization: Bearer t0k' https://10.0.0.1:6443${N}/n/proxy/`,
    fix: `https://10.0.0.1:6443${N}/n/proxy/`,
  },
  {
    code: 'pasted-command',
    url: `kubectl get --raw '${N}/n/proxy/metrics'`,
    span: `kubectl get --raw '${N}/n/proxy/metrics'`,
    fix: `${N}/n/proxy/metrics`,
  },
  {
    code: 'pasted-command',
    url: `kubectl get --raw=${N}/n/proxy/metrics`,
    span: `kubectl get --raw=${N}/n/proxy/metrics`,
    fix: `${N}/n/proxy/metrics`,
  },
  // space-in-url
  { code: 'space-in-url', url: `${N}/n/proxy/my file`, span: ' ', fix: `${N}/n/proxy/my%20file` },
  // control-character
  { code: 'control-character', url: `${N}/n1/proxy/a\tb`, span: '\t', fix: `${N}/n1/proxy/ab` },
  { code: 'control-character', url: `${S}/a/pro\nxy/`, span: '\n', fix: `${S}/a/proxy/` },
  {
    code: 'control-character',
    url: `${N}/n1/proxy/\u001b[2J`,
    span: '\u001b',
    fix: `${N}/n1/proxy/%1B[2J`,
  },
  { code: 'control-character', url: `${N}/n1/proxy/\u009b`, span: '\u009b' },
  // route-differs
  {
    code: 'route-differs',
    url: `${H}${P}/web:x\\..\\..\\..\\kube-system\\secrets/proxy/`,
    span: '\\',
    says: '/api/v1/namespaces/kube-system/secrets/proxy/',
    params: {
      reader: 'go',
      reached: 'pods ns/web:x\\..\\..\\..\\kube-system\\secrets',
      otherReader: 'browser',
      otherReached: '/api/v1/namespaces/kube-system/secrets/proxy/',
    },
  },
  {
    code: 'route-differs',
    url: `${H}/api/v1/%6ea%6despaces/ns/services/a/proxy/../../../../api/v1/nodes/evil/proxy/`,
    span: '%6e',
  },
  // hidden-route
  {
    code: 'hidden-route',
    url: '/%61pi/v1/nodes/a/proxy/api/v1/nodes/b/proxy/',
    span: '%61',
    fix: '/api/v1/nodes/a/proxy/api/v1/nodes/b/proxy/',
    says: 'node a',
  },
  {
    code: 'hidden-route',
    url: `${S}/s/prox%79/api/v1/namespaces/ns/services/b/proxy/`,
    span: '%79',
    fix: `${S}/s/proxy/api/v1/namespaces/ns/services/b/proxy/`,
    says: 'Service ns/s',
  },
  {
    code: 'hidden-route',
    url: `/api/v1/namespaces/ns/%73ervices/a/proxy/`,
    span: '%73',
    fix: `${S}/a/proxy/`,
  },
  {
    code: 'hidden-route',
    url: '/api/v1/namespaces%2Fns%2Fservices%2Fsvc%2Fproxy/',
    span: '%2F',
    fix: `${S}/svc/proxy/`,
  },
  {
    code: 'hidden-route',
    url: `${H}${S}/a\\proxy/`,
    span: '\\',
    fix: `${H}${S}/a/proxy/`,
    says: '404',
  },
  {
    code: 'hidden-route',
    url: `${H}${S}/b/%2e%2e/a/proxy/`,
    span: '%2e',
    fix: `${H}${S}/a/proxy/`,
  },
  // legacy-proxy-path
  {
    code: 'legacy-proxy-path',
    url: '/api/v1/proxy/namespaces/kube-system/services/kubernetes-dashboard/',
    span: '/api/v1/proxy',
    fix: '/api/v1/namespaces/kube-system/services/kubernetes-dashboard/proxy/',
    says: '404',
  },
  {
    code: 'legacy-proxy-path',
    url: 'http://localhost:8001/api/v1/proxy/nodes/node-1:10255/stats/summary?only_cpu_and_memory=true#x',
    span: '/api/v1/proxy',
    fix: 'http://localhost:8001/api/v1/nodes/node-1:10255/proxy/stats/summary?only_cpu_and_memory=true#x',
  },
  {
    code: 'legacy-proxy-path',
    url: 'https://rancher.example/k8s/clusters/c-1/api/v1/proxy/namespaces/ns/services/https:svc:443/api/x?q=1',
    span: '/api/v1/proxy',
    fix: 'https://rancher.example/k8s/clusters/c-1/api/v1/namespaces/ns/services/https:svc:443/proxy/api/x?q=1',
  },
  {
    code: 'legacy-proxy-path',
    url: '/api/v1/proxy/namespaces/ns/pods/p:8080/metrics',
    span: '/api/v1/proxy',
    fix: '/api/v1/namespaces/ns/pods/p:8080/proxy/metrics',
  },
  // invalid-id
  { code: 'invalid-id', url: `${S}/:80/proxy/`, span: ':80' },
  { code: 'invalid-id', url: `${S}/a:b:c:d/proxy/`, span: 'a:b:c:d' },
  { code: 'invalid-id', url: `${S}/https::443/proxy/`, span: 'https::443' },
  { code: 'invalid-id', url: `${S}/[::1]:80/proxy/`, span: '[::1]:80' },
  { code: 'invalid-id', url: `${S}//proxy/`, span: '', after: 'services/' },
  { code: 'invalid-id', url: `${P}/::/proxy/`, span: '::' },
  { code: 'invalid-id', url: `${N}/:10250/proxy/`, span: ':10250' },
  // invalid-scheme
  { code: 'invalid-scheme', url: `${S}/dashboard:foo:8080/proxy/`, span: 'dashboard' },
  { code: 'invalid-scheme', url: `${S}/HTTP:svc:80/proxy/`, span: 'HTTP' },
  { code: 'invalid-scheme', url: `${S}/Https:svc:/proxy/`, span: 'Https' },
  { code: 'invalid-scheme', url: `${S}/ftp%3Asvc%3A80/proxy/`, span: 'ftp' },
  { code: 'invalid-scheme', url: `${S}/svc:80:/proxy/`, span: 'svc', after: 'services/' },
  // bad-percent-encoding
  { code: 'bad-percent-encoding', url: `${S}/svc:80/proxy/a%zz`, span: '%zz', says: '400' },
  { code: 'bad-percent-encoding', url: `${S}/svc:80/proxy/%zz/%G1`, span: '%zz' },
  { code: 'bad-percent-encoding', url: `${S}/svc:80/proxy/a%`, span: '%' },
  { code: 'bad-percent-encoding', url: `${S}/svc:80/proxy/%G1/x`, span: '%G1' },
  { code: 'bad-percent-encoding', url: `${S}/svc:80/proxy/\u{1F600}/%zz`, span: '%zz' },
  {
    code: 'bad-percent-encoding',
    url: '/api/v1/namespaces/n%zz/services/svc:80/proxy/',
    span: '%zz',
  },
  { code: 'bad-percent-encoding', url: `${S}/svc%C3/proxy/`, span: '%C3' },
  {
    code: 'bad-percent-encoding',
    url: `${P}/caf%E9/proxy/`,
    span: '%E9',
    params: { reason: 'utf8' },
  },
  {
    code: 'bad-percent-encoding',
    url: '/api/v1/namespaces/n%zz/services/svc%C3/proxy/%G1',
    span: '%zz',
  },
  // encoded-slash-in-name
  {
    code: 'encoded-slash-in-name',
    url: '/api/v1/namespaces/a%2Fb/services/svc:80/proxy/',
    span: '%2F',
  },
  { code: 'encoded-slash-in-name', url: `${S}/svc%2f80/proxy/`, span: '%2f' },
  { code: 'encoded-slash-in-name', url: `${N}/node%2F1/proxy/`, span: '%2F' },
  // At the end of the id, where clients that split at %2F still find a proxy (a fast-check find).
  { code: 'encoded-slash-in-name', url: `${N}/a%2F/proxy/x`, span: '%2F' },
  { code: 'encoded-slash-in-name', url: `${N}/https:a:1025%2F/proxy/aaa/a%00aa/aa`, span: '%2F' },
  { code: 'encoded-slash-in-name', url: `${S}/x%2F/proxy/`, span: '%2F' },
  // invalid-namespace
  {
    code: 'invalid-namespace',
    url: '/api/v1/namespaces/Kube-System/services/svc:80/proxy/',
    span: 'Kube-System',
  },
  {
    code: 'invalid-namespace',
    url: '/api/v1/namespaces//services/svc:80/proxy/',
    span: '',
    after: 'namespaces/',
  },
  { code: 'invalid-namespace', url: `/api/v1/namespaces/${a64}/services/svc:80/proxy/`, span: a64 },
  {
    code: 'invalid-namespace',
    url: '/api/v1/namespaces/%C3%A9/services/svc:80/proxy/',
    span: '%C3%A9',
  },
  {
    code: 'invalid-namespace',
    url: '/api/v1/namespaces/-ns/pods/p/proxy/',
    span: '-ns',
    params: { rule: 'DNS-1123 label', allowed: 'a-z, 0-9, "-"', max: 63 },
  },
  // invalid-name
  { code: 'invalid-name', url: `${S}/My_Service/proxy/`, span: 'My_Service' },
  { code: 'invalid-name', url: `${S}/10.0.0.1:80/proxy/`, span: '10.0.0.1' },
  { code: 'invalid-name', url: `${S}/web.app:80/proxy/`, span: 'web.app' },
  { code: 'invalid-name', url: `${S}/${a64}/proxy/`, span: a64 },
  { code: 'invalid-name', url: `${P}/Pod_1/proxy/`, span: 'Pod_1' },
  { code: 'invalid-name', url: `${P}/${'a'.repeat(254)}:8080/proxy/`, span: 'a'.repeat(254) },
  { code: 'invalid-name', url: `${N}/Node-1/proxy/`, span: 'Node-1' },
  { code: 'invalid-name', url: `${N}/https:node..1:4194/proxy/`, span: 'node..1' },
  // invalid-port
  { code: 'invalid-port', url: `${S}/svc:0/proxy/`, span: '0', after: 'svc:' },
  { code: 'invalid-port', url: `  ${S}/svc:0/proxy/`, span: '0', after: 'svc:' },
  { code: 'invalid-port', url: `${S}/svc:65536/proxy/`, span: '65536' },
  { code: 'invalid-port', url: `${S}/svc:Web/proxy/`, span: 'Web' },
  {
    code: 'invalid-port',
    url: `${S}/svc:my_port/proxy/`,
    span: 'my_port',
    params: { reason: 'name', rule: 'DNS-1123 label', allowed: 'a-z, 0-9, "-"', max: 63 },
  },
  { code: 'invalid-port', url: `${S}/svc:${a64}/proxy/`, span: a64 },
  { code: 'invalid-port', url: `${S}/svc:%2080/proxy/`, span: '%2080' },
  { code: 'invalid-port', url: `${N}/n:-1/proxy/`, span: '-1' },
  { code: 'invalid-port', url: `${P}/p:0/proxy/`, span: '0', after: 'p:' },
  {
    code: 'invalid-port',
    url: `${N}/node-1:kubelet/proxy/`,
    span: 'kubelet',
    params: { reason: 'node' },
  },
  // path-escapes-proxy
  {
    code: 'path-escapes-proxy',
    url: 'https://h/api/v1/namespaces/ns/services/svc/proxy/../../../secrets',
    span: '..',
    says: '/api/v1/namespaces/ns/secrets',
    params: { cleaner: 'browser', path: '/api/v1/namespaces/ns/secrets' },
  },
  {
    code: 'path-escapes-proxy',
    url: 'https://rancher.example/k8s/clusters/c-1/api/v1/namespaces/ns/services/svc/proxy/../../../secrets',
    span: '..',
    says: '/k8s/clusters/c-1/api/v1/namespaces/ns/secrets',
  },
  {
    code: 'path-escapes-proxy',
    url: `${S}/svc:80/proxy/%2e%2e/x`,
    span: '%2e%2e',
    says: `${S}/svc:80/x`,
  },
  { code: 'path-escapes-proxy', url: `${S}/svc:80/proxy/.%2E/x`, span: '.%2E' },
  { code: 'path-escapes-proxy', url: `${S}/svc:80/proxy/..`, span: '..' },
  // Only kubectl proxy's cleaning (which collapses '//') climbs out here.
  { code: 'path-escapes-proxy', url: `${S}/svc:80/proxy//../x`, span: '..', says: `${S}/svc:80/x` },
  { code: 'path-escapes-proxy', url: `${S}/svc:80/proxy/a/../../b`, span: '..', after: 'a/../' },
  {
    code: 'path-escapes-proxy',
    url: `${H}${S}/svc:80/proxy\\..\\..\\secrets`,
    span: '..',
    says: '/api/v1/namespaces/ns/services/secrets',
  },
  // First occurrence: kubectl proxy already climbs out at '..', before the browser does at '%2e%2e'.
  { code: 'path-escapes-proxy', url: `${S}/svc:80/proxy//../%2e%2e/x`, span: '..' },
  // scheme-parsed-as-name
  {
    code: 'scheme-parsed-as-name',
    url: `${H}/api/v1/namespaces/default/services/https:svc/proxy`,
    span: 'https:svc',
    fix: `${H}/api/v1/namespaces/default/services/https:svc:/proxy`,
    params: { id: 'https:svc:' },
  },
  {
    code: 'scheme-parsed-as-name',
    url: `${S}/http:web/proxy/metrics`,
    span: 'http:web',
    fix: `${S}/http:web:/proxy/metrics`,
  },
  {
    code: 'scheme-parsed-as-name',
    url: `${S}/https%3Asvc/proxy/`,
    span: 'https%3Asvc',
    fix: `${S}/https:svc:/proxy/`,
  },
  // missing-trailing-slash
  { code: 'missing-trailing-slash', url: `${S}/kube-dns:dns/proxy`, span: '/proxy' },
  { code: 'missing-trailing-slash', url: `${S}/svc:80/proxy?x=1`, span: '/proxy' },
  { code: 'missing-trailing-slash', url: `${N}/n/proxy#top`, span: '/proxy' },
  {
    code: 'missing-trailing-slash',
    url: `http://localhost:7007/api/kubernetes/proxy${S}/svc:80/proxy`,
    span: '/proxy',
    after: 'svc:80',
  },
  // named-pod-port
  { code: 'named-pod-port', url: `${P}/p:http/proxy/`, span: 'http' },
  { code: 'named-pod-port', url: `${P}/https:web-0:metrics/proxy/`, span: 'metrics' },
  { code: 'named-pod-port', url: `${P}/p:+80/proxy/`, span: '+80' },
  { code: 'named-pod-port', url: `${P}/p:-1/proxy/`, span: '-1' },
  // port-number-format
  { code: 'port-number-format', url: `${S}/svc:+80/proxy/`, span: '+80', params: { port: 80 } },
  { code: 'port-number-format', url: `${S}/https:svc:0443/proxy/`, span: '0443' },
  { code: 'port-number-format', url: `${P}/p:08080/proxy/`, span: '08080' },
  // scheme-port-mismatch
  {
    code: 'scheme-port-mismatch',
    url: `${S}/svc:443/proxy/`,
    span: '443',
    fix: `${S}/https:svc:443/proxy/`,
  },
  { code: 'scheme-port-mismatch', url: `${S}/http:svc:8443/proxy/`, span: '8443' },
  { code: 'scheme-port-mismatch', url: `${S}/svc:https/proxy/`, span: 'https' },
  {
    code: 'scheme-port-mismatch',
    url: `${S}/https:svc:80/proxy/`,
    span: '80',
    after: 'svc:',
    fix: `${S}/svc:80/proxy/`,
  },
  {
    code: 'scheme-port-mismatch',
    url: `${S}/https:svc:http/proxy/`,
    span: 'http',
    after: 'https:svc:',
  },
  { code: 'scheme-port-mismatch', url: `${P}/p:443/proxy/`, span: '443' },
  // kubelet-port-scheme-ignored
  { code: 'kubelet-port-scheme-ignored', url: `${N}/https:node-1:10250/proxy/`, span: 'https' },
  { code: 'kubelet-port-scheme-ignored', url: `${N}/http:node-1:/proxy/`, span: 'http' },
  // dot-segment-in-path
  {
    code: 'dot-segment-in-path',
    url: `${S}/svc:80/proxy/a/./b/../c/`,
    span: '.',
    after: 'proxy/a/',
  },
  { code: 'dot-segment-in-path', url: `${S}/svc:80/proxy/a/%2E/b`, span: '%2E' },
  { code: 'dot-segment-in-path', url: `${S}/svc:80/proxy/a/b/..`, span: '..' },
  // `..%2F` is no dot segment to browsers or kubectl 1.22+, but older kubectl decoded then cleaned:
  // a warning where the URL cannot go through kubectl proxy...
  {
    code: 'dot-segment-in-path',
    url: `${H}${S}/svc:80/proxy/x/..%2F..%2Fy`,
    span: '..',
    after: 'proxy/x/',
  },
  {
    code: 'dot-segment-in-path',
    url: `${H}${S}/svc:80/proxy/..%2F..%2F..%2Fsecrets`,
    span: '..',
    after: 'proxy/',
  },
  // ...and an error where it can, once it climbs out (Go < 1.22's ServeMux: 301 to the Secrets).
  {
    code: 'path-escapes-proxy',
    url: `${S}/svc:80/proxy/..%2F..%2F..%2Fsecrets`,
    span: '..',
    after: 'proxy/',
    says: '/api/v1/namespaces/ns/secrets',
  },
  // First occurrence: the `..%2F` comes before the `.`.
  {
    code: 'dot-segment-in-path',
    url: `${S}/svc:80/proxy/x/..%2Fy/./z`,
    span: '..',
    after: 'proxy/x/',
  },
  // double-slash-in-path
  {
    code: 'double-slash-in-path',
    url: `${S}/svc:80/proxy/a//b?u=http://x`,
    span: '//',
    after: 'proxy/a',
  },
  { code: 'double-slash-in-path', url: `${S}/svc:80/proxy//metrics`, span: '//', after: 'proxy' },
  // encoded-slash-in-path
  { code: 'encoded-slash-in-path', url: `${S}/svc:80/proxy/api%2Fquery`, span: '%2F' },
  { code: 'encoded-slash-in-path', url: `${S}/svc:80/proxy/a%2fb%2Fc`, span: '%2f' },
  // encoded-query-in-path
  { code: 'encoded-query-in-path', url: `${S}/svc:80/proxy/search%3Fq=1`, span: '%3F' },
  { code: 'encoded-query-in-path', url: `${S}/svc:80/proxy/search%3fq=1?x=%3F`, span: '%3f' },
  // backslash-in-path
  { code: 'backslash-in-path', url: `${S}/svc:80/proxy/a\\b`, span: '\\' },
  { code: 'backslash-in-path', url: `${S}/svc:80/proxy/a%5Cb`, span: '%5C' },
  { code: 'backslash-in-path', url: `${S}/svc:80/proxy/a%5cb\\c`, span: '%5c' },
  { code: 'backslash-in-path', url: `${S}/svc:80/proxy\\metrics`, span: '\\' },
  // kubectl-proxy-rejects-path
  {
    code: 'kubectl-proxy-rejects-path',
    url: `http://localhost:8001${P}/p/proxy/exec`,
    span: '/exec',
    says: '403',
  },
  { code: 'kubectl-proxy-rejects-path', url: `${P}/p/proxy/attach`, span: '/attach' },
  {
    code: 'kubectl-proxy-rejects-path',
    url: `http://localhost:8001${S}/s/proxy/pods/x/exec`,
    span: '/exec',
  },
  {
    code: 'kubectl-proxy-rejects-path',
    url: `http://127.0.0.1:8001${P}/p/proxy/executor`,
    span: '/exec',
  },
  { code: 'kubectl-proxy-rejects-path', url: `/custom${P}/p/proxy/exec?command=sh`, span: '/exec' },
  {
    code: 'kubectl-proxy-rejects-path',
    url: `http://localhost:8001${P}/p/proxy/%65xec`,
    span: '/%65xec',
  },
  { code: 'kubectl-proxy-rejects-path', url: `${P}/p/proxy/x%2Fexec`, span: '%2Fexec' },
  // Each of the first letters escaped, which the check's cheap look must not miss.
  { code: 'kubectl-proxy-rejects-path', url: `${P}/p/proxy/ex%65c%20`, span: '/ex%65c' },
  { code: 'kubectl-proxy-rejects-path', url: `${P}/p/proxy/e%78ec`, span: '/e%78ec' },
  { code: 'kubectl-proxy-rejects-path', url: `${P}/p/proxy/%61ttach`, span: '/%61ttach' },
  { code: 'kubectl-proxy-rejects-path', url: `${P}/p/proxy/a%74%74ach`, span: '/a%74%74ach' },
  { code: 'kubectl-proxy-rejects-path', url: `${P}/p/proxy/x%2fattach`, span: '%2fattach' },
  {
    code: 'kubectl-proxy-rejects-path',
    url: '/api/v1/namespaces/pods/services/s:80/proxy/exec',
    span: '/exec',
  },
  { code: 'kubectl-proxy-rejects-path', url: `${N}/n/proxy/pods/x/attach`, span: '/attach' },
  { code: 'kubectl-proxy-rejects-path', url: `http://[::1]:8001${P}/p/proxy/exec`, span: '/exec' },
  {
    code: 'kubectl-proxy-rejects-path',
    url: `http://127.0.0.2${P}/p/proxy/attach/x`,
    span: '/attach',
  },
  // kubectl-proxy-rejects-host
  {
    code: 'kubectl-proxy-rejects-host',
    url: `http://[::1]:8001${S}/svc:80/proxy/`,
    span: '[::1]:8001',
  },
  {
    code: 'kubectl-proxy-rejects-host',
    url: `http://127.0.0.2:8001${S}/svc:80/proxy/`,
    span: '127.0.0.2:8001',
  },
  {
    code: 'kubectl-proxy-rejects-host',
    url: `http://127.1.2.3${S}/svc:80/proxy/`,
    span: '127.1.2.3',
  },
  // dry-run-query
  { code: 'dry-run-query', url: `${H}${S}/svc:80/proxy/?dryRun=All`, span: 'dryRun' },
  { code: 'dry-run-query', url: `${H}${S}/svc:80/proxy/?a=1&dryRun`, span: 'dryRun' },
  { code: 'dry-run-query', url: `${H}${S}/svc:80/proxy/?a=1&dry%52un=All`, span: 'dry%52un' },
  // path-query-ignored
  {
    code: 'path-query-ignored',
    url: `${H}${S}/svc:80/proxy/?path=/metrics`,
    span: 'path',
    after: '?',
  },
  { code: 'path-query-ignored', url: `${H}${S}/svc:80/proxy/?x=1&path`, span: 'path', after: '&' },
  // service-name-leading-digit
  { code: 'service-name-leading-digit', url: `${S}/1password/proxy/`, span: '1password' },
  {
    code: 'service-name-leading-digit',
    url: `${S}/https:0xdeadbeef:443/proxy/`,
    span: '0xdeadbeef',
  },
  // credentials-in-url
  {
    code: 'credentials-in-url',
    url: `https://admin:s3cret@k8s.example:6443${S}/svc:80/proxy/`,
    span: 'admin:s3cret@',
  },
  // insecure-remote-base
  {
    code: 'insecure-remote-base',
    url: `http://104.197.5.247${S}/svc:80/proxy/`,
    span: 'http://104.197.5.247',
  },
  {
    code: 'insecure-remote-base',
    url: `ws://10.0.0.5:8080${P}/p:8080/proxy/ws`,
    span: 'ws://10.0.0.5',
  },
  {
    code: 'insecure-remote-base',
    url: `http://[2001:db8::1]:8080${N}/n/proxy/`,
    span: 'http://[2001:db8::1]',
  },
  // encoded-colon
  { code: 'encoded-colon', url: `${S}/my-service%3A9090/proxy/`, span: '%3A' },
  { code: 'encoded-colon', url: `${S}/https%3asvc%3a443/proxy/`, span: '%3a' },
  // empty-port-unnamed-only
  {
    code: 'empty-port-unnamed-only',
    url: `${S}/elasticsearch-logging/proxy/`,
    span: 'elasticsearch-logging',
  },
  { code: 'empty-port-unnamed-only', url: `${S}/https:svc:/proxy/`, span: 'https:svc:' },
  // redundant-colon
  { code: 'redundant-colon', url: `${S}/svc:/proxy/`, span: 'svc:' },
  { code: 'redundant-colon', url: `${S}/:svc:80/proxy/`, span: ':svc:80' },
  { code: 'redundant-colon', url: `${S}/:svc:/proxy/`, span: ':svc:' },
  { code: 'redundant-colon', url: `${N}/:node-1:/proxy/`, span: ':node-1:' },
  // surrounding-whitespace
  { code: 'surrounding-whitespace', url: `  ${H}${N}/n/proxy/`, span: '  ' },
  { code: 'surrounding-whitespace', url: `${H}${N}/n/proxy/ \n\t`, span: ' \n\t' },
];

interface Miss {
  code: ContractCode;
  url: string;
  why: string;
}

const misses: Miss[] = [
  {
    code: 'route-differs',
    url: `${S}/svc:80/proxy/api/v1/nodes/b/proxy/`,
    why: 'a proxied path holding another route',
  },
  {
    code: 'route-differs',
    url: `${S}/my-service%3A9090/proxy/a%20b`,
    why: 'escapes every client decodes alike',
  },
  {
    code: 'hidden-route',
    url: `${S}/svc%3A80/proxy/%2e%2e%2fx`,
    why: 'escapes in the id and path, not the route',
  },
  {
    code: 'hidden-route',
    url: `${H}${S}/svc:80/proxy\\metrics`,
    why: "a backslash below /proxy is the path's business",
  },
  { code: 'pasted-command', url: `${N}/n/proxy/my file`, why: 'a URL with a space (space-in-url)' },
  { code: 'pasted-command', url: `  ${N}/n/proxy/  `, why: 'surrounding spaces' },
  { code: 'space-in-url', url: `${N}/n/proxy/my%20file?q=a+b`, why: 'encoded spaces' },
  { code: 'space-in-url', url: `kubectl get --raw ${N}/n/proxy/`, why: 'a pasted command' },
  { code: 'control-character', url: `${N}/n/proxy/%09%1B`, why: 'escaped controls' },
  {
    code: 'control-character',
    url: `\t${N}/n/proxy/\n`,
    why: 'surrounding whitespace that browsers drop',
  },
  { code: 'missing-url-scheme', url: `http://localhost:8001${N}/n/proxy/`, why: 'with its scheme' },
  { code: 'missing-url-scheme', url: `/k8s/clusters/c-1${N}/n/proxy/`, why: 'a path prefix' },
  { code: 'missing-url-scheme', url: `${N}/n:10250/proxy/`, why: 'a port in the id' },
  { code: 'protocol-relative-url', url: `https://h${N}/n/proxy//x`, why: '// in the path' },
  { code: 'protocol-relative-url', url: `/clusters/main${N}/n/proxy/`, why: 'a path prefix' },
  { code: 'not-a-proxy-url', url: `${S}/svc:80/proxy`, why: 'a bare /proxy is a proxy URL' },
  { code: 'not-a-proxy-url', url: `${N}/n/proxy?x#y`, why: '/proxy then a query' },
  {
    code: 'not-a-proxy-url',
    url: `${S}/svc:80/proxy\\x`,
    why: 'browsers read \\ after /proxy as /',
  },
  {
    code: 'unsupported-url-scheme',
    url: `HTTP://LOCALHOST:8001${S}/svc:80/proxy/`,
    why: 'upper-case http',
  },
  { code: 'unsupported-url-scheme', url: `WSS://k8s.example${P}/p/proxy/`, why: 'upper-case wss' },
  { code: 'unsupported-url-scheme', url: `${S}/svc:80/proxy/`, why: 'no scheme at all' },
  {
    code: 'legacy-proxy-path',
    url: `${S}/svc:80/proxy/api/v1/proxy/namespaces/x/services/y/`,
    why: 'the legacy form inside the proxied path',
  },
  {
    code: 'legacy-proxy-path',
    url: '/api/v1/namespaces/proxy/services/svc:80/proxy/',
    why: 'a namespace named proxy',
  },
  { code: 'invalid-id', url: `${S}/svc:/proxy/`, why: 'svc: is svc' },
  { code: 'invalid-id', url: `${S}/:svc:80/proxy/`, why: 'an empty scheme is allowed' },
  { code: 'invalid-id', url: `${S}/https:svc:/proxy/`, why: 'https to the unnamed port' },
  { code: 'invalid-scheme', url: `${S}/https:svc:443/proxy/`, why: 'https' },
  { code: 'invalid-scheme', url: `${S}/http:svc:/proxy/`, why: 'http' },
  { code: 'invalid-scheme', url: `${S}/:svc:80/proxy/`, why: 'empty scheme' },
  {
    code: 'invalid-scheme',
    url: `${S}/ftp:svc/proxy/`,
    why: 'two parts are name:port, so ftp is a name',
  },
  {
    code: 'bad-percent-encoding',
    url: `${S}/svc:80/proxy/?q=%zz`,
    why: 'the query is forwarded untouched',
  },
  {
    code: 'bad-percent-encoding',
    url: `${S}/svc:80/proxy/#%`,
    why: 'the fragment never leaves the browser',
  },
  {
    code: 'bad-percent-encoding',
    url: `${S}/svc:80/proxy/caf%C3`,
    why: 'a non-UTF-8 escape is fine in the path',
  },
  { code: 'bad-percent-encoding', url: `${S}/svc:80/proxy/%41%7e`, why: 'valid escapes' },
  { code: 'encoded-slash-in-name', url: `${S}/svc:80/proxy/a%2Fb`, why: '%2F in the path' },
  { code: 'encoded-slash-in-name', url: `${S}/svc:80/proxy/?a=%2F`, why: '%2F in the query' },
  {
    code: 'invalid-namespace',
    url: '/api/v1/namespaces/kube-system/services/svc:80/proxy/',
    why: 'kube-system',
  },
  {
    code: 'invalid-namespace',
    url: `/api/v1/namespaces/${a63}/services/svc:80/proxy/`,
    why: '63 characters',
  },
  {
    code: 'invalid-namespace',
    url: '/api/v1/namespaces/0/services/svc:80/proxy/',
    why: 'a label may start with a digit',
  },
  { code: 'invalid-name', url: `${S}/a/proxy/`, why: 'a one-letter Service' },
  { code: 'invalid-name', url: `${S}/${a63}/proxy/`, why: 'a 63-character Service' },
  { code: 'invalid-name', url: `${S}/1password/proxy/`, why: 'a leading digit is only a warning' },
  { code: 'invalid-name', url: `${P}/web-0.web.default/proxy/`, why: 'pod names are subdomains' },
  { code: 'invalid-name', url: `${P}/${'a'.repeat(253)}/proxy/`, why: 'a 253-character pod' },
  { code: 'invalid-name', url: `${N}/ip-10-0-1-23.ec2.internal/proxy/`, why: 'a dotted node name' },
  { code: 'invalid-port', url: `${S}/svc:65535/proxy/`, why: 'the highest port' },
  { code: 'invalid-port', url: `${S}/svc:1/proxy/`, why: 'the lowest port' },
  { code: 'invalid-port', url: `${S}/svc:http-metrics/proxy/`, why: 'a Service port name' },
  { code: 'invalid-port', url: `${S}/svc:${a63}/proxy/`, why: 'a 63-character port name' },
  { code: 'invalid-port', url: `${S}/svc:+80/proxy/`, why: '+80 is port 80' },
  { code: 'invalid-port', url: `${P}/p:http/proxy/`, why: 'a named pod port is a warning' },
  { code: 'invalid-port', url: `${N}/n:10250/proxy/`, why: 'a numeric node port' },
  { code: 'path-escapes-proxy', url: `${S}/svc:80/proxy/a/../b`, why: 'stays inside' },
  { code: 'path-escapes-proxy', url: `${S}/svc:80/proxy/a/%2e%2e/b`, why: 'encoded, stays inside' },
  {
    code: 'path-escapes-proxy',
    url: `${H}${S}/svc:80/proxy/..%2F..%2F..%2Fsecrets`,
    why: '..%2F is not a dot segment to browsers or kubectl 1.22+, and https://h is not kubectl proxy',
  },
  { code: 'path-escapes-proxy', url: `${S}/svc:80/proxy/..foo/...`, why: 'not dot segments' },
  {
    code: 'path-escapes-proxy',
    url: `${S}/svc:80/proxy/?x=../../..#../..`,
    why: 'dots in the query and fragment',
  },
  { code: 'scheme-parsed-as-name', url: `${S}/https:svc:/proxy/`, why: 'the three-part form' },
  { code: 'scheme-parsed-as-name', url: `${S}/web:https/proxy/`, why: 'https is the port' },
  { code: 'scheme-parsed-as-name', url: `${S}/https/proxy/`, why: 'a Service named https' },
  { code: 'missing-trailing-slash', url: `${S}/svc:80/proxy/`, why: '/proxy/' },
  {
    code: 'missing-trailing-slash',
    url: `${S}/svc:80/proxy/metrics`,
    why: 'a path without a trailing slash',
  },
  { code: 'missing-trailing-slash', url: `${S}/svc:80/proxy/?x=1`, why: '/proxy/ then a query' },
  { code: 'named-pod-port', url: `${P}/p:8080/proxy/`, why: 'a numeric pod port' },
  { code: 'named-pod-port', url: `${S}/svc:http/proxy/`, why: 'Service port names are resolved' },
  { code: 'port-number-format', url: `${S}/svc:80/proxy/`, why: 'plain 80' },
  { code: 'port-number-format', url: `${S}/svc:10/proxy/`, why: 'a trailing zero' },
  { code: 'scheme-port-mismatch', url: `${S}/https:svc:443/proxy/`, why: 'https to 443' },
  { code: 'scheme-port-mismatch', url: `${S}/http:svc:80/proxy/`, why: 'http to 80' },
  { code: 'scheme-port-mismatch', url: `${S}/svc:8080/proxy/`, why: 'no scheme to 8080' },
  { code: 'scheme-port-mismatch', url: `${S}/https:svc:8443/proxy/`, why: 'https to 8443' },
  { code: 'scheme-port-mismatch', url: `${S}/svc:http/proxy/`, why: 'no scheme to the http port' },
  {
    code: 'scheme-port-mismatch',
    url: `${S}/https:svc:https/proxy/`,
    why: 'https to the https port',
  },
  { code: 'scheme-port-mismatch', url: `${S}/svc:4430/proxy/`, why: 'not 443' },
  { code: 'kubelet-port-scheme-ignored', url: `${N}/node-1:10250/proxy/`, why: 'no scheme' },
  {
    code: 'kubelet-port-scheme-ignored',
    url: `${N}/https:node-1:4194/proxy/`,
    why: 'not the kubelet port',
  },
  { code: 'kubelet-port-scheme-ignored', url: `${S}/https:svc:/proxy/`, why: 'not a node' },
  {
    code: 'dot-segment-in-path',
    url: `${S}/svc:80/proxy/a.b/..c/.../d.`,
    why: 'dots inside names',
  },
  {
    code: 'dot-segment-in-path',
    url: `${S}/svc:80/proxy/.well-known/openid-configuration`,
    why: 'a dot file',
  },
  {
    code: 'dot-segment-in-path',
    url: `${S}/svc:80/proxy/x?a=./..#./`,
    why: 'dots in the query and fragment',
  },
  { code: 'double-slash-in-path', url: `${S}/svc:80/proxy/x?u=http://y`, why: '// in the query' },
  { code: 'double-slash-in-path', url: `${S}/svc:80/proxy/x#//y`, why: '// in the fragment' },
  {
    code: 'double-slash-in-path',
    url: `http://localhost:8001${S}/svc:80/proxy/a/b/`,
    why: '// in the base',
  },
  {
    code: 'encoded-slash-in-path',
    url: `${S}/svc:80/proxy/?q=a%2Fb#a%2Fb`,
    why: '%2F in the query and fragment',
  },
  { code: 'encoded-slash-in-path', url: `${S}/svc:80/proxy/a%252Fb`, why: 'an encoded %, then 2F' },
  { code: 'encoded-query-in-path', url: `${S}/svc:80/proxy/?q=%3F`, why: '%3F in the query' },
  { code: 'encoded-query-in-path', url: `${S}/svc:80/proxy/a%253F`, why: 'an encoded %, then 3F' },
  {
    code: 'backslash-in-path',
    url: `${S}/svc:80/proxy/?a=\\b&c=%5C#\\`,
    why: 'backslashes in the query and fragment',
  },
  {
    code: 'kubectl-proxy-rejects-path',
    url: `https://localhost:6443${P}/p/proxy/exec`,
    why: 'an https base is not kubectl proxy',
  },
  {
    code: 'kubectl-proxy-rejects-path',
    url: `${H}${P}/p/proxy/exec`,
    why: 'an https base is not kubectl proxy',
  },
  {
    code: 'kubectl-proxy-rejects-path',
    url: `http://10.0.0.5:8001${P}/p/proxy/exec`,
    why: 'plain http, but not loopback',
  },
  { code: 'kubectl-proxy-rejects-path', url: `${S}/s/proxy/exec`, why: 'no /pods/' },
  { code: 'kubectl-proxy-rejects-path', url: `${P}/exec-pod/proxy/`, why: 'no /exec after /pods/' },
  {
    code: 'kubectl-proxy-rejects-path',
    url: '/api/v1/namespaces/exec/pods/p/proxy/',
    why: '/exec before /pods/',
  },
  {
    code: 'kubectl-proxy-rejects-path',
    url: `${P}/p/proxy/x-exec`,
    why: 'exec without a slash before it',
  },
  {
    code: 'kubectl-proxy-rejects-path',
    url: `http://localhost:8001${P}/p/proxy/?cmd=/exec#/attach`,
    why: 'the query and fragment are not matched',
  },
  {
    code: 'kubectl-proxy-rejects-host',
    url: `http://localhost:8001${S}/svc:80/proxy/`,
    why: 'localhost',
  },
  {
    code: 'kubectl-proxy-rejects-host',
    url: `http://127.0.0.1:8001${S}/svc:80/proxy/`,
    why: '127.0.0.1',
  },
  {
    code: 'kubectl-proxy-rejects-host',
    url: `http://[::1]${S}/svc:80/proxy/`,
    why: '[::1] without a port',
  },
  {
    code: 'kubectl-proxy-rejects-host',
    url: `https://[::1]:8001${S}/svc:80/proxy/`,
    why: 'an https base is not kubectl proxy',
  },
  {
    code: 'kubectl-proxy-rejects-host',
    url: `https://127.0.0.2:6443${S}/svc:80/proxy/`,
    why: 'an https base is not kubectl proxy',
  },
  { code: 'kubectl-proxy-rejects-host', url: `${S}/svc:80/proxy/`, why: 'no host' },
  {
    code: 'dry-run-query',
    url: `${H}${S}/svc:80/proxy/?dryrun=All`,
    why: 'keys are case-sensitive',
  },
  {
    code: 'dry-run-query',
    url: `${H}${S}/svc:80/proxy/?xdryRun=1&mode=dryRun`,
    why: 'another key, a value',
  },
  { code: 'dry-run-query', url: `${H}${S}/svc:80/proxy/#dryRun=All`, why: 'the fragment' },
  { code: 'dry-run-query', url: `${H}${S}/svc:80/proxy/dryRun`, why: 'the path' },
  {
    code: 'path-query-ignored',
    url: `${H}${S}/svc:80/proxy/?paths=1&xpath=2&q=path`,
    why: 'other keys, a value',
  },
  {
    code: 'path-query-ignored',
    url: `${H}${S}/svc:80/proxy/path#path=x`,
    why: 'the path and fragment',
  },
  { code: 'service-name-leading-digit', url: `${S}/web1/proxy/`, why: 'a trailing digit' },
  { code: 'service-name-leading-digit', url: `${P}/1-pod/proxy/`, why: 'pods are subdomains' },
  { code: 'service-name-leading-digit', url: `${N}/10-0-0-1/proxy/`, why: 'nodes are subdomains' },
  {
    code: 'credentials-in-url',
    url: `${H}${S}/svc:80/proxy/@user?email=a@b`,
    why: '@ in the path and query',
  },
  { code: 'credentials-in-url', url: `${H}:6443${S}/svc:80/proxy/`, why: 'no userinfo' },
  { code: 'insecure-remote-base', url: `${H}${S}/svc:80/proxy/`, why: 'https' },
  { code: 'insecure-remote-base', url: `wss://k8s.example${S}/svc:80/proxy/`, why: 'wss' },
  {
    code: 'insecure-remote-base',
    url: `http://localhost:8001${S}/svc:80/proxy/`,
    why: 'localhost',
  },
  {
    code: 'insecure-remote-base',
    url: `http://127.0.0.1:8001${S}/svc:80/proxy/`,
    why: '127.0.0.1',
  },
  {
    code: 'insecure-remote-base',
    url: `http://127.5.6.7:8001${S}/svc:80/proxy/`,
    why: 'any 127.x.x.x is loopback',
  },
  { code: 'insecure-remote-base', url: `http://[::1]:8001${S}/svc:80/proxy/`, why: '[::1]' },
  {
    code: 'insecure-remote-base',
    url: `ws://localhost:8001${S}/svc:80/proxy/`,
    why: 'ws on localhost',
  },
  { code: 'insecure-remote-base', url: `${S}/svc:80/proxy/`, why: 'no base' },
  { code: 'encoded-colon', url: `${S}/svc:80/proxy/a%3Ab`, why: '%3A in the path' },
  { code: 'encoded-colon', url: `${S}/https:svc:443/proxy/`, why: 'literal colons' },
  { code: 'empty-port-unnamed-only', url: `${S}/svc:80/proxy/`, why: 'a port' },
  {
    code: 'empty-port-unnamed-only',
    url: `${S}/https:svc:443/proxy/`,
    why: 'a port with a scheme',
  },
  { code: 'empty-port-unnamed-only', url: `${P}/p/proxy/`, why: 'pods use their first port' },
  { code: 'empty-port-unnamed-only', url: `${N}/n/proxy/`, why: 'nodes use the kubelet port' },
  { code: 'redundant-colon', url: `${S}/svc:80/proxy/`, why: 'name:port' },
  {
    code: 'redundant-colon',
    url: `${S}/https:svc:/proxy/`,
    why: 'the trailing colon is required with a scheme',
  },
  { code: 'redundant-colon', url: `${S}/svc/proxy/`, why: 'a name alone' },
  { code: 'redundant-colon', url: `${S}/http:svc:80/proxy/`, why: 'three parts' },
  {
    code: 'surrounding-whitespace',
    url: `${S}/svc:80/proxy/a%20b`,
    why: 'an encoded space inside',
  },
];

/** Where `hit.span` is expected to start. */
function expectedStart(hit: Hit): number {
  let from = 0;
  if (hit.after !== undefined) {
    const at = hit.url.indexOf(hit.after);
    if (at < 0) throw new Error(`bad test row: ${JSON.stringify(hit.after)} not in ${hit.url}`);
    from = at + hit.after.length;
  }
  const start = hit.url.indexOf(hit.span, from);
  if (start < 0) throw new Error(`bad test row: ${JSON.stringify(hit.span)} not in ${hit.url}`);
  return start;
}

const codesOf = (url: string): string[] => parseProxyUrl(url).diagnostics.map((d) => d.code);

describe('each code is reported', () => {
  it.each(hits.map((h) => [`${h.code}: ${h.url}`, h] as const))('%s', (_title, hit) => {
    const { diagnostics } = parseProxyUrl(hit.url);
    const d = diagnostics.find((x) => x.code === hit.code);
    expect(d, `${hit.code} among ${diagnostics.map((x) => x.code).join(', ')}`).toBeDefined();
    if (!d) return;
    expect(d.severity).toBe(contractSeverity[hit.code]);
    const start = expectedStart(hit);
    expect({ start: d.start, end: d.end, text: hit.url.slice(d.start, d.end) }).toEqual({
      start,
      end: start + hit.span.length,
      text: hit.span,
    });
    if (hit.fix !== undefined) expect(d.fix).toBe(hit.fix);
    if (hit.says !== undefined) expect(d.message).toContain(hit.says);
    if (hit.params !== undefined) expect(d.params).toStrictEqual(hit.params);
  });
});

describe('each code is not reported where it does not apply', () => {
  it.each(misses.map((m) => [`no ${m.code}: ${m.why} (${m.url})`, m] as const))(
    '%s',
    (_title, { code, url }) => {
      expect(codesOf(url)).not.toContain(code);
    },
  );
});

describe('coverage of the contract table', () => {
  it.each(contractCodes)('%s has a URL that triggers it', (code) => {
    expect(hits.filter((h) => h.code === code).length).toBeGreaterThan(0);
  });
  it.each(contractCodes)('%s has a URL that must not trigger it', (code) => {
    expect(misses.filter((m) => m.code === code).length).toBeGreaterThan(0);
  });
});

// Odd input that must still parse without throwing.
const oddInputs = [
  '   ',
  '%',
  '?',
  '#',
  '/api/v1/',
  '/api/v1/nodes/',
  '/api/v1/nodes//proxy',
  '/api/v1/proxy/',
  '/api/v1/proxy/nodes/',
  '/api/v1/namespaces/',
  '/api/v1/namespaces//services//proxy',
  'http://',
  'http://[::1/api/v1/nodes/n/proxy/',
  '\u0000/api/v1/nodes/n/proxy/\u0000',
  `${S}/svc:80/proxy/${'/..'.repeat(50)}`,
  '/api/v1/namespaces/'.repeat(200),
  `${'/api/v1/proxy'.repeat(100)}/namespaces/ns/services/svc`,
];

const allUrls = [
  ...new Set([...hits.map((h) => h.url), ...misses.map((m) => m.url), ...oddInputs]),
];

describe('invariants of every result', () => {
  it.each(allUrls)('%j', (url) => {
    const result = parseProxyUrl(url);
    const { diagnostics } = result;
    const codes = diagnostics.map((d) => d.code);
    // At most one diagnostic per code.
    expect(new Set(codes).size).toBe(codes.length);
    // In input order.
    const starts = diagnostics.map((d) => d.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    // ok exactly when no diagnostic is an error.
    expect(result.ok).toBe(!diagnostics.some((d) => d.severity === 'error'));
    for (const d of diagnostics) {
      expect(d.severity, d.code).toBe(contractSeverity[d.code as ContractCode]);
      expect(d.start, d.code).toBeGreaterThanOrEqual(0);
      expect(d.end, d.code).toBeGreaterThanOrEqual(d.start);
      expect(d.end, d.code).toBeLessThanOrEqual(url.length);
      expect(d.message, d.code).toMatch(/^[^\n]+\.$/);
      // The message is the code's sentence with the params: a translation can say the same.
      expect(d.message, d.code).toBe(sentenceOf(d));
      expect(d.field, d.code).toBeUndefined();
    }
    // Every piece lies inside the input.
    for (const [key, span] of Object.entries(result.parts)) {
      expect(span[0], key).toBeGreaterThanOrEqual(0);
      expect(span[1], key).toBeGreaterThan(span[0]);
      expect(span[1], key).toBeLessThanOrEqual(url.length);
    }
  });
});

/** The parse's diagnostics, or none if it throws (the invariants above report the throw). */
function diagnosticsOf(url: string): Diagnostic[] {
  try {
    return parseProxyUrl(url).diagnostics;
  } catch {
    return [];
  }
}

// Every fix the parser offers, for every URL above.
const fixes = allUrls.flatMap((url) =>
  diagnosticsOf(url)
    .filter((d) => d.fix !== undefined)
    .map((d) => ({ url, code: d.code, fix: d.fix as string })),
);

describe('fixes', () => {
  it('are offered where the contract asks for them', () => {
    expect(fixes.map((f) => f.code)).toEqual(
      expect.arrayContaining(['legacy-proxy-path', 'scheme-parsed-as-name']),
    );
  });

  it.each(fixes.map((f) => [`${f.code} fix of ${f.url}`, f] as const))(
    '%s',
    (_title, { url, code, fix }) => {
      const before = parseProxyUrl(url);
      const after = parseProxyUrl(fix);
      // The fix is a whole URL that no longer has the problem. The dot-segment fix resolves what
      // browsers and kubectl proxy remove; a `..%2F` is left as kubectl 1.32 forwards it, so at
      // most the decoded-only warning remains.
      const left = after.diagnostics.find((d) => d.code === code);
      if (code === 'dot-segment-in-path' && left) {
        expect(left.message).toMatch(/decodes %2F/);
      } else {
        expect(left).toBeUndefined();
      }
      if (before.target !== null || code === 'unsupported-url-scheme') {
        expect(after.target).not.toBeNull();
      }
      // ...and brings no new error with it (a legacy URL reports nothing but its form).
      if (code === 'legacy-proxy-path') return;
      const errorsBefore = before.diagnostics
        .filter((d) => d.severity === 'error')
        .map((d) => d.code);
      const newErrors = after.diagnostics
        .filter((d) => d.severity === 'error' && !errorsBefore.includes(d.code))
        .map((d) => d.code);
      expect(newErrors).toEqual([]);
    },
  );

  it.each(hits.filter((h) => h.code === 'legacy-proxy-path'))(
    'legacy-proxy-path: the target is the one of its fix ($url)',
    ({ url, fix }) => {
      expect(parseProxyUrl(url).target).toEqual(parseProxyUrl(fix as string).target);
      expect(parseProxyUrl(fix as string).ok).toBe(true);
    },
  );
});

describe('diagnosticCatalogue', () => {
  it('lists exactly the contract codes plus the builder-only ones', () => {
    expect(Object.keys(diagnosticCatalogue).sort()).toEqual(
      [...contractCodes, ...builderOnlyCodes, ...Object.keys(objectsOnlySeverity)].sort(),
    );
  });

  it.each(Object.entries(contractSeverity))('%s has severity %s', (code, severity) => {
    expect(diagnosticCatalogue[code as DiagnosticCode].severity).toBe(severity);
  });

  it.each(Object.entries(objectsOnlySeverity))(
    '%s (objects only) has severity %s',
    (code, severity) => {
      expect(diagnosticCatalogue[code as DiagnosticCode].severity).toBe(severity);
    },
  );

  it.each(builderOnlyCodes)('%s is an error (the builder refuses with it)', (code) => {
    expect(diagnosticCatalogue[code].severity).toBe('error');
  });

  it.each(Object.entries(diagnosticCatalogue))('%s has a title and an anchor', (_code, entry) => {
    expect(entry.title.trim()).not.toBe('');
    expect(entry.anchor).toMatch(/^[a-z0-9-]+$/);
  });
});

describe('params: the facts each message states', () => {
  it.each([
    [
      { namespace: 'ns', name: 'svc', path: '../../secrets' },
      'path-escapes-proxy',
      { cleaner: 'browser', path: '/api/v1/namespaces/ns/services/secrets' },
    ],
    [{ name: 'web', resource: 'nodes', namespace: 'ns' }, 'invalid-namespace', { reason: 'node' }],
    [
      { namespace: 'ns', name: 'My_Service' },
      'invalid-name',
      { rule: 'DNS-1035 label', allowed: 'a-z, 0-9, "-"', max: 63 },
    ],
    [
      { resource: 'pods', namespace: 'ns', name: 'a_b' },
      'invalid-name',
      { rule: 'DNS-1123 subdomain', allowed: 'a-z, 0-9, "-", "."', max: 253 },
    ],
    [{ namespace: 'ns', name: 'svc', port: 'a:b' }, 'invalid-id', { reason: 'join' }],
    [
      { base: 'http://h/a/api/v1/x', namespace: 'ns', name: 'svc' },
      'invalid-base',
      { reason: 'api' },
    ],
    [{ namespace: 'ns', name: 'svc', fragment: 1 }, 'invalid-input', { field: 'fragment' }],
  ] as const)('the builder refuses %j with %s and its params', (input, code, params) => {
    const result = safeBuildProxyUrl(input as unknown as ProxyTargetInput);
    expect(result.ok).toBe(false);
    const d = result.ok ? undefined : result.diagnostics.find((x) => x.code === code);
    expect(d?.params).toStrictEqual(params);
    if (d) expect(d.message).toBe(sentenceOf(d));
  });

  it('objects: the ports a Service has and the object not found', () => {
    const svc = {
      kind: 'Service',
      metadata: { name: 'web', namespace: 'shop' },
      spec: { ports: [{ name: 'http', port: 80 }, { port: 8080 }] },
    };
    const [unknown] = resolveProxyTarget(
      `/api/v1/namespaces/shop/services/web:9/proxy/`,
      svc,
    ).diagnostics;
    expect(unknown?.params).toStrictEqual({ port: '9', ports: 'http:80,8080' });
    expect(unknown?.message).toBe(
      'The API server answers 503: the Service has no port "9" (it has "http" (80), an unnamed 8080).',
    );
    const [missing] = resolveProxyTarget('/api/v1/nodes/n1/proxy/', svc).diagnostics;
    expect(missing?.params).toStrictEqual({ kind: 'Node', name: 'n1' });
    expect(missing?.message).toBe('No Node n1 among the objects given.');
  });
});
