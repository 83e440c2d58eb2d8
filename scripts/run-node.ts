// Runs real command-line tools as users run them (plain node, a pipe for output, no colour), for the
// packages whose tests run real eslint, markdownlint-cli2 and the library's command line.
import { access, cp, mkdir, mkdtemp, realpath, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { x } from 'tinyexec';

/** What a process did. */
export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `node script ...args` in `cwd`; resolves with the exit status whatever it is. */
export async function runNode(script: string, args: string[], cwd: string): Promise<Run> {
  const result = await x(process.execPath, [script, ...args], {
    stdin: '',
    throwOnError: false,
    // Only PATH and NO_COLOR, as a user's plain terminal-less run; no node_modules/.bin added.
    inheritEnv: false,
    nodePath: false,
    nodeOptions: { cwd, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } },
  });
  if (result.exitCode === undefined) {
    throw new Error(`node ${script} ${args.join(' ')} did not exit (killed)\n${result.stderr}`);
  }
  return { status: result.exitCode, stdout: result.stdout, stderr: result.stderr };
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
