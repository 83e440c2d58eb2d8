// Guidance where people go wrong on the command line: a missing namespace said as missing, a base
// without its scheme given one, `cluster-info --links kubectl-proxy`, `parse --strict` failing on
// certain 403s, and a one-line usage error for every unknown or incomplete option of every command.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseClusterInfo, parseProxyUrl, rebaseProxyUrl } from '../src/index.js';
import { assertBuilt, cli } from './run-cli.js';

const SLOW = 60_000;
const CLUSTER_INFO = `Kubernetes control plane is running at https://104.197.5.247
elasticsearch-logging is running at https://104.197.5.247/api/v1/namespaces/kube-system/services/elasticsearch-logging/proxy
kube-dns is running at https://104.197.5.247/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy
`;

let dir: string;
beforeAll(async () => {
  await assertBuilt();
  dir = await mkdtemp(join(tmpdir(), 'apiserver-proxy-url-guidance-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const usage = (command: string, message: string): string =>
  `apiserver-proxy-url ${command}: ${message}\nRun \`apiserver-proxy-url ${command} --help\` for usage.\n`;

describe('build', { timeout: SLOW }, () => {
  it.each([
    [['--service', 'web'], 'a Service'],
    [['--pod', 'web-0', '--port', '8080'], 'a pod'],
  ])(
    '%j without a namespace: the namespace is missing (not "not a DNS-1123 label")',
    async (args, what) => {
      const { code, stdout, stderr } = await cli(['build', ...args]);
      expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
      expect(stderr).toBe(
        `error invalid-namespace (--namespace): The namespace is missing: ${what} lives in one (-n default).\n`,
      );
    },
  );

  it('an empty --namespace is still not a DNS-1123 label', async () => {
    const { code, stderr } = await cli(['build', '--service', 'web', '--namespace', '']);
    expect(code).toBe(1);
    expect(stderr).toContain('DNS-1123');
  });

  it('-n is --namespace, as in kubectl', async () => {
    const short = await cli(['build', '--service', 'web', '-n', 'default']);
    const long = await cli(['build', '--service', 'web', '--namespace', 'default']);
    expect(short).toEqual(long);
    expect(short.stdout).toBe('/api/v1/namespaces/default/services/web/proxy/\n');
  });

  it.each([
    [
      'localhost:8001',
      'unsupported-url-scheme',
      'No client sends this scheme to the API server.',
      'http://localhost:8001',
    ],
    [
      '127.0.0.1:8080',
      'invalid-base',
      'This base cannot precede /api/v1: browsers would change its path.',
      'http://127.0.0.1:8080',
    ],
    [
      '10.0.0.1:6443',
      'invalid-base',
      'This base cannot precede /api/v1: browsers would change its path.',
      'https://10.0.0.1:6443',
    ],
  ])('--base %s: the scheme it needs is the fix', async (base, code, message, fix) => {
    const result = await cli(['build', '--base', base, '--service', 'web', '-n', 'default']);
    expect({ code: result.code, stdout: result.stdout }).toEqual({ code: 1, stdout: '' });
    expect(result.stderr).toBe(`error ${code} (--base): ${message}\n  fix: --base ${fix}\n`);
    // The fix builds.
    const fixed = await cli(['build', '--base', fix, '--service', 'web', '-n', 'default']);
    expect(fixed.stdout).toBe(`${fix}/api/v1/namespaces/default/services/web/proxy/\n`);
  });

  it('the fix of the base stays under its error when the namespace is missing too', async () => {
    const { code, stderr } = await cli(['build', '--service', 'web', '--base', 'localhost:8001']);
    expect(code).toBe(1);
    expect(
      stderr,
    ).toBe(`error unsupported-url-scheme (--base): No client sends this scheme to the API server.
  fix: --base http://localhost:8001
error invalid-namespace (--namespace): The namespace is missing: a Service lives in one (-n default).
`);
  });

  it('a refused base that no scheme would mend gets no fix', async () => {
    const { code, stderr } = await cli(['build', '--base', 'ftp://h', '--node', 'n']);
    expect(code).toBe(1);
    expect(stderr).toBe(
      'error unsupported-url-scheme (--base): No client sends this scheme to the API server.\n',
    );
  });
});

describe('cluster-info --links kubectl-proxy', { timeout: SLOW }, () => {
  const proxied = parseClusterInfo(CLUSTER_INFO)
    .filter((e) => e.target)
    .map((e) => ({ name: e.name, url: rebaseProxyUrl(e.url, 'http://localhost:8001') }));

  it("prints each Service through kubectl proxy, in kubectl's own words; the control plane is left out", async () => {
    const file = join(dir, 'cluster-info.txt');
    await writeFile(file, CLUSTER_INFO);
    const { code, stdout, stderr } = await cli(['cluster-info', file, '--links', 'kubectl-proxy']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe(
      `elasticsearch-logging is running at http://localhost:8001/api/v1/namespaces/kube-system/services/elasticsearch-logging/proxy
kube-dns is running at http://localhost:8001/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy
`,
    );
    // Read back as cluster-info output, it is the same Services at the same targets.
    const again = parseClusterInfo(stdout);
    expect(again.map((e) => ({ name: e.name, url: e.url }))).toEqual(proxied);
    const original = parseClusterInfo(CLUSTER_INFO).filter((e) => e.target);
    expect(again.map((e) => ({ ...e.target, base: '' }))).toEqual(
      original.map((e) => ({ ...e.target, base: '' })),
    );
  });

  it('--json: [{name, url}], from stdin too', async () => {
    const { code, stdout } = await cli(['cluster-info', '--links', 'kubectl-proxy', '--json'], {
      input: CLUSTER_INFO,
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(proxied);
  });

  it('a link with an error is explained on stderr, the others still printed; exit 1', async () => {
    const input = `${CLUSTER_INFO}bad is running at https://h/api/v1/namespaces/kube-system/services/a%2Fb/proxy\n`;
    const { code, stdout, stderr } = await cli(['cluster-info', '--links', 'kubectl-proxy'], {
      input,
    });
    expect(code).toBe(1);
    expect(stdout.split('\n').filter(Boolean)).toHaveLength(2);
    expect(stderr.startsWith('bad: error encoded-slash-in-name: ')).toBe(true);
  });

  it.each([
    [['--links', 'kubectl'], '--links is kubectl-proxy, not "kubectl"'],
    [['--links'], '--links needs a value'],
    [['--links', '--json'], '--links needs a value'],
  ])('%j is a usage error', async (args, message) => {
    const { code, stderr } = await cli(['cluster-info', ...args], { input: CLUSTER_INFO });
    expect(code).toBe(2);
    expect(stderr).toBe(usage('cluster-info', message));
  });
});

describe('parse --strict: two certain 403s fail', { timeout: SLOW }, () => {
  // kubectl proxy refuses the Host [::1]:8001 and the path /exec: two kubectl-proxy-rejects-* warnings.
  const URL = 'http://[::1]:8001/api/v1/namespaces/ns/pods/p/proxy/exec';

  it('the URL has exactly those two warnings and no error', () => {
    const codes = parseProxyUrl(URL).diagnostics.map((d) => `${d.severity} ${d.code}`);
    expect(codes).toEqual([
      'warning kubectl-proxy-rejects-host',
      'warning kubectl-proxy-rejects-path',
    ]);
  });

  it.each([
    [['parse', URL], undefined, 0, '\nok: 0 errors, 2 warnings, 0 info\n'],
    [['parse', '--strict', URL], undefined, 1, '\nnot ok: 0 errors, 2 warnings, 0 info\n'],
    [['parse', '--strict'], `${URL}\n`, 1, '\nnot ok: 0 errors, 2 warnings, 0 info\n'],
    [['parse', '--strict', '--json', URL], undefined, 1, ''],
  ])('%j, stdin %j', async (args, input, exit, ending) => {
    const result = await cli(args, input === undefined ? {} : { input });
    expect(result.code).toBe(exit);
    expect(result.stdout.endsWith(ending)).toBe(true);
  });
});

describe('every command: an unknown or incomplete option is a one-line usage error', {
  timeout: SLOW,
}, () => {
  const NODE = '/api/v1/nodes/n/proxy/';
  const cases: [string, string[], string][] = [
    ['parse', ['--bogus', NODE], 'unknown option --bogus'],
    ['parse', [NODE, '--objects'], '--objects needs a value'],
    ['build', ['--service', 'web', '-n'], '-n needs a value'],
    ['build', ['--service', '--namespace', 'default'], '--service needs a value'],
    ['build', ['-x'], 'unknown option -x'],
    ['cluster-info', ['--bogus'], 'unknown option --bogus'],
    ['cluster-info', ['--json=yes'], '--json takes no value'],
    ['links', ['--bogus'], 'unknown option --bogus'],
    ['lint', ['--format'], '--format needs a value'],
    ['lint', ['-q'], 'unknown option -q'],
    ['rebase', ['--base', 'x', NODE], 'unknown option --base'],
    ['curl', ['--token', 'x', NODE], 'unknown option --token'],
    ['raw', ['-n', 'default', NODE], 'unknown option -n'],
    ['rbac', [NODE, '--method'], '--method needs a value'],
    ['rbac', ['--verb', 'get', NODE], 'unknown option --verb'],
  ];
  it.each(cases)('%s %j', async (command, args, message) => {
    const { code, stdout, stderr } = await cli([command, ...args], { input: '' });
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toBe(usage(command, message));
  });
});
