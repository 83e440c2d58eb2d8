// Runs the built command line (dist/cli/index.js) with plain node, asynchronously, as users run it.
import { access } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Run, run } from './kubectl/kubectl.js';

export const CLI = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli', 'index.js');

/** Throws when dist/cli/index.js is missing: the root `pnpm test` builds it first. */
export async function assertBuilt(): Promise<void> {
  await access(CLI).catch(() => {
    throw new Error(`${CLI} is missing: run \`pnpm build\` first (the root \`pnpm test\` does)`);
  });
}

/**
 * `node dist/cli/index.js ...args`, with `input` on stdin, in `cwd` (default: this process's). Colour is left to the caller's `env`; by
 * default NO_COLOR is set, as the output is a pipe anyway.
 */
export function cli(
  args: string[],
  options: { input?: string; env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Promise<Run> {
  const env = options.env ?? { PATH: process.env.PATH ?? '', NO_COLOR: '1' };
  const runOptions: { input?: string; env: NodeJS.ProcessEnv; cwd?: string } = { env };
  if (options.input !== undefined) runOptions.input = options.input;
  if (options.cwd !== undefined) runOptions.cwd = options.cwd;
  return run(process.execPath, [CLI, ...args], runOptions);
}
