// The `apiserver-proxy-url` command, run as users run it: the built dist/cli/index.js under plain node,
// as a child process. kubectl.test.ts feeds it the real `kubectl cluster-info` output.
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseClusterInfo, parseProxyUrl } from '../src/index.js';
import { run } from './kubectl/kubectl.js';
import { readmeCommands } from './readme-console.js';
import { assertBuilt, CLI, cli } from './run-cli.js';

/** The text without its ANSI colour sequences (ESC [ ... m). */
const stripSgr = (s: string): string =>
  s
    .split('\u001b[')
    .map((piece, i) => (i === 0 ? piece : piece.slice(piece.indexOf('m') + 1)))
    .join('');

const ES = 'elasticsearch-logging';
const DOCS_URL = `http://104.197.5.247/api/v1/namespaces/kube-system/services/${ES}/proxy/_search?q=user:kimchy`;
const DOCS_CLUSTER_INFO = `Kubernetes master is running at https://104.197.5.247
elasticsearch-logging is running at https://104.197.5.247/api/v1/namespaces/kube-system/services/elasticsearch-logging/proxy
kibana-logging is running at https://104.197.5.247/api/v1/namespaces/kube-system/services/kibana-logging/proxy
kube-dns is running at https://104.197.5.247/api/v1/namespaces/kube-system/services/kube-dns/proxy
grafana is running at https://104.197.5.247/api/v1/namespaces/kube-system/services/monitoring-grafana/proxy
heapster is running at https://104.197.5.247/api/v1/namespaces/kube-system/services/monitoring-heapster/proxy
`;

let dir: string;

