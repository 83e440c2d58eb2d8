// `apiserver-proxy-url links` and `parse <url> --objects FILE`: the command line's side of links
// from objects (src/objects/). This file does the I/O (arguments, reading the input, exit
// statuses); the text is read in objects.ts and printed by links-format.ts. Like index.ts it
// needs Node's types, so it is compiled with it (tsconfig.cli.json), not with the library.
//
// Each command here reports its own usage errors, in the words and with the exit status (2) that
// index.ts gives its own, so that index.ts only dispatches to it.
import { readFile } from 'node:fs/promises';
import { safeBuildProxyUrl } from '../build.js';
import { type LinksOptions, linksFromObjects } from '../objects/links.js';
import { resolveProxyTarget } from '../objects/resolve.js';
import { parseProxyUrl } from '../parse.js';
import { failed, json, painter, visible } from './format.js';
import { help } from './help.js';
import { commandLine } from './io.js';
import {
  formatLinksMarkdown,
  formatLinksTable,
  formatParseWithObjects,
  formatSkipped,
  LINKS_FORMATS,
  type LinksFormat,
} from './links-format.js';
import { ObjectsInputError, readObjectsText } from './objects.js';
import { UsageError } from './usage.js';

/** Whether colour goes to a stream (index.ts decides, from NO_COLOR, FORCE_COLOR and the TTY). */
export type Colour = (stream: NodeJS.WriteStream) => boolean;

const TEXT = { type: 'string' } as const;
const FLAG = { type: 'boolean' } as const;
const HELP = { type: 'boolean', short: 'h' } as const;

/** Runs a command, turning its usage errors into exit status 2 with the usual two lines. */
async function withUsage(command: string, run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(
      `apiserver-proxy-url ${command}: ${visible(error.message)}\nRun \`apiserver-proxy-url ${command} --help\` for usage.\n`,
    );
    return 2;
  }
}

/** Writes to stdout and resolves once the text is handed on (a full pipe waits for 'drain'). */
function write(text: string): Promise<void> {
  return new Promise((resolve) => {
    if (text === '' || process.stdout.write(text)) resolve();
    else process.stdout.once('drain', resolve);
  });
}

/**
 * The objects in a FILE, or stdin for `-` (or no FILE): all of the text, then its documents.
 * Prints why on stderr and returns `null` when it cannot be read or is not kubectl's output.
 */
async function readObjects(command: string, file: string | undefined): Promise<unknown[] | null> {
  const stdin = file === undefined || file === '-';
  const from = stdin ? 'stdin' : file;
  try {
    let text = '';
    if (stdin) {
      for await (const chunk of process.stdin.setEncoding('utf8')) text += chunk;
    } else {
      text = await readFile(from, 'utf8');
    }
    return await readObjectsText(text);
  } catch (error) {
    const message =
      error instanceof ObjectsInputError ? error.message : String((error as Error).message);
    process.stderr.write(
      `apiserver-proxy-url ${command}: cannot read ${visible(from)}: ${visible(message)}\n`,
    );
    return null;
  }
}

/**
 * Refuses, as a usage error, a `--base`, `--path` or `--query` that the builder would refuse for
 * every object: one line instead of the same diagnostic on every row.
 */
function checkLinkOptions(options: LinksOptions): void {
  const built = safeBuildProxyUrl({
    ...options,
    base: options.base ?? '',
    resource: 'nodes',
    name: 'n',
  });
  if (built.ok) return;
  const [d] = built.diagnostics;
  throw new UsageError(`--${d?.field ?? 'base'} is refused: ${d?.message ?? ''}`);
}

/**
 * `links [FILE|-] [--base URL] [--path P] [--query Q] [--format text|json|markdown]`: every
 * object, port and URL in `kubectl get -o json|yaml` output. Exit status 0 when at least one link
 * was printed, 1 when none (no Service, pod or node, or none with a port the proxy reaches), 2 for
 * a usage error or input that cannot be read or is not kubectl's output. The diagnostics of single
 * ports (UDP, ExternalName) are shown, not failed on: they say what the cluster is.
 *
 * @example
 * process.exitCode = await linksCommand(['objects.yaml', '--format', 'markdown'], colour);
 */
