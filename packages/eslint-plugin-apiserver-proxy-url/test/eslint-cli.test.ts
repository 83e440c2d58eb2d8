// biome-ignore-all lint/suspicious/noTemplateCurlyInString: source text held in strings
// The real eslint command line on a fixture project with a flat config: JavaScript, TypeScript
// (typescript-eslint's parser) and Markdown (@eslint/markdown), the plugin resolved as a user's
// project resolves it (here: by its own name, from inside the workspace package).
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, packageDir, runNode, tempCopy } from './run.js';

const fixture = join(packageDir, 'test', 'fixtures', 'project');
const eslintBin = join(packageDir, 'node_modules', 'eslint', 'bin', 'eslint.js');

interface Message {
  ruleId: string | null;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: unknown;
  suggestions?: Array<{ desc: string }>;
}

/** Each problem as `file line:column-endLine:endColumn code [fix|suggestion]`. */
function summary(stdout: string, root: string): string[] {
  const results = JSON.parse(stdout) as Array<{ filePath: string; messages: Message[] }>;
  return results.flatMap((r) =>
    r.messages.map((m) => {
      const code = /\(([a-z-]+)\)$/.exec(m.message)?.[1] ?? m.message;
      const how = m.fix ? ' fix' : m.suggestions ? ' suggestion' : '';
      const file = r.filePath.slice(root.length + 1);
      return `${file} ${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${code}${how}`;
    }),
  );
}

const problems = [
  'docs/access.md 4:72-4:98 scheme-parsed-as-name fix',
  'docs/access.md 6:99-6:105 missing-trailing-slash fix',
  'docs/access.md 9:27-9:40 legacy-proxy-path fix',
  'src/monitoring-links.js 6:128-6:134 missing-trailing-slash fix',
  'src/prometheus.ts 7:52-7:65 scheme-parsed-as-name fix',
  'src/prometheus.ts 12:11-12:24 legacy-proxy-path suggestion',
];

let copy = '';

beforeAll(async () => {
  await assertBuilt(join(packageDir, 'dist', 'index.js'));
  await assertBuilt(join(packageDir, '..', 'apiserver-proxy-url', 'dist', 'index.js'));
});

afterAll(async () => {
  if (copy) await rm(copy, { recursive: true, force: true });
});

describe('eslint on a fixture project', () => {
  it('reports each wrong URL with its code, span and fix, and exits 1', async () => {
    const run = await runNode(eslintBin, ['--format', 'json', '.'], fixture);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(summary(run.stdout, fixture)).toEqual(problems);
  });

  it('prints the code in the message of its default format', async () => {
    const run = await runNode(eslintBin, ['docs/access.md'], fixture);
    expect(run.status).toBe(1);
    // Stylish pads the columns; the words are what a reader sees.
    expect(run.stdout).toMatch(
      /\n {2}6:99 {2}error {2}The API server answers GET and HEAD with a 301 to \/proxy\/\. \(missing-trailing-slash\) +apiserver-proxy-url\/valid-proxy-url\n/,
    );
    expect(run.stdout).toContain(
      '3 errors and 0 warnings potentially fixable with the `--fix` option.',
    );
  });

  it('--fix rewrites what it can in place, leaves the suggestion, and a second run finds only that', async () => {
    copy = await tempCopy(fixture, {
      'eslint-plugin-apiserver-proxy-url': packageDir,
      '@eslint/markdown': join(packageDir, 'node_modules', '@eslint', 'markdown'),
      '@typescript-eslint/parser': join(packageDir, 'node_modules', '@typescript-eslint', 'parser'),
    });
    const fixed = await runNode(eslintBin, ['--fix', '--format', 'json', '.'], copy);
    expect(fixed.stderr).toBe('');
    expect(fixed.status).toBe(1);
    expect(summary(fixed.stdout, copy)).toEqual([
      'src/prometheus.ts 12:11-12:24 legacy-proxy-path suggestion',
    ]);

    const read = (root: string, file: string) => readFile(join(root, file), 'utf8');
    const replace = (text: string, from: string, to: string) => {
      expect(text).toContain(from);
      return text.replace(from, to);
    };
    let md = await read(fixture, 'docs/access.md');
    md = replace(md, 'https:kubernetes-dashboard/proxy/', 'https:kubernetes-dashboard:/proxy/');
    md = replace(md, 'grafana:3000/proxy)', 'grafana:3000/proxy/)');
    md = replace(
      md,
      '/api/v1/proxy/namespaces/default/services/web/',
      '/api/v1/namespaces/default/services/web/proxy/',
    );
    expect(await read(copy, 'docs/access.md')).toBe(md);
    const js = replace(
      await read(fixture, 'src/monitoring-links.js'),
      'rancher-monitoring-grafana:80/proxy`',
      'rancher-monitoring-grafana:80/proxy/`',
    );
    expect(await read(copy, 'src/monitoring-links.js')).toBe(js);
    const ts = replace(
      await read(fixture, 'src/prometheus.ts'),
      'https:${name}/proxy/-/ready',
      'https:${name}:/proxy/-/ready',
    );
    expect(await read(copy, 'src/prometheus.ts')).toBe(ts);

    const again = await runNode(eslintBin, ['--format', 'json', '.'], copy);
    expect(summary(again.stdout, copy)).toEqual([
      'src/prometheus.ts 12:11-12:24 legacy-proxy-path suggestion',
    ]);
  });
});
