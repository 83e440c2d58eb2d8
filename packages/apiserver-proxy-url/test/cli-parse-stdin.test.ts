// `apiserver-proxy-url parse` reading URLs from stdin, one a line (`-`, or no URL while stdin is not
// a terminal), and `--strict`. Each report is the one `parse <url>` prints; --json is JSON Lines.
import { beforeAll, describe, expect, it } from 'vitest';
import { formatParseReport, painter } from '../src/cli/format.js';
import { parseProxyUrl } from '../src/index.js';
import { run } from './kubectl/kubectl.js';
import { assertBuilt, CLI, cli } from './run-cli.js';

const SLOW = 60_000;

const GOOD = 'https://10.0.0.1:6443/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy/';
/** A warning only: missing-trailing-slash. */
const WARNING = '/api/v1/nodes/node-1/proxy';
/** An error: the removed /api/v1/proxy/... form. */
const ERROR = 'http://localhost:8001/api/v1/proxy/namespaces/default/services/web';

const report = (url: string, strict = false): string =>
  formatParseReport(url, parseProxyUrl(url), painter(false), strict);

beforeAll(assertBuilt);

describe('parse reads URLs from stdin', { timeout: SLOW }, () => {
  it.each([
    ['given -', ['parse', '-']],
    ['given no URL, stdin not a terminal', ['parse']],
  ])('%s: each report in turn, then how many were ok', async (_why, args) => {
    const input = `${GOOD}\n\n${WARNING}\r\n   \n${ERROR}`;
    const { code, stdout, stderr } = await cli(args, { input });
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
    expect(stdout).toBe(
      `${report(GOOD)}\n${report(WARNING)}\n${report(ERROR)}\n3 URLs: 2 ok, 1 not ok\n`,
    );
  });

  it('one URL on stdin prints what parse <url> prints', async () => {
    const { code, stdout } = await cli(['parse'], { input: `${WARNING}\n` });
    const given = await cli(['parse', WARNING]);
    expect({ code, stdout }).toEqual({ code: 0, stdout: given.stdout });
  });

  it('--json prints JSON Lines: one object a URL, the line as "url" before the result', async () => {
    const input = `${GOOD}\n${ERROR}\n\n${WARNING}\n`;
    const { code, stdout } = await cli(['parse', '--json', '-'], { input });
    expect(code).toBe(1);
    const lines = stdout.split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1).map((l) => JSON.parse(l))).toEqual(
      [GOOD, ERROR, WARNING].map((url) => ({ url, ...parseProxyUrl(url) })),
    );
    expect(Object.keys(JSON.parse(lines[0] ?? '{}'))[0]).toBe('url');
  });

  it('exits 0 when no URL has an error', async () => {
    const { code, stdout } = await cli(['parse', '-'], { input: `${GOOD}\n${WARNING}\n` });
    expect(code).toBe(0);
    expect(stdout.endsWith('2 URLs: 2 ok, 0 not ok\n')).toBe(true);
  });

  it('a stdin without a URL is a usage error', async () => {
    const { code, stdout, stderr } = await cli(['parse', '-'], { input: '\n  \n' });
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toBe(
      'apiserver-proxy-url parse: parse needs a URL (stdin had none)\nRun `apiserver-proxy-url parse --help` for usage.\n',
    );
  });

  it('on a terminal, says what it waits for (on stderr) and reads on', async () => {
    // util-linux `script` runs the command on a pseudo-terminal and passes the input on.
    const command = `"${process.execPath}" "${CLI}" parse --json`;
    const result = await run('script', ['-qec', command, '/dev/null'], {
      input: `${WARNING}\n`,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', NO_COLOR: '1', TERM: 'dumb' },
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'apiserver-proxy-url parse: reading URLs from stdin, one a line (end with Ctrl-D); or give one: parse <url>',
    );
    expect(result.stdout).toContain(JSON.stringify({ url: WARNING, ...parseProxyUrl(WARNING) }));
  });
});

describe('parse --strict: warnings fail too', { timeout: SLOW }, () => {
  it.each([
    ['a URL given', ['parse', '--strict', WARNING], undefined],
    ['a URL on stdin', ['parse', '--strict'], `${WARNING}\n`],
  ])('%s: not ok, exit 1', async (_why, args, input) => {
    const { code, stdout } = await cli(args, input === undefined ? {} : { input });
    expect(code).toBe(1);
    expect(stdout).toBe(report(WARNING, true));
    expect(stdout.endsWith('not ok: 0 errors, 1 warning, 0 info\n')).toBe(true);
  });

  it('a URL without warnings is still ok; without --strict a warning is ok', async () => {
    expect((await cli(['parse', '--strict', GOOD])).code).toBe(0);
    const loose = await cli(['parse', WARNING]);
    expect(loose.code).toBe(0);
    expect(loose.stdout.endsWith('ok: 0 errors, 1 warning, 0 info\n')).toBe(true);
  });

  it('counts URLs with warnings as not ok over stdin', async () => {
    const { code, stdout } = await cli(['parse', '--strict', '-'], {
      input: `${GOOD}\n${WARNING}\n`,
    });
    expect(code).toBe(1);
    expect(stdout.endsWith('2 URLs: 1 ok, 1 not ok\n')).toBe(true);
  });
});

describe('parse usage', { timeout: SLOW }, () => {
  it('two URLs are still a usage error (quote it)', async () => {
    const { code, stderr } = await cli(['parse', GOOD, WARNING]);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe('apiserver-proxy-url parse: parse takes one URL (quote it)');
  });

  it('--help tells about stdin, JSON Lines and --strict', async () => {
    const { stdout } = await cli(['parse', '--help']);
    expect(stdout).toContain('apiserver-proxy-url parse [-] [--json] [--strict] < urls.txt');
    expect(stdout).toContain('JSON Lines');
    expect(stdout).toContain('--strict');
  });
});
