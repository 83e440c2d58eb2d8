// The files `lint` reads under the paths it is given, one at a time and always in the same order.
// Node only (compiled with index.ts).
//
// Synchronous on purpose: lint handles one file at a time anyway, and each asynchronous call is a
// round trip through libuv's thread pool; over a tree of small files those waits were half of the
// run (a profile of 1,200 files: 390 of 810 ms idle).
import { type Dirent, readdirSync, realpathSync, statSync } from 'node:fs';
import { sep } from 'node:path';

/**
 * A file to read, or a path that could not be: a missing or looping symbolic link, a folder that
 * cannot be listed, a PATH that does not exist.
 *
 * @example
 * for (const entry of files(['docs'])) if (entry.error) report(entry.path, entry.error);
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
 * would wait for a writer). A file is named as found: the PATH given, a slash, the names under
 * it (`docs/a.md` for `docs` or `docs/`, `./docs/a.md` for `./docs`, `a.md` for `.`).
 *
 * @example
 * for (const { path } of files(['.'])) console.log(path); // 'README.md', 'docs/a.md', ...
 */
export function* files(paths: readonly string[]): Generator<WalkEntry> {
  // The real paths of the folders looked into. A folder's real path is its parent's and its name,
  // unless a link led to it: only links (and the PATHs given) cost a realpath call, not every
  // folder a stat.
  const seen = new Set<string>();
  for (const path of paths) {
    if (path === '-') {
      yield { path };
      continue;
    }
    const info = attempt(() => statSync(path));
    if (info instanceof Error) yield { path, error: info };
    else if (!info.isDirectory()) yield { path };
    else yield* linked(path, seen);
  }
}

/** The files under a folder reached through a link (or given): its real path is asked for. */
function* linked(path: string, seen: Set<string>): Generator<WalkEntry> {
  const real = attempt(() => realpathSync.native(path));
  if (real instanceof Error) yield { path, error: real };
  else yield* folder(path, real, seen);
}

/** The files under one folder, unless it was looked into already. */
function* folder(path: string, real: string, seen: Set<string>): Generator<WalkEntry> {
  if (seen.has(real)) return;
  seen.add(real);
  const entries = attempt((): Dirent[] => readdirSync(path, { withFileTypes: true }));
  if (entries instanceof Error) {
    yield { path, error: entries };
    return;
  }
  entries.sort(byName);
  // The folder's own path is already as it should be shown: its entries' paths are it, a slash and
  // their names (no path.join, which normalizes the whole path again for each entry). Under '.'
  // they are the bare names.
  const prefix = path === '.' ? '' : path.endsWith(sep) ? path : path + sep;
  const realPrefix = real.endsWith(sep) ? real : real + sep;
  for (const entry of entries) {
    if (SKIPPED.has(entry.name)) continue;
    const child = prefix + entry.name;
    if (entry.isFile()) {
      yield { path: child };
    } else if (entry.isDirectory()) {
      yield* folder(child, realPrefix + entry.name, seen);
    } else if (entry.isSymbolicLink()) {
      // Where the link leads: a link to nowhere (or to itself) is a file that cannot be read.
      const target = attempt(() => statSync(child));
      if (target instanceof Error) yield { path: child, error: target };
      else if (target.isDirectory()) yield* linked(child, seen);
      else if (target.isFile()) yield { path: child };
    }
  }
}

/** The value, or the error that getting it threw. */
function attempt<T>(get: () => T): T | Error {
  try {
    return get();
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}
