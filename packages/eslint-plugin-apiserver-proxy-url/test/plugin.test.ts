import { readFileSync } from 'node:fs';
import { diagnosticCatalogue } from 'apiserver-proxy-url';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin, { docsUrl } from '../src/index.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

describe('the plugin object', () => {
  it('names itself as its package does', () => {
    expect(plugin.meta).toEqual({ name: pkg.name, version: pkg.version });
  });

  it('documents the rule in the package README', () => {
    expect(plugin.rules['valid-proxy-url'].meta?.docs?.url).toBe(docsUrl);
    expect(docsUrl).toMatch(
      /packages\/eslint-plugin-apiserver-proxy-url\/README\.md#valid-proxy-url$/,
    );
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme).toMatch(/^## `?valid-proxy-url`?$/m);
  });

  it('has a flat recommended config that turns the rule on through the plugin itself', () => {
    const { recommended } = plugin.configs;
    expect(recommended.plugins?.['apiserver-proxy-url']).toBe(plugin);
    expect(recommended.rules).toEqual({ 'apiserver-proxy-url/valid-proxy-url': 'error' });
    const messages = new Linter().verify(
      "const u = '/api/v1/namespaces/default/services/https:web/proxy/';",
      [recommended],
      'a.js',
    );
    expect(messages.map((m) => [m.ruleId, m.severity])).toEqual([
      ['apiserver-proxy-url/valid-proxy-url', 2],
    ]);
  });

  it('refuses a code that is not in the catalogue, and takes every one that is', () => {
    const verify = (codes: Record<string, string>) =>
      new Linter().verify(
        'const u = 1;',
        [
          {
            plugins: { 'apiserver-proxy-url': plugin },
            rules: { 'apiserver-proxy-url/valid-proxy-url': ['error', { codes }] },
          },
        ],
        'a.js',
      );
    expect(() => verify({ 'missing-trailing-slahs': 'off' })).toThrow(
      /should NOT have additional properties|must NOT have additional properties/,
    );
    const all = Object.fromEntries(Object.keys(diagnosticCatalogue).map((c) => [c, 'off']));
    expect(verify(all)).toEqual([]);
  });
});
