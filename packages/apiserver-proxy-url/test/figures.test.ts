// docs/figures.md is what `pnpm size` and `pnpm bench` measured (scripts/figures.js writes it): the
// size section must be what the size script prints for the code as it is now, and there must be one
// bench section for each bench that `pnpm bench` runs, and no other, written by the bench as it is
// (its targets).
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FIGURES, isBench, readSections, section } from '../../../scripts/figures.js';

const run = promisify(execFile);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};
const sections = readSections(readFileSync(join(root, FIGURES), 'utf8'));

/** The scripts a root package.json command runs through scripts/figures.js, in order. */
const recorded = (command: string): string[] =>
  [...(manifest.scripts[command] ?? '').matchAll(/node scripts\/figures\.js (\S+)/g)].map(
    (m) => m[1] as string,
  );

describe(FIGURES, () => {
  it('has a section for each bench pnpm bench runs, and only those', () => {
    const benches = recorded('bench');
    expect(benches.length).toBeGreaterThan(0);
    // Every bench the command names goes through the writer.
    const named = (manifest.scripts.bench ?? '').match(/\S+\.bench\.js/g) ?? [];
    expect(named).toEqual(benches);
    expect([...sections.keys()].filter((s) => isBench(s)).sort()).toEqual([...benches].sort());
  });

  it("states the parse and build bench's targets as the bench has them now", () => {
    // A section written by an older bench (older targets) is stale: run `pnpm bench` again.
    const bench = 'packages/apiserver-proxy-url/bench/parse-build.bench.js';
    const source = readFileSync(join(root, bench), 'utf8');
    const targets = /const TARGETS = \{ parse: ([\d.]+), build: ([\d.]+) \};/.exec(source);
    expect(targets, 'the bench defines TARGETS').not.toBeNull();
    const [, parse, build] = targets as RegExpExecArray;
    expect(sections.get(bench)).toContain(`target parse/URL ≤ ${parse}×`);
    expect(sections.get(bench)).toContain(`target build/URL ≤ ${build}×`);
  });

  it('has the size section pnpm size writes for the library', () => {
    expect(recorded('size')).toContain('packages/apiserver-proxy-url/scripts/size.js');
  });

  it('shows what the library size script prints now (run `pnpm size` after a change)', async () => {
    const script = 'packages/apiserver-proxy-url/scripts/size.js';
    const { stdout } = await run(process.execPath, [script], { cwd: root, timeout: 120_000 });
    expect(sections.get(script)).toBe(section(script, stdout));
  }, 120_000);
});
