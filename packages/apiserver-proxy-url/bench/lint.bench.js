// Benchmark: `apiserver-proxy-url lint` over a generated docs tree of about 100 MB (bench/docs-tree.js),
// timed next to `grep -rn /proxy` over the same tree in the same run. Informative only: it never
// fails on timings, because the machines it runs on are noisy. Contract (issue 9): aim within 2×
// of grep, must be within 5×.
//
//   pnpm build && node packages/apiserver-proxy-url/bench/lint.bench.js [--mb N] [--rounds N] [--dense]
//     [--json] [--keep]
//
// The tree has as many proxy URLs as docs trees have (see docs-tree.js: still more than real ones);
// --dense makes one about reaching services, a URL every 11 kB, where parsing weighs most.
//
// Both run as child processes with their output piped here and counted (GNU grep stops at the first
// match when its output is /dev/null, which would flatter it). Rounds alternate grep and lint, after
// one of each to warm the page cache; times are medians. Each runs under `sh -c '…; times'`, whose
// `times` reports the CPU time (user + sys) of the command: on a busy machine it moves less than
// the wall time. Peak RSS is the lint process's own (process.resourceUsage().maxRSS at exit, passed
// back on a spare file descriptor).

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeDocsTree } from './docs-tree.js';

const argv = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) || fallback : fallback;
};
const MB = flag('--mb', 100);
const ROUNDS = Math.max(1, flag('--rounds', 3));
const json = argv.includes('--json');
const keep = argv.includes('--keep');
const density = argv.includes('--dense') ? 'dense' : 'realistic';

const CLI = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli', 'index.js');
/** Loaded into the lint process: its peak RSS (kB) written to fd 3 as it exits. */
const RSS_HOOK =
  "data:text/javascript,import{writeSync}from'node:fs';process.on('exit',()=>{try{writeSync(3,String(process.resourceUsage().maxRSS))}catch{}})";

/** Runs the command, then prints the CPU time of its children (`times`, POSIX) to fd 4. */
const WITH_TIMES = '"$@"; status=$?; times >&4; exit $status';

/** Seconds from `times`' children line: `0m1.230000s 0m0.040000s` (user, sys). */
function cpuSeconds(times) {
  const line = times.trim().split('\n')[1] ?? '';
  let total = 0;
  for (const [, m, s] of line.matchAll(/(\d+)m([\d.]+)s/g)) total += Number(m) * 60 + Number(s);
  return total;
}

/**
 * Runs a command to its end, counting the lines it prints, with its CPU time and (lint) peak RSS.
 * @param {string} file
 * @param {string[]} args
 * @param {string} cwd
 */
function timed(file, args, cwd) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn('/bin/sh', ['-c', WITH_TIMES, 'sh', file, ...args], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe', 'pipe', 'pipe'],
    });
    let lines = 0;
    let stderr = '';
    let fd3 = '';
    let fd4 = '';
    child.stdout.on('data', (chunk) => {
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.stdio[3]?.on('data', (chunk) => {
      fd3 += chunk;
    });
    child.stdio[4]?.on('data', (chunk) => {
      fd4 += chunk;
    });
    child.once('error', reject);
    child.once('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      resolve({ code, seconds, cpu: cpuSeconds(fd4), lines, stderr, rssKb: Number(fd3) || null });
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const dir = mkdtempSync(join(tmpdir(), 'apiserver-proxy-url-lint-bench-'));
const root = join(dir, 'docs');
try {
  const made = Date.now();
  const tree = writeDocsTree(root, MB, density);
  const generated = (Date.now() - made) / 1000;
  const grep = () => timed('grep', ['-rn', '/proxy', '.'], root);
  const lint = () =>
    timed(process.execPath, [`--import=${RSS_HOOK}`, CLI, 'lint', '--format', 'json', '.'], root);
  // Warm the page cache (and check that both run).
  const firstGrep = await grep();
  const firstLint = await lint();
  if (firstLint.code !== 1 || firstLint.stderr !== '') {
    throw new Error(`lint exited ${firstLint.code}: ${firstLint.stderr}`);
  }
  const runs = { grep: [], lint: [], grepCpu: [], lintCpu: [], rss: [] };
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate which goes first, so that drift in load hits both alike.
    const order = round % 2 ? [lint, grep] : [grep, lint];
    for (const run of order) {
      const result = await run();
      if (run === grep) {
        runs.grep.push(result.seconds);
        runs.grepCpu.push(result.cpu);
      } else {
        runs.lint.push(result.seconds);
        runs.lintCpu.push(result.cpu);
        runs.rss.push(result.rssKb);
      }
    }
  }
  const mb = tree.bytes / 1e6;
  const grepSeconds = median(runs.grep);
  const lintSeconds = median(runs.lint);
  const grepCpu = median(runs.grepCpu);
  const lintCpu = median(runs.lintCpu);
  const summary = {
    tree: { files: tree.files, mb: Number(mb.toFixed(1)), density, generatedSeconds: generated },
    grep: {
      seconds: Number(grepSeconds.toFixed(3)),
      cpuSeconds: Number(grepCpu.toFixed(3)),
      mbPerSecond: Number((mb / grepSeconds).toFixed(1)),
      lines: firstGrep.lines,
    },
    lint: {
      seconds: Number(lintSeconds.toFixed(3)),
      cpuSeconds: Number(lintCpu.toFixed(3)),
      mbPerSecond: Number((mb / lintSeconds).toFixed(1)),
      findings: firstLint.lines - 2,
      peakRssMb: Number((Math.max(...runs.rss) / 1024).toFixed(1)),
    },
    ratio: Number((lintSeconds / grepSeconds).toFixed(2)),
    cpuRatio: Number((lintCpu / grepCpu).toFixed(2)),
    target: { aim: 2, max: 5 },
    rounds: ROUNDS,
  };
  if (json) {
    console.log(JSON.stringify(summary, null, 2));
  } else {
    console.log(
      `lint benchmark: ${tree.files} files, ${summary.tree.mb} MB, ${density} (generated in ${generated.toFixed(1)} s), median of ${ROUNDS} rounds`,
    );
    console.log('');
    console.log('                           seconds      MB/s   CPU seconds   output');
    const row = (name, wall, cpu, mbps, output) =>
      `${name.padEnd(24)}${wall.toFixed(3).padStart(10)}${mbps.toFixed(1).padStart(10)}${cpu.toFixed(3).padStart(14)}   ${output}`;
    console.log(
      row(
        'grep -rn /proxy .',
        grepSeconds,
        grepCpu,
        summary.grep.mbPerSecond,
        `${firstGrep.lines} lines`,
      ),
    );
    console.log(
      row(
        'lint --format json .',
        lintSeconds,
        lintCpu,
        summary.lint.mbPerSecond,
        `${summary.lint.findings} findings`,
      ),
    );
    console.log('');
    const verdict =
      summary.ratio <= 2
        ? 'within the aim (2×)'
        : summary.ratio <= 5
          ? 'within the limit (5×), over the aim (2×)'
          : 'OVER THE LIMIT (5×)';
    console.log(`lint / grep: ${summary.ratio}× — ${verdict}; in CPU time ${summary.cpuRatio}×`);
    console.log(`lint peak RSS: ${summary.lint.peakRssMb} MB`);
  }
} finally {
  if (keep) console.log(`tree kept in ${root}`);
  else rmSync(dir, { recursive: true, force: true });
}
