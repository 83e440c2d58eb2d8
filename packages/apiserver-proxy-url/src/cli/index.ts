#!/usr/bin/env node
// The `apiserver-proxy-url` command: build and cluster-info here, parse (cli/parse.ts), lint
// (cli/lint.ts), links and parse --objects (cli/links.ts), rebase, curl, raw and rbac
// (cli/convert.ts) over the library's public API. Only the
// cli*.ts files without a pure counterpart touch Node (arguments, files, streams, exit codes: this
// file, cli-io, cli-parse, cli-lint, cli-walk, cli-links); what they print is built in the pure
// cli-*format.ts files. They are compiled on their own (tsconfig.cli.json) so that the library's
// sources keep compiling without Node's types.
//
// Whatever it prints for people passes its input through visible() (cli/format.ts): usage errors
// that echo an argument, file names and I/O errors included. `cluster-info` reads and prints a
// chunk at a time, so that its memory stays flat whatever the size of the input; when stdout
// closes early (`| head -1`) the command ends quietly.
import { open, readFile } from 'node:fs/promises';
import { safeBuildProxyUrl } from '../build.js';
import type { ClusterInfoEntry } from '../cluster-info.js';
import { rebaseProxyUrl } from '../convert.js';
import { ProxyUrlError } from '../diagnostics.js';
import { parseProxyUrl } from '../parse.js';
import type { ProxyResource, ProxyTargetInput } from '../types.js';
import { ClusterInfoLines } from './cluster-info.js';
import { rebaseCommand, snippetCommand } from './convert.js';
import { formatRefusal, schemeForBase } from './convert-format.js';
import {
  type ClusterInfoCounts,
  formatBuildDiagnostics,
  formatClusterInfoEntry,
  formatClusterInfoSummary,
  json,
  type Paint,
  painter,
  visible,
} from './format.js';
import { type Command, help } from './help.js';
import { colour, commandLine, out, write } from './io.js';
import { linksCommand, objectsGiven, parseObjectsCommand } from './links.js';
import { lintCommand } from './lint.js';
import { parseCommand } from './parse.js';
import { UsageError } from './usage.js';

const HELP = { type: 'boolean', short: 'h' } as const;
const TEXT = { type: 'string' } as const;

async function buildCommand(argv: string[]): Promise<number> {
  const { values, positionals } = commandLine(argv, {
    base: TEXT,
    service: TEXT,
    pod: TEXT,
    node: TEXT,
    namespace: { type: 'string', short: 'n' },
    scheme: TEXT,
    port: TEXT,
    path: TEXT,
    query: TEXT,
    fragment: TEXT,
    help: HELP,
  });
  if (values.help) return out(help('build'));
  if (positionals.length > 0) throw new UsageError(`build takes no argument: ${positionals[0]}`);
  const chosen = (['service', 'pod', 'node'] as const).filter((k) => values[k] !== undefined);
  if (chosen.length !== 1)
    throw new UsageError('build needs exactly one of --service, --pod or --node');
  const kind = chosen[0] as 'service' | 'pod' | 'node';
  const scheme = values.scheme;
  if (scheme !== undefined && scheme !== '' && scheme !== 'http' && scheme !== 'https') {
    throw new UsageError(`--scheme is http or https, not ${JSON.stringify(scheme)}`);
  }
  const input: ProxyTargetInput = {
    resource: `${kind}s` as ProxyResource,
    name: values[kind] as string,
  };
  // Only what was given: the builder's defaults stand for the rest.
  const given = ['base', 'namespace', 'port', 'path', 'query', 'fragment'] as const;
  for (const key of given) {
    const value = values[key];
    if (typeof value === 'string') input[key] = value;
  }
  if (scheme) input.scheme = scheme;
  const built = safeBuildProxyUrl(input);
  if (!built.ok) {
    const paint = painter(colour(process.stderr));
    // The builder calls the empty namespace an invalid label: here the flag is what is missing.
    const missing = kind !== 'node' && values.namespace === undefined;
    const what = kind === 'service' ? 'a Service' : 'a pod';
    const diagnostics = built.diagnostics.map((d) =>
      missing && d.code === 'invalid-namespace'
        ? { ...d, message: `The namespace is missing: ${what} lives in one (-n default).` }
        : d,
    );
    // `--base localhost:8001`: the scheme was left out, say which one it needs, under its error.
    const meant = values.base === undefined ? undefined : schemeForBase(values.base);
    let text = '';
    for (const d of diagnostics) {
      text += formatBuildDiagnostics([d], paint);
      if (d.field === 'base' && meant !== undefined) {
        text += `  ${paint('green', 'fix:')} --base ${visible(meant)}\n`;
      }
    }
    process.stderr.write(text);
    return 1;
  }
  out(`${visible(built.url)}\n`);
  // A URL that builds can still be probably wrong (a named pod port): say so, off stdout.
  const warnings = parseProxyUrl(built.url).diagnostics.filter((d) => d.severity === 'warning');
  if (warnings.length > 0) {
    process.stderr.write(formatBuildDiagnostics(warnings, painter(colour(process.stderr))));
  }
  return 0;
}

