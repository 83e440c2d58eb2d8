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

// ---------------------------------------------------------------------------------------------
// Inputs

/**
 * mulberry32: a small seeded PRNG, so every run benchmarks the same URLs.
 * @param {number} seed
 * @returns {() => number} uniform in [0, 1)
 */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(0x6b756265); // 'kube'
/**
 * @template T
 * @param {readonly T[]} items
 * @returns {T}
 */
const pick = (items) => /** @type {T} */ (items[Math.floor(random() * items.length)]);
/** @param {number} p */
const chance = (p) => random() < p;

const BASES = [
  '',
  'http://localhost:8001',
  'https://104.197.5.247',
  'https://rancher.example/k8s/clusters/c-25hs9',
  '/clusters/main',
  'http://localhost:7007/api/kubernetes/proxy',
];
const NAMESPACES = [
  'default',
  'kube-system',
  'monitoring',
  'cattle-monitoring-system',
  'kubernetes-dashboard',
  'logging',
  'team-a',
];
const SERVICES = [
  'elasticsearch-logging',
  'kube-dns',
  'kubernetes-dashboard',
  'grafana',
  'prometheus-k8s',
  'rancher-monitoring-grafana',
  'alertmanager-main',
  'kibana-logging',
  'heapster',
  'web',
];
const SERVICE_PORTS = ['http', 'https', 'web', 'metrics', 'dns', 'grafana'];
const NUMERIC_PORTS = [80, 443, 3000, 8080, 8443, 9090, 9093, 9200, 5601, 10250];
const PODS = [
  'web-7d9c5b8f6-x2k4p',
  'grafana-5c9f8d7b6-qwz8r',
  'prometheus-k8s-0',
  'elasticsearch-logging-1',
  'coredns-787d4945fb-lk2jz',
  'nginx',
];
const NODES = [
  'rancher-node-1',
  'gke-main-default-pool-1a2b3c4d-xk9z',
  'ip-10-0-1-23.ec2.internal',
  'minikube',
  'kind-control-plane',
  'worker-2',
];
const PATHS = [
  '/',
  '/',
  '/_search',
  '/api/v1/query',
  '/api/v1/query_range',
  '/d/rancher-node-1/rancher-node',
  '/stats/summary',
  '/metrics',
  '/healthz',
  '/_cat/indices',
  '/app/kibana',
  '/#!/overview',
  'metrics',
  '',
  undefined,
];
const NODE_PATHS = ['/stats/summary', '/metrics', '/metrics/cadvisor', '/healthz', '/pods', '/'];
const QUERIES = [
  'q=user:kimchy',
  'pretty=true',
  'orgId=1&from=now-6h',
  'orgId=1&from=now-6h&to=now&refresh=30s',
  'query=up',
  'query=rate(http_requests_total[5m])',
  '?pretty',
];

/**
 * One realistic target (a `ProxyTargetInput`).
 * @returns {import('../dist/index.js').ProxyTargetInput}
 */
function randomTarget() {
  const base = pick(BASES);
  const kind = random();
  /** @type {import('../dist/index.js').ProxyTargetInput} */
  const t = { base, name: '' };
  if (kind < 0.5) {
    t.resource = 'services';
    t.namespace = pick(NAMESPACES);
    t.name = pick(SERVICES);
    const port = random();
    if (port < 0.3) {
      // name only
    } else if (port < 0.6) t.port = pick(SERVICE_PORTS);
    else t.port = chance(0.5) ? pick(NUMERIC_PORTS) : String(pick(NUMERIC_PORTS));
    if (chance(0.25)) t.scheme = chance(0.8) ? 'https' : 'http';
    t.path = /** @type {string} */ (pick(PATHS));
  } else if (kind < 0.8) {
    t.resource = 'pods';
    t.namespace = pick(NAMESPACES);
    t.name = pick(PODS);
    if (chance(0.7)) t.port = chance(0.8) ? pick(NUMERIC_PORTS) : pick(SERVICE_PORTS);
    if (chance(0.2)) t.scheme = 'https';
    t.path = /** @type {string} */ (pick(PATHS));
  } else {
    t.resource = 'nodes';
    t.name = pick(NODES);
    if (chance(0.5)) t.port = chance(0.5) ? 10250 : pick(['10255', '4194', '9100']);
    if (chance(0.3)) t.scheme = 'https';
    t.path = pick(NODE_PATHS);
  }
  if (t.path === undefined) delete t.path;
  if (chance(0.45)) {
    t.query = chance(0.1) ? { query: 'up', time: '1700000000' } : pick(QUERIES);
  }
  if (chance(0.1)) t.fragment = pick(['/overview', 'top', '!/pod?namespace=default']);
  return t;
}

/** @type {import('../dist/index.js').ProxyTargetInput[]} */
const targets = [];
/** @type {string[]} */
const urls = [];
let refused = 0;
while (urls.length < COUNT) {
  const t = randomTarget();
  try {
    urls.push(buildProxyUrl(t));
    targets.push(t);
  } catch {
    refused++; // a generated target the builder refuses: not a realistic input, skip it
  }
}

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
