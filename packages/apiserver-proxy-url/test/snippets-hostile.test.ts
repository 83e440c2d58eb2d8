// Copy-as snippets fed hostile URLs: raw control characters (a bracketed-paste end `ESC[201~`,
// line feeds, C1) and quotes must never reach a shell as is, and toRbacRule read from a URL string.
// Shell snippets are also run by a real /bin/sh with `curl` and `kubectl` stubbed to print their
// arguments, so the quoting is checked by the shell itself.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  encodeControls,
  ProxyUrlError,
  parseProxyUrl,
  type RbacRule,
  toCurl,
  toKubectlGetRaw,
  toRbacRule,
} from '../src/index.js';
import { canonicalUrl } from './arbitraries.js';
import { run } from './kubectl/kubectl.js';
import { thrown } from './thrown.js';

/** The arguments a shell passes to `curl` and `kubectl` for a snippet, one per line. */
async function argv(snippet: string): Promise<string[]> {
  const stub = 'for a in "$@"; do printf "%s\\n" "$a"; done';
  const script = `curl() { ${stub}; }; kubectl() { ${stub}; }; TOKEN='t0k en'; APISERVER=https://api.example; ${snippet}`;
  const result = await run('/bin/sh', ['-c', script], { env: { PATH: '/usr/bin:/bin' } });
  expect(result.code, result.stderr).toBe(0);
  return result.stdout.split('\n').slice(0, -1);
}

