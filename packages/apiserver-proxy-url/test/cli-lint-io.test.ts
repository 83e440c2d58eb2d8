// `apiserver-proxy-url lint` and the file system: what it skips (history, packages, binary files,
// FIFOs, links back up the tree), what it cannot read (a link to nowhere or to itself: unreadable
// even for root, as these tests run in CI), a reader that stops early, and memory that stays flat
// over a tree much larger than its heap. Sizes and statuses, not times, are what these tests fix.
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './kubectl/kubectl.js';
import { copyTree, FIXTURE } from './lint-tree.js';
import { assertBuilt, CLI, cli } from './run-cli.js';

const SLOW = 120_000;
const BAD = 'Open http://localhost:8001/api/v1/proxy/namespaces/kube-system/services/dashboard\n';

const roots: string[] = [];

/** A fresh copy of the fixture, removed after the tests. */
async function tree(): Promise<string> {
  const root = await copyTree();
  roots.push(dirname(root));
  return root;
}

let clean: string;

beforeAll(async () => {
  await assertBuilt();
  clean = (await cli(['lint'], { cwd: FIXTURE })).stdout;
});

afterAll(async () => {
  for (const dir of roots) await rm(dir, { recursive: true, force: true });
});

describe('what lint skips', { timeout: SLOW }, () => {
  it('.git, node_modules, FIFOs and a link back up the tree: the report is the same as without them', async () => {
    const root = await tree();
    await mkdir(join(root, '.git'));
    await writeFile(join(root, '.git', 'COMMIT_EDITMSG'), BAD);
    await mkdir(join(root, 'docs', 'node_modules', 'pkg'), { recursive: true });
    await writeFile(join(root, 'docs', 'node_modules', 'pkg', 'README.md'), BAD);
    // A FIFO would make a reader wait for a writer forever.
    await run('mkfifo', [join(root, 'docs', 'pipe.md')]);
    // A loop: docs/up is the tree itself.
    await symlink('..', join(root, 'docs', 'up'));
    const { code, stdout, stderr } = await cli(['lint'], { cwd: root });
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
    expect(stdout).toBe(clean);
  });

  it('a binary file is skipped even when named, though it holds a proxy URL', async () => {
    const binary = await readFile(join(FIXTURE, 'assets', 'logo.png'));
    expect(binary.includes('/api/v1/proxy/')).toBe(true);
    const { code, stdout } = await cli(['lint', 'assets/logo.png'], { cwd: FIXTURE });
    expect({ code, stdout }).toEqual({
      code: 0,
      stdout: '0 problems (0 errors, 0 warnings) in 0 files, 0 URLs checked\n',
    });
  });

  it('a folder outside the tree that two links lead to is read once, under the first link', async () => {
    const root = await tree();
    const outside = join(dirname(root), 'shared-docs');
    await mkdir(outside);
    await writeFile(join(outside, 'faq.md'), BAD);
    await symlink(outside, join(root, 'docs', 'shared'));
    await symlink('../docs/shared', join(root, 'scripts', 'also-shared'));
    const { stdout } = await cli(['lint', 'docs', 'scripts'], { cwd: root });
    expect(stdout.split('\n').filter((l) => l.includes('/faq.md:'))).toEqual([
      expect.stringMatching(/^docs\/shared\/faq\.md:1:\d+ {2}error {2}legacy-proxy-path/),
    ]);
  });

  it('a link to a file is read, under its own name', async () => {
    const root = await tree();
    await symlink('dashboard-faq.md', join(root, 'docs', 'faq.md'));
    const { stdout } = await cli(['lint', 'docs'], { cwd: root });
    expect(stdout).toMatch(/^docs\/access-services\.md:/m);
    expect(stdout).toMatch(/^docs\/dashboard-faq\.md:6:23 {2}error/m);
    expect(stdout).toMatch(/^docs\/faq\.md:6:23 {2}error/m);
  });
});