export function linksCommand(argv: string[], colour: Colour): Promise<number> {
  return withUsage('links', async () => {
    const { values, positionals } = commandLine(argv, {
      base: TEXT,
      path: TEXT,
      query: TEXT,
      format: TEXT,
      help: HELP,
    });
    if (values.help) {
      await write(help('links'));
      return 0;
    }
    if (positionals.length > 1) throw new UsageError('links reads one FILE, or stdin');
    const format = (values.format ?? 'text') as LinksFormat;
    if (!LINKS_FORMATS.includes(format)) {
      throw new UsageError(
        `--format is text, json or markdown, not ${JSON.stringify(values.format)}`,
      );
    }
    const file = positionals[0];
    if (file === undefined && process.stdin.isTTY) {
      throw new UsageError('links reads kubectl get -o json|yaml output: give a FILE, or pipe it');
    }
    const options: LinksOptions = {};
    for (const key of ['base', 'path', 'query'] as const) {
      const value = values[key];
      if (typeof value === 'string') options[key] = value;
    }
    checkLinkOptions(options);
    const objects = await readObjects('links', file);
    if (objects === null) return 2;
    const links = linksFromObjects(objects, options);
    const paint = painter(colour(process.stdout));
    if (format === 'json') await write(`${json(links)}\n`);
    else if (format === 'markdown') {
      const skipped = painter(colour(process.stderr));
      for (const l of links) if (l.url === null) process.stderr.write(formatSkipped(l, skipped));
      await write(formatLinksMarkdown(links));
    } else if (links.length > 0) await write(formatLinksTable(links, paint));
    if (links.some((l) => l.url !== null)) return 0;
    process.stderr.write(
      links.length === 0
        ? 'apiserver-proxy-url links: no Service, Pod or Node in the input\n'
        : 'apiserver-proxy-url links: no port in the input that the proxy reaches\n',
    );
    return 1;
  });
}

/**
 * Whether `parse` was given `--objects` (before any `--`): then {@link parseObjectsCommand} runs it.
 *
 * @example
 * objectsGiven(['/api/v1/nodes/n/proxy/', '--objects', 'nodes.json']); // true
 */
export function objectsGiven(argv: string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).some(
    (a) => a === '--objects' || a.startsWith('--objects='),
  );
}

/**
 * `parse <url> --objects FILE [--json]`: the parse report, and which Service port, container port
 * or kubelet the URL reaches among the objects (resolveProxyTarget). `--json` adds `resolved:
 * { object, port, diagnostics }` to the parse result. Exit status 1 when the parser or the objects
 * find an error, 2 for a usage error or objects that cannot be read.
 *
 * @example
 * process.exitCode = await parseObjectsCommand([url, '--objects', 'svc.yaml'], colour);
 */
export function parseObjectsCommand(argv: string[], colour: Colour): Promise<number> {
  return withUsage('parse', async () => {
    const { values, positionals } = commandLine(argv, {
      objects: TEXT,
      json: FLAG,
      strict: FLAG,
      help: HELP,
    });
    if (values.help) {
      await write(help('parse'));
      return 0;
    }
    if (positionals.length !== 1) {
      throw new UsageError(
        positionals.length === 0 ? 'parse needs a URL' : 'parse takes one URL (quote it)',
      );
    }
    const url = positionals[0] as string;
    const objects = await readObjects('parse', values.objects);
    if (objects === null) return 2;
    const result = parseProxyUrl(url);
    const resolved = resolveProxyTarget(url, objects);
    await write(
      values.json
        ? `${json({ ...result, resolved })}\n`
        : formatParseWithObjects(
            url,
            result,
            resolved,
            painter(colour(process.stdout)),
            values.strict === true,
          ),
    );
    // --strict: a warning fails too, as with parse <url> --strict.
    return failed([...result.diagnostics, ...resolved.diagnostics], values.strict === true) ? 1 : 0;
  });
}