// Oracle, written from the requirement: C0, DEL, C1, U+2028/2029 and the bidi controls.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point of the test
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** What the parser calls a raw control character (an error): C0, DEL and C1. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point of the test
const C0_C1 = /[\u0000-\u001f\u007f-\u009f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point of the test
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const oracle = (s: string): string => s.replace(CONTROLS, (c) => encodeURIComponent(c));

/**
 * Reads back a shell word made of single-quoted pieces and `\'` (what the snippets write), with an
 * optional `"$APISERVER"` in front; `null` when the word holds anything else (an unquoted `$`, a
 * space, a stray quote), which a shell would not read as one literal word.
 */
function readQuotedWord(word: string): string | null {
  let out = '';
  let i = word.startsWith('"$APISERVER"') ? '"$APISERVER"'.length : 0;
  if (i > 0) out = '$APISERVER';
  while (i < word.length) {
    if (word[i] === "'") {
      const close = word.indexOf("'", i + 1);
      if (close < 0) return null;
      out += word.slice(i + 1, close);
      i = close + 1;
    } else if (word.startsWith("\\'", i)) {
      out += "'";
      i += 2;
    } else {
      return null;
    }
  }
  return out;
}

/** The URL word of a curl or kubectl snippet: the one holding `/api/v1/`. */
function urlWord(snippet: string): string | null {
  // The word ends at the first space outside single quotes; `\\'` outside them is a quote.
  let quoted = false;
  let start = -1;
  for (let i = 0; i <= snippet.length; i++) {
    const c = snippet[i];
    if (c === '\\' && !quoted) i++;
    else if (c === "'") quoted = !quoted;
    if (i === snippet.length || (c === ' ' && !quoted)) {
      const word = snippet.slice(start + 1, i);
      if (word.includes('/api/v1/')) return word;
      start = i;
    }
  }
  return null;
}

const SVC = 'https://h/api/v1/namespaces/ns/services/svc/proxy';
const PATH_ONLY = '/api/v1/nodes/node-1/proxy';

interface Hostile {
  why: string;
  /** Inserted into the path, after `/proxy/`. */
  text: string;
  /** What the URL holds instead, in what is copied. */
  encoded: string;
}

const hostile: Hostile[] = [
  { why: 'ESC', text: 'a\u001bb', encoded: 'a%1Bb' },
  {
    why: 'a bracketed-paste end, then a command',
    text: 'x\u001b[201~;id;\u001b[200~',
    encoded: 'x%1B[201~;id;%1B[200~',
  },
  { why: 'a line feed and a command', text: "x'\nid\n'", encoded: "x'%0Aid%0A'" },
  { why: 'a carriage return', text: 'x\rrm', encoded: 'x%0Drm' },
  { why: 'a tab', text: 'a\tb', encoded: 'a%09b' },
  { why: 'NUL', text: 'a\u0000b', encoded: 'a%00b' },
  { why: 'BEL and backspace', text: 'a\u0007\u0008b', encoded: 'a%07%08b' },
  { why: 'DEL', text: 'a\u007fb', encoded: 'a%7Fb' },
  { why: 'C1 NEL', text: 'a\u0085b', encoded: 'a%C2%85b' },
  { why: 'C1 CSI (8-bit ESC[)', text: 'a\u009b201~b', encoded: 'a%C2%9B201~b' },
  { why: 'a line separator', text: 'a\u2028b', encoded: 'a%E2%80%A8b' },
  { why: 'a right-to-left override', text: 'a\u202eb', encoded: 'a%E2%80%AEb' },
  { why: 'quotes and $', text: 'it\'s$(id)`id`"', encoded: 'it\'s$(id)`id`"' },
  { why: 'a quote closing the word, then a command', text: "';id;'", encoded: "';id;'" },
];

describe.each([
  { base: SVC, kind: 'with a host' },
  { base: PATH_ONLY, kind: 'path-only' },
])('copy formats of a hostile URL, $kind', ({ base }) => {
  it.each(hostile.filter(({ text }) => C0_C1.test(text)))(
    'curl and kubectl get --raw refuse a raw control character: $why',
    ({ text }) => {
      const url = `${base}/${text}?q=${text}#${text}`;
      for (const make of [toCurl, toKubectlGetRaw]) {
        const error = thrown(() => make(url));
        expect(error).toBeInstanceOf(ProxyUrlError);
        const codes = (error as ProxyUrlError).diagnostics.map((d) => d.code);
        expect(codes).toContain('control-character');
      }
    },
  );

  const printable = hostile.filter(({ text }) => !C0_C1.test(text));

  it.each(printable)('curl: $why', async ({ text, encoded }) => {
    const url = `${base}/${text}?q=${text}#${text}`;
    const curl = toCurl(url);
    expect(curl).not.toMatch(CONTROL);
    const meant = `${base}/${encoded}?q=${encoded}`;
    const args = await argv(curl);
    expect(args.find((a) => a.includes('/api/v1/'))).toBe(
      base === PATH_ONLY ? `https://api.example${meant}` : meant,
    );
  });

  it.each(printable)('kubectl get --raw: $why', async ({ text, encoded }) => {
    const url = `${base}/${text}?q=${text}#${text}`;
    const raw = toKubectlGetRaw(url);
    expect(raw).not.toMatch(CONTROL);
    expect(await argv(raw)).toEqual([
      'get',
      '--raw',
      `${PATH_ONLY === base ? base : base.slice('https://h'.length)}/${encoded}?q=${encoded}`,
    ]);
  });
});

describe('encodeControls', () => {
  it.each([
    ['', ''],
    ['/plain/path?q=1', '/plain/path?q=1'],
    ['\u001b[201~', '%1B[201~'],
    ['\t\n\r', '%09%0A%0D'],
    ['\u0080\u009f', '%C2%80%C2%9F'],
    ['é한😀', 'é한😀'],
  ])('%j → %j', (input, output) => {
    expect(encodeControls(input)).toBe(output);
  });

  it('property: the same as the oracle, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(encodeControls(s)).toBe(oracle(s));
      }),
      { numRuns: 500 },
    );
  });
});

describe('the token of toCurl', () => {
  const url = `${SVC}/`;

  it('is trimmed of the newline a token file ends with', () => {
    expect(toCurl(url, { token: ' abc.def\n' })).toBe(
      `curl '${url}' --header 'Authorization: Bearer abc.def'`,
    );
  });

  it.each(['a\nb', 'a\u001b[201~b', 'a b', 'a\u0085b', 'a\u007f'])('refuses %j', (token) => {
    expect(thrown(() => toCurl(url, { token }))).toBeInstanceOf(TypeError);
  });
});

