// `apiserver-proxy-url lint [options] [PATH…|-]`: every proxy URL in a tree of docs, charts,
// scripts and sources, checked; with --fix, fixed in place. Node I/O only: the walk is walk.ts,
// one text's findings and fixes lint-text.ts, what is printed lint-format.ts.
//
// Files are read and reported one at a time, so that memory holds one file and its findings, not
// the tree; the JSON array is printed an element at a time. A file that cannot be read is said on
// stderr, the others are still checked, and the exit status is then 2.
import { isUtf8 } from 'node:buffer';
import { closeSync, openSync, readSync, writeFileSync } from 'node:fs';
import { painter, visible } from './format.js';
import { help } from './help.js';
import { colour, commandLine, out, write } from './io.js';
import {
  formatLintFinding,
  formatLintFixed,
  formatLintFixTotal,
  formatLintSummary,
  githubAnnotation,
  JsonArray,
  jsonLintFinding,
  type LintCounts,
} from './lint-format.js';
import { type LintSettings, lintSettings } from './lint-options.js';
import { type DocumentLint, lintDocument } from './lint-text.js';
import { files } from './walk.js';

const TEXT = { type: 'string' } as const;

/** A NUL in the first 8 KiB: a binary file (as git and grep decide), not read as text. */
const SNIFF = 8192;

/**
 * Runs `lint` and returns its exit status: 2 when a file could not be read (or written), else 1
 * when an error is left or more warnings than `--max-warnings`, else 0.
 *
 * @example
 * process.exitCode = await lintCommand(['--format', 'github', 'docs']);
 */
