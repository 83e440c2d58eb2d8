// The common-case fast path (src/parse-common.ts) must give exactly what the full parser gives,
// compared as JSON (key order included), on every input it takes: every URL the test suite parses,
// typical URLs, and generated variants of them. It may decline any input (the full parser then
// reads it), but it must not decline the plain URLs it exists for.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseText } from '../src/parse.js';
import { parseCommon } from '../src/parse-common.js';
import { assembledString, canonicalUrl, mutate, percentHeavy } from './arbitraries.js';
import { routeUrlArb } from './route-arbitraries.js';

/** Whether the fast path, when it takes `input`, agrees with the full parser. */
function expectSame(input: string): boolean {
  const fast = parseCommon(input);
  if (fast === undefined) return false;
  expect(JSON.stringify(fast), input).toBe(JSON.stringify(parseText(input)));
  return true;
}

/** Typical URLs, each of which the fast path must take. */
const typical: ReadonlyArray<{ url: string; note: string }> = [
  {
    url: 'http://104.197.5.247/api/v1/namespaces/kube-system/services/elasticsearch-logging/proxy/_search?q=user:kimchy',
    note: 'the Kubernetes docs example (insecure base, empty port)',
  },
  {
    url: 'http://localhost:8001/api/v1/namespaces/kubernetes-dashboard/services/https:kubernetes-dashboard:/proxy/',
    note: 'kubectl proxy to the dashboard',
  },
  {
    url: '/api/v1/namespaces/default/pods/web-7d9c5b8f6-x2k4p:8080/proxy/metrics',
    note: 'a pod',
  },
  { url: '/api/v1/nodes/ip-10-0-1-23.ec2.internal:10250/proxy/stats/summary', note: 'a node' },
  { url: '/api/v1/nodes/https:worker-2:10250/proxy/', note: 'node scheme ignored' },
  { url: '/api/v1/namespaces/ns/services/svc:443/proxy/', note: 'scheme-port mismatch' },
  { url: '/api/v1/namespaces/ns/services/svc:/proxy/', note: 'redundant colon' },
  { url: '/api/v1/namespaces/ns/services/:svc:80/proxy/', note: 'redundant empty scheme' },
  { url: '/api/v1/namespaces/ns/services/https:svc/proxy/', note: 'scheme parsed as name' },
  { url: '/api/v1/namespaces/ns/services/ftp:svc:80/proxy/', note: 'invalid scheme' },
  { url: '/api/v1/namespaces/ns/services/a:b:c:d/proxy/', note: 'four parts' },
  { url: '/api/v1/namespaces/ns/services/svc:0443/proxy/', note: 'leading zero' },
  { url: '/api/v1/namespaces/ns/services/9svc/proxy/', note: 'leading digit' },
  { url: '/api/v1/namespaces/ns/pods/web:http/proxy/', note: 'named pod port' },
  { url: '/api/v1/namespaces/ns/services/svc/proxy', note: 'no trailing slash' },
  { url: '/api/v1/namespaces/ns/services/svc/proxy?dryRun=All', note: 'dryRun' },
  { url: '/api/v1/namespaces/ns/services/svc/proxy/?a=1&%70ath=x', note: 'escaped path key' },
  { url: '/api/v1/namespaces/ns/pods/web/proxy/exec', note: 'kubectl proxy rejects exec' },
  { url: 'http://127.0.0.2:8001/api/v1/nodes/n/proxy/', note: 'kubectl proxy rejects the host' },
  { url: 'https://rancher.example/k8s/clusters/c-1/api/v1/nodes/n/proxy/%23!/x', note: 'escape' },
  { url: '/api/v1/namespaces/ns/services/svc/proxy/a%20b/c.html#top', note: 'space escape, dot' },
  { url: `/api/v1/namespaces/${'a'.repeat(64)}/services/svc/proxy/`, note: 'namespace too long' },
  {
    url: 'https://api/v1/api/v1/namespaces/ns/services/svc/proxy/',
    note: 'a host that reads api, then /v1 (a fast-check find: the search must start at the path)',
  },
];

