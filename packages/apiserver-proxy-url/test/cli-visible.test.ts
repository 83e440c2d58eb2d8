// No input reaches the terminal as a control character: every human output of the command line
// (reports, fixes, build output and refusals, cluster-info, usage and I/O errors) shows C0, DEL and
// C1 controls as `\xNN` escapes (visible() in cli/format.ts); --json stays the exact value.
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClusterInfoLines } from '../src/cli/cluster-info.js';
import { json, visible } from '../src/cli/format.js';
import { parseClusterInfo, parseProxyUrl } from '../src/index.js';
import { assertBuilt, cli } from './run-cli.js';

/** The first control character other than the newline: what must never reach the terminal. */
function firstControl(text: string): number | null {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x0a) || (c >= 0x7f && c <= 0x9f)) return c;
  }
  return null;
}

function expectNoControl(text: string, why: string): void {
  const c = firstControl(text);
  expect(c, `${why}: U+${c?.toString(16)} in ${JSON.stringify(text)}`).toBeNull();
}

/** Our own colour codes (ESC [ digits m), the only escapes the command may print itself. */
const SGR = new RegExp(`${String.fromCharCode(27)}\\[\\d+m`, 'g');

const ESC = '\u001b';
const CSI = '\u009b';
const BEL = '\u0007';
const DEL = '\u007f';

let dir: string;

beforeAll(async () => {
  await assertBuilt();
  dir = await mkdtemp(join(tmpdir(), 'apiserver-proxy-url-cli-visible-'));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('visible()', () => {
  it('writes each C0, DEL and C1 control as a lower-case \\x escape, and nothing else', () => {
    for (let c = 0; c < 0x100; c++) {
      const ch = String.fromCharCode(c);
      const control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
      expect(visible(ch)).toBe(control ? `\\x${c.toString(16).padStart(2, '0')}` : ch);
    }
    expect(visible(`a${ESC}]0;pwned${BEL}\t${CSI}2J${DEL}\n한국어`)).toBe(
      'a\\x1b]0;pwned\\x07\\x09\\x9b2J\\x7f\\x0a한국어',
    );
  });

  it('leaves text without controls as it is, and changes nothing the second time', () => {
    const plain = 'https://h/api/v1/namespaces/ns/services/svc/proxy/%1B?q=é#한';
    expect(visible(plain)).toBe(plain);
    const once = visible(`${ESC}[2J${CSI}x${DEL}`);
    expect(visible(once)).toBe(once);
    expectNoControl(once, 'visible');
  });
});

describe('json()', () => {
  it('is JSON.stringify(value, null, 2) with every control escaped, parsing back to the value', () => {
    let all = '';
    for (let c = 0; c < 0x100; c++) all += String.fromCharCode(c);
    const value = { all, list: [all, 1, null], nested: { [`k${CSI}`]: `v${DEL}` } };
    const text = json(value);
    expectNoControl(text, 'json');
    expect(JSON.parse(text)).toEqual(value);
    const plain = { a: 'b', c: [1, { d: 'é한' }] };
    expect(json(plain)).toBe(JSON.stringify(plain, null, 2));
  });
});

describe('ClusterInfoLines', () => {
  const text =
    'Kubernetes control plane is running at https://h:6443\r\n' +
    `kube-dns is running at https://h/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy\r\n` +
    'ingress is running at http://10.0.0.9:80 http://10.0.0.9:443 \n\n' +
    `${ESC}[0;32mbad${ESC}[0m is running at ${ESC}[0;33mhttps://h/api/v1/namespaces/ns/services/a:b:c/proxy${ESC}[0m\n` +
    'noise\n' +
    '한국어 is running at /api/v1/nodes/n/proxy/';

  it('gives the entries of parseClusterInfo, however the text is cut into chunks', () => {
    const whole = parseClusterInfo(text);
    expect(whole.length).toBe(6);
    for (let cut = 0; cut <= text.length; cut++) {
      for (const second of [cut, Math.min(text.length, cut + 1), Math.min(text.length, cut + 57)]) {
        const lines = new ClusterInfoLines();
        const entries = [
          ...lines.push(text.slice(0, cut)),
          ...lines.push(text.slice(cut, second)),
          ...lines.push(text.slice(second)),
          ...lines.end(),
        ];
        expect(entries).toEqual(whole);
      }
    }
  });
});

interface ParseCase {
  why: string;
  url: string;
  /** What the report must show. */
  shows: string[];
}

const parseCases: ParseCase[] = [
  {
    why: 'a namespace that decodes to an OSC title and a clear-screen',
    url: '/api/v1/namespaces/%1B%5D0%3Bpwned%07%1B%5B2J/services/svc/proxy/',
    shows: ['\\x1b]0;pwned\\x07\\x1b[2J'],
  },
  {
    why: 'raw controls in the base, name, path, query and fragment',
    url: `https://h${CSI}/api/v1/namespaces/ns/services/s${ESC}vc/proxy/p${ESC}[2J${DEL}?q=${CSI}1m#f${BEL}x`,
    shows: ['https://h\\x9b/', 's\\x1bvc', 'p\\x1b[2J\\x7f', 'q=\\x9b1m', 'f\\x07x'],
  },
  {
    why: 'a namespace and a name that decode to C1 controls',
    url: 'https://h/api/v1/namespaces/%C2%9B2J/services/s%C2%9Dvc/proxy/?q=%1B%5B2J',
    shows: ['  namespace  \\x9b2J  (written %C2%9B2J)\n'],
  },
  {
    why: 'a tab before and controls in a fix',
    url: `\thttp://h/api/v1/namespaces/ns/services/svc/proxy/${ESC}]0;x${BEL}`,
    shows: ['\\x09http://h/', 'fix: ', '\\x1b]0;x\\x07'],
  },
];

describe('parse', () => {
  it.each(parseCases)('shows controls as escapes: $why', async ({ url, shows }) => {
    const { code, stdout, stderr } = await cli(['parse', url]);
    expect(code).toBe(parseProxyUrl(url).ok ? 0 : 1);
    expect(stderr).toBe('');
    expectNoControl(stdout, 'parse report');
    for (const s of shows) expect(stdout).toContain(s);
    // The input line is the input made visible; each caret line is aligned with it.
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(visible(url));
    for (const d of parseProxyUrl(url).diagnostics) {
      const head = lines.findIndex((l) => l.startsWith(`${d.severity} ${d.code}: `));
      expect(head, d.code).toBeGreaterThan(0);
      expect(lines[head + 1]).toBe(`  ${visible(url)}`);
      const carets = lines[head + 2] ?? '';
      const from = visible(url.slice(0, d.start)).length;
      const to = visible(url.slice(0, Math.max(d.start, d.end))).length;
      expect(carets).toBe(`  ${' '.repeat(from)}${'^'.repeat(Math.max(1, to - from))}`);
      if (d.fix !== undefined) expect(lines[head + 3]).toBe(`  fix: ${visible(d.fix)}`);
    }
  });

  it.each(parseCases)('colours around the escapes, not inside them: $why', async ({ url }) => {
    const path = process.env.PATH ?? '';
    const forced = await cli(['parse', url], { env: { PATH: path, FORCE_COLOR: '1' } });
    const plain = await cli(['parse', url]);
    expect(forced.stdout).toMatch(SGR);
    const uncoloured = forced.stdout.replace(SGR, '');
    expectNoControl(uncoloured, 'coloured parse report');
    expect(uncoloured).toBe(plain.stdout);
  });

  it.each(parseCases)('--json stays the exact result: $why', async ({ url }) => {
    const { stdout } = await cli(['parse', '--json', url]);
    expectNoControl(stdout, 'parse --json');
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(parseProxyUrl(url))));
  });
});