// Arbitrary text put into the path, the query and the fragment of a canonical URL, kept only when
// the result still parses without errors (the snippets refuse the rest).
const insert = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme-ascii', maxLength: 12 }),
  fc
    .array(fc.constantFrom('\u001b', '[201~', '\n', '\r', '\t', "'", '\u0085', '\u009b', ';id;'), {
      maxLength: 6,
    })
    .map((a) => a.join('')),
);
const hostileUrl = fc
  .tuple(canonicalUrl, insert, insert)
  .map(([u, a, b]) => {
    const at = u.indexOf('/proxy') + '/proxy'.length;
    const hash = u.indexOf('#');
    const head = hash < 0 ? u : u.slice(0, hash);
    return `${head.slice(0, at)}/x${a}x${head.slice(at)}${head.includes('?') ? '&' : '?'}k=${b}y${hash < 0 ? '' : u.slice(hash)}`;
  })
  .filter((u) => parseProxyUrl(u).ok);

/** A URL with a raw control character is an error: both snippets refuse it, saying why. */
function refusedForControls(u: string): boolean {
  if (!parseProxyUrl(u).diagnostics.some((d) => d.code === 'control-character')) return false;
  for (const make of [toCurl, toKubectlGetRaw]) {
    expect(thrown(() => make(u))).toBeInstanceOf(ProxyUrlError);
  }
  return true;
}

