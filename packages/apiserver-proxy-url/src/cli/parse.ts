// `apiserver-proxy-url parse`: one URL given as an argument, or URLs read from stdin one a line
// (`-`, or no URL while stdin is not a terminal). Stdin is read a chunk at a time and each report
// written as its line completes, so that memory stays flat however many URLs come in.

import { parseProxyUrl } from '../parse.js';
import { failed, formatParseReport, formatParseTotal, json, jsonLine, painter } from './format.js';
import { help } from './help.js';
import { colour, commandLine, eachStdinLines, out, write } from './io.js';
import { UsageError } from './usage.js';

const FLAG = { type: 'boolean' } as const;

/**
 * Runs `parse [--json] [--strict] [<url> | -]` and returns its exit status: 0 when no URL fails
 * (has an error, or with `--strict` a warning), 1 when one does, 2 when stdin cannot be read.
 *
 * @example
 * process.exitCode = await parseCommand(['--strict', '-']);
 */
export async function parseCommand(argv: string[]): Promise<number> {
  const { values, positionals } = commandLine(argv, {
    json: FLAG,
    strict: FLAG,
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return out(help('parse'));
  if (positionals.length > 1) throw new UsageError('parse takes one URL (quote it)');
  const strict = values.strict === true;
  const url = positionals[0];
  if (url !== undefined && url !== '-') {
    const result = parseProxyUrl(url);
    out(
      values.json
        ? `${json(result)}\n`
        : formatParseReport(url, result, painter(colour(process.stdout)), strict),
    );
    return failed(result.diagnostics, strict) ? 1 : 0;
  }
  if (url === undefined && process.stdin.isTTY) {
    // Someone typing: tell them what the command waits for, off stdout.
    process.stderr.write(
      'apiserver-proxy-url parse: reading URLs from stdin, one a line (end with Ctrl-D); or give one: parse <url>\n',
    );
  }
  return parseStdin(values.json === true, strict);
}

/** Parses each non-blank line of stdin, printing its report (or JSON line) as it completes. */
async function parseStdin(asJson: boolean, strict: boolean): Promise<number> {
  const paint = painter(colour(process.stdout));
  let urls = 0;
  let notOk = 0;
  const show = async (lines: string[]): Promise<void> => {
    let text = '';
    for (const line of lines) {
      // Blank lines separate groups of URLs in a list; they are not URLs.
      if (line.trim() === '') continue;
      const result = parseProxyUrl(line);
      if (failed(result.diagnostics, strict)) notOk++;
      // JSON Lines carry the URL: blank lines are skipped, so the line number cannot tell.
      if (asJson) text += `${jsonLine({ url: line, ...result })}\n`;
      else text += `${urls > 0 ? '\n' : ''}${formatParseReport(line, result, paint, strict)}`;
      urls++;
    }
    await write(text);
  };
  if (!(await eachStdinLines('parse', show))) return 2;
  if (urls === 0) throw new UsageError('parse needs a URL (stdin had none)');
  if (urls > 1 && !asJson) await write(`\n${formatParseTotal(urls, notOk)}`);
  return notOk > 0 ? 1 : 0;
}
