// `apiserver-proxy-url lint` run as users run it (the built dist/cli/index.js in a child process) over the
// fixture tree: each format, the options that choose what is reported, and each exit status. What
// the command prints is checked against the library's lintText file by file, and the facts of the
// tree (which URLs are wrong, which are placeholders) are written out by hand.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { painter } from '../src/cli/format.js';
import { formatLintFinding } from '../src/cli/lint-format.js';
import { FIXTURE, type Found, libraryFindings } from './lint-tree.js';
import { assertBuilt, cli } from './run-cli.js';

// Several child processes a test on 2 shared cores: generous.
const SLOW = 60_000;

/** Where each finding is and its code: `file:line code`. */
const places = (found: Found[]): string[] =>
  found.map(({ file, finding }) => `${file}:${finding.line} ${finding.code}`);

/** The command's text report of these findings, and its summary. */
const textReport = (found: Found[], summary: string): string =>
  found.map(({ file, finding }) => formatLintFinding(file, finding, painter(false))).join('') +
  summary;

let library: Found[];
let dir: string;

beforeAll(async () => {
  await assertBuilt();
  library = await libraryFindings(FIXTURE, '');
  dir = await mkdtemp(join(tmpdir(), 'apiserver-proxy-url-lint-'));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('lint over the fixture tree', { timeout: SLOW }, () => {
  it('reports the wrong URLs of docs, a chart, a script; not placeholders, not cluster-info quotes, not the binary', async () => {
    const { code, stdout, stderr } = await cli(['lint'], { cwd: FIXTURE });
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
    // Written out: what a reader of this tree must be told, and nothing else.
    expect(places(library)).toEqual([
      'charts/kube-ops-view/templates/NOTES.txt:7 legacy-proxy-path',
      'docs/access-services.md:43 scheme-parsed-as-name',
      'docs/access-services.md:56 missing-trailing-slash',
      'docs/dashboard-faq.md:6 legacy-proxy-path',
      'scripts/open-grafana.sh:8 missing-trailing-slash',
    ]);
    expect(stdout).toBe(
      textReport(library, '5 problems (2 errors, 3 warnings) in 7 files, 14 URLs checked\n'),
    );
  });

  it('prints each finding as path:line:column  severity  code  message, its fix on the next line', async () => {
    const { stdout } = await cli(['lint', 'docs/dashboard-faq.md'], { cwd: FIXTURE });
    const legacy = library.find((f) => f.file === 'docs/dashboard-faq.md')?.finding;
    expect(stdout).toBe(
      `docs/dashboard-faq.md:6:23  error  legacy-proxy-path  ${legacy?.message}
  fix: http://localhost:8001/api/v1/namespaces/kube-system/services/kubernetes-dashboard/proxy/
1 problem (1 error, 0 warnings) in 1 file, 1 URL checked
`,
    );
  });

  it('names files as found under the PATH given', async () => {
    const absolute = await cli(['lint', join(FIXTURE, 'docs')]);
    expect(absolute.stdout).toContain(`${join(FIXTURE, 'docs', 'dashboard-faq.md')}:6:23  error`);
    const relative = await cli(['lint', 'docs/', 'scripts'], { cwd: FIXTURE });
    expect(relative.stdout.split('\n').filter((l) => /^\S+:\d+:\d+ {2}/.test(l))).toEqual([
      expect.stringMatching(/^docs\/access-services\.md:43:66 {2}warning/),
      expect.stringMatching(/^docs\/access-services\.md:56:\d+ {2}warning/),
      expect.stringMatching(/^docs\/dashboard-faq\.md:6:23 {2}error/),
      expect.stringMatching(/^scripts\/open-grafana\.sh:8:\d+ {2}warning/),
    ]);
  });

  it('--format json prints one array of {file, line, column, endLine, endColumn, url, code, severity, message, fix?}', async () => {
    const { code, stdout, stderr } = await cli(['lint', '--format', 'json'], { cwd: FIXTURE });
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
    const expected = library.map(({ file, finding: f }) => ({
      file,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      url: f.url,
      code: f.code,
      severity: f.severity,
      message: f.message,
      ...(f.fix === undefined ? {} : { fix: f.fix }),
    }));
    expect(JSON.parse(stdout)).toEqual(expected);
    // Key order as the contract lists them.
    expect(Object.keys(JSON.parse(stdout)[0])).toEqual(Object.keys(expected[0] ?? {}));
  });

  it('--format json with nothing found is []', async () => {
    const { code, stdout } = await cli(['lint', '--format=json', 'src', 'README.md'], {
      cwd: FIXTURE,
    });
    expect({ code, stdout }).toEqual({ code: 0, stdout: '[]\n' });
  });

  it('--format github prints workflow annotations, then the summary', async () => {
    const { code, stdout } = await cli(['lint', '--format', 'github', 'docs', 'scripts'], {
      cwd: FIXTURE,
    });
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    const scheme = library.find((f) => f.finding.code === 'scheme-parsed-as-name')?.finding;
    expect(lines[0]).toBe(
      `::warning file=docs/access-services.md,line=43,endLine=43,col=66,endColumn=${scheme?.endColumn},title=scheme-parsed-as-name::${scheme?.message}%0Afix: https://104.197.5.247/api/v1/namespaces/kube-system/services/https:elasticsearch-logging:/proxy/_cluster/health?pretty=true`,
    );
    expect(lines.map((l) => l.slice(0, l.indexOf(' ')))).toEqual([
      '::warning',
      '::warning',
      '::error',
      '::warning',
      '4',
    ]);
    expect(lines.at(-1)).toBe('4 problems (1 error, 3 warnings) in 3 files, 10 URLs checked');
  });

  it('--format github escapes %, CR, LF, and : and , in properties; infos are notices', async () => {
    await writeFile(join(dir, 'a,b:c%.md'), 'see /api/v1/namespaces/ns/services/svc/proxy/\n');
    const { stdout } = await cli(
      ['lint', '--format', 'github', '--min-severity', 'info', 'a,b:c%.md'],
      { cwd: dir },
    );
    expect(stdout.split('\n')[0]).toMatch(
      /^::notice file=a%2Cb%3Ac%25\.md,line=1,endLine=1,col=\d+,endColumn=\d+,title=empty-port-unnamed-only::Without /,
    );
  });
});

describe('what is reported', { timeout: SLOW }, () => {
  it('infos are hidden unless --min-severity info; --min-severity error hides warnings', async () => {
    const infos = await libraryFindings(FIXTURE, '', { minSeverity: 'info' });
    const all = await cli(['lint', '--min-severity', 'info'], { cwd: FIXTURE });
    const count = (s: string) => infos.filter((f) => f.finding.severity === s).length;
    expect(count('info')).toBeGreaterThan(0);
    expect(all.stdout).toBe(
      textReport(
        infos,
        `${infos.length} problems (2 errors, 3 warnings, ${count('info')} infos) in 7 files, 14 URLs checked\n`,
      ),
    );
    const errors = await cli(['lint', '--min-severity', 'error'], { cwd: FIXTURE });
    expect(errors.stdout).toBe(
      textReport(
        library.filter((f) => f.finding.severity === 'error'),
        '2 problems (2 errors, 0 warnings) in 7 files, 14 URLs checked\n',
      ),
    );
    expect(errors.code).toBe(1);
  });

  it('--rule CODE=LEVEL changes or silences a code, repeatably', async () => {
    const off = await cli(
      ['lint', '--rule', 'legacy-proxy-path=off', '--rule=scheme-parsed-as-name=error'],
      { cwd: FIXTURE },
    );
    expect(off.code).toBe(1);
    expect(off.stdout).not.toContain('legacy-proxy-path');
    expect(off.stdout).toContain('docs/access-services.md:43:66  error  scheme-parsed-as-name');
    expect(
      off.stdout.endsWith('3 problems (1 error, 2 warnings) in 7 files, 14 URLs checked\n'),
    ).toBe(true);
    const quiet = await cli(
      [
        'lint',
        '--rule',
        'legacy-proxy-path=warning',
        '--rule',
        'scheme-parsed-as-name=info',
        '--rule',
        'missing-trailing-slash=off',
      ],
      { cwd: FIXTURE },
    );
    expect(quiet.code).toBe(0);
    expect(
      quiet.stdout.endsWith('2 problems (0 errors, 2 warnings) in 7 files, 14 URLs checked\n'),
    ).toBe(true);
  });
});

describe('exit status', { timeout: SLOW }, () => {
  it.each([
    ['0: no finding', ['src', 'README.md'], 0],
    ['0: warnings only', ['docs/access-services.md', 'scripts'], 0],
    ['1: an error', ['docs/dashboard-faq.md'], 1],
    [
      '0: as many warnings as --max-warnings',
      ['--max-warnings', '3', 'docs/access-services.md', 'scripts'],
      0,
    ],
    [
      '1: more warnings than --max-warnings',
      ['--max-warnings', '2', 'docs/access-services.md', 'scripts'],
      1,
    ],
    ['1: any warning with --max-warnings 0', ['--max-warnings=0', 'scripts'], 1],
  ])('%s', async (_why, args, status) => {
    const { code, stderr } = await cli(['lint', ...args], { cwd: FIXTURE });
    expect(code).toBe(status);
    if (args.some((a) => a.startsWith('--max-warnings')) && status === 1) {
      expect(stderr).toMatch(
        /^apiserver-proxy-url lint: \d+ warnings, more than --max-warnings \d+\n$/,
      );
    } else {
      expect(stderr).toBe('');
    }
  });

  it.each([
    ['an unknown code', ['--rule', 'no-such-code=off'], 'unknown code "no-such-code" in --rule'],
    [
      'an unknown level',
      ['--rule', 'legacy-proxy-path=fatal'],
      '--rule legacy-proxy-path= takes off, info, warning or error, not "fatal"',
    ],
    [
      'a rule without a level',
      ['--rule', 'legacy-proxy-path'],
      '--rule takes CODE=off|info|warning|error, not "legacy-proxy-path"',
    ],
    ['an unknown format', ['--format', 'xml'], '--format is text, json or github, not "xml"'],
    [
      'an unknown severity',
      ['--min-severity', 'notice'],
      '--min-severity is info, warning or error, not "notice"',
    ],
    ['a count that is not one', ['--max-warnings', '-1'], '--max-warnings needs a value'],
    [
      'a count that is not a number',
      ['--max-warnings', 'ten'],
      '--max-warnings is a number of warnings, not "ten"',
    ],
    ['an unknown option', ['--fox'], 'unknown option --fox'],
    ['an option without its value', ['--format'], '--format needs a value'],
    ['an option taking the next one as its value', ['--format', '--fix'], '--format needs a value'],
    ['a value for a flag', ['--fix=yes'], '--fix takes no value'],
    ['stdin twice', ['-', '-'], '- (stdin) can be read once'],
  ])('2: %s, told in one line', async (_why, args, message) => {
    const { code, stdout, stderr } = await cli(['lint', 'README.md', ...args], { cwd: FIXTURE });
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toBe(
      `apiserver-proxy-url lint: ${message}\nRun \`apiserver-proxy-url lint --help\` for usage.\n`,
    );
  });
});

describe('lint --help', { timeout: SLOW }, () => {
  it('shows the usage, every option and the exit statuses', async () => {
    const { code, stdout } = await cli(['lint', '--help']);
    expect(code).toBe(0);
    expect(
      stdout.startsWith('Usage: apiserver-proxy-url lint [--format text|json|github] [--fix]'),
    ).toBe(true);
    for (const option of [
      '--format',
      '--fix',
      '--min-severity',
      '--rule',
      '--max-warnings',
      'Exit status',
    ]) {
      expect(stdout).toContain(option);
    }
  });
});
