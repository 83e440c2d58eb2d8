// Benchmark: parseProxyUrl and buildProxyUrl against `new URL` and a bare regex, on 2,000 realistic
// proxy URLs, plus parse time on hostile input (is it linear?). Informative only: it never fails on
// timings, because the machines it runs on are noisy.
//
//   pnpm build && node packages/apiserver-proxy-url/bench/parse-build.bench.js [--json] [--rounds N]
//     [--no-hostile]   (skip the hostile inputs, e.g. to profile only the 2,000 URLs with --cpu-prof)
//
// The functions are timed interleaved in one process: each round times every function over all the
// inputs (in an order that rotates from round to round), and the ratios are medians of per-round
// ratios, so that drift in machine load hits numerator and denominator alike.

import { buildProxyUrl, parseProxyUrl } from '../dist/index.js';
import { realisticInputs } from './realistic-inputs.js';

const argv = process.argv.slice(2);
const json = argv.includes('--json');
const skipHostile = argv.includes('--no-hostile');
const roundsFlag = argv.indexOf('--rounds');
const ROUNDS = roundsFlag >= 0 ? Math.max(3, Number(argv[roundsFlag + 1]) || 0) : 40;
const WARMUP_ROUNDS = 8;
const COUNT = 2000;

/** Targets from the contract: parse ≤ 0.75× `new URL` (aim 0.5×), build ≤ 0.5× (aim 0.3×). */
const TARGETS = {
  parse: { max: 0.75, aim: 0.5 },
  build: { max: 0.5, aim: 0.3 },
};

const { targets, urls, refused } = realisticInputs(COUNT);

// ---------------------------------------------------------------------------------------------
// The contenders. Each returns a number derived from every result, so V8 cannot drop the work.

/** The baseline: a bare anchored regex that extracts the fields and checks nothing. */
const BARE =
  /^(.*?)\/api\/v1\/(?:namespaces\/([^/]*)\/(services|pods)|nodes)\/([^/]*)\/proxy([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/;

/** @type {Record<'parse' | 'url' | 'build' | 'regex', () => number>} */
const contenders = {
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
};
const NAMES = /** @type {(keyof typeof contenders)[]} */ (Object.keys(contenders));

// Sanity: every built URL parses back ok, and the regex sees every one of them.
let parsedOk = 0;
let regexMatched = 0;
for (const u of urls) {
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

for (let r = 0; r < WARMUP_ROUNDS; r++) for (const name of NAMES) time(contenders[name]);

/** @type {Record<string, number[]>} ns per URL, one entry per round */
const perUrl = Object.fromEntries(NAMES.map((n) => [n, []]));
/** @type {Record<string, number[]>} */
const ratios = { parse: [], build: [], regex: [] };
for (let r = 0; r < ROUNDS; r++) {
  /** @type {Record<string, number>} */
  const round = {};
  for (let k = 0; k < NAMES.length; k++) {
    const name = /** @type {keyof typeof contenders} */ (NAMES[(r + k) % NAMES.length]);
    round[name] = time(contenders[name]) / COUNT;
  }
  for (const name of NAMES) perUrl[name]?.push(/** @type {number} */ (round[name]));
  for (const name of ['parse', 'build', 'regex']) {
    ratios[name]?.push(/** @type {number} */ (round[name]) / /** @type {number} */ (round.url));
  }
}

const medians = Object.fromEntries(NAMES.map((n) => [n, median(perUrl[n] ?? [])]));
const ratioMedians = {
  parseToUrl: median(ratios.parse ?? []),
  buildToUrl: median(ratios.build ?? []),
  regexToUrl: median(ratios.regex ?? []),
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
  urls: COUNT,
  refusedWhileGenerating: refused,
  parsedOk,
  regexMatched,
  rounds: ROUNDS,
  medianNsPerUrl: medians,
  ratios: ratioMedians,
  targets: {
    parseToUrl: TARGETS.parse,
    buildToUrl: TARGETS.build,
    parseMet: ratioMedians.parseToUrl <= TARGETS.parse.max,
    buildMet: ratioMedians.buildToUrl <= TARGETS.build.max,
  },
  hostile,
  sink: globalSink,
};

if (json) {
  console.log(JSON.stringify(summary, null, 2));
} else {
  /** @param {number} x @param {number} [d] */
  const f = (x, d = 0) => x.toFixed(d);
  const verdict = (/** @type {number} */ x, /** @type {{ max: number; aim: number }} */ t) =>
    x <= t.aim ? 'met aim' : x <= t.max ? 'ok (above aim)' : 'OVER TARGET';
  console.log(
    `apiserver-proxy-url bench: ${COUNT} URLs (${parsedOk} parse ok, ${regexMatched} match the bare regex), ${ROUNDS} rounds, node ${process.version}`,
  );
  console.log('');
  console.log('function                      median ns/URL   ratio to new URL (median of rounds)');
  const rows = [
    ['parseProxyUrl(u)', medians.parse, ratioMedians.parseToUrl],
    ["new URL(u, 'http://h')", medians.url, 1],
    ['buildProxyUrl(t)', medians.build, ratioMedians.buildToUrl],
    ['bare regex (checks nothing)', medians.regex, ratioMedians.regexToUrl],
  ];
  for (const [label, ns, ratio] of rows) {
    console.log(
      `${String(label).padEnd(30)}${f(Number(ns)).padStart(13)}   ${f(Number(ratio), 2).padStart(6)}×`,
    );
  }
  console.log('');
  console.log(
    `target parse/URL ≤ ${TARGETS.parse.max}× (aim ${TARGETS.parse.aim}×): ${f(ratioMedians.parseToUrl, 2)}× ${verdict(ratioMedians.parseToUrl, TARGETS.parse)}`,
  );
  console.log(
    `target build/URL ≤ ${TARGETS.build.max}× (aim ${TARGETS.build.aim}×): ${f(ratioMedians.buildToUrl, 2)}× ${verdict(ratioMedians.buildToUrl, TARGETS.build)}`,
  );
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
