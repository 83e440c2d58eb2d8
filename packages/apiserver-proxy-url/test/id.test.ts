import { describe, expect, it } from 'vitest';
import {
  type DiagnosticCode,
  type IdScheme,
  joinSchemeNamePort,
  ProxyUrlError,
  type SchemeNamePort,
  splitSchemeNamePort,
} from '../src/index.js';
import { thrown } from './thrown.js';

type JoinInput = Parameters<typeof joinSchemeNamePort>[0];

const parts = (scheme: IdScheme, name: string, port: string): SchemeNamePort => ({
  scheme,
  name,
  port,
});

/** How `SplitSchemeNamePort` (k8s.io/apimachinery/pkg/util/net/http.go) splits, one row per id; `null` is ✗. */
const splitTable: ReadonlyArray<{ id: string; want: SchemeNamePort | null; note: string }> = [
  { id: 'svc', want: parts('', 'svc', ''), note: 'one part is the name' },
  { id: 'svc:80', want: parts('', 'svc', '80'), note: 'name:port' },
  { id: 'svc:http', want: parts('', 'svc', 'http'), note: 'name:port-name' },
  { id: 'svc:', want: parts('', 'svc', ''), note: 'same target as svc' },
  { id: 'https:svc:', want: parts('https', 'svc', ''), note: 'https to the unnamed port' },
  { id: 'https:svc:443', want: parts('https', 'svc', '443'), note: 'scheme:name:port' },
  { id: 'http:svc:web', want: parts('http', 'svc', 'web'), note: 'scheme:name:port-name' },
  { id: 'https:svc', want: parts('', 'https', 'svc'), note: 'two parts are never scheme:name' },
  { id: ':svc:80', want: parts('', 'svc', '80'), note: 'empty scheme is allowed' },
  { id: 'http:https:443', want: parts('http', 'https', '443'), note: 'name may be "https"' },
  { id: '10.0.0.1:80', want: parts('', '10.0.0.1', '80'), note: 'syntax fine, name checked later' },
  { id: ':80', want: null, note: 'empty name' },
  { id: ':', want: null, note: 'empty name' },
  { id: '::', want: null, note: 'empty name' },
  { id: '', want: null, note: 'empty name' },
  { id: 'https::443', want: null, note: 'empty name' },
  { id: 'https::', want: null, note: 'empty name' },
  { id: 'ftp:svc:80', want: null, note: 'bad scheme' },
  { id: 'HTTP:svc:80', want: null, note: 'scheme is case sensitive' },
  { id: 'dashboard:foo:8080', want: null, note: 'a port name in the scheme slot' },
  { id: 'a:b:c:d', want: null, note: 'four parts' },
  { id: 'svc:80:', want: null, note: 'three parts, scheme "svc"' },
  { id: '[::1]:80', want: null, note: 'four parts' },
];

/** More of the split: the port is not checked at this stage, and nothing is ever decoded. */
const splitExtra: ReadonlyArray<{ id: string; want: SchemeNamePort | null; note: string }> = [
  { id: 'svc: 80', want: parts('', 'svc', ' 80'), note: 'any port string, even " 80"' },
  { id: 'Https:svc:80', want: null, note: 'mixed-case scheme' },
  { id: 'HTTPS:svc:', want: null, note: 'upper-case scheme' },
  { id: 'svc%3A80', want: parts('', 'svc%3A80', ''), note: 'no percent-decoding' },
  { id: 'https%3Asvc%3A', want: parts('', 'https%3Asvc%3A', ''), note: 'no percent-decoding' },
  { id: 'http::', want: null, note: 'empty name with a scheme' },
  { id: '::80', want: null, note: 'empty scheme and name' },
  { id: 'a:b:c:d:e', want: null, note: 'five parts' },
  { id: ':::', want: null, note: 'four empty parts' },
  { id: 'Not_A_DNS_Name:x y', want: parts('', 'Not_A_DNS_Name', 'x y'), note: 'no name check' },
];

describe('splitSchemeNamePort: as SplitSchemeNamePort splits', () => {
  it.each(splitTable)('$id → $want ($note)', ({ id, want }) => {
    expect(splitSchemeNamePort(id)).toStrictEqual(want);
  });
});

describe('splitSchemeNamePort: more ids', () => {
  it.each(splitExtra)('$id → $want ($note)', ({ id, want }) => {
    expect(splitSchemeNamePort(id)).toStrictEqual(want);
  });
});

