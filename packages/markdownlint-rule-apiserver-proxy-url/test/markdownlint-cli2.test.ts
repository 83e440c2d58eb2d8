// The real markdownlint-cli2 on fixture docs, the rule named by its package name in the docs'
// .markdownlint-cli2.jsonc: its report, and --fix on a temporary copy (LF and CRLF).
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { lintText } from 'apiserver-proxy-url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { libraryFixed } from './fixed-point.js';
import { assertBuilt, packageDir, runNode, tempCopy } from './run.js';

const docs = join(packageDir, 'test', 'fixtures', 'docs');
const cli2 = join(packageDir, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');

/** Each problem of the default formatter's report as `file:line:column code`. */
const problems = (stderr: string): string[] =>
  stderr
    .split('\n')
    .filter((line) => line.includes(' apiserver-proxy-url '))
    .map((line) => {
      const [where] = line.split(' ');
      return `${where} ${/\(([a-z-]+)\)\] \[Context/.exec(line)?.[1]}`;
    });

const copies: string[] = [];

beforeAll(async () => {
  await assertBuilt(join(packageDir, 'dist', 'index.js'));
  await assertBuilt(join(packageDir, '..', 'apiserver-proxy-url', 'dist', 'index.js'));
});

afterAll(async () => {
  for (const dir of copies) await rm(dir, { recursive: true, force: true });
});

describe('markdownlint-cli2 on fixture docs', () => {
  it('reports every finding of lintText, with its code and URL, and exits 1', async () => {
    const run = await runNode(cli2, ['guide.md'], docs);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Summary: 9 error(s)');
    const text = await readFile(join(docs, 'guide.md'), 'utf8');
    expect(problems(run.stderr)).toEqual(
      lintText(text).map((f) => `guide.md:${f.line}:${f.column} ${f.code}`),
    );
    expect(run.stderr).toContain(
      'guide.md:6:99 error apiserver-proxy-url Kubernetes API server proxy URLs as the API server reads them [The API server answers GET and HEAD with a 301 to /proxy/. (missing-trailing-slash)] [Context: "http://localhost:8001/api/v1/namespaces/monitoring/services/grafana:3000/proxy"]',
    );
  });

  it("--fix writes the library's fixes, keeps CRLF, and leaves what has no fix", async () => {
    const copy = await tempCopy(docs, { 'markdownlint-rule-apiserver-proxy-url': packageDir });
    copies.push(copy);
    const lf = await readFile(join(docs, 'guide.md'), 'utf8');
    await writeFile(join(copy, 'crlf.md'), lf.replace(/\n/g, '\r\n'));

    const run = await runNode(cli2, ['--fix', 'guide.md', 'crlf.md'], copy);
    // What is left: the named pod port, which has no fix.
    expect(problems(run.stderr)).toEqual([
      'crlf.md:29:60 named-pod-port',
      'guide.md:29:60 named-pod-port',
    ]);
    expect(run.status).toBe(1);

    const fixed = await readFile(join(copy, 'guide.md'), 'utf8');
    expect(fixed).toBe(libraryFixed(lf));
    expect(await readFile(join(copy, 'crlf.md'), 'utf8')).toBe(fixed.replace(/\n/g, '\r\n'));
    // The fixes, one by one, as a reader checks them.
    for (const part of [
      'services/https:kubernetes-dashboard:/proxy/>',
      '(http://localhost:8001/api/v1/namespaces/monitoring/services/grafana:3000/proxy/)',
      '[/api/v1/namespaces/logging/services/https:kibana:/proxy/](/api/v1/namespaces/logging/services/https:kibana:/proxy/)',
      '`/api/v1/namespaces/<namespace>/services/https:<service-name>:/proxy/`',
      'curl http://localhost:8001/api/v1/namespaces/default/services/web/proxy/\n',
      'kubectl get --raw /api/v1/namespaces/default/services/https:web:/proxy/\n',
      '`https://`_`master`_`/api/v1/',
      'services/kube-dns:dns/proxy\n',
    ]) {
      expect(fixed).toContain(part);
    }

    const again = await runNode(cli2, ['guide.md'], copy);
    expect(problems(again.stderr)).toEqual(['guide.md:29:60 named-pod-port']);
  });
});
