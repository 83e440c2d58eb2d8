// The files `lint` reads under the paths it is given, one at a time and always in the same order.
// Node only (compiled with cli.ts).
import type { Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A file to read, or a path that could not be: a missing or looping symbolic link, a folder that
 * cannot be listed, a PATH that does not exist.
 *
 * @example
 * for await (const entry of files(['docs'])) if (entry.error) report(entry.path, entry.error);
 */
export type WalkEntry = { path: string; error?: undefined } | { path: string; error: Error };

/** Never looked into: history and installed packages are not the docs being checked. */
const SKIPPED = new Set(['.git', 'node_modules']);

/** By UTF-16 code units, not by locale: the same order on every machine. */
const byName = (a: { name: string }, b: { name: string }): number =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

/**
 * Every file under `paths`, in the order given, each folder's entries sorted by name. A PATH that
 * is a file (or a pipe, `<(cmd)`) is read whatever it is; `-` stays `-` (stdin). In folders:
 * `.git` and `node_modules` are skipped, symbolic links followed, each folder looked into once
 * (so a link to a parent cannot loop), and FIFOs, sockets and devices skipped (reading a FIFO
 * would wait for a writer). A file is named as found: the PATH given, joined with the names
 * under it.
 *
 * @example
 * for await (const { path } of files(['.'])) console.log(path); // 'README.md', 'docs/a.md', ...
 */
export async function* files(paths: readonly string[]): AsyncGenerator<WalkEntry> {
  const seen = new Set<string>();
  for (const path of paths) {
    if (path === '-') {
      yield { path };
      continue;
    }
    const info = await stat(path).catch((error: Error) => error);
    if (info instanceof Error) yield { path, error: info };
    else if (info.isDirectory()) yield* folder(path, info, seen);
    else yield { path };
  }
}

/** The files under one folder, unless it was looked into already (by device and inode). */
async function* folder(path: string, info: Stats, seen: Set<string>): AsyncGenerator<WalkEntry> {
  const key = `${info.dev}:${info.ino}`;
  if (seen.has(key)) return;
  seen.add(key);
  const entries = await readdir(path, { withFileTypes: true }).catch((error: Error) => error);
  if (entries instanceof Error) {
    yield { path, error: entries };
    return;
  }
  entries.sort(byName);
  for (const entry of entries) {
    if (SKIPPED.has(entry.name)) continue;
    const child = join(path, entry.name);
    if (entry.isFile()) {
      yield { path: child };
      continue;
    }
    if (!entry.isDirectory() && !entry.isSymbolicLink()) continue;
    // A folder's device and inode, or where a link leads (a link to nowhere is an error).
    const target = await stat(child).catch((error: Error) => error);
    if (target instanceof Error) yield { path: child, error: target };
    else if (target.isDirectory()) yield* folder(child, target, seen);
    else if (target.isFile()) yield { path: child };
  }
}
