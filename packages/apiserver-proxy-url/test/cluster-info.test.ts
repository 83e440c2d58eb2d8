// parseClusterInfo on `kubectl cluster-info` output: the docs' example, a real capture from a
// terminal (colours and CRLF), line-level cases, then properties. The real kubectl v1.32 run is in
// kubectl.test.ts.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ClusterInfoEntry,
  type DiagnosticCode,
  type IdScheme,
  parseClusterInfo,
  parseProxyUrl,
} from '../src/index.js';
import { anyString, canonicalUrl } from './arbitraries.js';

/** The text without its ANSI colour sequences (ESC [ ... m). */
const stripSgr = (s: string): string =>
  s
    .split('\u001b[')
    .map((piece, i) => (i === 0 ? piece : piece.slice(piece.indexOf('m') + 1)))
    .join('');

const DOCS = 'https://104.197.5.247';
const kubeSystem = (id: string): string =>
  `${DOCS}/api/v1/namespaces/kube-system/services/${id}/proxy`;

// The seed page's example output (kubectl before 1.20 said "Kubernetes master").
const docsOutput = `Kubernetes master is running at ${DOCS}
elasticsearch-logging is running at ${kubeSystem('elasticsearch-logging')}
kibana-logging is running at ${kubeSystem('kibana-logging')}
kube-dns is running at ${kubeSystem('kube-dns')}
grafana is running at ${kubeSystem('monitoring-grafana')}
heapster is running at ${kubeSystem('monitoring-heapster')}
`;

describe('the docs example', () => {
  const entries = parseClusterInfo(docsOutput);

  it('has the control plane, then each Service', () => {
    expect(entries.map((e) => [e.name, e.url])).toEqual([
      ['Kubernetes master', DOCS],
      ['elasticsearch-logging', kubeSystem('elasticsearch-logging')],
      ['kibana-logging', kubeSystem('kibana-logging')],
      ['kube-dns', kubeSystem('kube-dns')],
      ['grafana', kubeSystem('monitoring-grafana')],
      ['heapster', kubeSystem('monitoring-heapster')],
    ]);
    expect(entries[0]?.target).toBeNull();
    expect(entries[0]?.diagnostics).toEqual([]);
  });

  it('names the Service, not the label kubectl printed', () => {
    expect(entries[4]?.target).toEqual({
      base: DOCS,
      resource: 'services',
      namespace: 'kube-system',
      scheme: '',
      name: 'monitoring-grafana',
      port: '',
      path: '',
      query: '',
      fragment: '',
    });
  });

  it("keeps the parser's findings: kubectl's links end at /proxy", () => {
    for (const e of entries.slice(1)) {
      expect(e.diagnostics.map((d) => d.code)).toEqual([
        'empty-port-unnamed-only',
        'missing-trailing-slash',
      ]);
    }
  });
});

describe('a real capture: kubectl 1.27 on a terminal (ANSI colours, CRLF)', () => {
  // Captured with `script` from kubectl.1.27 against test/kubectl's fake API server (port made
  // 6443). kubectl 1.32 prints no colours, even on a terminal; older ones do.
  const text = readFileSync(
    new URL('./kubectl/cluster-info-1.27-tty.txt', import.meta.url),
    'utf8',
  );
  const base = 'http://127.0.0.1:6443';
  const link = (id: string): string => `${base}/api/v1/namespaces/kube-system/services/${id}/proxy`;

  it('really has colours and CRLF', () => {
    expect(text).toContain('\u001b[0;32m');
    expect(text).toContain('\r\n');
  });

  it('reads every link, with no escape or CR left in names or URLs', () => {
    expect(parseClusterInfo(text).map((e) => [e.name, e.url, e.target?.name ?? null])).toEqual([
      ['Kubernetes control plane', base, null],
      ['plain', link('plain'), 'plain'],
      ['CoreDNS', link('kube-dns:dns'), 'kube-dns'],
      ['secure', link('https:secure:'), 'secure'],
      ['dashboard', link('https:dashboard:https'), 'dashboard'],
      ['lb', 'http://127.0.0.9:80', null],
      ['lb', 'http://127.0.0.9:443', null],
    ]);
  });

  it('reads the same as the plain text', () => {
    const plain = stripSgr(text).split('\r').join('');
    expect(parseClusterInfo(text)).toEqual(parseClusterInfo(plain));
  });
});