beforeAll(async () => {
  await assertBuilt();
  dir = await mkdtemp(join(tmpdir(), 'apiserver-proxy-url-cli-'));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('parse', () => {
  it("explains the docs' example: each part labelled, each diagnostic with a caret line and fix", async () => {
    const { code, stdout, stderr } = await cli(['parse', DOCS_URL]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe(`${DOCS_URL}

  base       http://104.197.5.247
  namespace  kube-system
  resource   services
  scheme     (none: http)
  name       ${ES}
  port       (none: the Service's unnamed port)
  path       /_search
  query      q=user:kimchy

warning insecure-remote-base: This sends the token unencrypted.
  ${DOCS_URL}
  ^^^^^^^^^^^^^^^^^^^^
  fix: ${DOCS_URL.replace('http:', 'https:')}

info empty-port-unnamed-only: Without a port the API server reaches only an unnamed Service port.
  ${DOCS_URL}
                                                              ^^^^^^^^^^^^^^^^^^^^^

ok: 0 errors, 1 warning, 1 info
`);
  });

  it('--json prints the parseProxyUrl result', async () => {
    const { code, stdout } = await cli(['parse', '--json', DOCS_URL]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(parseProxyUrl(DOCS_URL));
  });

  interface CaretCase {
    why: string;
    url: string;
    code: number;
  }

  const caretCases: CaretCase[] = [
    {
      why: 'an id with a bad scheme',
      url: '/api/v1/namespaces/kubernetes-dashboard/services/dashboard:foo:8080/proxy/',
      code: 1,
    },
    {
      why: 'a path that leaves the proxy',
      url: 'https://h/api/v1/namespaces/ns/services/svc/proxy/../../../secrets',
      code: 1,
    },
    { why: 'the legacy form', url: '/api/v1/proxy/namespaces/ns/services/svc/', code: 1 },
    {
      why: '%3A, %2F and %3F',
      url: 'https://k8s.example/api/v1/namespaces/monitoring/services/my-service%3A9090/proxy/api%2Fquery%3Fq%3Dx',
      code: 0,
    },
    {
      why: 'kubectl proxy refusing exec',
      url: 'http://localhost:8001/api/v1/namespaces/ns/pods/p/proxy/exec',
      code: 0,
    },
    { why: 'not a proxy URL', url: 'https://h/api/v1/namespaces/ns/secrets', code: 1 },
  ];

  it.each(caretCases)('puts the carets under each span: $why', async ({ url, code }) => {
    const result = await cli(['parse', url]);
    expect(result.code).toBe(code);
    const lines = result.stdout.split('\n');
    const { diagnostics } = parseProxyUrl(url);
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) {
      const head = lines.findIndex((l) => l.startsWith(`${d.severity} ${d.code}: ${d.message}`));
      expect(head, d.code).toBeGreaterThan(0);
      expect(lines[head + 1]).toBe(`  ${url}`);
      const carets = lines[head + 2] ?? '';
      expect(carets.indexOf('^')).toBe(2 + d.start);
      expect(carets.trim().length).toBe(Math.max(1, d.end - d.start));
      if (d.fix !== undefined) expect(lines[head + 3]).toBe(`  fix: ${d.fix}`);
    }
    expect(lines.at(-2)).toMatch(code === 0 ? /^ok: / : /^not ok: /);
  });

  it('counts wide characters twice and control characters as wide as their \\x escape', async () => {
    const url = '\t/api/v1/namespaces/ns/services/svc:https/proxy/한국어/a%zz';
    const { stdout } = await cli(['parse', url]);
    const lines = stdout.split('\n');
    const head = lines.findIndex((l) => l.startsWith('error bad-percent-encoding'));
    expect(lines[head + 1]).toBe(`  ${url.replace('\t', '\\x09')}`);
    // '\x09' is four columns wide, and each of the three Hangul syllables two.
    const column = 2 + url.indexOf('%zz') + 3 + '한국어'.length;
    expect(lines[head + 2]).toBe(`${' '.repeat(column)}^^^`);
  });

  it('colours only when asked: FORCE_COLOR, not NO_COLOR, not into a pipe', async () => {
    const path = process.env.PATH ?? '';
    const forced = await cli(['parse', DOCS_URL], { env: { PATH: path, FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('\u001b[33mwarning\u001b[0m');
    expect(forced.stdout).toContain('\u001b[34mhttp://104.197.5.247\u001b[0m');
    const off = await cli(['parse', DOCS_URL], {
      env: { PATH: path, FORCE_COLOR: '1', NO_COLOR: '1' },
    });
    const piped = await cli(['parse', DOCS_URL], { env: { PATH: path } });
    expect(off.stdout).not.toContain('\u001b[');
    expect(piped.stdout).not.toContain('\u001b[');
    // The colours are around the same text.
    expect(stripSgr(forced.stdout)).toBe(piped.stdout);
  });

  it('colours on a terminal (run under script(1)), unless NO_COLOR is set', async () => {
    const command = `${process.execPath} ${CLI} parse '${DOCS_URL}'`;
    const tty = await run('/usr/bin/script', ['-qec', command, '/dev/null'], {
      env: { PATH: process.env.PATH ?? '', TERM: 'xterm' },
    });
    expect(tty.stdout).toContain('\u001b[33mwarning\u001b[0m');
    const noColor = await run('/usr/bin/script', ['-qec', command, '/dev/null'], {
      env: { PATH: process.env.PATH ?? '', TERM: 'xterm', NO_COLOR: '1' },
    });
    expect(noColor.stdout).toContain('warning insecure-remote-base');
    expect(noColor.stdout).not.toContain('\u001b[');
  });
});

interface BuildCase {
  why: string;
  args: string[];
  url: string;
}

const buildCases: BuildCase[] = [
  {
    why: 'Elasticsearch through kubectl proxy --port=8080',
    args: ['--base', 'http://localhost:8080', '--namespace', 'kube-system', '--service', ES],
    url: `http://localhost:8080/api/v1/namespaces/kube-system/services/${ES}/proxy/`,
  },
  {
    why: "the docs' search, straight to the API server",
    args: [
      '--base=https://104.197.5.247',
      '--namespace=kube-system',
      `--service=${ES}`,
      '--path=_search',
      '--query=q=user:kimchy',
    ],
    url: `https://104.197.5.247/api/v1/namespaces/kube-system/services/${ES}/proxy/_search?q=user:kimchy`,
  },
  {
    why: 'https to the unnamed port: the trailing colon',
    args: [
      '--namespace',
      'kube-system',
      '--service',
      ES,
      '--scheme',
      'https',
      '--path',
      '_cluster/health',
      '--query',
      'pretty=true',
    ],
    url: `/api/v1/namespaces/kube-system/services/https:${ES}:/proxy/_cluster/health?pretty=true`,
  },
  {
    why: 'a pod with a port and a fragment',
    args: [
      '--pod',
      'web-0',
      '--namespace',
      'ns',
      '--port',
      '8080',
      '--path',
      'metrics',
      '--fragment',
      'top',
    ],
    url: '/api/v1/namespaces/ns/pods/web-0:8080/proxy/metrics#top',
  },
  {
    why: 'a node at the kubelet port',
    args: ['--node', 'node-1', '--scheme', 'https', '--port', '10250', '--path', '/stats/summary'],
    url: '/api/v1/nodes/https:node-1:10250/proxy/stats/summary',
  },
  {
    why: 'an empty path ends at /proxy',
    args: ['--service', 'kube-dns', '--namespace', 'kube-system', '--port', 'dns', '--path', ''],
    url: '/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy',
  },
];

describe('build', () => {
  it.each(buildCases)('$why', async ({ args, url }) => {
    const result = await cli(['build', ...args]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(`${url}\n`);
  });

  it('prints a warning about a URL that builds on stderr, and still only the URL on stdout', async () => {
    const args = ['--service', 'web', '--namespace', 'ns', '--scheme', 'http', '--port', '443'];
    const result = await cli(['build', ...args]);
    expect(result).toEqual({
      code: 0,
      stdout: '/api/v1/namespaces/ns/services/http:web:443/proxy/\n',
      stderr:
        'warning scheme-port-mismatch: The scheme does not fit the port: http to https or https to http.\n',
    });
  });

  it.each([
    [
      'an invalid Service name',
      ['--service', 'My_Svc', '--namespace', 'ns'],
      'error invalid-name (--service/--pod/--node): ',
    ],
    ['a missing namespace', ['--service', 'svc'], 'error invalid-namespace (--namespace): '],
    [
      'a namespace for a node',
      ['--node', 'n', '--namespace', 'ns'],
      'error invalid-namespace (--namespace): ',
    ],
    [
      'a port out of range',
      ['--service', 'svc', '--namespace', 'ns', '--port', '70000'],
      'error invalid-port (--port): ',
    ],
    [
      'a path that leaves the proxy',
      ['--service', 'svc', '--namespace', 'ns', '--path', '../../secrets'],
      'error path-escapes-proxy (--path): ',
    ],
    [
      'a base with a query',
      ['--base', '/a?x', '--service', 'svc', '--namespace', 'ns'],
      'error invalid-base (--base): ',
    ],
  ])(
    'refuses %s: exit 1, the diagnostics on stderr, nothing on stdout',
    async (_why, args, line) => {
      const result = await cli(['build', ...args]);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr.startsWith(line)).toBe(true);
    },
  );
});

describe('cluster-info', () => {
  it("reads the docs' output from stdin: each Service with its parts", async () => {
    const result = await cli(['cluster-info'], { input: DOCS_CLUSTER_INFO });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`grafana
  https://104.197.5.247/api/v1/namespaces/kube-system/services/monitoring-grafana/proxy
    base       https://104.197.5.247
    namespace  kube-system
    resource   services
    scheme     (none: http)
    name       monitoring-grafana
    port       (none: the Service's unnamed port)
    path       (none: the URL ends at /proxy)
  info empty-port-unnamed-only: Without a port the API server reaches only an unnamed Service port.
  warning missing-trailing-slash: The API server answers GET and HEAD with a 301 to /proxy/.
    fix: https://104.197.5.247/api/v1/namespaces/kube-system/services/monitoring-grafana/proxy/
`);
    expect(result.stdout).toContain(`Kubernetes master
  https://104.197.5.247
  not a proxy URL: the API server itself, or a load balancer
`);
    expect(result.stdout.endsWith('6 links: 5 proxy URLs (0 with errors), 1 other link\n')).toBe(
      true,
    );
  });

  it('--json prints the parseClusterInfo array, from a file', async () => {
    const file = join(dir, 'docs.txt');
    await writeFile(file, DOCS_CLUSTER_INFO);
    const result = await cli(['cluster-info', file, '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(
      JSON.parse(JSON.stringify(parseClusterInfo(DOCS_CLUSTER_INFO))),
    );
  });

  it('exits 1 when a proxy link has an error, still printing the report', async () => {
    const text =
      'dashboard is running at https://h/api/v1/namespaces/ns/services/dashboard:foo:8080/proxy\n';
    const result = await cli(['cluster-info'], { input: text });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('  error invalid-scheme: ');
    expect(result.stdout).toContain('1 link: 1 proxy URL (1 with errors), 0 other links');
  });

  it('exits 1, saying why, when no line names a link', async () => {
    const result = await cli(['cluster-info'], {
      input: 'error: You must be logged in to the server (Unauthorized)\n',
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'apiserver-proxy-url cluster-info: no "<name> is running at <link>" line in the input\n',
    );
  });

  it('exits 2 on a file it cannot read', async () => {
    const result = await cli(['cluster-info', join(dir, 'missing.txt')]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^apiserver-proxy-url cluster-info: cannot read .*missing\.txt: ENOENT/,
    );
  });
});

describe('usage errors: exit 2, a message and a pointer to --help on stderr', () => {
  it.each([
    ['no command', [], 'apiserver-proxy-url: a command is needed', ''],
    ['an unknown command', ['frobnicate'], 'apiserver-proxy-url: unknown command "frobnicate"', ''],
    ['parse without a URL', ['parse'], 'apiserver-proxy-url parse: parse needs a URL', ' parse'],
    [
      'parse with two URLs',
      ['parse', '/a', '/b'],
      'apiserver-proxy-url parse: parse takes one URL (quote it)',
      ' parse',
    ],
    [
      'an unknown flag',
      ['parse', '--yaml', '/a'],
      'apiserver-proxy-url parse: unknown option --yaml',
      ' parse',
    ],
    [
      'a flag without its value',
      ['build', '--service'],
      'apiserver-proxy-url build: --service needs a value',
      ' build',
    ],
    [
      'two resources',
      ['build', '--service', 'a', '--pod', 'b', '--namespace', 'ns'],
      'apiserver-proxy-url build: build needs exactly one of --service, --pod or --node',
      ' build',
    ],
    [
      'no resource',
      ['build', '--namespace', 'ns'],
      'apiserver-proxy-url build: build needs exactly one of --service, --pod or --node',
      ' build',
    ],
    [
      'an unknown scheme',
      ['build', '--service', 'a', '--namespace', 'ns', '--scheme', 'ftp'],
      'apiserver-proxy-url build: --scheme is http or https, not "ftp"',
      ' build',
    ],
    [
      'a positional argument to build',
      ['build', 'svc'],
      'apiserver-proxy-url build: build takes no argument: svc',
      ' build',
    ],
    [
      'two files',
      ['cluster-info', 'a', 'b'],
      'apiserver-proxy-url cluster-info: cluster-info reads one FILE, or stdin',
      ' cluster-info',
    ],
  ])('%s', async (_why, args, message, where) => {
    const result = await cli(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.startsWith(message)).toBe(true);
    expect(result.stderr.endsWith(`Run \`apiserver-proxy-url${where} --help\` for usage.\n`)).toBe(
      true,
    );
  });
});

describe('--help and --version', () => {
  it.each([
    ['the command', ['--help'], 'Usage: apiserver-proxy-url <command>'],
    ['the command, -h', ['-h'], 'Usage: apiserver-proxy-url <command>'],
    ['parse', ['parse', '--help'], 'Usage: apiserver-proxy-url parse <url> [--json] [--strict]'],
    ['build', ['build', '-h'], 'Usage: apiserver-proxy-url build [--base URL]'],
    [
      'cluster-info',
      ['cluster-info', '--help'],
      'Usage: apiserver-proxy-url cluster-info [FILE] [--json]',
    ],
    ['lint', ['lint', '-h'], 'Usage: apiserver-proxy-url lint [--format text|json|github]'],
  ])('%s', async (_why, args, usage) => {
    const result = await cli(args);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith(usage)).toBe(true);
    expect(result.stdout).toContain('Examples (from the Kubernetes docs):');
  });

  it('--version prints the package version', async () => {
    const manifest = JSON.parse(
      await readFile(new URL('../package.json', import.meta.url), 'utf8'),
    );
    const result = await cli(['--version']);
    expect(result.stdout).toBe(`${manifest.version}\n`);
  });

  it('every example in every --help runs and exits 0', async () => {
    // The examples call `apiserver-proxy-url` and `kubectl`: the first is this build, the second
    // prints the docs' cluster-info output.
    const bin = join(dir, 'bin');
    await run('/bin/mkdir', ['-p', bin]);
    await writeFile(
      join(bin, 'apiserver-proxy-url'),
      `#!/bin/sh\nexec '${process.execPath}' '${CLI}' "$@"\n`,
    );
    await writeFile(join(bin, 'kubectl'), `#!/bin/sh\ncat <<'EOF'\n${DOCS_CLUSTER_INFO}EOF\n`);
    await chmod(join(bin, 'apiserver-proxy-url'), 0o755);
    await chmod(join(bin, 'kubectl'), 0o755);
    // lint's examples check the Kubernetes website's content/: a page of it, its URLs as fixed.
    await mkdir(join(dir, 'content', 'en', 'docs'), { recursive: true });
    await writeFile(
      join(dir, 'content', 'en', 'docs', 'access-cluster-services.md'),
      `To reach Elasticsearch through kubectl proxy, open\n${DOCS_URL.replace('http://104.197.5.247', 'http://localhost:8080')}\n`,
    );
    const helps = await Promise.all(
      [
        ['--help'],
        ['parse', '--help'],
        ['build', '--help'],
        ['cluster-info', '--help'],
        ['lint', '--help'],
        ['rebase', '--help'],
        ['curl', '--help'],
        ['raw', '--help'],
        ['rbac', '--help'],
      ].map((args) => cli(args)),
    );
    const examples: string[] = [];
    for (const { stdout } of helps) {
      const section = stdout.slice(stdout.indexOf('Examples'));
      for (const line of section.split('\n').slice(1)) {
        if (line.startsWith('  ') && !line.trimStart().startsWith('#')) examples.push(line.trim());
      }
    }
    expect(examples.length).toBeGreaterThanOrEqual(23);
    // A few at a time rather than one after another: on a busy machine each start of node is slow,
    // and the time it takes is no finding. Every result is checked, in the examples' order.
    const results = await inBatches(examples, 4, (example) =>
      run('/bin/sh', ['-c', `cd '${dir}' && ${example}`], {
        env: { PATH: `${bin}:/usr/bin:/bin`, NO_COLOR: '1' },
        timeoutMs: 240_000,
      }),
    );
    results.forEach((result, i) => {
      expect(result.code, `${examples[i]}\n${result.stderr}`).toBe(0);
      expect(result.stdout.length, examples[i]).toBeGreaterThan(0);
    });
  }, 600_000);
});

describe("the README's Command line section shows real output", () => {
  const commands = readmeCommands();
  // kubectl.test.ts checks this one against the real kubectl; here it feeds the commands after it.
  const kubectlOutput = commands.find((c) => c.command === 'kubectl cluster-info')?.output ?? '';

  it('has the examples it should', () => {
    expect(commands.map((c) => c.command.split(' ').slice(0, 2).join(' '))).toEqual([
      'apiserver-proxy-url parse',
      'apiserver-proxy-url parse',
      'apiserver-proxy-url build',
      'apiserver-proxy-url build',
      'kubectl cluster-info',
      'kubectl cluster-info',
      'kubectl cluster-info',
      'apiserver-proxy-url rebase',
      'apiserver-proxy-url curl',
      'apiserver-proxy-url raw',
      'apiserver-proxy-url rbac',
      'apiserver-proxy-url curl',
      'apiserver-proxy-url raw',
      'apiserver-proxy-url build',
      'apiserver-proxy-url rebase',
    ]);
    expect(kubectlOutput).toContain(' is running at ');
  });

  it.each(commands.filter((c) => c.command !== 'kubectl cluster-info'))(
    '$command',
    async ({ command, output }) => {
      const bin = join(dir, 'readme-bin');
      await run('/bin/mkdir', ['-p', bin]);
      await writeFile(
        join(bin, 'apiserver-proxy-url'),
        `#!/bin/sh\nexec '${process.execPath}' '${CLI}' "$@"\n`,
      );
      await writeFile(join(bin, 'kubectl.txt'), kubectlOutput);
      await writeFile(join(bin, 'kubectl'), `#!/bin/sh\ncat '${join(bin, 'kubectl.txt')}'\n`);
      await chmod(join(bin, 'apiserver-proxy-url'), 0o755);
      await chmod(join(bin, 'kubectl'), 0o755);
      const result = await run('/bin/sh', ['-c', `${command} 2>&1`], {
        env: { PATH: `${bin}:/usr/bin:/bin`, NO_COLOR: '1' },
      });
      expect(result.stdout).toBe(output);
    },
  );
});

/** `work` on every item, at most `width` at a time; the results in the items' order. */
async function inBatches<T, R>(
  items: T[],
  width: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += width) {
    results.push(...(await Promise.all(items.slice(i, i + width).map(work))));
  }
  return results;
}
