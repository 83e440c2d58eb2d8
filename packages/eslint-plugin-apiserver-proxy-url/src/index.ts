import { createRequire } from 'node:module';
import type { ESLint, Linter, Rule } from 'eslint';
import { validProxyUrl } from './rule.js';

export type { RuleOptions } from './options.js';
export { docsUrl } from './rule.js';

// The version ESLint shows in caches and --print-config comes from the manifest, so that
// `changeset version` is the only place a release changes it (src/ and dist/ both sit beside it).
const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

/** The plugin's name, also the prefix of its rule in a config. */
const name = 'apiserver-proxy-url';

const rules: Record<'valid-proxy-url', Rule.RuleModule> = { 'valid-proxy-url': validProxyUrl };

const recommended: Linter.Config = {
  name: `${name}/recommended`,
  plugins: {},
  rules: { [`${name}/valid-proxy-url`]: 'error' },
};

/** The plugin's shape: one rule and one flat config. */
export interface ApiserverProxyUrlPlugin extends ESLint.Plugin {
  meta: { name: string; version: string };
  rules: Record<'valid-proxy-url', Rule.RuleModule>;
  configs: { recommended: Linter.Config };
}

/**
 * The ESLint plugin (flat config): `plugins: { 'apiserver-proxy-url': plugin }`, or spread
 * `plugin.configs.recommended` into a config, which turns `apiserver-proxy-url/valid-proxy-url` on.
 *
 * @example
 * import apiserverProxyUrl from 'eslint-plugin-apiserver-proxy-url';
 * export default [apiserverProxyUrl.configs.recommended];
 */
const plugin: ApiserverProxyUrlPlugin = {
  meta: { name: 'eslint-plugin-apiserver-proxy-url', version },
  rules,
  configs: { recommended },
};

// The recommended config names the plugin itself, so it can only be filled in once the plugin exists.
recommended.plugins = { [name]: plugin };

export default plugin;