describe('build', () => {
  it.each([
    ['a name', ['--service', `s${ESC}vc`, '--namespace', 'ns']],
    ['a namespace', ['--service', 'svc', '--namespace', `n${CSI}s`]],
    ['a base', ['--base', `http://h${ESC}[2J`, '--service', 'svc', '--namespace', 'ns']],
    ['a base path', ['--base', `http://h/x${CSI}y`, '--service', 'svc', '--namespace', 'ns']],
    ['a Service port', ['--service', 'svc', '--namespace', 'ns', '--port', `p${ESC}t`]],
    ['a pod port', ['--pod', 'p', '--namespace', 'ns', '--port', `h${ESC}t`]],
    [
      'the path, query and fragment',
      [
        ...['--service', 'svc', '--namespace', 'ns', '--path', `a${ESC}[2J${DEL}b`],
        ...['--query', `q=${ESC}`, '--fragment', `f${CSI}`],
      ],
    ],
  ])('prints no control, built or refused: %s', async (_why, args) => {
    for (const env of [
      { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
      { PATH: process.env.PATH ?? '', FORCE_COLOR: '1' },
    ]) {
      const { code, stdout, stderr } = await cli(['build', ...args], { env });
      expect([0, 1]).toContain(code);
      expectNoControl(stdout, 'build stdout');
      expectNoControl(stderr.replace(SGR, ''), 'build stderr');
    }
  });
});

describe('cluster-info', () => {
  // parseClusterInfo drops ESC (kubectl's colours) and splits links at C0 controls: C1 controls,
  // DEL, C0 inside a name and decoded parts remain.
  const text =
    `na${BEL}me${CSI} is running at https://h${CSI}/api/v1/namespaces/%1B%5D0%3Bt%07/services/s${DEL}vc/proxy/${DEL}\n` +
    `lb${ESC}]0;t${BEL}x is running at http://10.0.0.9:80${CSI}2J\n` +
    'fine is running at https://h/api/v1/namespaces/ns/services/svc/proxy/%1B%5B2J\n';

  it('shows the controls of names, links, parts and fixes as escapes', async () => {
    const result = await cli(['cluster-info'], { input: text });
    expect([0, 1]).toContain(result.code);
    expectNoControl(result.stdout, 'cluster-info report');
    const entries = parseClusterInfo(text);
    expect(entries.length).toBe(3);
    for (const e of entries)
      expect(result.stdout).toContain(`${visible(e.name)}\n  ${visible(e.url)}\n`);
    for (const shown of [
      'na\\x07me\\x9b\n',
      '  https://h\\x9b/api/v1/namespaces/%1B%5D0%3Bt%07/services/s\\x7fvc/proxy/\\x7f\n',
      '    namespace  \\x1b]0;t\\x07  (written %1B%5D0%3Bt%07)\n',
      '  http://10.0.0.9:80\\x9b2J\n',
    ]) {
      expect(result.stdout).toContain(shown);
    }
    const forced = await cli(['cluster-info'], {
      input: text,
      env: { PATH: process.env.PATH ?? '', FORCE_COLOR: '1' },
    });
    expect(forced.stdout).toMatch(SGR);
    expect(forced.stdout.replace(SGR, '')).toBe(result.stdout);
  });

  it('--json stays the exact parseClusterInfo array', async () => {
    const result = await cli(['cluster-info', '--json'], { input: text });
    expectNoControl(result.stdout, 'cluster-info --json');
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(JSON.stringify(parseClusterInfo(text))));
  });

  it('shows a file name it cannot read with escapes', async () => {
    const file = join(dir, `missing${ESC}]0;pwned${BEL}${CSI}.txt`);
    const result = await cli(['cluster-info', file]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expectNoControl(result.stderr, 'cannot read');
    expect(result.stderr).toContain(`missing\\x1b]0;pwned\\x07\\x9b.txt: ENOENT`);
  });

  it('reads a file whose name has controls', async () => {
    const file = join(dir, `in${ESC}put.txt`);
    await writeFile(file, 'fine is running at https://h/api/v1/nodes/n/proxy/\n');
    const result = await cli(['cluster-info', file]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.endsWith('1 link: 1 proxy URL (0 with errors), 0 other links\n')).toBe(
      true,
    );
  });
});

describe('usage errors echo arguments with escapes', () => {
  it.each([
    ['an unknown flag of parse', ['parse', `--f${ESC}o`, '/a'], 'unknown option --f\\x1bo'],
    ['an unknown flag of build', ['build', `--x${CSI}2J`], 'unknown option --x\\x9b2J'],
    [
      'an unknown flag of cluster-info',
      ['cluster-info', `--${ESC}]0;t${BEL}`],
      'unknown option --\\x1b]0;t\\x07',
    ],
    ['a short flag', ['parse', `-${CSI}`], 'unknown option -\\x9b'],
    ['an unknown command', [`fro${CSI}b${DEL}`], 'fro\\x9bb\\x7f'],
    ['an argument to build', ['build', `x${ESC}[2J`], 'build takes no argument: x\\x1b[2J'],
    [
      'a scheme',
      ['build', '--service', 's', '--namespace', 'ns', '--scheme', `h${CSI}`],
      'not "h\\x9b"',
    ],
  ])('%s', async (_why, args, shown) => {
    const result = await cli(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expectNoControl(result.stderr, 'usage error');
    expect(result.stderr).toContain(shown);
  });
});

describe('lint shows file names, URLs, messages and fixes with escapes', () => {
  const NAME = `notes${ESC}]0;pwned${BEL}${CSI}2J.md`;
  // A legacy URL (so that it has a fix), C1 controls and DEL after it (findProxyUrls ends it there).
  const TEXT = `Open /api/v1/proxy/namespaces/ns/services/s${CSI}2J${DEL}vc/x\n`;

  it.each([
    ['text', []],
    ['github', ['--format', 'github']],
    ['text --fix', ['--fix']],
    ['text, infos', ['--min-severity', 'info']],
  ])('%s', async (_why, args) => {
    const folder = await mkdtemp(join(dir, 'lint-'));
    await writeFile(join(folder, NAME), TEXT);
    const result = await cli(['lint', ...args, folder]);
    expect(result.stdout).toContain('notes\\x1b]0;pwned\\x07\\x9b2J.md');
    expectNoControl(result.stdout, 'lint report');
    expectNoControl(result.stderr, 'lint stderr');
  });

  it('--format json keeps the exact values, escaped as JSON', async () => {
    const folder = await mkdtemp(join(dir, 'lint-'));
    await writeFile(join(folder, NAME), TEXT);
    const result = await cli(['lint', '--format', 'json', folder]);
    expectNoControl(result.stdout, 'lint JSON');
    const [first] = JSON.parse(result.stdout);
    expect(first.file).toBe(join(folder, NAME));
    expect(first.url).toBe('/api/v1/proxy/namespaces/ns/services/s');
  });

  it('a file it cannot read', async () => {
    const folder = await mkdtemp(join(dir, 'lint-'));
    await symlink('nowhere', join(folder, NAME));
    const result = await cli(['lint', folder]);
    expect(result.code).toBe(2);
    expectNoControl(result.stderr, 'lint read error');
    expect(result.stderr).toContain('cannot read ');
  });
});
