// Runs real command-line tools as users run them (plain node, a pipe for output, no colour), for the
// packages whose tests run real eslint, markdownlint-cli2 and the library's command line.
import { execFile } from 'node:child_process';
import { access, cp, mkdir, mkdtemp, realpath, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** What a process did. */
export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `node script ...args` in `cwd`; resolves with the exit status whatever it is. */
export function runNode(script: string, args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [script, ...args],
      { cwd, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' }, maxBuffer: 16 << 20 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(error);
        else resolve({ status: error ? (error.code as number) : 0, stdout, stderr });
      },
    );
  });
}

/** Throws when a built file is missing: the root `pnpm test` builds every package first. */
export async function assertBuilt(file: string): Promise<void> {
  await access(file).catch(() => {
    throw new Error(`${file} is missing: run \`pnpm build\` first (the root \`pnpm test\` does)`);
  });
}

/**
 * A temporary copy of a fixture folder, with a node_modules of its own whose entries link to
 * installed packages (by the name the fixture imports them with), so that it resolves them as it
 * would inside the workspace and can be changed by `--fix` without touching the fixture.
 */
export async function tempCopy(fixture: string, links: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'apiserver-proxy-url-'));
  await cp(fixture, dir, { recursive: true });
  for (const [name, target] of Object.entries(links)) {
    const link = join(dir, 'node_modules', name);
    await mkdir(dirname(link), { recursive: true });
    await symlink(await realpath(target), link, 'dir');
  }
  return dir;
}