const validIds = [...splitTable, ...splitExtra].filter((row) => row.want !== null);

describe('split ∘ join algebra', () => {
  it.each(validIds)('split(join(split($id))) equals split($id)', ({ id }) => {
    const split = splitSchemeNamePort(id);
    expect(split).not.toBeNull();
    if (!split) return;
    expect(splitSchemeNamePort(joinSchemeNamePort(split))).toStrictEqual(split);
  });

  /** `join(split(id)) == id` except that `name:` and `:name:port` lose their redundant colons. */
  const shortest: Readonly<Record<string, string>> = { 'svc:': 'svc', ':svc:80': 'svc:80' };
  it.each(validIds)('join(split($id)) is the shortest form', ({ id }) => {
    const split = splitSchemeNamePort(id);
    expect(split).not.toBeNull();
    if (!split) return;
    expect(joinSchemeNamePort(split)).toBe(shortest[id] ?? id);
  });
});

/** The join rules (`JoinSchemeNamePort` in the same file, and the README's `joinSchemeNamePort`). */
const joinTable: ReadonlyArray<{ input: JoinInput; id: string; note: string }> = [
  { input: { scheme: 'https', name: 'svc' }, id: 'https:svc:', note: 'trailing colon kept' },
  { input: { scheme: 'https', name: 'svc', port: '' }, id: 'https:svc:', note: 'empty port' },
  { input: { scheme: 'http', name: 'svc' }, id: 'http:svc:', note: 'http, no port' },
  { input: { scheme: 'https', name: 'svc', port: '443' }, id: 'https:svc:443', note: '3 parts' },
  { input: { scheme: 'http', name: 'svc', port: 'web' }, id: 'http:svc:web', note: 'port name' },
  { input: { scheme: 'http', name: 'https', port: 443 }, id: 'http:https:443', note: 'number' },
  { input: { scheme: '', name: 'svc', port: '80' }, id: 'svc:80', note: 'empty scheme dropped' },
  { input: { name: 'svc' }, id: 'svc', note: 'name alone' },
  { input: { name: 'svc', port: '' }, id: 'svc', note: 'empty port: name alone' },
  { input: { scheme: '', name: 'svc', port: '' }, id: 'svc', note: 'all empty but the name' },
  { input: { name: 'svc', port: 8080 }, id: 'svc:8080', note: 'numeric port in decimal' },
  { input: { name: 'svc', port: 0x50 }, id: 'svc:80', note: 'hex literal is just 80' },
  { input: { name: 'svc', port: 1e3 }, id: 'svc:1000', note: 'decimal, not exponent' },
  { input: { scheme: 'https', name: 'svc', port: 8443 }, id: 'https:svc:8443', note: 'number' },
  { input: { name: 'https', port: 'svc' }, id: 'https:svc', note: 'a name that looks like one' },
  { input: { name: '10.0.0.1', port: 80 }, id: '10.0.0.1:80', note: 'dots are fine' },
];

describe('joinSchemeNamePort: join rules', () => {
  it.each(joinTable)('$input → $id ($note)', ({ input, id }) => {
    expect(joinSchemeNamePort(input)).toBe(id);
  });

  it.each(joinTable)('split(join($input)) gives the parts back', ({ input }) => {
    const port = input.port === undefined ? '' : String(input.port);
    expect(splitSchemeNamePort(joinSchemeNamePort(input))).toStrictEqual(
      parts(input.scheme ?? '', input.name, port),
    );
  });
});

