// The README is the npm page: its API section names every export of the entry, so it cannot drift.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportsOf, namesInCode, readmeSection } from '../../../scripts/exports.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const exported = exportsOf([fileURLToPath(new URL('../src/index.ts', import.meta.url))]);

describe("the README's API section", () => {
  it('finds the default export among the exports', () => {
    expect(exported).toContain('default');
  });

  it.each(exported)('names the export %s', (name) => {
    expect(namesInCode(readmeSection(readme, 'API'), name)).toBe(true);
  });
});
