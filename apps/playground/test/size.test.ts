import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { budget, measure } from '../scripts/size.js';

describe('the playground JavaScript', () => {
  const { files, total, onDemand } = measure(fileURLToPath(new URL('../dist', import.meta.url)));

  it(`loads at most ${budget / 1024} KiB gzip to open, React included`, () => {
    expect(files.some((f) => f.first)).toBe(true);
    process.stdout.write(
      `\nplayground JavaScript: ${total} B gzip (${(total / 1024).toFixed(1)} KiB of ${budget / 1024} KiB) to open, ${onDemand} B gzip (${(onDemand / 1024).toFixed(1)} KiB) on demand, in ${files.length} file(s)\n`,
    );
    expect(total).toBeLessThanOrEqual(budget);
  });

  it('loads the document mode and its worker only when the mode is opened', () => {
    const later = files.filter((f) => !f.first).map((f) => f.name);
    expect(later.some((name) => name.startsWith('DocumentMode-'))).toBe(true);
    expect(later.some((name) => name.startsWith('check.worker-'))).toBe(true);
  });
});
