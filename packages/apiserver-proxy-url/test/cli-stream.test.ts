// `cluster-info` on large inputs: it reads and prints a chunk at a time, so that its memory stays
// flat (here under a heap limit well below the input's size), and it ends quietly when its reader
// stops early (`| head -1`). Sizes, not times, are what these tests fix.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json } from '../src/cli/format.js';
import { parseClusterInfo } from '../src/index.js';
import { run } from './kubectl/kubectl.js';
import { assertBuilt, CLI } from './run-cli.js';

const CONTROL_PLANE = 'Kubernetes control plane is running at https://10.0.0.1:6443\n';
const DNS =
  'CoreDNS is running at https://10.0.0.1:6443/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy\n';
const NOISE = "To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n";
const BROKEN =
  'dashboard is running at https://10.0.0.1/api/v1/namespaces/ns/services/dashboard:foo:8080/proxy\n';

/** One block of input: 2 links (one a proxy URL), 3 lines. */
const BLOCK = CONTROL_PLANE + DNS + NOISE;
/** Blocks per chunk of about 64 KiB. */
const PER_CHUNK = Math.floor(65536 / BLOCK.length);

/** `blocks` blocks, a chunk at a time, then `last`: the input is never held whole. */
function input(blocks: number, last: string): Readable {
  const chunk = BLOCK.repeat(PER_CHUNK);
  return Readable.from(
    (function* () {
      let left = blocks;
      while (left >= PER_CHUNK) {
        yield chunk;
        left -= PER_CHUNK;
      }
      yield BLOCK.repeat(left) + last;
    })(),
  );
}

/** The blocks in about `bytes` bytes of input. */
const blocksIn = (bytes: number): number => Math.ceil(bytes / BLOCK.length);

interface Streamed {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Bytes written to stdout. */
  bytes: number;
  /** The last 64 KiB of stdout. */
  tail: string;
  stderr: string;
}

/** `node --max-old-space-size=<heapMb> dist/cli/index.js ...args` with `stdin` piped in, stdout counted. */
async function stream(args: string[], stdin: Readable, heapMb: number): Promise<Streamed> {
  const child = spawn(process.execPath, [`--max-old-space-size=${heapMb}`, CLI, ...args], {
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let bytes = 0;
  let tail = '';
  let stderr = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    bytes += Buffer.byteLength(chunk);
    tail = (tail + chunk).slice(-65536);
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve([code, signal]));
  });
  // A child that dies early closes its stdin: the exit status tells, not the EPIPE here.
  await pipeline(stdin, child.stdin).catch(() => {});
  const [code, signal] = await exited;
  return { code, signal, bytes, tail, stderr };
}

const HEAP_MB = 48;
const INPUT_BYTES = 60 * 1024 * 1024;

let dir: string;

beforeAll(async () => {
  await assertBuilt();
  dir = await mkdtemp(join(tmpdir(), 'apiserver-proxy-url-cli-stream-'));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe(`cluster-info streams: ${INPUT_BYTES >> 20} MiB of stdin under a ${HEAP_MB} MiB heap`, () => {
  const blocks = blocksIn(INPUT_BYTES);

  it('prints the report to its last line, and exits 1 for the broken link at the end', async () => {
    const result = await stream(['cluster-info'], input(blocks, BROKEN), HEAP_MB);
    expect({ code: result.code, signal: result.signal, stderr: result.stderr }).toEqual({
      code: 1,
      signal: null,
      stderr: '',
    });
    expect(result.bytes).toBeGreaterThan(INPUT_BYTES);
    const links = 2 * blocks + 1;
    expect(result.tail).toContain('dashboard\n  https://10.0.0.1/api/v1/namespaces/ns/services/');
    expect(
      result.tail.endsWith(
        `${links} links: ${blocks + 1} proxy URLs (1 with errors), ${blocks} other links\n`,
      ),
    ).toBe(true);
  }, 180_000);

  it('--json prints the array an element at a time, ending as JSON.stringify does', async () => {
    const result = await stream(['cluster-info', '--json'], input(blocks, DNS), HEAP_MB);
    expect({ code: result.code, signal: result.signal, stderr: result.stderr }).toEqual({
      code: 0,
      signal: null,
      stderr: '',
    });
    const whole = JSON.stringify(parseClusterInfo(BLOCK + DNS), null, 2);
    // The array's end: its last two elements (control plane, CoreDNS) and the last CoreDNS.
    const end = whole.slice(whole.indexOf('\n  {\n    "name": "Kubernetes control plane"'));
    expect(result.tail.endsWith(`${end}\n`)).toBe(true);
    expect(result.bytes).toBeGreaterThan(INPUT_BYTES);
  }, 180_000);
});

describe('cluster-info --json streamed is the same text as the whole array', () => {
  it.each([
    ['no link', 'nothing here\n'],
    ['one link', CONTROL_PLANE],
    ['links over several chunks', BLOCK.repeat(2 * PER_CHUNK + 7) + BROKEN],
  ])('%s', async (_why, text) => {
    const file = join(dir, 'json.txt');
    await writeFile(file, text);
    const result = await run(process.execPath, [CLI, 'cluster-info', '--json', file], {
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
    });
    expect(result.stdout).toBe(`${json(parseClusterInfo(text))}\n`);
  });
});

describe('cluster-info ends quietly when its reader stops early', () => {
  // About 4 MB of input, its report several times the pipe's buffer.
  const text = BLOCK.repeat(blocksIn(4_000_000));

  it.each([
    ['the report of a FILE', 'cluster-info "$in"', 'Kubernetes control plane\n'],
    ['the report of stdin', 'cluster-info < "$in"', 'Kubernetes control plane\n'],
    ['--json', 'cluster-info "$in" --json', '[\n'],
  ])(
    '%s | head -1: no stack trace, nothing on stderr, exit 0',
    async (_why, command, first) => {
      const file = join(dir, 'big.txt');
      await writeFile(file, text);
      const err = join(dir, 'stderr.txt');
      const code = join(dir, 'code.txt');
      const script = `{ "$node" "$cli" ${command} 2>"$err"; echo $? >"$code"; } | head -1`;
      const result = await run('/bin/sh', ['-c', script], {
        env: {
          PATH: process.env.PATH ?? '/usr/bin:/bin',
          NO_COLOR: '1',
          node: process.execPath,
          cli: CLI,
          in: file,
          err,
          code,
        },
        timeoutMs: 120_000,
      });
      expect(result).toEqual({ code: 0, stdout: first, stderr: '' });
      expect(await readFile(err, 'utf8')).toBe('');
      expect(await readFile(code, 'utf8')).toBe('0\n');
    },
    120_000,
  );
});
