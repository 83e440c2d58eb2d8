import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnosticCatalogue, parseProxyUrl } from '../src/index.js';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const rows = Object.entries(diagnosticCatalogue);

describe('README', () => {
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
