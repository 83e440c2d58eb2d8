import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { diagnosticCatalogue, parseProxyUrl } from '../src/index.js';

// The package README is the npm page: the users' reference.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** Every name an entry exports, types included, as TypeScript sees it. */
function exportsOf(entries: string[]): string[] {
  const files = entries.map((entry) => fileURLToPath(new URL(`../src/${entry}`, import.meta.url)));
  const program = ts.createProgram(files, {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  return files.flatMap((file) => {
    const source = program.getSourceFile(file);
    const symbol = source && checker.getSymbolAtLocation(source);
    if (!symbol) throw new Error(`no module symbol for ${file}`);
    return checker.getExportsOfModule(symbol).map((s) => s.getName());
  });
}

/** The README's "## API" section, where every export must be named in code. */
function apiSection(): string {
  const start = readme.indexOf('\n## API\n');
  const end = readme.indexOf('\n## ', start + 1);
  if (start < 0 || end < 0) throw new Error('README.md has no "## API" section');
  return readme.slice(start, end);
}
const rows = Object.entries(diagnosticCatalogue);

describe('README', () => {
  const exported = exportsOf(['index.ts', 'zod.ts']);
  const api = apiSection();

  it("finds the entries' exports (values and types)", () => {
    expect(exported).toEqual(
      expect.arrayContaining(['parseProxyUrl', 'ParseResult', 'proxyUrlSchema', 'Span']),
    );
  });

  it.each(exported)('documents the export %s in its API section', (name) => {
    expect(api).toMatch(new RegExp(`\`${name}(?![A-Za-z0-9_$])`));
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
