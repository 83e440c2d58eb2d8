// The conversion commands: `rebase`, `curl`, `raw` and `rbac`, one URL in and one line (for rbac,
// one YAML document) out, over the library's rebaseProxyUrl, toCurl, toKubectlGetRaw and
// toRbacRule. Given `-`, or no URL while stdin is not a terminal, each converts the URLs of stdin,
// one a line, a line at a time. A URL the library refuses is explained on stderr as `parse` explains
// it (cli/convert-format.ts) and the others are still converted.
import { safeBuildProxyUrl } from '../build.js';
import { rebaseProxyUrl } from '../convert.js';
import { ProxyUrlError } from '../diagnostics.js';
import { parseProxyUrl } from '../parse.js';
import { toCurl, toKubectlGetRaw, toRbacRule } from '../snippets.js';
import { formatRbacRule, formatRefusal, schemeForBase } from './convert-format.js';
import { painter, visible } from './format.js';
import { type Command, help } from './help.js';
import { colour, commandLine, eachStdinLines, out, write } from './io.js';
import { UsageError } from './usage.js';

const HELP = { type: 'boolean', short: 'h' } as const;

/**
 * One URL converted to what the command prints for it, without the final newline and without raw
 * control characters (the library's commands have none; visible() makes sure).
 */
type Convert = (url: string) => string;

/**
 * Runs `rebase <url> <base>`: the same target through another base. Exit status 0 when every URL
 * converts, 1 when one (or the base) is refused, 2 when stdin cannot be read.
 *
 * @example
 * process.exitCode = await rebaseCommand(['/api/v1/nodes/n/proxy/', 'http://localhost:8001']);
 */
export async function rebaseCommand(argv: string[]): Promise<number> {
  const { values, positionals } = commandLine(argv, { help: HELP });
  if (values.help) return out(help('rebase'));
  if (positionals.length !== 2) {
    throw new UsageError(
      positionals.length < 2
        ? 'rebase needs a URL (or - for stdin) and a base'
        : 'rebase takes a URL and a base (quote them)',
    );
  }
  const [url, base] = positionals as [string, string];
  const built = safeBuildProxyUrl({ base, resource: 'nodes', name: 'n' });
  if (!built.ok) {
    const paint = painter(colour(process.stderr));
    let text = '';
    for (const d of built.diagnostics) {
      text += `${paint('red', d.severity)} ${paint('bold', visible(d.code))} (<base>): ${visible(d.message)}\n`;
    }
    const meant = schemeForBase(base);
    if (meant !== undefined) text += `  ${paint('green', 'fix:')} ${visible(meant)}\n`;
    process.stderr.write(text);
    return 1;
  }
  return convert('rebase', url, (u) => visible(rebaseProxyUrl(u, base)), '\n');
}

/**
 * Runs `curl`, `raw` or `rbac` on one URL, or on the URLs of stdin.
 *
 * @example
 * process.exitCode = await snippetCommand('curl', ['/api/v1/nodes/n/proxy/']);
 */
export async function snippetCommand(
  command: 'curl' | 'raw' | 'rbac',
  argv: string[],
): Promise<number> {
  const { values, positionals } =
    command === 'rbac'
      ? commandLine(argv, { method: { type: 'string', multiple: true }, help: HELP })
      : commandLine(argv, { help: HELP });
  if (values.help) return out(help(command));
  if (positionals.length > 1) throw new UsageError(`${command} takes one URL (quote it)`);
  let url = positionals[0];
  if (url === undefined) {
    if (process.stdin.isTTY) throw new UsageError(`${command} needs a URL (or - for stdin)`);
    url = '-';
  }
  if (command === 'curl') return convert(command, url, (u) => visible(toCurl(u)), '\n');
  if (command === 'raw') return convert(command, url, (u) => visible(toKubectlGetRaw(u)), '\n');
  const methods = (values as { method?: string[] }).method;
  const { stringify } = await import('yaml');
  const rbac: Convert = (u) => {
    const rule = toRbacRule(u, methods ? { methods } : undefined);
    return formatRbacRule(rule, parseProxyUrl(u).target, stringify).replace(/\n$/, '');
  };
  // Several rules are several YAML documents.
  return convert(command, url, rbac, '\n---\n');
}

/**
 * Converts `url`, or each non-blank line of stdin when `url` is `-`, printing the results joined by
 * `separator` and a final newline. Exit status 0, 1 when a URL is refused, 2 when stdin cannot be
 * read (or holds no URL: a usage error).
 */
async function convert(
  command: Command,
  url: string,
  conversion: Convert,
  separator: string,
): Promise<number> {
  const paint = painter(colour(process.stderr));
  // The converted text, or null once the refusal has been written to stderr.
  const one = (input: string, where: string): string | null => {
    try {
      return conversion(input);
    } catch (error) {
      if (!(error instanceof ProxyUrlError)) throw error;
      process.stderr.write(`${where}${formatRefusal(input, error.diagnostics, paint)}`);
      return null;
    }
  };
  if (url !== '-') {
    const converted = one(url, '');
    if (converted === null) return 1;
    out(`${converted}\n`);
    return 0;
  }
  let urls = 0;
  let refused = 0;
  let line = 0;
  let printed = 0;
  const show = async (lines: string[]): Promise<void> => {
    let text = '';
    for (const input of lines) {
      line++;
      if (input.trim() === '') continue;
      const converted = one(input, `stdin line ${line}: `);
      urls++;
      if (converted === null) refused++;
      else text += `${printed++ > 0 ? separator : ''}${converted}`;
    }
    await write(text);
  };
  if (!(await eachStdinLines(command, show))) return 2;
  if (urls === 0) throw new UsageError(`${command} needs a URL (stdin had none)`);
  if (printed > 0) await write('\n');
  return refused > 0 ? 1 : 0;
}
