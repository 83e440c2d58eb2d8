// How fast can hand-written code be on this machine, before it checks anything? These are not a
// parser and a builder: they are the least that any parser or builder meeting the contract must do,
// timed against `new URL` on the same 2,000 URLs (and their targets) as `parse-build.bench.js`.
//
// - The parse floor finds the parts, slices the target's strings, makes the `parts` tuples, checks
//   the namespace and name, looks over the path once and makes one diagnostic, written the way the
//   library is (charCodeAt and indexOf, no regex). The contract's target for the whole parser, with
//   its ~30 further checks, is 1.1×.
// - The build floor reads the caller's nine fields, checks the namespace, name and port (one native
//   scan each, as src/names.ts does, and their ends), sees that the path, query and fragment need no
//   encoding (one scan each), encodes a query record and joins the URL. The contract's target for
//   the whole builder, which also reports and encodes what these refuse, is 0.6×.
//
//   pnpm build && node packages/apiserver-proxy-url/bench/floor.bench.js [--rounds N]

import { buildProxyUrl, parseProxyUrl } from '../dist/index.js';
import { realisticInputs } from './realistic-inputs.js';

const roundsFlag = process.argv.indexOf('--rounds');
const ROUNDS = roundsFlag >= 0 ? Math.max(3, Number(process.argv[roundsFlag + 1]) || 0) : 40;
const { urls, targets } = realisticInputs(2000);

/** @param {number} c */
const isLowerAlnum = (c) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** A DNS-1123 label check over `s[a, b)`, by charCodeAt (src/names.ts checks the characters with one regex). */
function isLabel(/** @type {string} */ s, /** @type {number} */ a, /** @type {number} */ b) {
  if (a >= b || b - a > 63) return false;
  if (!isLowerAlnum(s.charCodeAt(a)) || !isLowerAlnum(s.charCodeAt(b - 1))) return false;
  for (let i = a + 1; i < b - 1; i++) {
    const c = s.charCodeAt(i);
    if (c !== 45 && !isLowerAlnum(c)) return false;
  }
  return true;
}

/**
 * The floor: assumes a well-formed URL in the builder's canonical form (the bench's inputs all are).
 * @param {string} s
 */
function floor(s) {
  const end = s.length;
  if (s.charCodeAt(0) <= 32 || s.charCodeAt(end - 1) <= 32) return null;
  let pathnameStart = 0;
  if (s.charCodeAt(0) !== 47) {
    let i = 0;
    while (i < end && ((s.charCodeAt(i) | 32) - 97) >>> 0 < 26) i++;
    if (s.charCodeAt(i) !== 58) return null;
    let j = i + 1;
    while (s.charCodeAt(j) === 47) j++;
    for (; j < end; j++) {
      const c = s.charCodeAt(j);
      if (c === 47 || c === 92 || c === 63 || c === 35 || c === 64) break;
    }
    pathnameStart = j;
  }
  let query = s.indexOf('?', pathnameStart);
  if (query < 0) query = end;
  let hash = s.indexOf('#', pathnameStart);
  if (hash < 0) hash = end;
  const pathnameEnd = Math.min(query, hash);
  const at = s.indexOf('/api/v1/', pathnameStart);
  if (at < 0) return null;
  let i = at + 8;
  let namespaceStart = -1;
  let namespaceEnd = -1;
  let resource = 'nodes';
  if (s.startsWith('namespaces/', i)) {
    namespaceStart = i + 11;
    namespaceEnd = s.indexOf('/', namespaceStart);
    i = namespaceEnd + 1;
    resource = s.startsWith('services/', i) ? 'services' : 'pods';
  }
  i += resource.length + 1;
  const idStart = i;
  const idEnd = s.indexOf('/', i);
  const c1 = s.indexOf(':', idStart);
  let name = '';
  let port = '';
  let scheme = '';
  if (c1 < 0 || c1 > idEnd) name = s.slice(idStart, idEnd);
  else {
    const c2 = s.indexOf(':', c1 + 1);
    if (c2 >= 0 && c2 < idEnd) {
      scheme = s.slice(idStart, c1);
      name = s.slice(c1 + 1, c2);
      port = s.slice(c2 + 1, idEnd);
    } else {
      name = s.slice(idStart, c1);
      port = s.slice(c1 + 1, idEnd);
    }
  }
  const pathStart = idEnd + 6;
  let ok = namespaceStart < 0 || isLabel(s, namespaceStart, namespaceEnd);
  ok = isLabel(name, 0, name.length) && ok;
  for (let k = pathStart; k < pathnameEnd; k++) {
    const c = s.charCodeAt(k);
    if (c === 46 || c === 92 || c === 37) ok = false;
  }
  const parts = {
    base: [0, at],
    namespace: [namespaceStart, namespaceEnd],
    resource: [at + 8, at + 8 + resource.length],
    id: [idStart, idEnd],
    name: [idStart, idEnd],
    port: [idStart, idEnd],
    path: [pathStart, pathnameEnd],
    query: [query, hash],
  };
  const target = {
    base: s.slice(0, at),
    resource,
    namespace: namespaceStart < 0 ? null : s.slice(namespaceStart, namespaceEnd),
    scheme,
    name,
    port,
    path: s.slice(pathStart, pathnameEnd),
    query: query < hash ? s.slice(query + 1, hash) : '',
    fragment: hash < end ? s.slice(hash + 1) : '',
  };
  const diagnostics = [];
  if (!port && resource === 'services') {
    diagnostics.push({
      code: 'empty-port-unnamed-only',
      severity: 'info',
      message: '',
      start: 0,
      end: 0,
    });
  }
  return { ok, target, parts, diagnostics };
}

