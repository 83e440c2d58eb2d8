// What every command of the command line does with Node: read its arguments, decide on colour,
// write to stdout without piling output up in memory. Compiled with index.ts (tsconfig.cli.json),
// not with the library.
import { parseArgs } from 'node:util';
import { visible } from './format.js';
import { Lines } from './lines.js';
import { type ArgToken, checkOptionTokens, type OptionSpec } from './usage.js';

/**
 * Colour for a stream: off when NO_COLOR is set (and not empty), on when FORCE_COLOR is, else on a
 * TTY.
 *
 * @example
 * painter(colour(process.stdout));
 */
export function colour(stream: NodeJS.WriteStream): boolean {
  if (process.env.NO_COLOR) return false;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return stream.isTTY === true;
}

/**
 * What {@link commandLine} returns: parseArgs' result for these options.
 *
 * @example
 * const { values }: CommandLine<{ json: { type: 'boolean' } }> = commandLine(argv, options);
 */
export type CommandLine<O extends Record<string, OptionSpec>> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>
>;

/**
 * The arguments of a command: its options (as parseArgs types them) and positional arguments.
 * A mistake in the options is a one-line {@link UsageError} (see checkOptionTokens), never Node's
 * own text.
 *
 * @example
 * const { values, positionals } = commandLine(argv, { json: { type: 'boolean' } });
 */
export function commandLine<O extends Record<string, OptionSpec>>(
  argv: string[],
  options: O,
): CommandLine<O> {
  const { tokens } = parseArgs({
    args: argv,
    options,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  checkOptionTokens(tokens as ArgToken[], options);
  // The tokens passed the checks that the strict mode makes: it cannot throw now, and it types
  // the values.
  return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
}

/**
 * Writes to stdout, waiting while the pipe is full, so that output does not pile up in memory.
 * A write error ends the command (index.ts listens for it) rather than this promise.
 *
 * @example
 * await write('a line\n');
 */
export async function write(text: string | Uint8Array): Promise<void> {
  if (text.length > 0 && !process.stdout.write(text)) {
    await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
  }
}

/**
 * Writes all of `text` to stdout at once, and returns 0 (the exit status of `--help`).
 *
 * @example
 * return out(help('parse'));
 */
export function out(text: string): number {
  process.stdout.write(text);
  return 0;
}

/**
 * Hands stdin to `show` a batch of complete lines at a time, as chunks arrive (CR LF read as LF),
 * then the last line when the text does not end with a newline. False when stdin cannot be read:
 * that is said on stderr, and the command exits 2.
 *
 * @example
 * if (!(await eachStdinLines('parse', async (lines) => write(lines.join('\n'))))) return 2;
 */
export async function eachStdinLines(
  command: string,
  show: (lines: string[]) => Promise<void>,
): Promise<boolean> {
  const lines = new Lines();
  try {
    for await (const chunk of process.stdin.setEncoding('utf8')) await show(lines.push(chunk));
  } catch (error) {
    const { message } = error as Error;
    process.stderr.write(
      `apiserver-proxy-url ${command}: cannot read stdin: ${visible(message)}\n`,
    );
    return false;
  }
  await show(lines.end());
  return true;
}