/** Parts that cannot survive a split. `code` for ':' is what the parser says of the joined id. */
const joinRefusals: ReadonlyArray<{
  input: JoinInput;
  code: DiagnosticCode;
  field: 'scheme' | 'name' | 'port';
  note: string;
}> = [
  { input: { name: '' }, code: 'invalid-id', field: 'name', note: 'empty name' },
  { input: { name: '', port: '80' }, code: 'invalid-id', field: 'name', note: 'empty name' },
  {
    input: { scheme: 'https', name: '', port: '443' },
    code: 'invalid-id',
    field: 'name',
    note: 'empty name with a scheme',
  },
  { input: { name: 'a:b' }, code: 'invalid-id', field: 'name', note: "':' in the name" },
  { input: { name: ':' }, code: 'invalid-id', field: 'name', note: "name is ':'" },
  {
    input: { scheme: 'https', name: 'svc:443' },
    code: 'invalid-id',
    field: 'name',
    note: "':' in the name with a scheme",
  },
  { input: { name: 'svc', port: '80:' }, code: 'invalid-id', field: 'port', note: "':' in port" },
  { input: { name: 'svc', port: ':' }, code: 'invalid-id', field: 'port', note: "port is ':'" },
  {
    input: { scheme: 'https', name: 'svc', port: 'a:b' },
    code: 'invalid-id',
    field: 'port',
    note: "':' in the port with a scheme",
  },
  {
    input: { scheme: 'https:' as IdScheme, name: 'svc', port: '80' },
    code: 'invalid-id',
    field: 'scheme',
    note: "':' in the scheme",
  },
  {
    input: { scheme: ':' as IdScheme, name: 'svc' },
    code: 'invalid-id',
    field: 'scheme',
    note: "scheme is ':'",
  },
  {
    input: { scheme: 'HTTP' as IdScheme, name: 'svc', port: '80' },
    code: 'invalid-scheme',
    field: 'scheme',
    note: 'upper case',
  },
  {
    input: { scheme: 'Https' as IdScheme, name: 'svc' },
    code: 'invalid-scheme',
    field: 'scheme',
    note: 'mixed case',
  },
  {
    input: { scheme: 'ftp' as IdScheme, name: 'svc', port: '21' },
    code: 'invalid-scheme',
    field: 'scheme',
    note: 'not http(s)',
  },
  {
    input: { scheme: 'dashboard' as IdScheme, name: 'foo', port: '8080' },
    code: 'invalid-scheme',
    field: 'scheme',
    note: 'a port name in the scheme slot',
  },
  {
    input: { scheme: ' https' as IdScheme, name: 'svc' },
    code: 'invalid-scheme',
    field: 'scheme',
    note: 'leading space',
  },
  {
    input: { scheme: 'wss' as IdScheme, name: 'svc' },
    code: 'invalid-scheme',
    field: 'scheme',
    note: 'a URL scheme, not an id scheme',
  },
];

describe('joinSchemeNamePort: refusals', () => {
  it.each(joinRefusals)('$input → $code on $field ($note)', ({ input, code, field }) => {
    const error = thrown(() => joinSchemeNamePort(input));
    expect(error).toBeInstanceOf(ProxyUrlError);
    expect(error).toBeInstanceOf(Error);
    if (!(error instanceof ProxyUrlError)) return;
    expect(error.diagnostics.length).toBeGreaterThan(0);
    expect(error.diagnostics).toContainEqual(expect.objectContaining({ code, field }));
    for (const d of error.diagnostics) {
      expect(d.severity).toBe('error');
      expect(d.field).toBeDefined();
      expect(d.message).toMatch(/\S/);
    }
    expect(new Set(error.diagnostics.map((d) => d.code)).size).toBe(error.diagnostics.length);
  });
});

/** "No other checks (names and ports are the parser's and builder's business)." */
const joinUnchecked: ReadonlyArray<{ input: JoinInput; id: string }> = [
  { input: { name: 'Not_A_DNS_Name', port: 'x y' }, id: 'Not_A_DNS_Name:x y' },
  { input: { scheme: 'https', name: 'UPPER', port: '0443' }, id: 'https:UPPER:0443' },
  { input: { name: 'svc', port: -1 }, id: 'svc:-1' },
  { input: { name: 'svc', port: 0 }, id: 'svc:0' },
  { input: { name: 'svc', port: 99999 }, id: 'svc:99999' },
  { input: { name: 'svc', port: '+443' }, id: 'svc:+443' },
  { input: { name: 'a/b' }, id: 'a/b' },
  { input: { name: '..' }, id: '..' },
  { input: { name: ' ' }, id: ' ' },
  { input: { name: 'svc%3A80' }, id: 'svc%3A80' },
  { input: { name: 'a'.repeat(300) }, id: 'a'.repeat(300) },
  { input: { scheme: 'http', name: 'pod', port: 'http' }, id: 'http:pod:http' },
];

describe('joinSchemeNamePort: checks nothing else', () => {
  it.each(joinUnchecked)('$input → $id', ({ input, id }) => {
    expect(() => joinSchemeNamePort(input)).not.toThrow();
    expect(joinSchemeNamePort(input)).toBe(id);
  });
});
