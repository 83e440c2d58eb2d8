// The pure part of the conversion commands (src/cli/convert-format.ts): a refusal never shows a
// password or a raw control character, whatever the input; the scheme a base without one needs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRefusal, maskCredentials, schemeForBase } from '../src/cli/convert-format.js';
import { painter } from '../src/cli/format.js';
import { anyString } from './arbitraries.js';

const plain = painter(false);

/** The raw control characters in `text` other than its line feeds. */
const controls = (text: string): number[] =>
  [...text]
    .map((c) => c.charCodeAt(0))
    .filter((c) => (c < 0x20 && c !== 0x0a) || (c >= 0x7f && c <= 0x9f));

describe('formatRefusal', () => {
  // URLs the conversions refuse, each with a password to hide.
  const shapes = [
    (p: string) => `https://admin:${p}@10.0.0.1:6443/api/v1/services/web/proxy/`,
    (p: string) => `http://admin:${p}@localhost:8001/api/v1/namespaces/a/services/b/proxy/x y`,
    (p: string) => ` admin:${p}@localhost:8001/api/v1/namespaces/a/services/a%2Fb/proxy/`,
    (p: string) =>
      `curl -k -H 'Authorization: Bearer ${p}' https://admin:${p}@h/api/v1/nodes/n/proxy/`,
    (p: string) => `kubectl get --raw https://u:${p}@h/api/v1/proxy/nodes/n/`,
    (p: string) => `https://admin:${p}@h/api/v1/namespaces/a/services/b/proxy/\u001b[2J`,
  ];
  const password = fc.stringMatching(/^[A-Za-z0-9._~!$&'()*+,;=-]{6,20}$/).map((s) => `Pw${s}`);

  it('never shows the password, nor a raw control character', () => {
    fc.assert(
      fc.property(fc.constantFrom(...shapes), password, (shape, p) => {
        const text = formatRefusal(shape(p), [], plain);
        expect(text).not.toContain(p);
        expect(controls(text)).toEqual([]);
        expect(text.startsWith('error ')).toBe(true);
      }),
    );
  });

  it('shows no raw control character for any input, and never throws', () => {
    fc.assert(
      fc.property(anyString(200), (input) => {
        expect(controls(formatRefusal(input, [], plain))).toEqual([]);
      }),
    );
  });

  it('keeps the caret under the span once the password is masked', () => {
    const text = formatRefusal('https://admin:s3cret@h/api/v1/services/web/proxy/', [], plain);
    const [, line = '', caret = ''] = text.split('\n');
    expect(line).toBe('  https://admin:******@h/api/v1/services/web/proxy/');
    expect(line.slice(caret.indexOf('^'), caret.lastIndexOf('^') + 1)).toBe('services');
  });
});

describe('maskCredentials', () => {
  it.each([
    ['https://admin:s3cret@h/', [8, 21], 'https://admin:******@h/'],
    ['https://t0ken@h/', [8, 14], 'https://*****@h/'],
    ['https://a:b:c@h/', [8, 14], 'https://a:***@h/'],
    ['https://admin:@h/', [8, 15], 'https://admin:@h/'],
  ] as const)('%s', (url, span, masked) => {
    expect(maskCredentials(url, span)).toBe(masked);
    expect(maskCredentials(url, span)).toHaveLength(url.length);
  });
});

describe('schemeForBase', () => {
  it.each([
    ['localhost:8001', 'http://localhost:8001'],
    ['127.0.0.1:8080', 'http://127.0.0.1:8080'],
    ['10.0.0.1:6443', 'https://10.0.0.1:6443'],
    [
      'rancher.example:443/k8s/clusters/c-25hs9',
      'https://rancher.example:443/k8s/clusters/c-25hs9',
    ],
    ['http://localhost:8001', undefined],
    ['ftp://h', undefined],
    ['', undefined],
    ['/prefix', undefined],
  ])('%j: %j', (base, meant) => {
    expect(schemeForBase(base)).toBe(meant);
  });
});