describe('what lint cannot read', { timeout: SLOW }, () => {
  it('is told on stderr, the rest is still checked, and the exit status is 2', async () => {
    const root = await tree();
    await symlink('../old/moved.md', join(root, 'docs', 'moved.md'));
    await symlink('self.md', join(root, 'docs', 'self.md'));
    const { code, stdout, stderr } = await cli(['lint'], { cwd: root });
    expect(code).toBe(2);
    expect(stdout).toBe(clean);
    expect(stderr.split('\n')).toEqual([
      expect.stringMatching(/^apiserver-proxy-url lint: cannot read docs\/moved\.md: ENOENT: /),
      expect.stringMatching(/^apiserver-proxy-url lint: cannot read docs\/self\.md: ELOOP: /),
      '',
    ]);
  });

  it('a PATH that does not exist', async () => {
    const { code, stdout, stderr } = await cli(
      ['lint', 'no-such-folder', 'docs/dashboard-faq.md'],
      {
        cwd: FIXTURE,
      },
    );
    expect(code).toBe(2);
    expect(stdout).toMatch(/^docs\/dashboard-faq\.md:6:23 {2}error/);
    expect(stderr).toMatch(
      /^apiserver-proxy-url lint: cannot read no-such-folder: ENOENT: [^\n]*\n$/,
    );
  });

  it('the same with --format json: the array is still whole', async () => {
    const root = await tree();
    await symlink('nowhere.md', join(root, 'README.md.orig'));
    const { code, stdout } = await cli(['lint', '--format', 'json'], { cwd: root });
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toHaveLength(5);
  });
});

describe('lint ends quietly when its reader stops early', { timeout: SLOW }, () => {
  it.each([
    ['text', []],
    ['json', ['--format', 'json']],
    ['github', ['--format', 'github']],
  ])('%s | head -1: no stack trace, nothing on stderr, exit 0', async (_format, args) => {
    const root = await tree();
    // About 40,000 findings: a report many times the pipe's buffer.
    await writeFile(join(root, 'big.md'), BAD.repeat(40_000));
    const err = join(root, 'stderr.txt');
    const status = join(root, 'status.txt');
    const script = `{ "$node" "$cli" lint ${args.join(' ')} big.md 2>"$err"; echo $? >"$status"; } | head -1`;
    const result = await run('/bin/sh', ['-c', `cd "$root" && ${script}`], {
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        NO_COLOR: '1',
        node: process.execPath,
        cli: CLI,
        root,
        err,
        status,
      },
      timeoutMs: SLOW,
    });
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(result.stdout.split('\n')).toHaveLength(2);
    expect(await readFile(err, 'utf8')).toBe('');
    expect(await readFile(status, 'utf8')).toBe('0\n');
  });
});

describe('lint keeps its memory flat', { timeout: 240_000 }, () => {
  it('60 MiB of files under a 48 MiB heap: read, reported and let go one at a time', async () => {
    const root = await tree();
    const big = join(root, 'big');
    await mkdir(big);
    // 1.5 MiB a file, mostly prose, a wrong URL every 300 lines.
    const prose =
      'Kubernetes runs the add-ons of the cluster as Services in kube-system; reach them through the API server.\n';
    const block = prose.repeat(299) + BAD;
    const file = block.repeat(Math.ceil((1.5 * 1024 * 1024) / block.length));
    const files = 40;
    for (let i = 0; i < files; i++) await writeFile(join(big, `page-${i}.md`), file);
    const findings = files * (file.length / block.length);
    const child = spawn(
      process.execPath,
      ['--max-old-space-size=48', CLI, 'lint', '--format', 'json', 'big'],
      {
        cwd: root,
        env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let lines = 0;
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      for (let i = chunk.indexOf('\n'); i >= 0; i = chunk.indexOf('\n', i + 1)) lines++;
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
    // '[', one line a finding, ']'.
    expect(lines).toBe(findings + 2);
  });
});
