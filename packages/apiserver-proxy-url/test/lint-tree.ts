// The fixture tree of the `lint` tests (test/fixtures/lint): a docs folder, a Helm chart, a script,
// a Go source and a binary file, copied fresh for each test that changes it, and what the library
// finds in it, so that the command's output can be checked against lintText file by file.
import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type LintFinding, type LintOptions, lintText } from '../src/index.js';

export const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'lint');

/** The text files of the fixture in the order lint reads them (assets/logo.png is binary). */
export const TEXT_FILES = [
  'README.md',
  'charts/kube-ops-view/templates/NOTES.txt',
  'charts/kube-ops-view/values.yaml',
  'docs/access-services.md',
  'docs/dashboard-faq.md',
  'scripts/open-grafana.sh',
  'src/links.go',
];

/** A fresh copy of the fixture tree in a new temporary folder; returns the copy's path. */
export async function copyTree(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'apiserver-proxy-url-lint-'));
  const root = join(dir, 'tree');
  await cp(FIXTURE, root, { recursive: true });
  return root;
}

/** A finding with the file it is in, as the command names it. */
export interface Found {
  file: string;
  finding: LintFinding;
}

/** What lintText finds in each text file under `root`, each named `prefix` + its relative path. */
export async function libraryFindings(
  root: string,
  prefix: string,
  options: LintOptions = {},
): Promise<Found[]> {
  const found: Found[] = [];
  for (const file of TEXT_FILES) {
    const text = await readFile(join(root, file), 'utf8');
    for (const finding of lintText(text, options)) found.push({ file: prefix + file, finding });
  }
  return found;
}