/** Declined: each needs something only the full parser does. */
const declined: readonly string[] = [
  ' /api/v1/nodes/n/proxy/',
  '/api/v1/nodes/n/proxy/ ',
  '/api/v1/nodes/n/proxy/a b',
  '/api/v1/nodes/n/proxy/a\tb',
  '//host/api/v1/nodes/n/proxy/',
  'localhost:8001/api/v1/nodes/n/proxy/',
  'HTTP://h/api/v1/nodes/n/proxy/',
  'http://user@h/api/v1/nodes/n/proxy/',
  'ftp://h/api/v1/nodes/n/proxy/',
  'http://api/v1/nodes/n/proxy/',
  '/x//api/v1/nodes/n/proxy/',
  '/./api/v1/nodes/n/proxy/',
  '/api/v1/nodes/n/proxy//a',
  '/api/v1/nodes/n/proxy/./a',
  '/api/v1/nodes/n/proxy/a/..',
  '/api/v1/nodes/n/proxy/%2e%2e/',
  '/api/v1/nodes/n/proxy/%2F',
  '/api/v1/nodes/n/proxy/%3f',
  '/api/v1/nodes/n/proxy/%5C',
  '/api/v1/nodes/n/proxy/%',
  '/api/v1/nodes/n/proxy/%4',
  '/api/v1/nodes/n/proxy/a\\b',
  '/api/v1/nodes/n%3A80/proxy/',
  '/api/v1/nodes/N/proxy/',
  '/api/v1/proxy/nodes/n/',
  '/api/v1/namespaces/ns/services/svc/proxyx',
  '/api/v1/namespaces/ns/secrets/x/proxy/',
  '/api/v1/namespaces/ns/services/svc/proxy/é',
];

describe('the fast path takes typical URLs, with the full parser’s result', () => {
  it.each(typical)('$note: $url', ({ url }) => {
    expect(expectSame(url)).toBe(true);
  });
});

describe('the fast path declines what only the full parser reads', () => {
  it.each(declined)('%j', (url) => {
    expect(parseCommon(url)).toBeUndefined();
  });
});

/**
 * Every string literal in the test suite that holds `/api/v1/`: the URLs the suite parses. Read
 * from the files, so that new tests add inputs here too.
 */
function suiteUrls(): string[] {
  const here = import.meta.dirname;
  const found = new Set<string>();
  const literal = /'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\$]|\\.|\$(?!\{))*)`/g;
  for (const file of readdirSync(here)) {
    if (!file.endsWith('.ts')) continue;
    for (const m of readFileSync(join(here, file), 'utf8').matchAll(literal)) {
      const raw = m[1] ?? m[2] ?? m[3] ?? '';
      if (!raw.includes('/api/v1/')) continue;
      try {
        // The literal's value, escapes and all.
        found.add(JSON.parse(`"${raw.replace(/\\'/g, "'").replace(/"/g, '\\"')}"`));
      } catch {
        found.add(raw);
      }
    }
  }
  return [...found];
}

describe('on every URL the test suite parses', () => {
  const urls = suiteUrls();

  it('agrees with the full parser wherever it takes one', () => {
    let taken = 0;
    for (const url of urls) if (expectSame(url)) taken++;
    // The suite holds about 300 URLs, most of them about unusual input; the fast path takes the
    // plain ones, and must stay in use.
    expect(urls.length).toBeGreaterThan(200);
    expect(taken).toBeGreaterThan(50);
  });

  it('agrees on variants of them (inserted pieces, deleted characters)', () => {
    fc.assert(
      fc.property(mutate(fc.constantFrom(...urls)), (url) => {
        expectSame(url);
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('on generated URLs', () => {
  it.each([
    ['canonical URLs', canonicalUrl],
    ['canonical URLs, edited', mutate(canonicalUrl)],
    ['routing cases', routeUrlArb],
    ['assembled pieces', assembledString.map((s) => `/api/v1/namespaces/ns/services/${s}`)],
    ['escapes', percentHeavy.map((s) => `${s}/services/svc/proxy/${s}`)],
  ] as const)('%s', (_name, arb) => {
    fc.assert(
      fc.property(arb as fc.Arbitrary<string>, (url) => {
        expectSame(url);
      }),
      { numRuns: 5_000 },
    );
  });

  it('takes most canonical URLs', () => {
    const sample = fc.sample(canonicalUrl, { numRuns: 1000, seed: 1 });
    const taken = sample.filter((url) => parseCommon(url) !== undefined).length;
    expect(taken).toBeGreaterThan(400);
  });
});
