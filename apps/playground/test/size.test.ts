import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FIGURES, readSections, section } from '../../../scripts/figures.js';
import { budget, measure } from '../scripts/size.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('the playground JavaScript', () => {
  const { files, total, onDemand } = measure(fileURLToPath(new URL('../dist', import.meta.url)));

  it(`loads at most ${budget / 1024} KiB gzip to open, React included`, () => {
    expect(files.some((f) => f.first)).toBe(true);
    process.stdout.write(
      `\nplayground JavaScript: ${total} B gzip (${(total / 1024).toFixed(1)} KiB of ${budget / 1024} KiB) to open, ${onDemand} B gzip (${(onDemand / 1024).toFixed(1)} KiB) on demand, in ${files.length} file(s)\n`,
    );
    expect(total).toBeLessThanOrEqual(budget);
  });

  it('loads the Cluster objects mode and its YAML reader only when the mode is opened', () => {
    const later = files.filter((f) => !f.first).map((f) => f.name);
    expect(later.some((name) => name.startsWith('ClusterObjects-'))).toBe(true);
    expect(later.some((name) => name.startsWith('yaml-reader-'))).toBe(true);
  });

  it('loads the document mode and its worker only when the mode is opened', () => {
    const later = files.filter((f) => !f.first).map((f) => f.name);
    expect(later.some((name) => name.startsWith('DocumentMode-'))).toBe(true);
    expect(later.some((name) => name.startsWith('check.worker-'))).toBe(true);
  });
});

describe(FIGURES, () => {
  it('shows what the playground size script prints now (run `pnpm size` after a change)', async () => {
    const script = 'apps/playground/scripts/size.js';
    const { stdout } = await promisify(execFile)(process.execPath, [script], {
      cwd: root,
      timeout: 60_000,
    });
    const sections = readSections(readFileSync(new URL(FIGURES, `file://${root}`), 'utf8'));
    expect(sections.get(script)).toBe(section(script, stdout));
  });
});
