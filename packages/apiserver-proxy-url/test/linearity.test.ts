// Linear time on hostile input, at the sizes people paste by mistake (100 kB) and attackers send
// (1 MB): every shape where a scan could restart. A ratio, never a wall-clock time: linear growth
// is ×10, quadratic ×100; the bound (×60) leaves room for a noisy, shared machine.
import { describe, expect, it } from 'vitest';
import {
  applyFixes,
  lintText,
  type ProxyTargetInput,
  parseProxyUrl,
  safeBuildProxyUrl,
} from '../src/index.js';

function minTime(run: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 4; i++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** Each shape, given a filler length, makes one input. */
const shapes: Array<[string, (n: number) => string]> = [
  // The id's separators were found by a search from every character (4–13 s at 1 MB).
  ['an escape, then a long id', (n) => `/api/v1/namespaces/ns/services/%41${'a'.repeat(n)}/proxy/`],
  ['a long id of %3A', (n) => `/api/v1/nodes/${'a%3A'.repeat(n / 4)}/proxy/`],
  ['escaped route words', (n) => `/%61pi/v1/nodes/${'%61'.repeat(n / 3)}/proxy/`],
  ['%2F separators', (n) => `/api/v1/nodes/a/proxy/${'%2F'.repeat(n / 3)}`],
  ['dot segments', (n) => `/api/v1/nodes/a/proxy/${'a/./'.repeat(n / 4)}`],
  ['climbing dots', (n) => `/api/v1/nodes/a/proxy/${'../'.repeat(n / 3)}`],
  ['encoded climbing dots', (n) => `/api/v1/nodes/a/proxy/${'..%2F'.repeat(n / 5)}`],
  ['backslashes', (n) => `/api/v1/nodes/a/proxy/${'\\'.repeat(n)}`],
  ['api/v1 pairs', (n) => `/x${'/api/v1'.repeat(n / 7)}/nodes/a/proxy/`],
  ['api/v1 then names', (n) => `/%2e/api/v1${'/a'.repeat(n / 2)}`],
  ['tabs', (n) => `/api/v1/nodes/a/proxy/${'\t'.repeat(n)}x`],
  ['tabs and dots', (n) => `/api/v1/nodes/a/proxy/${'.\t./'.repeat(n / 4)}`],
  ['controls', (n) => `/api/v1/nodes/a/proxy/${'\u001b'.repeat(n)}`],
  ['a pasted command of many words', (n) => `curl ${'-k '.repeat(n / 3)}/api/v1/nodes/a/proxy/`],
  ['a command with no URL', (n) => `curl ${'x '.repeat(n / 2)}`],
  ['spaces', (n) => `/api/v1/nodes/a/proxy/${' '.repeat(n)}x`],
  ['//host with a long authority', (n) => `//${'a'.repeat(n)}/api/v1/nodes/a/proxy/`],
  ['host:port without a scheme', (n) => `${'1'.repeat(n)}:8001/api/v1/nodes/a/proxy/`],
  ['broken escapes in the base', (n) => `/${'%'.repeat(n)}/api/v1/nodes/a/proxy/`],
  ['query keys', (n) => `/api/v1/nodes/a/proxy/?${'dryRun&'.repeat(n / 7)}`],
  // The fast path (parse-common.ts): each of its regexes read to the end and then fail, so that
  // they give back what they read; and the id reader with many separators.
  ['a long plain base', (n) => `/${'a/'.repeat(n / 2)}api/v1/nodes/a/proxy/`],
  [
    'base segments that nearly read api/v1',
    (n) => `${'/api/v2'.repeat(n / 7)}/api/v1/nodes/a/proxy/`,
  ],
  ['a long host', (n) => `http://${'a.'.repeat(n / 2)}/api/v1/nodes/a/proxy/`],
  ['a long host, then no path', (n) => `http://${'a'.repeat(n)}:80`],
  ['a long plain path, then //', (n) => `/api/v1/nodes/a/proxy${'/a'.repeat(n / 2)}//`],
  ['plain escapes, then %2F', (n) => `/api/v1/nodes/a/proxy/${'%41'.repeat(n / 3)}%2F`],
  ['escapes with a bad one at the end', (n) => `/api/v1/nodes/a/proxy/${'a%4'.repeat(n / 3)}`],
  ['a long query, then a space', (n) => `/api/v1/nodes/a/proxy/?${'a'.repeat(n)} `],
  ['a long fragment, then a control', (n) => `/api/v1/nodes/a/proxy/#${'a'.repeat(n)}\u0001`],
  ['proxy shapes in the path, then %', (n) => `${'/api/v1/nodes/a/proxy'.repeat(n / 22)}/%`],
  ['an id of colons', (n) => `/api/v1/nodes/${':'.repeat(n)}/proxy/`],
  ['an id of a: pairs', (n) => `/api/v1/namespaces/ns/services/${'a:'.repeat(n / 2)}/proxy/`],
  ['a long id, then an upper-case letter', (n) => `/api/v1/nodes/${'a'.repeat(n)}A/proxy/`],
  // The cheap looks before the checks (one regex search each), and the name rule's walk over dots.
  ['a pod name of many labels', (n) => `/api/v1/namespaces/ns/pods/${'a.'.repeat(n / 2)}a/proxy/`],
  ['near /exec words', (n) => `/api/v1/namespaces/ns/pods/p/proxy${'/exe'.repeat(n / 4)}`],
  [
    'escapes that might decode to /exec',
    (n) => `/api/v1/namespaces/ns/pods/p/proxy/%41${'/e%41'.repeat(n / 5)}`,
  ],
  ['query keys that start like dryRun', (n) => `/api/v1/nodes/a/proxy/?${'&dr'.repeat(n / 3)}`],
  ['query keys that start like path', (n) => `/api/v1/nodes/a/proxy/?${'&p%41'.repeat(n / 5)}`],
];

describe('parse time grows linearly from 100 kB to 1 MB', () => {
  it.each(shapes)('%s', (_name, make) => {
    const small = make(100_000);
    const large = make(1_000_000);
    minTime(() => parseProxyUrl(small)); // warm up
    const ratio =
      minTime(() => parseProxyUrl(large)) /
      Math.max(
        minTime(() => parseProxyUrl(small)),
        0.05,
      );
    expect(ratio, `×${ratio.toFixed(1)} for ×10 input`).toBeLessThan(60);
  });
});

describe('build time grows linearly from 100 kB to 1 MB', () => {
  const path = (make: (n: number) => string) => (n: number) => ({
    namespace: 'ns',
    name: 'svc',
    path: make(n),
  });
  const inputs: Array<[string, (n: number) => ProxyTargetInput]> = [
    ['a path of encoded dots', path((n) => '..%2F'.repeat(n / 5))],
    ['a path of dot segments', path((n) => 'a/./'.repeat(n / 4))],
    ['a path of escapes', path((n) => '%41'.repeat(n / 3))],
    ['query keys that start like dryRun', (n) => ({ name: 'a', query: '&dr'.repeat(n / 3) })],
    ['a name of many labels', (n) => ({ resource: 'nodes', name: 'a.'.repeat(n / 2) })],
    ['a namespace of dashes', (n) => ({ namespace: `a${'-'.repeat(n)}`, name: 'a' })],
  ];
  it.each(inputs)('%s', (_name, make) => {
    const build = (n: number) => () => safeBuildProxyUrl(make(n));
    minTime(build(100_000));
    const ratio = minTime(build(1_000_000)) / Math.max(minTime(build(100_000)), 0.05);
    expect(ratio, `×${ratio.toFixed(1)} for ×10 input`).toBeLessThan(60);
  });
});

describe('lint time grows linearly from 100 kB to 1 MB', () => {
  const U = '/api/v1/nodes/a/proxy/';
  const texts: Array<[string, (n: number) => string]> = [
    ['URLs on one line', (n) => `${U} `.repeat(n / 23)],
    ['URLs on many lines', (n) => `${U}\n`.repeat(n / 23)],
    ['a long line before a URL', (n) => `${'a'.repeat(n)} ${U}`],
    ['a long run of URL characters before /proxy', (n) => `/api/v1/${'a/'.repeat(n / 2)}proxy/`],
    ['/proxy anchors that are no URL', (n) => '/proxy '.repeat(n / 7)],
    ['/proxy anchors in one run', (n) => `/api/v1${'/proxy'.repeat(n / 6)}`],
    ['unclosed {{', (n) => `${'{{a'.repeat(n / 3)}${U}`],
    ['unclosed ${', (n) => `${'${a'.repeat(n / 3)}${U}`],
    ['command substitutions holding URLs', (n) => `$(curl ${U}) `.repeat(n / 31)],
    ['unclosed $(', (n) => `${'$(('.repeat(n / 3)}${U}`],
    ['unclosed <', (n) => `${'<a'.repeat(n / 2)}${U}`],
    ['open brackets', (n) => `${'['.repeat(n)}${U}`],
    ['link texts', (n) => `${'[a]('.repeat(n / 4)}${U}`],
    ['code span joints', (n) => `\`${U}${'`*`a'.repeat(n / 4)}\``],
    ['HTML comments between URLs', (n) => `<!-- x -->${U}`.repeat(n / 32)],
    ['an unclosed comment', (n) => `<!--${U}`.repeat(n / 26)],
    ['placeholders', (n) => `/api/v1/namespaces/${'<a>'.repeat(n / 3)}/services/x/proxy/`],
    ['placeholder words', (n) => `/api/v1/namespaces/${'A_B-'.repeat(n / 4)}/services/x/proxy/`],
    ['fixable URLs', (n) => '/api/v1/namespaces/a/services/https:b/proxy\n'.repeat(n / 44)],
  ];
  it.each(texts)('%s', (_name, make) => {
    const run = (text: string) => () => applyFixes(text, lintText(text, { minSeverity: 'info' }));
    const small = make(100_000);
    const large = make(1_000_000);
    minTime(run(small));
    const ratio = minTime(run(large)) / Math.max(minTime(run(small)), 0.05);
    expect(ratio, `×${ratio.toFixed(1)} for ×10 input`).toBeLessThan(60);
  });
});
