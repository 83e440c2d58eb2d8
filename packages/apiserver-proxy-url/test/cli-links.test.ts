// `apiserver-proxy-url links` and `parse --objects`, run as users run them (the built dist/cli/index.js
// under plain node), on the fixture objects of objects.fixtures.ts written as kubectl writes them:
// JSON, YAML (one List document, or several documents), from a file or stdin. kubectl-links.test.ts
// feeds them the real kubectl's output.
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { linksFromObjects } from '../src/index.js';
import { run } from './kubectl/kubectl.js';
import { objectList, objectRows } from './objects.fixtures.js';
import { assertBuilt, CLI, cli } from './run-cli.js';

/** kubectl's own layout: `-o json` indents by four, `-o yaml` writes block style. */
const LIST_JSON = `${JSON.stringify(objectList, null, 4)}\n`;
const LIST_YAML = stringify(objectList);
/** The same objects as a stream of documents, one an object. */
const STREAM_YAML = objectRows.map((r) => `---\n${stringify(r.object)}`).join('');

/** Every expected entry, in order: the path-only URL (or null) and the diagnostic codes. */
const expected = objectRows.flatMap((r) => r.links);

let dir: string;
const file = (name: string): string => join(dir, name);

beforeAll(async () => {
  await assertBuilt();
  dir = await mkdtemp(join(tmpdir(), 'apiserver-proxy-url-cli-links-'));
  await writeFile(file('list.json'), LIST_JSON);
  await writeFile(file('list.yaml'), LIST_YAML);
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

interface Entry {
  url: string | null;
  diagnostics: Array<{ code: string }>;
}
const urlsAndCodes = (stdout: string) =>
  (JSON.parse(stdout) as Entry[]).map((l) => [l.url, l.diagnostics.map((d) => d.code)]);

describe('links --format json', () => {
  it.each([
    ['a JSON List file', ['list.json'], undefined],
    ['a YAML List file', ['list.yaml'], undefined],
    ['JSON on stdin, no FILE', [], LIST_JSON],
    ['YAML on stdin, -', ['-'], LIST_YAML],
    ['a stream of YAML documents (---)', ['-'], STREAM_YAML],
    [
      'JSON with a byte order mark and CRLF line ends',
      ['-'],
      `\uFEFF${LIST_JSON.replaceAll('\n', '\r\n')}`,
    ],
    ['YAML with CRLF line ends', ['-'], LIST_YAML.replaceAll('\n', '\r\n')],
  ])('%s: the linksFromObjects array, every fixture URL', async (_why, args, input) => {
    const files = args.map((a) => (a === '-' ? a : file(a)));
    const result = await cli(
      ['links', ...files, '--format', 'json'],
      input === undefined ? {} : { input },
    );
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(urlsAndCodes(result.stdout)).toEqual(expected);
    expect(JSON.parse(result.stdout)).toEqual(
      JSON.parse(JSON.stringify(linksFromObjects(objectList))),
    );
  });

  it('puts --base, --path and --query on every link', async () => {
    const base = 'http://localhost:8001';
    const result = await cli([
      'links',
      file('list.json'),
      '--format=json',
      '--base',
      base,
      '--path',
      '/healthz',
      '--query',
      'verbose=1',
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(urlsAndCodes(result.stdout)).toEqual(
      expected.map(([url, codes]) => [url && `${base}${url}healthz?verbose=1`, codes]),
    );
  });
});

describe('links (text)', () => {
  it('prints a table: kind, object, port, scheme, URL; why a port has no link; kubelet examples', async () => {
    const kubeDns = objectRows[1]?.object;
    const node = objectRows.find((r) => r.object.kind === 'Node')?.object;
    const result = await cli(['links'], { input: JSON.stringify([kubeDns, node]) });
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    const N = '/api/v1/nodes/node-1:10250/proxy';
    const S = '/api/v1/namespaces/kube-system/services';
    const u = ' '.repeat(57);
    expect(result.stdout).toBe(
      `KIND     OBJECT                PORT              SCHEME  URL
Service  kube-system/kube-dns  dns 53/UDP        -       (no link)
${u}error non-tcp-port: The API server proxies HTTP over TCP, not UDP.
Service  kube-system/kube-dns  dns-tcp 53/TCP    http    ${S}/kube-dns:dns-tcp/proxy/
Service  kube-system/kube-dns  metrics 9153/TCP  http    ${S}/kube-dns:metrics/proxy/
Node     node-1                10250/TCP         https   ${N}/
${u}e.g. ${N}/metrics
${u}e.g. ${N}/metrics/cadvisor
${u}e.g. ${N}/stats/summary
${u}e.g. ${N}/logs/
${u}e.g. ${N}/pods

2 objects: 3 links, 1 port without a link
`,
    );
  });

  it('has a row for every fixture entry, with its URL or (no link)', async () => {
    const result = await cli(['links', file('list.yaml')]);
    expect(result.code, result.stderr).toBe(0);
    const rows = result.stdout.split('\n').filter((l) => /^(Service|Pod|Node) /.test(l));
    expect(rows.map((r) => /(\(no link\)|\S+)$/.exec(r)?.[1])).toEqual(
      expected.map(([url]) => url ?? '(no link)'),
    );
    expect(result.stdout).toContain('error external-name-service: ');
    expect(result.stdout).toContain('info no-container-port: ');
    expect(result.stdout.endsWith('\n10 objects: 13 links, 3 ports without a link\n')).toBe(true);
  });
});

describe('links --format markdown', () => {
  it('prints a ready list of links, kubelet examples nested, and names the ports without one on stderr', async () => {
    const result = await cli(['links', '--format', 'markdown', '--base', 'http://localhost:8001'], {
      input: LIST_YAML,
    });
    expect(result.code).toBe(0);
    const B = 'http://localhost:8001/api/v1';
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      `- [Service default/web, port 80/TCP](${B}/namespaces/default/services/web/proxy/)`,
      `- [Service kube-system/kube-dns, port dns-tcp 53/TCP](${B}/namespaces/kube-system/services/kube-dns:dns-tcp/proxy/)`,
      `- [Service kube-system/kube-dns, port metrics 9153/TCP](${B}/namespaces/kube-system/services/kube-dns:metrics/proxy/)`,
      `- [Service kubernetes-dashboard/kubernetes-dashboard, port 443/TCP, https](${B}/namespaces/kubernetes-dashboard/services/https:kubernetes-dashboard:/proxy/)`,
    ]);
    expect(lines).toContain(
      `- [Node node-1, kubelet 10250/TCP, https](${B}/nodes/node-1:10250/proxy/)`,
    );
    expect(lines).toContain(`  - [/stats/summary](${B}/nodes/node-1:10250/proxy/stats/summary)`);
    const links = expected.filter(([url]) => url !== null).length;
    expect(lines.filter((l) => l.startsWith('- ['))).toHaveLength(links);
    expect(result.stderr.split('\n').filter(Boolean)).toEqual([
      'apiserver-proxy-url links: no link for Service kube-system/kube-dns, port dns 53/UDP: error non-tcp-port: The API server proxies HTTP over TCP, not UDP.',
      'apiserver-proxy-url links: no link for Service default/search: error external-name-service: The API server answers 503: an ExternalName Service has no endpoints.',
      'apiserver-proxy-url links: no link for Service default/sig, port sig 3868/SCTP: error non-tcp-port: The API server proxies HTTP over TCP, not SCTP.',
    ]);
  });

  it('escapes Markdown in names and parentheses in URLs, so each link stays one link', async () => {
    const svc = {
      kind: 'Service',
      metadata: { name: 'web', namespace: 'shop' },
      spec: { ports: [{ name: 'http', port: 80 }] },
    };
    const result = await cli(['links', '--format', 'markdown', '--path', "/it's(1)_*"], {
      input: JSON.stringify(svc),
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(
      "- [Service shop/web, port http 80/TCP](/api/v1/namespaces/shop/services/web:http/proxy/it's\\(1\\)_*)\n",
    );
  });
});

describe('links: exit status and errors', () => {
  /** One line on stderr, no stack trace, nothing on stdout. */
  const expectOneLine = (result: { stdout: string; stderr: string }, start: string): void => {
    expect(result.stdout).toBe('');
    expect(result.stderr.endsWith('\n')).toBe(true);
    expect(result.stderr.split('\n')).toHaveLength(2);
    expect(result.stderr.startsWith(start), result.stderr).toBe(true);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  };

  it.each([
    [
      'broken JSON',
      '{"kind": "List", "items": [',
      'apiserver-proxy-url links: cannot read stdin: not valid JSON: ',
    ],
    [
      'broken YAML',
      'kind: List\nitems:\n- kind: Service\n metadata: {}\n',
      'apiserver-proxy-url links: cannot read stdin: not valid YAML: Sequence item without - indicator at line 4, column 1\n',
    ],
    [
      'a YAML alias to nothing',
      'kind: *svc\n',
      'apiserver-proxy-url links: cannot read stdin: not valid YAML: Unresolved alias',
    ],
    [
      'empty input',
      '',
      'apiserver-proxy-url links: cannot read stdin: the input is empty: expected kubectl get -o json or -o yaml output',
    ],
    [
      "kubectl's table output",
      'NAME         TYPE        CLUSTER-IP   PORT(S)   AGE\nkubernetes   ClusterIP   10.96.0.1    443/TCP   5d\n',
      'apiserver-proxy-url links: cannot read stdin: not kubectl get -o json or -o yaml output: no object in it (a table? add -o json)',
    ],
    [
      'a deep nest',
      `${'['.repeat(100_000)}`,
      'apiserver-proxy-url links: cannot read stdin: not valid JSON: ',
    ],
  ])('%s: exit 2, one line on stderr', async (_why, input, start) => {
    const result = await cli(['links'], { input });
    expect(result.code).toBe(2);
    expectOneLine(result, start);
  });

  it('a file that cannot be read: exit 2', async () => {
    const result = await cli(['links', file('missing.json')]);
    expect(result.code).toBe(2);
    expectOneLine(result, `apiserver-proxy-url links: cannot read ${file('missing.json')}: ENOENT`);
  });

  it('objects, but no Service, Pod or Node: exit 1, saying so', async () => {
    const result = await cli(['links'], {
      input: JSON.stringify({
        kind: 'List',
        items: [{ kind: 'ConfigMap', metadata: { name: 'c' } }],
      }),
    });
    expect(result.code).toBe(1);
    expectOneLine(result, 'apiserver-proxy-url links: no Service, Pod or Node in the input');
  });

  it('an empty List (an empty namespace): exit 1, and [] for --format json', async () => {
    const result = await cli(['links', '--format', 'json'], {
      input:
        '{"apiVersion": "v1", "items": [], "kind": "List", "metadata": {"resourceVersion": ""}}',
    });
    expect(result).toEqual({
      code: 1,
      stdout: '[]\n',
      stderr: 'apiserver-proxy-url links: no Service, Pod or Node in the input\n',
    });
  });

  it('only ports the proxy does not reach: the table says why, exit 1', async () => {
    const search = objectRows.find(
      (r) => r.object.metadata && r.links[0]?.[1][0] === 'external-name-service',
    );
    const result = await cli(['links'], { input: JSON.stringify(search?.object) });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('error external-name-service: ');
    expect(result.stderr).toBe(
      'apiserver-proxy-url links: no port in the input that the proxy reaches\n',
    );
  });

  it.each([
    [
      ['--format', 'xml'],
      'apiserver-proxy-url links: --format is text, json or markdown, not "xml"',
    ],
    [['a.json', 'b.json'], 'apiserver-proxy-url links: links reads one FILE, or stdin'],
    [['--yaml'], 'apiserver-proxy-url links: unknown option --yaml'],
    [['--base'], 'apiserver-proxy-url links: --base needs a value'],
    [
      ['--base', 'ftp://h'],
      'apiserver-proxy-url links: --base is refused: No client sends this scheme to the API server.',
    ],
    [['--path', '/../..'], 'apiserver-proxy-url links: --path is refused: '],
  ])('usage error %j: exit 2, before reading any input', async (args, start) => {
    const result = await cli(['links', ...args], { input: LIST_JSON });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const [message, pointer, end] = result.stderr.split('\n');
    expect(message?.startsWith(start), message).toBe(true);
    expect(pointer).toBe('Run `apiserver-proxy-url links --help` for usage.');
    expect(end).toBe('');
  });
});

/** The control characters in a text, but its newlines: what must never reach the terminal. */
const controls = (text: string): number[] =>
  [...text]
    .map((c) => c.charCodeAt(0))
    .filter((c) => (c < 0x20 && c !== 0x0a) || (c >= 0x7f && c <= 0x9f));

describe('links: names from anyone’s cluster reach the terminal only as visible text', () => {
  const ESC = '\u001b';
  const hostile = {
    kind: 'Service',
    metadata: { name: `web${ESC}]0;pwned\u0007`, namespace: `ns${ESC}[2J` },
    spec: { ports: [{ name: `p${ESC}[31m`, port: 80, protocol: `UDP\u009b` }] },
  };
  const friendly = objectRows[0]?.object;

  it.each([['text'], ['markdown']])(
    '--format %s: controls as \\x escapes, on stdout and stderr',
    async (format) => {
      const result = await cli(['links', '--format', format], {
        input: JSON.stringify([hostile, friendly]),
      });
      expect(result.code).toBe(0);
      const all = result.stdout + result.stderr;
      expect(controls(all)).toEqual([]);
      expect(all).toContain('ns\\x1b[2J/web\\x1b]0;pwned\\x07');
      expect(all).toContain('p\\x1b[31m 80/UDP\\x9b');
    },
  );

  it('--format json keeps the exact names, escaped as JSON', async () => {
    const result = await cli(['links', '--format', 'json'], { input: JSON.stringify(hostile) });
    expect(controls(result.stdout)).toEqual([]);
    expect(JSON.parse(result.stdout)[0].name).toBe(hostile.metadata.name);
  });
});

const S = '/api/v1/namespaces';

describe('parse <url> --objects FILE', () => {
  it('says which port the URL reaches, in the parts', async () => {
    const url = `${S}/kube-system/services/kube-dns:dns-tcp/proxy/`;
    const result = await cli(['parse', url, '--objects', file('list.yaml')]);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(result.stdout).toContain(
      '  path       /\n  reaches    Service kube-system/kube-dns, port dns-tcp 53/TCP\n\nok: 0 errors',
    );
  });

  it('a missing port on a Service of named ports: the error, its fix, exit 1', async () => {
    const url = `${S}/kube-system/services/kube-dns/proxy/`;
    const result = await cli(['parse', url, '--objects', file('list.json')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('  reaches    no port of Service kube-system/kube-dns\n');
    expect(result.stdout).toContain(
      'error unknown-port: The API server answers 503: without a port it reaches only an unnamed port (this Service has "dns" (53), "dns-tcp" (53), "metrics" (9153)).',
    );
    expect(result.stdout.endsWith('not ok: 1 error, 0 warnings, 1 info\n')).toBe(true);
  });

  it('http to a port that speaks https: a warning, and the fix adds https: and the trailing colon', async () => {
    const url = `http://localhost:8001${S}/kubernetes-dashboard/services/kubernetes-dashboard/proxy/`;
    const result = await cli(['parse', '--objects', '-', url], { input: LIST_YAML });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('warning port-scheme-differs: This port speaks https');
    expect(result.stdout).toContain(
      `  fix: http://localhost:8001${S}/kubernetes-dashboard/services/https:kubernetes-dashboard:/proxy/\n`,
    );
  });

  it('--strict: the warning fails, and the summary says not ok', async () => {
    const url = `${S}/default/services/nope/proxy/`;
    const loose = await cli(['parse', url, '--objects', file('list.json')]);
    const strict = await cli(['parse', url, '--objects', file('list.json'), '--strict']);
    expect([loose.code, strict.code]).toEqual([0, 1]);
    expect(strict.stdout).toBe(loose.stdout.replace(/\nok: ([^\n]*)\n$/, '\nnot ok: $1\n'));
    expect(strict.stdout).toMatch(/\nnot ok: 0 errors, [1-9]\d* warnings?, /);
  });

  it('an object that is not there: a warning, exit 0', async () => {
    const url = `${S}/default/services/nope/proxy/`;
    const result = await cli(['parse', url, `--objects=${file('list.json')}`]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  reaches    no Service default/nope among the objects\n');
    expect(result.stdout).toContain('warning object-not-found: ');
  });

  it('--json: the parse result with resolved: { object, port, diagnostics }', async () => {
    const url = `${S}/default/pods/web-0:8443/proxy/`;
    const result = await cli(['parse', url, '--objects', file('list.json'), '--json']);
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout);
    expect(parsed.target.name).toBe('web-0');
    expect(parsed.resolved.object).toEqual(objectRows.find((r) => r.object.kind === 'Pod')?.object);
    expect(parsed.resolved.port).toEqual({ containerPort: 8443, name: 'https' });
    expect(parsed.resolved.diagnostics.map((d: { code: string }) => d.code)).toEqual([
      'port-scheme-differs',
    ]);
    expect(parsed.resolved.diagnostics[0].fix).toBe(`${S}/default/pods/https:web-0:8443/proxy/`);
  });

  it('objects that cannot be read: exit 2, one line', async () => {
    const result = await cli(['parse', `${S}/ns/services/s/proxy/`, '--objects', '-'], {
      input: '{',
    });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^apiserver-proxy-url parse: cannot read stdin: not valid JSON: [^\n]*\n$/,
    );
  });

  it('usage errors as parse gives them: exit 2', async () => {
    const none = await cli(['parse', '--objects', file('list.json')]);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(
      'apiserver-proxy-url parse: parse needs a URL\nRun `apiserver-proxy-url parse --help` for usage.\n',
    );
    const empty = await cli(['parse', '/a', '--objects']);
    expect(empty.code).toBe(2);
    expect(empty.stderr.split('\n')[0]).toBe('apiserver-proxy-url parse: --objects needs a value');
  });

  it('--help of parse tells about --objects', async () => {
    const result = await cli(['parse', '--help']);
    expect(result.stdout).toContain('  --objects FILE\n');
  });
});

describe('links --help', () => {
  it('starts with its usage and is listed in the command’s help', async () => {
    const result = await cli(['links', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('Usage: apiserver-proxy-url links [FILE|-] [--base URL]')).toBe(
      true,
    );
    expect((await cli(['--help'])).stdout).toContain('\n  links [FILE]  ');
  });

  it('every example runs and exits 0, with a kubectl that prints the fixture objects', async () => {
    const bin = file('bin');
    await run('/bin/mkdir', ['-p', bin]);
    await writeFile(
      join(bin, 'apiserver-proxy-url'),
      `#!/bin/sh\nexec '${process.execPath}' '${CLI}' "$@"\n`,
    );
    // -o yaml gets YAML, anything else JSON, as kubectl does.
    await writeFile(
      join(bin, 'kubectl'),
      `#!/bin/sh\ncase "$*" in *"-o yaml"*) cat '${file('list.yaml')}' ;; *) cat '${file('list.json')}' ;; esac\n`,
    );
    await chmod(join(bin, 'apiserver-proxy-url'), 0o755);
    await chmod(join(bin, 'kubectl'), 0o755);
    const { stdout } = await cli(['links', '--help']);
    const examples = stdout
      .slice(stdout.indexOf('Examples:'))
      .split('\n')
      .slice(1)
      .filter((l) => l.startsWith('  ') && !l.trimStart().startsWith('#'))
      .map((l) => l.trim());
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const example of examples) {
      const result = await run('/bin/sh', ['-c', `cd '${dir}' && ${example}`], {
        env: { PATH: `${bin}:/usr/bin:/bin`, NO_COLOR: '1' },
      });
      expect(result.code, `${example}\n${result.stderr}`).toBe(0);
      expect(result.stdout, example).toContain('/proxy/');
    }
  });
});