describe('property: a snippet never holds a raw control, and its URL word reads back', () => {
  it('for curl and kubectl get --raw, read back in JavaScript', () => {
    fc.assert(
      fc.property(hostileUrl, (u) => {
        if (refusedForControls(u)) return;
        const base = parseProxyUrl(u).target?.base ?? '';
        const hash = u.indexOf('#');
        const meant = oracle(hash < 0 ? u : u.slice(0, hash));
        const curl = toCurl(u);
        expect(curl).not.toMatch(CONTROL);
        const curlWord = urlWord(curl);
        expect(curlWord && readQuotedWord(curlWord)).toBe(
          base === '' ? `$APISERVER${meant}` : meant,
        );
        const raw = toKubectlGetRaw(u);
        expect(raw).not.toMatch(CONTROL);
        expect(raw.startsWith('kubectl get --raw ')).toBe(true);
        expect(readQuotedWord(raw.slice('kubectl get --raw '.length))).toBe(
          meant.slice(oracle(base).length),
        );
      }),
      { numRuns: 1500 },
    );
  });

  it('for any string at all: the snippet is refused or holds no control', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        for (const make of [toCurl, toKubectlGetRaw]) {
          const error = thrown(() => expect(make(s)).not.toMatch(CONTROL));
          if (error !== undefined) expect(error).toBeInstanceOf(ProxyUrlError);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('and the shell hands curl and kubectl that URL', async () => {
    await fc.assert(
      fc.asyncProperty(hostileUrl, async (u) => {
        if (refusedForControls(u)) return;
        const base = parseProxyUrl(u).target?.base ?? '';
        const hash = u.indexOf('#');
        const meant = oracle(hash < 0 ? u : u.slice(0, hash));
        const curlArgs = await argv(toCurl(u));
        expect(curlArgs.find((a) => a.includes('/api/v1/'))).toBe(
          base === '' ? `https://api.example${meant}` : meant,
        );
        expect(await argv(toKubectlGetRaw(u))).toEqual([
          'get',
          '--raw',
          meant.slice(oracle(base).length),
        ]);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});

interface RbacUrlCase {
  why: string;
  url: string;
  rule: RbacRule;
}

const rule = (resource: string, name: string): RbacRule => ({
  apiGroups: [''],
  resources: [`${resource}/proxy`],
  resourceNames: [name],
  verbs: ['get'],
});

const rbacUrlCases: RbacUrlCase[] = [
  {
    why: 'a trailing colon stays: RBAC compares the raw segment',
    url: '/api/v1/namespaces/ns/services/web:/proxy/',
    rule: rule('services', 'web:'),
  },
  {
    why: 'an encoded colon is decoded',
    url: 'https://h/api/v1/namespaces/ns/services/web%3A80/proxy/x',
    rule: rule('services', 'web:80'),
  },
  {
    why: 'an empty scheme stays',
    url: '/api/v1/namespaces/ns/services/:svc:80/proxy/',
    rule: rule('services', ':svc:80'),
  },
  {
    why: 'https to the unnamed port',
    url: 'http://localhost:8001/api/v1/namespaces/kubernetes-dashboard/services/https:kubernetes-dashboard:/proxy/',
    rule: rule('services', 'https:kubernetes-dashboard:'),
  },
  {
    why: 'a named Service port',
    url: 'https://localhost:6443/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy/',
    rule: rule('services', 'kube-dns:dns'),
  },
  {
    why: 'a pod port',
    url: '/api/v1/namespaces/ns/pods/kmesh-daemon-abc12:15200/proxy/accesslog?enable=true',
    rule: rule('pods', 'kmesh-daemon-abc12:15200'),
  },
  {
    why: 'a node, through a gateway prefix',
    url: 'https://rancher.example/k8s/clusters/c-1/api/v1/nodes/https:node-1:10250/proxy/',
    rule: rule('nodes', 'https:node-1:10250'),
  },
  {
    why: 'surrounding whitespace is ignored',
    url: '  /api/v1/nodes/node-1/proxy/stats/summary \n',
    rule: rule('nodes', 'node-1'),
  },
  {
    why: 'a legacy link names the id of its modern form',
    url: '/api/v1/proxy/namespaces/kube-system/services/kubernetes-dashboard/',
    rule: rule('services', 'kubernetes-dashboard'),
  },
];

describe('toRbacRule, given a URL string', () => {
  it.each(rbacUrlCases)('$why', ({ url, rule }) => {
    expect(toRbacRule(url)).toEqual(rule);
  });

  it('differs from the rule of the parsed target where the URL is not in its shortest form', () => {
    const url = '/api/v1/namespaces/ns/services/web:/proxy/';
    const { target } = parseProxyUrl(url);
    expect(toRbacRule(url).resourceNames).toEqual(['web:']);
    expect(target && toRbacRule(target).resourceNames).toEqual(['web']);
  });

  it('takes the verbs of the methods', () => {
    expect(toRbacRule('/api/v1/nodes/n/proxy/', { methods: ['post', 'DELETE'] }).verbs).toEqual([
      'create',
      'delete',
    ]);
  });

  it.each([
    ['not a proxy URL', 'https://h/api/v1/namespaces/ns/secrets', 'not-a-proxy-url'],
    ['a refused id', '/api/v1/namespaces/ns/services/dashboard:foo:8080/proxy/', 'invalid-scheme'],
    ['a path that leaves the proxy', '/api/v1/nodes/n/proxy/../../x', 'path-escapes-proxy'],
  ])('refuses %s with ProxyUrlError', (_why, url, code) => {
    const error = thrown(() => toRbacRule(url));
    expect(error).toBeInstanceOf(ProxyUrlError);
    expect((error as ProxyUrlError).diagnostics.map((d) => d.code)).toContain(code);
  });

  it('property: for a URL that parses, the resource name is its id segment, decoded', () => {
    fc.assert(
      fc.property(canonicalUrl, (url) => {
        const { ok, target, parts } = parseProxyUrl(url);
        if (!ok || !target || !parts.id) return;
        const r = toRbacRule(url);
        expect(r.resourceNames).toEqual([decodeURIComponent(url.slice(parts.id[0], parts.id[1]))]);
        expect(r.resources).toEqual([`${target.resource}/proxy`]);
      }),
      { numRuns: 500 },
    );
  });
});
