// `apiserver-proxy-url rebase | curl | raw | rbac`, run as users run them: one URL in, one line (one
// YAML document) out, the library's conversion exactly; a refused URL explained on stderr as `parse`
// explains it, without its password or a pasted command's token; stdin one URL a line.
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { rebaseProxyUrl, toCurl, toKubectlGetRaw, toRbacRule } from '../src/index.js';
import { assertBuilt, cli } from './run-cli.js';

const SLOW = 60_000;
const ES = 'elasticsearch-logging';
const SEARCH = `https://104.197.5.247/api/v1/namespaces/kube-system/services/${ES}/proxy/_search?q=user:kimchy`;
const HEALTH = `https://104.197.5.247/api/v1/namespaces/kube-system/services/https:${ES}:/proxy/_cluster/health?pretty=true`;
const NODE = '/api/v1/nodes/node-1/proxy/stats/summary';
const DNS = 'http://localhost:8001/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy/';
const LEGACY = '/api/v1/proxy/namespaces/kube-system/services/kubernetes-dashboard/';

beforeAll(assertBuilt);

/** The raw control characters in `text` other than its line feeds. */
const controls = (text: string): number[] =>
  [...text]
    .map((c) => c.charCodeAt(0))
    .filter((c) => (c < 0x20 && c !== 0x0a) || (c >= 0x7f && c <= 0x9f));

interface LineCase {
  args: string[];
  out: string;
}

describe('one URL in, the library conversion out, exit 0', { timeout: SLOW }, () => {
  const cases: LineCase[] = [
    {
      args: ['rebase', SEARCH, 'http://localhost:8080'],
      out: rebaseProxyUrl(SEARCH, 'http://localhost:8080'),
    },
    {
      args: ['rebase', NODE, 'https://kubernetes.default.svc'],
      out: `https://kubernetes.default.svc${NODE}`,
    },
    { args: ['rebase', DNS, ''], out: rebaseProxyUrl(DNS, '') },
    {
      args: ['rebase', LEGACY, 'http://localhost:8001'],
      out: `http://localhost:8001/api/v1/namespaces/kube-system/services/kubernetes-dashboard/proxy/`,
    },
    { args: ['curl', SEARCH], out: toCurl(SEARCH) },
    { args: ['curl', DNS], out: `curl '${DNS}'` },
    {
      args: ['curl', NODE],
      out: `curl "$APISERVER"'${NODE}' --header "Authorization: Bearer $TOKEN"`,
    },
    { args: ['raw', HEALTH], out: toKubectlGetRaw(HEALTH) },
    {
      args: ['raw', `${DNS}#frag`],
      out: `kubectl get --raw '/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy/'`,
    },
  ];
  it.each(cases)('$args', async ({ args, out }) => {
    const { code, stdout, stderr } = await cli(args);
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: `${out}\n`, stderr: '' });
  });

  it('rbac prints toRbacRule as one YAML document, under a comment saying where it goes', async () => {
    const { code, stdout, stderr } = await cli(['rbac', HEALTH]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout.split('\n')[0]).toBe('# a rule of a Role in namespace kube-system');
    expect(parseYaml(stdout)).toEqual(toRbacRule(HEALTH));
    expect(stdout).toContain('- "https:elasticsearch-logging:"');
  });

  it.each([
    [NODE, [], '# a rule of a ClusterRole (nodes are cluster-scoped)', ['get']],
    [
      DNS,
      ['--method', 'POST', '--method', 'delete', '--method', 'HEAD'],
      '# a rule of a Role in namespace kube-system',
      ['create', 'delete', 'get'],
    ],
  ])('rbac %s %j', async (url, flags, comment, verbs) => {
    const { code, stdout } = await cli(['rbac', url, ...flags]);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(comment);
    expect(parseYaml(stdout)).toEqual({ ...toRbacRule(url), verbs });
  });
});