export async function lintCommand(argv: string[]): Promise<number> {
  const { values, positionals } = commandLine(argv, {
    format: TEXT,
    fix: { type: 'boolean' },
    'min-severity': TEXT,
    rule: { type: 'string', multiple: true },
    'max-warnings': TEXT,
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return out(help('lint'));
  const settings = lintSettings(values, positionals);
  // `--fix -` prints the fixed text on stdout: the report goes to stderr then.
  const toStderr = settings.fix && settings.paths.includes('-');
  const report = new Report(settings, toStderr);
  let failedIo = false;
  for (const entry of files(settings.paths)) {
    const ok = entry.error
      ? cannot('read', entry.path, entry.error)
      : await lintFile(entry.path, settings, report);
    if (!ok) failedIo = true;
  }
  await report.end();
  if (failedIo) return 2;
  const { counts } = report;
  const max = settings.maxWarnings;
  if (max !== null && counts.warnings > max) {
    process.stderr.write(
      `apiserver-proxy-url lint: ${counts.warnings} warnings, more than --max-warnings ${max}\n`,
    );
  }
  return counts.errors > 0 || (max !== null && counts.warnings > max) ? 1 : 0;
}

/** Lints (and fixes) one file; false when it could not be read, checked or written. */
async function lintFile(path: string, settings: LintSettings, report: Report): Promise<boolean> {
  let bytes: Buffer;
  try {
    bytes = path === '-' ? await readStdin() : readWhole(path);
  } catch (error) {
    return cannot('read', path, error);
  }
  // A file's bytes are only good until the next file is read (readWhole): what is kept is decoded.
  if (bytes.subarray(0, SNIFF).includes(0)) return true;
  // findProxyUrls anchors every URL on a '/proxy' in the text: without one (most files of a docs
  // tree) there is nothing to find, and the file is not even decoded.
  if (!bytes.includes(ANCHOR)) {
    if (path === '-' && settings.fix) await write(bytes);
    await report.file(path, NOTHING);
    return true;
  }
  // Text that is not UTF-8 (Latin-1, say) is read a byte a character, so that writing it back
  // the same way leaves every byte that no fix touched as it was.
  const encoding = isUtf8(bytes) ? 'utf8' : 'latin1';
  const text = bytes.toString(encoding);
  let result: DocumentLint;
  try {
    result = lintDocument(text, settings);
  } catch (error) {
    // The library means never to throw: if it does on some text, that file is told as not
    // checked (a bug to report, its message without a stack) and the others still are.
    if (path === '-' && settings.fix) await write(bytes);
    return cannot('check', path, error);
  }
  let ok = true;
  if (path === '-' && settings.fix) {
    await write(result.text === text ? bytes : encoded(result.text, encoding));
  } else if (result.text !== text) {
    try {
      // Synchronous, so that nothing (such as the end of the command when stdout closes) can
      // stop the program between truncating the file and writing all of it.
      writeFileSync(path, encoded(result.text, encoding));
    } catch (error) {
      ok = cannot('write', path, error);
      result = lintDocument(text, { ...settings, fix: false });
    }
  }
  await report.file(path, result);
  return ok;
}

const ANCHOR = '/proxy';
const NOTHING: DocumentLint = { urls: 0, findings: [], fixed: [], text: '' };

/** The text in its file's encoding; a fix that Latin-1 cannot hold is an error, not a '?'. */
function encoded(text: string, encoding: 'utf8' | 'latin1'): Buffer {
  const bytes = Buffer.from(text, encoding);
  if (encoding === 'latin1' && bytes.toString('latin1') !== text) {
    throw new Error('a fix has characters that the file, not UTF-8, cannot hold');
  }
  return bytes;
}

/** The buffer that each file is read into in turn: it grows to the largest file read. */
let shared = Buffer.allocUnsafe(1 << 16);

/**
 * The bytes of a file, as a view of the shared buffer: valid until the next file is read, so
 * that checking a tree allocates no buffer per file (and has no fstat to size one). Synchronous,
 * as the walk is (cli/walk.ts): lint checks one file at a time anyway. Reading a few files ahead
 * asynchronously cost 40% more CPU time (thread pool round trips) and was slower on a busy 2-core
 * machine.
 */
function readWhole(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    let length = 0;
    for (;;) {
      if (length === shared.length) {
        const larger = Buffer.allocUnsafe(shared.length * 2);
        shared.copy(larger);
        shared = larger;
      }
      const read = readSync(fd, shared, length, shared.length - length, null);
      if (read === 0) return shared.subarray(0, length);
      length += read;
    }
  } finally {
    closeSync(fd);
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Says on stderr that `path` could not be read, written or checked, and returns false. */
function cannot(what: 'read' | 'write' | 'check', path: string, error: unknown): false {
  const { message } = error as Error;
  const name = path === '-' ? 'stdin' : path;
  process.stderr.write(
    `apiserver-proxy-url lint: cannot ${what} ${visible(name)}: ${visible(String(message))}\n`,
  );
  return false;
}

/** Prints each file's findings in the chosen format as it comes, and counts them. */
class Report {
  readonly counts: LintCounts = {
    errors: 0,
    warnings: 0,
    infos: 0,
    files: 0,
    urls: 0,
    fixed: 0,
    fixedFiles: 0,
  };
  readonly #settings: LintSettings;
  readonly #print: (text: string) => Promise<void>;
  readonly #paint;
  readonly #json = new JsonArray();

  constructor(settings: LintSettings, toStderr: boolean) {
    this.#settings = settings;
    const stream = toStderr ? process.stderr : process.stdout;
    this.#print = toStderr ? async (text) => void process.stderr.write(text) : write;
    this.#paint = painter(colour(stream));
  }

  async file(path: string, result: DocumentLint): Promise<void> {
    const { counts } = this;
    counts.files++;
    counts.urls += result.urls;
    if (result.fixed.length > 0) {
      counts.fixed += result.fixed.length;
      counts.fixedFiles++;
    }
    const { format } = this.#settings;
    let text = '';
    let fixes = '';
    for (const f of result.fixed) fixes += formatLintFixed(path, f, this.#paint);
    for (const f of result.findings) {
      counts[f.severity === 'error' ? 'errors' : f.severity === 'warning' ? 'warnings' : 'infos']++;
      if (format === 'json') text += this.#json.element(jsonLintFinding(path, f));
      else if (format === 'github') text += githubAnnotation(path, f);
      else text += formatLintFinding(path, f, this.#paint);
    }
    // In JSON, stdout is the array alone: what --fix changed is told on stderr.
    if (format === 'json') {
      if (fixes !== '') process.stderr.write(fixes);
      await this.#print(text);
    } else {
      await this.#print(fixes + text);
    }
  }

  async end(): Promise<void> {
    const { counts } = this;
    if (this.#settings.format === 'json') {
      await this.#print(this.#json.end());
      if (this.#settings.fix) process.stderr.write(formatLintFixTotal(counts));
      return;
    }
    const fixTotal = this.#settings.fix ? formatLintFixTotal(counts) : '';
    await this.#print(fixTotal + formatLintSummary(counts, this.#settings.minSeverity === 'info'));
  }
}
