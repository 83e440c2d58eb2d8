// Benchmark: parseProxyUrl and buildProxyUrl against `new URL(u, 'http://h')` (and a bare regex), on
// the mix (2,000 realistic proxy URLs from realistic-inputs.js: services, pods and nodes, six bases,
// ports, paths, queries; each a flat string, each timed once per round) and on four typical URLs
// (each as 2,000 flat copies); bytes allocated per call; and parse time on hostile input (is it
// linear?). Informative only: it never fails on timings, because the machines it runs on are noisy.
//
//   pnpm build && node packages/apiserver-proxy-url/bench/parse-build.bench.js [--json] [--rounds N]
//     [--no-hostile]   (skip the hostile inputs, e.g. to profile only the 2,000 URLs with --cpu-prof)
//
// The functions are timed interleaved in one process: each round times every function over all the
// inputs (in an order that rotates from round to round), and the ratios are medians of per-round
// ratios, so that drift in machine load hits numerator and denominator alike.

import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { buildProxyUrl, parseProxyUrl } from '../dist/index.js';
import { realisticInputs } from './realistic-inputs.js';

const argv = process.argv.slice(2);
const json = argv.includes('--json');
const skipHostile = argv.includes('--no-hostile');
const roundsFlag = argv.indexOf('--rounds');
const ROUNDS = roundsFlag >= 0 ? Math.max(3, Number(argv[roundsFlag + 1]) || 0) : 40;
const WARMUP_ROUNDS = 8;
const COUNT = 2000;

/** Targets from the contract (issue "Speed, re-based on measurement"): ratios to `new URL`. */
const TARGETS = { parse: 1.1, build: 0.6 };

const mix = realisticInputs(COUNT);

/** The four typical URLs: the docs example, a `kubectl proxy` URL, a pod, a node. */
const TYPICAL = {
  'docs example':
    'http://104.197.5.247/api/v1/namespaces/kube-system/services/elasticsearch-logging/proxy/_search?q=user:kimchy',
  'kubectl proxy':
    'http://localhost:8001/api/v1/namespaces/kubernetes-dashboard/services/https:kubernetes-dashboard:/proxy/',
  pod: '/api/v1/namespaces/default/pods/web-7d9c5b8f6-x2k4p:8080/proxy/metrics',
  node: '/api/v1/nodes/ip-10-0-1-23.ec2.internal:10250/proxy/stats/summary',
};

/**
 * `COUNT` flat copies of one URL (distinct strings, as if each came from its own request), and the
 * builder's input for it.
 * @param {string} url
 */
function typicalInputs(url) {
  const target = /** @type {import('../dist/index.js').ProxyTarget} */ (parseProxyUrl(url).target);
  /** @type {import('../dist/index.js').ProxyTargetInput} */
  const input = { ...target };
  if (target.resource === 'nodes') delete input.namespace;
  const urls = Array.from({ length: COUNT }, () => url.split('').join(''));
  const targets = Array.from({ length: COUNT }, () => ({ ...input }));
  return { urls, targets };
}

// ---------------------------------------------------------------------------------------------
// The contenders. Each returns a number derived from every result, so V8 cannot drop the work.