interface LineCase {
  why: string;
  text: string;
  /** Each entry: name, url, target's scheme/name/port (null: not a proxy URL), codes. */
  entries: Array<{
    name: string;
    url: string;
    id: { scheme: IdScheme; name: string; port: string } | null;
    codes: DiagnosticCode[];
  }>;
}

const CP = 'https://10.0.0.1:6443';
const lineCases: LineCase[] = [
  {
    why: 'the control plane',
    text: `Kubernetes control plane is running at ${CP}\n`,
    entries: [{ name: 'Kubernetes control plane', url: CP, id: null, codes: [] }],
  },
  {
    why: 'coloured, as on a terminal',
    text: `\u001b[0;32mKubernetes control plane\u001b[0m is running at \u001b[0;33m${CP}\u001b[0m\n`,
    entries: [{ name: 'Kubernetes control plane', url: CP, id: null, codes: [] }],
  },
  {
    why: 'other escapes: bold, 256 colours, erase line, a stray ESC',
    text: `\u001b[1;38;5;82mCoreDNS\u001b[0m\u001b[K is running at \u001b${CP}/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy\n`,
    entries: [
      {
        name: 'CoreDNS',
        url: `${CP}/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy`,
        id: { scheme: '', name: 'kube-dns', port: 'dns' },
        codes: ['missing-trailing-slash'],
      },
    ],
  },
  {
    why: 'CRLF line ends and no final newline',
    text: `Kubernetes master is running at ${CP}\r\nmetrics is running at ${CP}/api/v1/namespaces/kube-system/services/https:metrics:web/proxy`,
    entries: [
      { name: 'Kubernetes master', url: CP, id: null, codes: [] },
      {
        name: 'metrics',
        url: `${CP}/api/v1/namespaces/kube-system/services/https:metrics:web/proxy`,
        id: { scheme: 'https', name: 'metrics', port: 'web' },
        codes: ['missing-trailing-slash'],
      },
    ],
  },
  {
    why: 'a load balancer with several links and a trailing space',
    text: 'ingress is running at http://203.0.113.7:80 http://203.0.113.7:443 \n',
    entries: [
      { name: 'ingress', url: 'http://203.0.113.7:80', id: null, codes: [] },
      { name: 'ingress', url: 'http://203.0.113.7:443', id: null, codes: [] },
    ],
  },
  {
    why: 'a load balancer with a hostname',
    text: 'edge is running at http://a1b2.elb.example.com:8080 \n',
    entries: [{ name: 'edge', url: 'http://a1b2.elb.example.com:8080', id: null, codes: [] }],
  },
  {
    why: 'a proxy link with an error keeps it',
    text: `dashboard is running at ${CP}/api/v1/namespaces/kube-system/services/dashboard:foo:8080/proxy\n`,
    entries: [
      {
        name: 'dashboard',
        url: `${CP}/api/v1/namespaces/kube-system/services/dashboard:foo:8080/proxy`,
        id: { scheme: '', name: 'dashboard:foo:8080', port: '' },
        codes: ['invalid-scheme', 'missing-trailing-slash'],
      },
    ],
  },
  {
    why: 'indented lines and tabs',
    text: `\t  grafana is running at\t${CP}/api/v1/namespaces/monitoring/services/grafana:http/proxy/\n`,
    entries: [
      {
        name: 'grafana',
        url: `${CP}/api/v1/namespaces/monitoring/services/grafana:http/proxy/`,
        id: { scheme: '', name: 'grafana', port: 'http' },
        codes: [],
      },
    ],
  },
  {
    why: "kubectl's closing hint, errors and blank lines: no entries",
    text: [
      '',
      "To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.",
      "E1128 14:34:46.242917 memcache.go:265] couldn't get current server API group list",
      'The connection to the server localhost:8080 was refused - did you specify the right host or port?',
      'error: invalid character',
      '',
    ].join('\n'),
    entries: [],
  },
  {
    why: 'a line that names no link',
    text: 'lonely is running at   \n',
    entries: [],
  },
];

