// docs/figures.md: the figures `pnpm bench` and `pnpm size` measured, so that nobody retypes them.
// Each measuring script runs under this one, which passes its output through unchanged and, when it
// succeeds, writes that output into its own section of the file (between markers named after it).
// The scripts themselves know nothing of the file.
//
//   node scripts/figures.js <script.js> [args…]     (from the repository root; see package.json)
//
// Size sections hold exactly what the script printed, so a test can run it again and compare;
// bench sections also say when, where and under which Node they were measured.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, platform } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The generated file, relative to the repository root. */
export const FIGURES = 'docs/figures.md';

const HEADER = `# Measured figures

Written by \`pnpm size\` and \`pnpm bench\` (\`scripts/figures.js\`): do not edit by hand, run them
again. A test checks that the size sections are what \`pnpm size\` prints for the code as it is, and
that there is one bench section for each script \`pnpm bench\` runs. Timings depend on the machine;
each bench section says where it ran.
`;

/**
 * The markers around a script's section.
 * @param {string} script  the script's path from the repository root
 */
export const markers = (script) => ({
  start: `<!-- figures:${script}:start -->`,
  end: `<!-- figures:${script}:end -->`,
});

/**
 * Whether a script measures time (a bench, whose section carries its conditions) or size.
 * @param {string} script
 */
export const isBench = (script) => script.endsWith('.bench.js');

/**
 * A section's body: the script's output as a text block, with the conditions for a bench.
 * @param {string} script
 * @param {string} output  what the script printed on stdout
 * @param {Date} [when]
 */
export function section(script, output, when = new Date()) {
  const command = isBench(script) ? 'pnpm bench' : 'pnpm size';
  const conditions = isBench(script)
    ? `\nNode ${process.version}, ${platform()} ${process.arch}, ${availableParallelism()} CPUs, ${when.toISOString().slice(0, 10)}.\n`
    : '';
  return `## \`${script}\` (${command})\n${conditions}\n\`\`\`text\n${output.trimEnd()}\n\`\`\`\n`;
}

/**
 * Every section of the file: script → body (between its markers), in file order.
 * @param {string} text  the file's text
 * @returns {Map<string, string>}
 */
export function readSections(text) {
  const sections = new Map();
  for (const m of text.matchAll(
    /<!-- figures:(.+?):start -->\n([\s\S]*?)<!-- figures:\1:end -->/g,
  )) {
    sections.set(m[1], m[2]);
  }
  return sections;
}

/**
 * The file with one section replaced (or added at the end).
 * @param {string} text  the file's text ('' for none yet)
 * @param {string} script
 * @param {string} body
 */
export function withSection(text, script, body) {
  const { start, end } = markers(script);
  const block = `${start}\n${body}${end}`;
  const base = text || HEADER;
  const from = base.indexOf(start);
  const to = base.indexOf(end);
  if (from >= 0 && to > from) return base.slice(0, from) + block + base.slice(to + end.length);
  return `${base.trimEnd()}\n\n${block}\n`;
}

/**
 * Runs `node script args…` from the repository root, passing its output through, and on success
 * writes its section. Resolves to the script's exit code.
 * @param {string} script
 * @param {string[]} args
 * @returns {Promise<number>}
 */
export function runAndRecord(script, args) {
  const name = relative(root, join(root, script)).split('\\').join('/');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [name, ...args], {
      cwd: root,
      stdio: ['inherit', 'pipe', 'inherit'],
    });
    /** @type {Buffer[]} */
    const chunks = [];
    child.stdout.on('data', (chunk) => {
      chunks.push(chunk);
      process.stdout.write(chunk);
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const status = code ?? (signal ? 1 : 0);
      if (status === 0) {
        const file = join(root, FIGURES);
        const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
        const output = Buffer.concat(chunks).toString('utf8');
        writeFileSync(file, withSection(text, name, section(name, output)));
        console.log(`figures: ${FIGURES} (${name}) written`);
      }
      resolve(status);
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [script, ...args] = process.argv.slice(2);
  if (!script) {
    console.error('usage: node scripts/figures.js <script.js> [args…]');
    process.exit(2);
  }
  process.exitCode = await runAndRecord(script, args);
}