/** The baseline: a bare anchored regex that extracts the fields and checks nothing. */
const BARE =
  /^(.*?)\/api\/v1\/(?:namespaces\/([^/]*)\/(services|pods)|nodes)\/([^/]*)\/proxy([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/;

/**
 * @param {string[]} urls
 * @param {import('../dist/index.js').ProxyTargetInput[]} targets
 * @returns {Record<'parse' | 'url' | 'build' | 'regex', () => number>}
 */
const contendersFor = (urls, targets) => ({
  parse() {
    let sink = 0;
    for (let i = 0; i < urls.length; i++) {
      const r = parseProxyUrl(/** @type {string} */ (urls[i]));
      sink += r.diagnostics.length + (r.ok ? 1 : 0) + (r.target ? r.target.name.length : 0);
    }
    return sink;
  },
  url() {
    let sink = 0;
    for (let i = 0; i < urls.length; i++) {
      const u = new URL(/** @type {string} */ (urls[i]), 'http://h');
      sink += u.pathname.length + u.search.length + u.hash.length;
    }
    return sink;
  },
  build() {
    let sink = 0;
    for (let i = 0; i < targets.length; i++) {
      sink += buildProxyUrl(
        /** @type {import('../dist/index.js').ProxyTargetInput} */ (targets[i]),
      ).length;
    }
    return sink;
  },
  regex() {
    let sink = 0;
    for (let i = 0; i < urls.length; i++) {
      const m = BARE.exec(/** @type {string} */ (urls[i]));
      if (m) sink += (m[4] ?? '').length + (m[5] ?? '').length + (m[2] ? 1 : 0);
    }
    return sink;
  },
});

// Sanity: every built URL parses back ok, and the regex sees every one of them.
let parsedOk = 0;
let regexMatched = 0;
for (const u of mix.urls) {
  if (parseProxyUrl(u).ok) parsedOk++;
  if (BARE.test(u)) regexMatched++;
}

// ---------------------------------------------------------------------------------------------
// Timing

/** @param {number[]} xs */
function median(xs) {
  const s = Float64Array.from(xs).sort();
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

let globalSink = 0;

/**
 * Nanoseconds for one call of `fn`.
 * @param {() => number} fn
 */
function time(fn) {
  const t0 = process.hrtime.bigint();
  globalSink += fn();
  return Number(process.hrtime.bigint() - t0);
}

/**
 * Median ns per input of each contender, and the medians of per-round ratios to `new URL`.
 * @param {string[]} urls
 * @param {import('../dist/index.js').ProxyTargetInput[]} targets
 * @param {number} rounds
 */
function measure(urls, targets, rounds) {
  const contenders = contendersFor(urls, targets);
  const names = /** @type {(keyof typeof contenders)[]} */ (Object.keys(contenders));
  for (let r = 0; r < WARMUP_ROUNDS; r++) for (const name of names) time(contenders[name]);
  /** @type {Record<string, number[]>} ns per input, one entry per round */
  const perUrl = Object.fromEntries(names.map((n) => [n, []]));
  /** @type {Record<string, number[]>} */
  const ratios = { parse: [], build: [], regex: [] };
  for (let r = 0; r < rounds; r++) {
    /** @type {Record<string, number>} */
    const round = {};
    for (let k = 0; k < names.length; k++) {
      const name = /** @type {keyof typeof contenders} */ (names[(r + k) % names.length]);
      round[name] = time(contenders[name]) / urls.length;
    }
    for (const name of names) perUrl[name]?.push(/** @type {number} */ (round[name]));
    for (const name of ['parse', 'build', 'regex']) {
      ratios[name]?.push(/** @type {number} */ (round[name]) / /** @type {number} */ (round.url));
    }
  }
  return {
    nsPerCall: Object.fromEntries(names.map((n) => [n, median(perUrl[n] ?? [])])),
    parseToUrl: median(ratios.parse ?? []),
    buildToUrl: median(ratios.build ?? []),
    regexToUrl: median(ratios.regex ?? []),
  };
}

const mixResult = measure(mix.urls, mix.targets, ROUNDS);
const typicalResults = Object.fromEntries(
  Object.entries(TYPICAL).map(([name, url]) => {
    const { urls, targets } = typicalInputs(url);
    return [name, measure(urls, targets, Math.max(3, ROUNDS >> 1))];
  }),
);

// ---------------------------------------------------------------------------------------------
// Allocations: heap bytes per call, between two full collections (batches small enough that no
// young-generation collection runs inside one, which would hide what it frees). The inputs run once
// before counting, so that compiled code and inline caches are not counted as the calls' garbage,
// and the figure is the median batch: one batch that still compiles or collects cannot move it.

setFlagsFromString('--expose-gc');
const gc = /** @type {() => void} */ (runInNewContext('gc'));

/**
 * @template T
 * @param {T[]} inputs
 * @param {(x: T) => unknown} fn
 */
function bytesPerCall(inputs, fn) {
  const BATCH = 100;
  for (const input of inputs) fn(input);
  /** @type {number[]} */
  const perCall = [];
  /** @type {unknown[]} results kept alive, so that the batch's garbage is all still counted */
  const keep = new Array(BATCH);
  for (let from = 0; from < inputs.length; from += BATCH) {
    const count = Math.min(BATCH, inputs.length - from);
    gc();
    const before = getHeapStatistics().used_heap_size;
    for (let i = 0; i < count; i++) keep[i] = fn(/** @type {T} */ (inputs[from + i]));
    perCall.push((getHeapStatistics().used_heap_size - before) / count);
  }
  return median(perCall);
}

/**
 * @param {string[]} urls
 * @param {import('../dist/index.js').ProxyTargetInput[]} targets
 */
const allocations = (urls, targets) => ({
  parse: bytesPerCall(urls, (u) => parseProxyUrl(u)),
  url: bytesPerCall(urls, (u) => new URL(u, 'http://h')),
  build: bytesPerCall(targets, (t) => buildProxyUrl(t)),
});
const allocated = {
  mix: allocations(mix.urls, mix.targets),
  ...Object.fromEntries(
    Object.entries(TYPICAL).map(([name, url]) => {
      const { urls, targets } = typicalInputs(url);
      return [name, allocations(urls.slice(0, 500), targets.slice(0, 500))];
    }),
  ),
};

// ---------------------------------------------------------------------------------------------
// Hostile input: is parsing linear? 1 MB should take about 10× as long as 100 kB.

const KUBECTL_POD = 'http://localhost:8001/api/v1/namespaces/default/pods/web/proxy';
const SERVICE = '/api/v1/namespaces/default/services/svc';
/**
 * Each makes a string of about `n` characters.
 * @type {Array<{ name: string; make: (n: number) => string }>}
 */
const HOSTILE = [
  { name: "'/api/v1/namespaces/' ×", make: (n) => '/api/v1/namespaces/'.repeat(n / 19) },
  {
    name: "'/api/v1/namespaces/a/pods/' ×",
    make: (n) => '/api/v1/namespaces/a/pods/'.repeat(n / 26),
  },
  { name: "'%' × after /proxy/", make: (n) => `${SERVICE}/proxy/${'%'.repeat(n)}` },
  { name: "'%' × in the id", make: (n) => `${SERVICE}${'%'.repeat(n)}/proxy/` },
  { name: "'../' × after /proxy/", make: (n) => `${SERVICE}/proxy/${'../'.repeat(n / 3)}` },
  { name: "'a/../' × after /proxy/", make: (n) => `${SERVICE}/proxy/${'a/../'.repeat(n / 6)}` },
  { name: "'%2e%2e/' × after /proxy/", make: (n) => `${SERVICE}/proxy/${'%2e%2e/'.repeat(n / 7)}` },
  { name: "'/pods/' × kubectl proxy", make: (n) => `${KUBECTL_POD}${'/pods/'.repeat(n / 6)}` },
  {
    name: "'/pods/x/exec' × kubectl proxy",
    make: (n) => `${KUBECTL_POD}${'/pods/x/exec'.repeat(n / 12)}`,
  },
  { name: "'?a&' × query", make: (n) => `${SERVICE}/proxy/?${'a&'.repeat(n / 2)}` },
  {
    name: "'dryRun%3D&' × query",
    make: (n) => `${SERVICE}/proxy/?${'dryRunX%3D&'.repeat(n / 11)}`,
  },
  { name: "long id ':' and '%3A'", make: (n) => `${SERVICE}${'a:%3A'.repeat(n / 5)}/proxy/` },
  { name: "'//' × after /proxy/", make: (n) => `${SERVICE}/proxy${'/'.repeat(n)}` },
  { name: "'\\' × after /proxy/", make: (n) => `${SERVICE}/proxy/${'\\'.repeat(n)}` },
  {
    name: "' ' × around a URL",
    make: (n) => `${' '.repeat(n / 2)}${SERVICE}/proxy/${' '.repeat(n / 2)}`,
  },
  { name: "'a' × scheme 'a…a:'", make: (n) => `${'a'.repeat(n)}:/api/v1/nodes/n/proxy/` },
  {
    name: "'http://' + 'a@' × host",
    make: (n) => `http://${'a@'.repeat(n / 2)}h/api/v1/nodes/n/proxy/`,
  },
];

/**
 * Minimum ms of several parses of `s`.
 * @param {string} s
 * @param {number} runs
 */
function minParseMs(s, runs) {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = parseProxyUrl(s);
    const ns = Number(process.hrtime.bigint() - t0);
    globalSink += r.diagnostics.length;
    if (ns < best) best = ns;
  }
  return best / 1e6;
}

const hostile = (skipHostile ? [] : HOSTILE).map(({ name, make }) => {
  const small = make(100_000);
  const large = make(1_000_000);
  minParseMs(small, 2); // warm-up
  const ms100k = minParseMs(small, 7);
  const ms1m = minParseMs(large, 5);
  const r = parseProxyUrl(large);
  return {
    name,
    ms100k,
    ms1m,
    ratio: ms1m / ms100k,
    codes: r.diagnostics.map((d) => d.code),
  };
});

// ---------------------------------------------------------------------------------------------
// Report

const summary = {
  node: process.version,
  mix: `${COUNT} realistic flat URLs (bench/realistic-inputs.js)`,
  urls: COUNT,
  refusedWhileGenerating: mix.refused,
  parsedOk,
  regexMatched,
  rounds: ROUNDS,
  medianNsPerUrl: mixResult.nsPerCall,
  ratios: {
    parseToUrl: mixResult.parseToUrl,
    buildToUrl: mixResult.buildToUrl,
    regexToUrl: mixResult.regexToUrl,
  },
  typical: Object.fromEntries(
    Object.entries(typicalResults).map(([name, r]) => [
      name,
      { url: TYPICAL[/** @type {keyof typeof TYPICAL} */ (name)], ...r },
    ]),
  ),
  bytesPerCall: allocated,
  targets: {
    parseToUrl: TARGETS.parse,
    buildToUrl: TARGETS.build,
    parseMet: mixResult.parseToUrl <= TARGETS.parse,
    buildMet: mixResult.buildToUrl <= TARGETS.build,
  },
  hostile,
  sink: globalSink,
};

if (json) {
  console.log(JSON.stringify(summary, null, 2));
} else {
  /** @param {number} x @param {number} [d] */
  const f = (x, d = 0) => x.toFixed(d);
  const verdict = (/** @type {number} */ x, /** @type {number} */ max) =>
    x <= max ? 'met' : 'OVER TARGET';
  console.log(
    `apiserver-proxy-url bench: the mix is ${COUNT} realistic flat URLs (bench/realistic-inputs.js; ${parsedOk} parse ok, ${regexMatched} match the bare regex), ${ROUNDS} rounds, node ${process.version}`,
  );
  console.log('');
  console.log('on the mix                    median ns/URL   ratio to new URL (median of rounds)');
  const rows = [
    ['parseProxyUrl(u)', mixResult.nsPerCall.parse, mixResult.parseToUrl],
    ["new URL(u, 'http://h')", mixResult.nsPerCall.url, 1],
    ['buildProxyUrl(t)', mixResult.nsPerCall.build, mixResult.buildToUrl],
    ['bare regex (checks nothing)', mixResult.nsPerCall.regex, mixResult.regexToUrl],
  ];
  for (const [label, ns, ratio] of rows) {
    console.log(
      `${String(label).padEnd(30)}${f(Number(ns)).padStart(13)}   ${f(Number(ratio), 2).padStart(6)}×`,
    );
  }
  console.log('');
  console.log(
    `target parse/URL ≤ ${TARGETS.parse}×: ${f(mixResult.parseToUrl, 2)}× ${verdict(mixResult.parseToUrl, TARGETS.parse)}`,
  );
  console.log(
    `target build/URL ≤ ${TARGETS.build}×: ${f(mixResult.buildToUrl, 2)}× ${verdict(mixResult.buildToUrl, TARGETS.build)}`,
  );
  console.log('');
  console.log('typical URLs (2,000 flat copies each)   new URL ns   parse/URL   build/URL');
  for (const [name, r] of Object.entries(typicalResults)) {
    console.log(
      `${name.padEnd(38)}${f(Number(r.nsPerCall.url)).padStart(12)}${f(r.parseToUrl, 2).padStart(11)}×${f(r.buildToUrl, 2).padStart(11)}×`,
    );
  }
  console.log('');
  console.log('heap bytes allocated per call        parse     new URL       build');
  for (const [name, a] of Object.entries(allocated)) {
    console.log(
      `${name.padEnd(30)}${f(a.parse).padStart(11)}${f(a.url).padStart(12)}${f(a.build).padStart(12)}`,
    );
  }
  console.log('');
  if (skipHostile) console.log('hostile input: skipped (--no-hostile)');
  else {
    console.log('hostile input: parseProxyUrl, min of runs (1MB/100kB ≈ 10 means linear)');
    console.log(
      `${'input'.padEnd(34)}${'100 kB ms'.padStart(11)}${'1 MB ms'.padStart(11)}   ratio`,
    );
    for (const h of hostile) {
      const flag = h.ratio > 20 ? '  <- superlinear? (or GC/cache: try larger sizes)' : '';
      console.log(
        `${h.name.padEnd(34)}${f(h.ms100k, 2).padStart(11)}${f(h.ms1m, 2).padStart(11)}   ${f(h.ratio, 1).padStart(5)}${flag}`,
      );
    }
  }
  console.log('');
  console.log('(informative only: timings never fail this script)');
}
