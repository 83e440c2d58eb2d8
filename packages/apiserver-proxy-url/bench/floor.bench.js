// How fast can a hand-written scanner be on this machine, before it checks anything? This is not a
// parser: it is the least that any parser meeting the contract must do (find the parts, slice the
// target's strings, make the `parts` tuples, check the namespace and name, look over the path once,
// make one diagnostic), written the way the library is (charCodeAt and indexOf, no regex), and timed
// against `new URL` on the same 2,000 URLs as `parse-build.bench.js`. The contract's target for the
// whole parser, with its ~30 further checks, is 1.1×.
//
//   pnpm build && node packages/apiserver-proxy-url/bench/floor.bench.js [--rounds N]

import { parseProxyUrl } from '../dist/index.js';
import { realisticInputs } from './realistic-inputs.js';

const roundsFlag = process.argv.indexOf('--rounds');
const ROUNDS = roundsFlag >= 0 ? Math.max(3, Number(process.argv[roundsFlag + 1]) || 0) : 40;
const { urls } = realisticInputs(2000);

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
};

/** @param {number[]} xs */
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? Number.NaN;
const names = Object.keys(contenders);
/** @type {Record<string, number[]>} */
const ratios = { floor: [], parse: [] };
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
  ratios.floor?.push(/** @type {number} */ (ns.floor) / /** @type {number} */ (ns.url));
  ratios.parse?.push(/** @type {number} */ (ns.parse) / /** @type {number} */ (ns.url));
}
console.log(
  `scan floor / new URL:    ${median(ratios.floor ?? []).toFixed(2)}×  (contract: parse ≤ 1.1×)`,
);
console.log(`parseProxyUrl / new URL: ${median(ratios.parse ?? []).toFixed(2)}×`);
console.log(`(${ROUNDS} rounds, median of per-round ratios; sink ${globalSink % 10})`);
