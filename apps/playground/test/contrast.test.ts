// The colours the page pairs, light and dark, against WCAG AA (4.5:1 for text). axe-core checks
// the rendered page in the browser test; this checks the pairs it cannot see, such as the URL's
// text over the part colours drawn under the text area.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { partNames } from '../src/segments.ts';

const css = readFileSync(new URL('../src/styles.css', import.meta.url), 'utf8');

function tokens(block: string): Record<string, string> {
  return Object.fromEntries(
    [...block.matchAll(/--([a-z0-9-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]),
  );
}
const light = tokens(
  css.slice(css.indexOf(':root {'), css.indexOf('@media (prefers-color-scheme: dark)')),
);
const dark = tokens(css.slice(css.indexOf('@media (prefers-color-scheme: dark)')));

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const ratio = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
};

const pairs: [string, string][] = [
  ...partNames.map((p): [string, string] => ['fg', `p-${p}`]),
  ['fg', 'bg'],
  ['fg', 'surface'],
  ['fg', 'code-bg'],
  ['fg', 'info-bg'],
  ['fg', 'error-bg'],
  ['fg', 'warning-bg'],
  ['fg', 'accent-soft'],
  ['focus', 'surface'],
  ['focus', 'bg'],
  ['muted', 'surface'],
  ['muted', 'bg'],
  ['muted', 'code-bg'],
  ['accent-fg', 'accent'],
  ['accent', 'surface'],
  ['accent', 'accent-soft'],
  ['error', 'surface'],
  ['error', 'error-bg'],
  ['warning', 'surface'],
  ['warning', 'warning-bg'],
  ['info', 'info-bg'],
  ['good', 'surface'],
  ['bg', 'fg'],
];

describe.each([
  ['light', light],
  ['dark', dark],
])('%s colours', (_, theme) => {
  it.each(pairs)('%s on %s meets 4.5:1', (fg, bg) => {
    const a = theme[fg];
    const b = theme[bg];
    expect(a, fg).toBeDefined();
    expect(b, bg).toBeDefined();
    expect(ratio(a as string, b as string)).toBeGreaterThanOrEqual(4.5);
  });
});