describe('stdin: one URL a line, one result a line', { timeout: SLOW }, () => {
  const input = `${SEARCH}\r\n\n   \n${NODE}\n${DNS}`;
  it.each([
    ['curl', ['curl'], (u: string) => toCurl(u)],
    ['curl -', ['curl', '-'], (u: string) => toCurl(u)],
    ['raw -', ['raw', '-'], toKubectlGetRaw],
    [
      'rebase - BASE',
      ['rebase', '-', 'http://localhost:8001'],
      (u: string) => rebaseProxyUrl(u, 'http://localhost:8001'),
    ],
  ])('%s', async (_name, args, convert) => {
    const { code, stdout, stderr } = await cli(args, { input });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe(`${[SEARCH, NODE, DNS].map(convert).join('\n')}\n`);
  });

  it('rbac: one YAML document per URL, separated by ---', async () => {
    const { code, stdout } = await cli(['rbac'], { input: `${NODE}\n${DNS}\n` });
    expect(code).toBe(0);
    const documents = stdout.split('\n---\n').map((d) => parseYaml(d));
    expect(documents).toEqual([toRbacRule(NODE), toRbacRule(DNS)]);
  });

  it('a refused line is explained on stderr with its line number; the others still convert; exit 1', async () => {
    const { code, stdout, stderr } = await cli(['raw'], {
      input: `${NODE}\nnot a url\n/api/v1/nodes/n/proxy/\u001b[31m\n${DNS}\n`,
    });
    expect(code).toBe(1);
    expect(stdout).toBe(`${toKubectlGetRaw(NODE)}\n${toKubectlGetRaw(DNS)}\n`);
    expect(stderr).toContain('stdin line 2: error ');
    expect(stderr).toContain('stdin line 3: error control-character: ');
    expect(stderr).toContain('/api/v1/nodes/n/proxy/\\x1b[31m');
    expect(stderr).not.toContain('\u001b');
  });

  it('stdin without a URL is a usage error', async () => {
    const { code, stderr } = await cli(['curl'], { input: '\n  \n' });
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe(
      'apiserver-proxy-url curl: curl needs a URL (stdin had none)',
    );
  });
});

interface RefusalCase {
  why: string;
  args: string[];
  /** stderr, exactly. */
  stderr: string;
}

describe('a refused URL: exit 1, nothing on stdout, why on stderr as parse says it', {
  timeout: SLOW,
}, () => {
  const cases: RefusalCase[] = [
    {
      why: 'no namespace: the fix offers namespaces/default/',
      args: ['curl', '/api/v1/services/web/proxy/'],
      stderr: `error not-a-proxy-url: No namespace: Services and pods live in one (namespaces/{ns}/).
  /api/v1/services/web/proxy/
          ^^^^^^^^
  fix: /api/v1/namespaces/default/services/web/proxy/
`,
    },
    {
      why: 'a raw space: curl refuses it, the fix writes %20',
      args: ['raw', 'http://localhost:8001/api/v1/namespaces/a/services/b/proxy/x y'],
      stderr: `error space-in-url: curl and Go refuse a raw space; browsers send it as %20.
  http://localhost:8001/api/v1/namespaces/a/services/b/proxy/x y
                                                              ^
  fix: http://localhost:8001/api/v1/namespaces/a/services/b/proxy/x%20y
`,
    },
    {
      why: 'a password: masked in the echo and in the fix',
      args: ['rbac', 'https://admin:s3cret@10.0.0.1:6443/api/v1/services/web/proxy/'],
      stderr: `error not-a-proxy-url: No namespace: Services and pods live in one (namespaces/{ns}/).
  https://admin:******@10.0.0.1:6443/api/v1/services/web/proxy/
                                            ^^^^^^^^
  fix: https://admin:******@10.0.0.1:6443/api/v1/namespaces/default/services/web/proxy/
`,
    },
    {
      why: 'a pasted command: not echoed (it holds a token), the fix is the URL inside',
      args: [
        'curl',
        "curl -k -H 'Authorization: Bearer s3cret.t0ken' https://10.0.0.1:6443/api/v1/namespaces/a/services/b/proxy/",
      ],
      stderr: `error pasted-command: This is a command, not a URL.
  fix: https://10.0.0.1:6443/api/v1/namespaces/a/services/b/proxy/
`,
    },
    {
      why: 'a pasted command with a password in its URL: masked in the fix',
      args: [
        'raw',
        "curl -k -H 'Authorization: Bearer s3cret.t0ken' https://admin:s3cret@10.0.0.1:6443/api/v1/services/web/proxy/",
      ],
      stderr: `error pasted-command: This is a command, not a URL.
  fix: https://admin:******@10.0.0.1:6443/api/v1/services/web/proxy/
error not-a-proxy-url: No namespace: Services and pods live in one (namespaces/{ns}/).
  fix: https://admin:******@10.0.0.1:6443/api/v1/namespaces/default/services/web/proxy/
`,
    },
    {
      why: 'a base without its scheme: kubectl proxy is http',
      args: ['rebase', SEARCH, 'localhost:8001'],
      stderr: `error unsupported-url-scheme (<base>): No client sends this scheme to the API server.
  fix: http://localhost:8001
`,
    },
    {
      why: 'a remote base without its scheme: https, not http',
      args: ['rebase', NODE, '10.0.0.1:6443'],
      stderr: `error invalid-base (<base>): This base cannot precede /api/v1: browsers would change its path.
  fix: https://10.0.0.1:6443
`,
    },
    {
      why: 'control characters are shown as escapes',
      args: ['curl', '/api/v1/nodes/\u001b]0;pwned\u0007/proxy/'],
      stderr: '',
    },
  ];
  it.each(cases)('$why', async ({ args, stderr }) => {
    const result = await cli(args);
    expect({ code: result.code, stdout: result.stdout }).toEqual({ code: 1, stdout: '' });
    if (stderr) expect(result.stderr).toBe(stderr);
    expect(result.stderr).not.toContain('s3cret');
    expect(controls(result.stderr)).toEqual([]);
    expect(result.stderr.length).toBeGreaterThan(0);
  });
});

