// `apiserver-proxy-url lint --fix` on copies of the fixture tree and on files made for the purpose:
// what it rewrites, what it leaves byte for byte (line ends, byte order mark, final newline, other
// encodings, file modes), that a second run has nothing left to fix, and stdin.
import { chmod, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintText } from '../src/index.js';
import { copyTree, FIXTURE, TEXT_FILES } from './lint-tree.js';
import { assertBuilt, cli } from './run-cli.js';

const SLOW = 60_000;

/** What --fix must make of the fixture, file by file: each wrong URL replaced, nothing else. */
const FIXES: Record<string, Array<[string, string]>> = {
  'charts/kube-ops-view/templates/NOTES.txt': [
    [
      'http://localhost:8001/api/v1/proxy/namespaces/{{ .Release.Namespace }}/services/{{ template "kube-ops-view.fullname" . }}/',
      'http://localhost:8001/api/v1/namespaces/{{ .Release.Namespace }}/services/{{ template "kube-ops-view.fullname" . }}/proxy/',
    ],
  ],
  'docs/access-services.md': [
    [
      'services/https:elasticsearch-logging/proxy/_cluster',
      'services/https:elasticsearch-logging:/proxy/_cluster',
    ],
    // A Markdown link [U](U): both copies.
    [':9200/proxy]', ':9200/proxy/]'],
    [':9200/proxy)', ':9200/proxy/)'],
  ],
  'docs/dashboard-faq.md': [
    [
      '<http://localhost:8001/api/v1/proxy/namespaces/kube-system/services/kubernetes-dashboard>',
      '<http://localhost:8001/api/v1/namespaces/kube-system/services/kubernetes-dashboard/proxy/>',
    ],
  ],
  'scripts/open-grafana.sh': [['services/grafana/proxy"', 'services/grafana/proxy/"']],
};

const roots: string[] = [];

/** A fresh copy of the fixture, removed after the tests. */
async function tree(): Promise<string> {
  const root = await copyTree();
  roots.push(dirname(root));
  return root;
}

beforeAll(assertBuilt);

afterAll(async () => {
  for (const dir of roots) await rm(dir, { recursive: true, force: true });
});

describe('lint --fix on the fixture tree', { timeout: SLOW }, () => {
  it('fixes every warning and error in place, says what it fixed, and leaves the rest of each file as it was', async () => {
    const root = await tree();
    // A file mode that the rewrite must keep.
    await chmod(join(root, 'scripts/open-grafana.sh'), 0o751);
    const first = await cli(['lint', '--fix'], { cwd: root });
    expect({ code: first.code, stderr: first.stderr }).toEqual({ code: 0, stderr: '' });
    const fixed = first.stdout.split('\n').filter((l) => l.includes('  fixed  '));
    expect(fixed.map((l) => l.replace(/:\d+ {2}fixed {2}(\S+) {2}.*/, ' $1'))).toEqual([
      'charts/kube-ops-view/templates/NOTES.txt:7 legacy-proxy-path',
      'docs/access-services.md:43 scheme-parsed-as-name',
      'docs/access-services.md:56 missing-trailing-slash',
      'docs/dashboard-faq.md:6 legacy-proxy-path',
      'scripts/open-grafana.sh:8 missing-trailing-slash',
    ]);
    // Each line tells the URL as it now reads.
    expect(fixed[3]).toBe(
      'docs/dashboard-faq.md:6:23  fixed  legacy-proxy-path  http://localhost:8001/api/v1/namespaces/kube-system/services/kubernetes-dashboard/proxy/',
    );
    expect(
      first.stdout.endsWith(
        'fixed 5 problems in 4 files\n0 problems (0 errors, 0 warnings) in 7 files, 14 URLs checked\n',
      ),
    ).toBe(true);
    for (const file of [...TEXT_FILES, 'assets/logo.png']) {
      let expected = await readFile(join(FIXTURE, file), 'latin1');
      for (const [from, to] of FIXES[file] ?? []) {
        expect(expected, `${file}: ${from}`).toContain(from);
        expected = expected.replace(from, to);
      }
      expect(await readFile(join(root, file), 'latin1'), file).toBe(expected);
    }
    expect((await stat(join(root, 'scripts/open-grafana.sh'))).mode & 0o777).toBe(0o751);
  });

  it('a second run finds nothing to fix and changes nothing', async () => {
    const root = await tree();
    await cli(['lint', '--fix'], { cwd: root });
    const before = await Promise.all(TEXT_FILES.map((f) => readFile(join(root, f), 'utf8')));
    const second = await cli(['lint', '--fix', '--min-severity', 'info'], { cwd: root });
    expect(second.code).toBe(0);
    expect(second.stdout).not.toContain('  fixed  ');
    expect(second.stdout).toContain('fixed 0 problems in 0 files\n');
    const after = await Promise.all(TEXT_FILES.map((f) => readFile(join(root, f), 'utf8')));
    expect(after).toEqual(before);
    for (const text of after) {
      const fixable = lintText(text).filter((f) => f.edits !== undefined);
      expect(fixable).toEqual([]);
    }
  });

  it('fixes only what is reported: not infos, not codes turned off, not below --min-severity', async () => {
    const root = await tree();
    const { stdout } = await cli(
      ['lint', '--fix', '--min-severity', 'error', '--rule', 'legacy-proxy-path=off', 'docs'],
      { cwd: root },
    );
    expect(stdout).toBe(
      'fixed 0 problems in 0 files\n0 problems (0 errors, 0 warnings) in 2 files, 8 URLs checked\n',
    );
    for (const file of ['docs/access-services.md', 'docs/dashboard-faq.md']) {
      expect(await readFile(join(root, file), 'utf8')).toBe(
        await readFile(join(FIXTURE, file), 'utf8'),
      );
    }
  });

  it('--format json: the array is what is left, what was fixed goes to stderr', async () => {
    const root = await tree();
    const { code, stdout, stderr } = await cli(['lint', '--fix', '--format', 'json', 'docs'], {
      cwd: root,
    });
    expect({ code, stdout }).toEqual({ code: 0, stdout: '[]\n' });
    expect(stderr).toMatch(/^docs\/access-services\.md:43:66 {2}fixed {2}scheme-parsed-as-name /);
    expect(stderr.endsWith('fixed 3 problems in 2 files\n')).toBe(true);
  });
});

