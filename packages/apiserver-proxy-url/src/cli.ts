#!/usr/bin/env node
// The `apiserver-proxy-url` command: parse, build and cluster-info over the library's public API.
// Only this file touches Node (arguments, files, streams, exit codes); what it prints is built in
// cli-format.ts. It is compiled on its own (tsconfig.cli.json) so that the library's sources keep
// compiling without Node's types.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { safeBuildProxyUrl } from './build.js';
import {
  formatBuildDiagnostics,
  formatClusterInfo,
  formatParseReport,
  painter,
} from './cli-format.js';
import { type Command, help } from './cli-help.js';
import { parseClusterInfo } from './cluster-info.js';
import { parseProxyUrl } from './parse.js';
import type { ProxyResource, ProxyTargetInput } from './types.js';

/** A usage error: exit status 2, the message and a pointer to `--help` on stderr. */
class UsageError extends Error {}

/** Colour for a stream: off when NO_COLOR is set (and not empty), on when FORCE_COLOR is, else on a TTY. */
function colour(stream: NodeJS.WriteStream): boolean {
  if (process.env.NO_COLOR) return false;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return stream.isTTY === true;
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

const HELP = { type: 'boolean', short: 'h' } as const;
const TEXT = { type: 'string' } as const;

/** Runs `parseArgs`, turning its errors (unknown or malformed flags) into usage errors. */
function usage<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** The flags `parse` and `cluster-info` share: `--json`, `--help`, and positional arguments. */
const jsonAndPositionals = (argv: string[]) =>
  usage(() =>
    parseArgs({
      args: argv,
      options: { json: { type: 'boolean' }, help: HELP },
      allowPositionals: true,
      strict: true,
    }),
  );

async function parseCommand(argv: string[]): Promise<number> {
  const { values, positionals } = jsonAndPositionals(argv);
  if (values.help) return out(help('parse'));
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length === 0 ? 'parse needs a URL' : 'parse takes one URL (quote it)',
    );
  }
  const url = positionals[0] as string;
  const result = parseProxyUrl(url);
  out(values.json ? json(result) : formatParseReport(url, result, painter(colour(process.stdout))));
  return result.ok ? 0 : 1;
}

async function buildCommand(argv: string[]): Promise<number> {
  const { values, positionals } = usage(() =>
    parseArgs({
      args: argv,
      options: {
        base: TEXT,
        service: TEXT,
        pod: TEXT,
        node: TEXT,
        namespace: TEXT,
        scheme: TEXT,
        port: TEXT,
        path: TEXT,
        query: TEXT,
        fragment: TEXT,
        help: HELP,
      },
      allowPositionals: true,
      strict: true,
    }),
  );
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
    process.stderr.write(
      formatBuildDiagnostics(built.diagnostics, painter(colour(process.stderr))),
    );
    return 1;
  }
  out(`${built.url}\n`);
  // A URL that builds can still be probably wrong (a named pod port): say so, off stdout.
  const warnings = parseProxyUrl(built.url).diagnostics.filter((d) => d.severity === 'warning');
  if (warnings.length > 0) {
    process.stderr.write(formatBuildDiagnostics(warnings, painter(colour(process.stderr))));
  }
  return 0;
}

async function clusterInfoCommand(argv: string[]): Promise<number> {
  const { values, positionals } = jsonAndPositionals(argv);
  if (values.help) return out(help('cluster-info'));
  if (positionals.length > 1) throw new UsageError('cluster-info reads one FILE, or stdin');
  const file = positionals[0];
  let text: string;
  try {
    text = file === undefined || file === '-' ? await readStdin() : await readFile(file, 'utf8');
  } catch (error) {
    const { message } = error as Error;
    process.stderr.write(
      `apiserver-proxy-url cluster-info: cannot read ${file ?? 'stdin'}: ${message}\n`,
    );
    return 2;
  }
  const entries = parseClusterInfo(text);
  out(values.json ? json(entries) : formatClusterInfo(entries, painter(colour(process.stdout))));
  if (entries.length === 0) {
    process.stderr.write(
      'apiserver-proxy-url cluster-info: no "<name> is running at <link>" line in the input\n',
    );
    return 1;
  }
  return entries.some((e) => e.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function out(text: string): number {
  process.stdout.write(text);
  return 0;
}

async function version(): Promise<string> {
  const manifest = new URL('../package.json', import.meta.url);
  return (JSON.parse(await readFile(manifest, 'utf8')) as { version: string }).version;
}

const commands: Record<Command, (argv: string[]) => Promise<number>> = {
  parse: parseCommand,
  build: buildCommand,
  'cluster-info': clusterInfoCommand,
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
    if (!(error instanceof UsageError)) throw error;
    const where = command ? ` ${command}` : '';
    process.stderr.write(
      `apiserver-proxy-url${where}: ${error.message}\nRun \`apiserver-proxy-url${where} --help\` for usage.\n`,
    );
    return 2;
  }
}

// Set the exit code rather than exiting, so that stdout drains first when it is a pipe.
process.exitCode = await main(process.argv.slice(2));