async function clusterInfoCommand(argv: string[]): Promise<number> {
  const { values, positionals } = commandLine(argv, {
    json: { type: 'boolean' },
    links: TEXT,
    help: HELP,
  });
  if (values.help) return out(help('cluster-info'));
  if (positionals.length > 1) throw new UsageError('cluster-info reads one FILE, or stdin');
  if (values.links !== undefined && values.links !== 'kubectl-proxy') {
    throw new UsageError(`--links is kubectl-proxy, not ${JSON.stringify(values.links)}`);
  }
  const file = positionals[0];
  const cannotRead = (error: unknown): number => {
    const what = visible(file ?? 'stdin');
    const { message } = error as Error;
    process.stderr.write(
      `apiserver-proxy-url cluster-info: cannot read ${what}: ${visible(message)}\n`,
    );
    return 2;
  };
  let input: AsyncIterable<string>;
  try {
    input = await openInput(file);
  } catch (error) {
    return cannotRead(error);
  }
  const print =
    values.links !== undefined
      ? kubectlProxyLinks(values.json === true, painter(colour(process.stderr)))
      : values.json
        ? jsonArray()
        : report(painter(colour(process.stdout)));
  const lines = new ClusterInfoLines();
  let broken = false;
  let links = 0;
  const show = async (entries: ClusterInfoEntry[]): Promise<void> => {
    if (entries.length === 0) return;
    links += entries.length;
    broken ||= entries.some((e) => e.diagnostics.some((d) => d.severity === 'error'));
    await write(print.entries(entries));
  };
  try {
    for await (const chunk of input) await show(lines.push(chunk));
  } catch (error) {
    return cannotRead(error);
  }
  await show(lines.end());
  await write(print.end());
  broken ||= print.refused?.() === true;
  if (links === 0) {
    process.stderr.write(
      'apiserver-proxy-url cluster-info: no "<name> is running at <link>" line in the input\n',
    );
    return 1;
  }
  return broken ? 1 : 0;
}

/** A FILE (opened first, so that a missing one fails before any output) or stdin, as text. */
async function openInput(file: string | undefined): Promise<AsyncIterable<string>> {
  if (file === undefined || file === '-') return process.stdin.setEncoding('utf8');
  const handle = await open(file, 'r');
  return handle.createReadStream({ encoding: 'utf8' });
}

/** How `cluster-info` prints entries as they come, then its end. */
interface Printer {
  entries(entries: ClusterInfoEntry[]): string;
  end(): string;
  /** Whether a link could not be printed (`--links`: explained on stderr). */
  refused?(): boolean;
}

/** The report, a link at a time, and its summary line. */
function report(paint: Paint): Printer {
  const counts: ClusterInfoCounts = { links: 0, proxies: 0, broken: 0 };
  return {
    entries: (entries) => {
      let text = '';
      for (const e of entries) text += formatClusterInfoEntry(e, paint, counts);
      return text;
    },
    end: () => formatClusterInfoSummary(counts),
  };
}