describe('lint --fix changes nothing but the URLs', { timeout: SLOW }, () => {
  const KIBANA = '/api/v1/namespaces/kube-system/services/https:kibana-logging/proxy';
  const KIBANA_FIXED = '/api/v1/namespaces/kube-system/services/https:kibana-logging:/proxy/';
  const LEGACY = '<http://localhost:8001/api/v1/proxy/namespaces/kube-system/services/dashboard>';
  const LEGACY_FIXED =
    '<http://localhost:8001/api/v1/namespaces/kube-system/services/dashboard/proxy/>';

  it.each([
    ['CRLF line ends', '', '\r\n', '\r\n'],
    ['a byte order mark', '\uFEFF', '\n', '\n'],
    ['no final newline', '', '\n', ''],
    ['all three', '\uFEFF', '\r\n', ''],
    ['CR line ends', '', '\r', '\r'],
  ])('%s', async (_why, bom, eol, last) => {
    const root = await tree();
    const file = join(root, 'page.md');
    const page = (kibana: string, legacy: string): string =>
      `${bom}# Add-ons${eol}${eol}Kibana: ${kibana}${eol}Dashboard: ${legacy}${eol}The end.${last}`;
    await writeFile(file, page(KIBANA, LEGACY));
    const { code, stdout } = await cli(['lint', '--fix', 'page.md'], { cwd: root });
    expect(code).toBe(0);
    expect(await readFile(file, 'utf8')).toBe(page(KIBANA_FIXED, LEGACY_FIXED));
    // Columns count from the line's start, the byte order mark not included (as ESLint counts).
    const column = 'Kibana: /api/v1/namespaces/kube-system/services/'.length + 1;
    expect(stdout).toContain(`page.md:3:${column}  fixed  scheme-parsed-as-name  `);
  });

  it('a file that is not UTF-8 (Latin-1) keeps every other byte', async () => {
    const root = await tree();
    const file = join(root, 'café.txt');
    const page = (kibana: string): Buffer =>
      Buffer.from(`Caf\u00e9 cr\u00e8me: ${kibana}\n\u00a9 2016\n`, 'latin1');
    await writeFile(file, page(KIBANA));
    const { code } = await cli(['lint', '--fix', 'café.txt'], { cwd: root });
    expect(code).toBe(0);
    expect(await readFile(file)).toEqual(page(KIBANA_FIXED));
  });

  it('stdin: --fix - prints the fixed text, exactly, on stdout, and the report on stderr', async () => {
    const input = `\uFEFFKibana: ${KIBANA}\r\nDashboard: ${LEGACY}`;
    const { code, stdout, stderr } = await cli(['lint', '--fix', '-'], { input });
    expect(code).toBe(0);
    expect(stdout).toBe(`\uFEFFKibana: ${KIBANA_FIXED}\r\nDashboard: ${LEGACY_FIXED}`);
    expect(stderr).toMatch(/^-:1:\d+ {2}fixed {2}scheme-parsed-as-name {2}/);
    expect(
      stderr.endsWith(
        'fixed 3 problems in 1 file\n0 problems (0 errors, 0 warnings) in 1 file, 2 URLs checked\n',
      ),
    ).toBe(true);
  });

  it('stdin: --fix - with nothing to fix prints the text unchanged', async () => {
    const input = 'no URL here\r\n';
    const { code, stdout } = await cli(['lint', '--fix', '-'], { input });
    expect({ code, stdout }).toEqual({ code: 0, stdout: input });
  });
});
