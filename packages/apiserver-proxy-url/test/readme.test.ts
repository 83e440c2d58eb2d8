import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportsOf, namesInCode, readmeSection } from '../../../scripts/exports.js';
import { diagnosticCatalogue, parseProxyUrl } from '../src/index.js';

// The package README is the npm page: the users' reference.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const rows = Object.entries(diagnosticCatalogue);

describe('README', () => {
  const exported = exportsOf(
    ['index.ts', 'zod.ts'].map((entry) =>
      fileURLToPath(new URL(`../src/${entry}`, import.meta.url)),
    ),
  );
  const api = readmeSection(readme, 'API');

  it("finds the entries' exports (values and types)", () => {
    expect(exported).toEqual(
      expect.arrayContaining(['parseProxyUrl', 'ParseResult', 'proxyUrlSchema', 'Span']),
    );
  });

  it.each(exported)('documents the export %s in its API section', (name) => {
    expect(namesInCode(api, name)).toBe(true);
  });

  it.each(rows)('documents %s with its anchor and severity', (code, { severity, anchor }) => {
    const row = new RegExp(`<a id="${anchor}"></a>\`${code}\`\\s*\\|\\s*${severity}\\s*\\|`);
    expect(readme).toMatch(row);
  });

  it('documents no code that does not exist', () => {
    const documented = [...readme.matchAll(/<a id="([a-z0-9-]+)"><\/a>/g)].map((m) => m[1]);
    expect(documented.sort()).toEqual(rows.map(([, entry]) => entry.anchor).sort());
  });

  it('starts from the docs example and the warning it earns', () => {
    const url =
      'http://104.197.5.247/api/v1/namespaces/kube-system/services/elasticsearch-logging/proxy/_search?q=user:kimchy';
    expect(readme).toContain(url);
    const codes = parseProxyUrl(url).diagnostics.map((d) => `${d.severity} ${d.code}`);
    expect(codes).toEqual(['warning insecure-remote-base', 'info empty-port-unnamed-only']);
  });
});
