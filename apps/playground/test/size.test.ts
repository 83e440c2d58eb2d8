import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { budget, measure } from '../scripts/size.js';

describe('the playground JavaScript', () => {
  it(`is at most ${budget / 1024} KiB gzip, React included`, () => {
    const { files, total } = measure(fileURLToPath(new URL('../dist', import.meta.url)));
    expect(files.length).toBeGreaterThan(0);
    process.stdout.write(
      `\nplayground JavaScript: ${total} B gzip (${(total / 1024).toFixed(1)} KiB of ${budget / 1024} KiB) in ${files.length} file(s)\n`,
    );
    expect(total).toBeLessThanOrEqual(budget);
  });
});