describe('what is printed never carries a password', { timeout: SLOW }, () => {
  it.each([
    ['curl', 'https://admin:s3cret@10.0.0.1:6443/api/v1/namespaces/a/services/b/proxy/'],
    ['curl', 'http://admin:s3cret@localhost:8001/api/v1/namespaces/a/services/b/proxy/'],
    ['raw', 'https://admin:s3cret@10.0.0.1:6443/api/v1/namespaces/a/services/b/proxy/'],
    ['rbac', 'https://admin:s3cret@10.0.0.1:6443/api/v1/namespaces/a/services/b/proxy/'],
  ])('%s %s', async (command, url) => {
    const { code, stdout, stderr } = await cli([command, url]);
    expect(code).toBe(0);
    expect(stdout + stderr).not.toContain('s3cret');
    expect(stdout + stderr).not.toContain('admin');
  });

  it('rebase drops the old base with its user info', async () => {
    const url = 'https://admin:s3cret@10.0.0.1:6443/api/v1/namespaces/a/services/b/proxy/';
    const { stdout } = await cli(['rebase', url, 'http://localhost:8001']);
    expect(stdout).toBe('http://localhost:8001/api/v1/namespaces/a/services/b/proxy/\n');
  });
});

describe('usage errors: one line, then where help is, exit 2', { timeout: SLOW }, () => {
  it.each([
    [['rebase'], 'rebase needs a URL (or - for stdin) and a base'],
    [['rebase', NODE], 'rebase needs a URL (or - for stdin) and a base'],
    [['rebase', NODE, '', 'x'], 'rebase takes a URL and a base (quote them)'],
    [['curl', NODE, NODE], 'curl takes one URL (quote it)'],
    [['raw', '--token', 'x', NODE], 'unknown option --token'],
    [['rbac', NODE, '--method'], '--method needs a value'],
    [['rbac', NODE, '--method', '--help'], '--method needs a value'],
    [['curl', '-x'], 'unknown option -x'],
  ])('%j', async (args, message) => {
    const { code, stdout, stderr } = await cli(args as string[]);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    const command = (args as string[])[0];
    expect(stderr).toBe(
      `apiserver-proxy-url ${command}: ${message}\nRun \`apiserver-proxy-url ${command} --help\` for usage.\n`,
    );
  });
});