describe('line by line', () => {
  it.each(lineCases)('$why', ({ text, entries }) => {
    const got = parseClusterInfo(text);
    expect(
      got.map((e) => ({
        name: e.name,
        url: e.url,
        id: e.target ? { scheme: e.target.scheme, name: e.target.name, port: e.target.port } : null,
        codes: e.diagnostics.map((d) => d.code),
      })),
    ).toEqual(entries);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const RUNS = { numRuns: 1000 } as const;

/** kubernetes.io/name label values (no spaces), or the control plane's own names. */
const nameArb = fc.oneof(
  fc.constantFrom('Kubernetes control plane', 'Kubernetes master', 'CoreDNS', 'KubeDNS'),
  fc.stringMatching(/^[A-Za-z0-9]([-A-Za-z0-9_.]{0,20}[A-Za-z0-9])?$/),
);
const linkArb = fc.oneof(
  canonicalUrl,
  fc
    .tuple(fc.ipV4(), fc.integer({ min: 1, max: 65535 }))
    .map(([ip, port]) => `http://${ip}:${port}`),
);
const linesArb = fc.array(
  fc.record({ name: nameArb, links: fc.array(linkArb, { minLength: 1, maxLength: 3 }) }),
  { maxLength: 8 },
);

/** Prints lines as kubectl does: optionally coloured, optionally CRLF, with its closing hint. */
function render(
  lines: Array<{ name: string; links: string[] }>,
  colour: boolean,
  eol: string,
): string {
  const paint = (code: string, s: string): string =>
    colour ? `\u001b[0;${code}m${s}\u001b[0m` : s;
  const body = lines.map(({ name, links }) => {
    const link = links.length === 1 ? links[0] : `${links.join(' ')} `;
    return `${paint('32', name)} is running at ${paint('33', link ?? '')}${eol}`;
  });
  return `${body.join('')}${eol}To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.${eol}`;
}

describe('parseClusterInfo, properties', () => {
  it('never throws, and returns entries of the documented shape, for any string', () => {
    fc.assert(
      fc.property(anyString(200), (text) => {
        const entries = parseClusterInfo(text);
        for (const e of entries) {
          expect(typeof e.name).toBe('string');
          expect(e.url).not.toMatch(/\s/);
          expect(e.target === null || typeof e.target.name === 'string').toBe(true);
          if (!e.target)
            expect(e.diagnostics.some((d) => d.code === 'not-a-proxy-url')).toBe(false);
        }
      }),
      RUNS,
    );
  });

  it('gives back every printed link, in order, with the parser target of each', () => {
    fc.assert(
      fc.property(linesArb, fc.boolean(), fc.constantFrom('\n', '\r\n'), (lines, colour, eol) => {
        const entries = parseClusterInfo(render(lines, colour, eol));
        const expected: Array<Pick<ClusterInfoEntry, 'name' | 'url' | 'target'>> = [];
        for (const { name, links } of lines) {
          for (const url of links) expected.push({ name, url, target: parseProxyUrl(url).target });
        }
        expect(entries.map(({ name, url, target }) => ({ name, url, target }))).toEqual(expected);
      }),
      RUNS,
    );
  });

  it('colours and CRLF change nothing', () => {
    fc.assert(
      fc.property(linesArb, (lines) => {
        expect(parseClusterInfo(render(lines, true, '\r\n'))).toEqual(
          parseClusterInfo(render(lines, false, '\n')),
        );
      }),
      RUNS,
    );
  });
});