// The build floor's scans: src/names.ts's and src/percent.ts's (one native scan of each field).
const LABEL_CHARS = /^[a-z0-9-]*$/;
const SUBDOMAIN_CHARS = /^[a-z0-9.-]*$/;
const NOT_PATH_TEXT = /[^\w\-.~!$&'()*+,;=:@/]/;
const NOT_QUERY_TEXT = /[^\w\-.~!$&'()*+,;=:@/?]/;

/** Whether a name starts and ends with neither `-` nor `.`. @param {string} s */
function hasPlainEnds(s) {
  const first = s.charCodeAt(0);
  const last = s.charCodeAt(s.length - 1);
  return s !== '' && first !== 45 && first !== 46 && last !== 45 && last !== 46;
}

/**
 * The build floor: assumes the base is one already checked (the builder remembers them), and gives
 * '' where the builder would have more to do (a refusal, an encoding). Otherwise it gives the URL
 * the builder gives.
 * @param {import('../dist/index.js').ProxyTargetInput} t
 */
function buildFloor(t) {
  const {
    base = '',
    resource = 'services',
    namespace,
    name,
    scheme,
    port,
    path,
    query,
    fragment,
  } = t;
  const nodes = resource === 'nodes';
  let ok =
    nodes ||
    (typeof namespace === 'string' && LABEL_CHARS.test(namespace) && hasPlainEnds(namespace));
  ok =
    ok &&
    (resource === 'services' ? LABEL_CHARS : SUBDOMAIN_CHARS).test(name) &&
    hasPlainEnds(name);
  const portText = port === undefined ? '' : String(port);
  ok = ok && (typeof port === 'number' || LABEL_CHARS.test(portText));
  let tail =
    path === undefined ? '/' : path === '' || path.charCodeAt(0) === 47 ? path : `/${path}`;
  ok = ok && !NOT_PATH_TEXT.test(tail);
  if (query) {
    const given = typeof query === 'string' ? query : new URLSearchParams(query).toString();
    const text = given.charCodeAt(0) === 63 ? given.slice(1) : given; // '?pretty'
    ok = ok && !NOT_QUERY_TEXT.test(text);
    tail += `?${text}`;
  }
  if (fragment) {
    ok = ok && !NOT_QUERY_TEXT.test(fragment);
    tail += `#${fragment}`;
  }
  const id = scheme ? `${scheme}:${name}:${portText}` : portText ? `${name}:${portText}` : name;
  const head = nodes ? '/api/v1/nodes/' : `/api/v1/namespaces/${namespace}/${resource}/`;
  return ok ? `${base}${head}${id}/proxy${tail}` : '';
}

/** @type {Record<string, () => number>} */
const contenders = {
  floor() {
    let sink = 0;
    for (const u of urls) sink += floor(u)?.target.name.length ?? 0;
    return sink;
  },
  parse() {
    let sink = 0;
    for (const u of urls) sink += parseProxyUrl(u).diagnostics.length;
    return sink;
  },
  url() {
    let sink = 0;
    for (const u of urls) sink += new URL(u, 'http://h').pathname.length;
    return sink;
  },
  buildFloor() {
    let sink = 0;
    for (const t of targets) sink += buildFloor(t).length;
    return sink;
  },
  build() {
    let sink = 0;
    for (const t of targets) sink += buildProxyUrl(t).length;
    return sink;
  },
};

/** @param {number[]} xs */
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? Number.NaN;
const names = Object.keys(contenders);
/** @type {Record<string, number[]>} */
const ratios = { floor: [], parse: [], buildFloor: [], build: [] };
let globalSink = 0;
for (let r = 0; r < ROUNDS + 8; r++) {
  /** @type {Record<string, number>} */
  const ns = {};
  // The order rotates from round to round, as in parse-build.bench.js, so that the garbage one
  // contender leaves behind is not always collected during the same other one.
  for (let k = 0; k < names.length; k++) {
    const name = /** @type {string} */ (names[(r + k) % names.length]);
    const fn = /** @type {() => number} */ (contenders[name]);
    const t0 = process.hrtime.bigint();
    globalSink += fn();
    ns[name] = Number(process.hrtime.bigint() - t0) / urls.length;
  }
  if (r < 8) continue; // warm-up
  for (const name of Object.keys(ratios)) {
    ratios[name]?.push(/** @type {number} */ (ns[name]) / /** @type {number} */ (ns.url));
  }
}
console.log(
  `scan floor / new URL:    ${median(ratios.floor ?? []).toFixed(2)}×  (contract: parse ≤ 1.1×)`,
);
console.log(`parseProxyUrl / new URL: ${median(ratios.parse ?? []).toFixed(2)}×`);
console.log(
  `build floor / new URL:   ${median(ratios.buildFloor ?? []).toFixed(2)}×  (contract: build ≤ 0.6×)`,
);
console.log(`buildProxyUrl / new URL: ${median(ratios.build ?? []).toFixed(2)}×`);
console.log(`(${ROUNDS} rounds, median of per-round ratios; sink ${globalSink % 10})`);