/** The JSON array, an element at a time: the same text as json() of the whole array. */
function jsonArray<T>(element: (e: ClusterInfoEntry) => T | undefined = (e) => e as T): Printer {
  let first = true;
  return {
    entries: (entries) => {
      let text = '';
      for (const e of entries) {
        const value = element(e);
        if (value === undefined) continue;
        text += `${first ? '[\n' : ',\n'}  ${json(value).replaceAll('\n', '\n  ')}`;
        first = false;
      }
      return text;
    },
    end: () => (first ? '[]\n' : '\n]\n'),
  };
}

const KUBECTL_PROXY = 'http://localhost:8001';

/**
 * `--links kubectl-proxy`: each proxy link rebased onto kubectl proxy's default address, as
 * kubectl prints links ("<name> is running at <link>", so that the output reads as cluster-info
 * input again), or as {name, url} objects. A link the conversion refuses is explained on stderr.
 */
function kubectlProxyLinks(asJson: boolean, paint: Paint): Printer {
  let refused = false;
  const rebased = (e: ClusterInfoEntry): { name: string; url: string } | undefined => {
    if (!e.target) return undefined;
    try {
      return { name: e.name, url: rebaseProxyUrl(e.url, KUBECTL_PROXY) };
    } catch (error) {
      if (!(error instanceof ProxyUrlError)) throw error;
      refused = true;
      process.stderr.write(`${visible(e.name)}: ${formatRefusal(e.url, error.diagnostics, paint)}`);
      return undefined;
    }
  };
  if (asJson) return { ...jsonArray(rebased), refused: () => refused };
  return {
    entries: (entries) => {
      let text = '';
      for (const e of entries) {
        const link = rebased(e);
        if (link) text += `${visible(link.name)} is running at ${visible(link.url)}\n`;
      }
      return text;
    },
    end: () => '',
    refused: () => refused,
  };
}

async function version(): Promise<string> {
  const manifest = new URL('../../package.json', import.meta.url);
  return (JSON.parse(await readFile(manifest, 'utf8')) as { version: string }).version;
}

const commands: Record<Command, (argv: string[]) => Promise<number>> = {
  // With --objects, parse also resolves the URL among a cluster's objects (cli/links.ts).
  parse: (argv) => (objectsGiven(argv) ? parseObjectsCommand(argv, colour) : parseCommand(argv)),
  lint: lintCommand,
  build: buildCommand,
  'cluster-info': clusterInfoCommand,
  links: (argv) => linksCommand(argv, colour),
  rebase: rebaseCommand,
  curl: (argv) => snippetCommand('curl', argv),
  raw: (argv) => snippetCommand('raw', argv),
  rbac: (argv) => snippetCommand('rbac', argv),
};

async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === '-h' || first === '--help') return out(help());
  if (first === '--version') return out(`${await version()}\n`);
  const command = first !== undefined && Object.hasOwn(commands, first) ? (first as Command) : null;
  try {
    if (!command) {
      throw new UsageError(
        first === undefined ? 'a command is needed' : `unknown command ${JSON.stringify(first)}`,
      );
    }
    return await commands[command](rest);
  } catch (error) {
    const where = command ? ` ${command}` : '';
    if (!(error instanceof UsageError)) {
      // A bug: its stack, line by line, as visible as the rest (its message may quote input).
      const stack = (error as Error)?.stack ?? String(error);
      process.stderr.write(
        `apiserver-proxy-url${where}: ${stack.split('\n').map(visible).join('\n')}\n`,
      );
      return 1;
    }
    process.stderr.write(
      `apiserver-proxy-url${where}: ${visible(error.message)}\nRun \`apiserver-proxy-url${where} --help\` for usage.\n`,
    );
    return 2;
  }
}

/**
 * When a reader closes the pipe early (`| head -1`), writing fails with EPIPE: stop there, quietly
 * and successfully, as the reader has all it wanted. Any other write error is an I/O error.
 */
function onWriteError(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EPIPE') {
    try {
      process.stderr.write(`apiserver-proxy-url: cannot write: ${visible(error.message)}\n`);
    } catch {
      // stderr is gone too: the exit status is all that is left.
    }
  }
  process.exit(error.code === 'EPIPE' ? 0 : 2);
}
process.stdout.on('error', onWriteError);
process.stderr.on('error', () => process.exit(process.exitCode ?? 2));

// Set the exit code rather than exiting, so that stdout drains first when it is a pipe.
process.exitCode = await main(process.argv.slice(2));
