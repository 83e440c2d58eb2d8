import { describe, expect, it } from 'vitest';
import { addressHash, addressMax, hashFor, readHash, shareLink } from '../src/hash-state.ts';
import { withoutCredentials } from '../src/redact.ts';

const proxy = '/api/v1/namespaces/ns/services/https:svc:/proxy/a b?q=1&r=%2F#frag';

describe('the address', () => {
  it.each([
    proxy,
    'https://h/api/v1/nodes/n/proxy/?x=1#y',
    '  spaces around  ',
    '%zz not an escape',
    '#url=inside',
    '한국어/😀',
    '',
  ])('holds %j and gives it back verbatim', (url) => {
    expect(readHash(hashFor(url))).toBe(url);
  });

  it('is #url= with encodeURIComponent', () => {
    expect(hashFor(proxy)).toBe(`#url=${encodeURIComponent(proxy)}`);
    expect(readHash(`#url=${encodeURIComponent(proxy)}`)).toBe(proxy);
  });

  it('reads a hand-written link, and no link', () => {
    expect(readHash('#url=/api/v1/nodes/n/proxy/')).toBe('/api/v1/nodes/n/proxy/');
    expect(readHash('#url=%E0%A4%A')).toBe('%E0%A4%A');
    expect(readHash('#other=1&url=%2Fx')).toBe('/x');
    expect(readHash('')).toBeNull();
    expect(readHash('#/login')).toBeNull();
  });

  it('never carries user:password@', () => {
    const url = 'https://admin:s3cret@h/api/v1/namespaces/ns/services/svc/proxy/';
    expect(hashFor(url)).not.toMatch(/s3cret|admin/);
    expect(readHash(hashFor(url))).toBe('https://h/api/v1/namespaces/ns/services/svc/proxy/');
    const link = shareLink('http://127.0.0.1:1/some/prefix/index.html#url=old', url);
    expect(link).toBe(
      `http://127.0.0.1:1/some/prefix/index.html#url=${encodeURIComponent('https://h/api/v1/namespaces/ns/services/svc/proxy/')}`,
    );
  });
});

describe('withoutCredentials', () => {
  it.each([
    // A scan of the text, not the parse: the rest is kept as written, whitespace included.
    [
      'http://u:p@localhost:8001/api/v1/namespaces/ns/services/svc/proxy',
      'http://localhost:8001/api/v1/namespaces/ns/services/svc/proxy',
    ],
    ['  HTTPS://u@H/api/v1/nodes/n/proxy/%7e ', '  HTTPS://H/api/v1/nodes/n/proxy/%7e '],
    // Not a proxy URL: the same.
    ['https://u:p@example.com/x', 'https://example.com/x'],
    ['//u:p@example.com/x', '//example.com/x'],
  ])('%s → %s', (input, output) => {
    expect(withoutCredentials(input)).toBe(output);
  });

  it('leaves URLs without credentials alone', () => {
    for (const url of [
      proxy,
      'javascript:alert(1)',
      'not a url at all',
      '/a@b/api/v1/nodes/n/proxy/',
    ]) {
      expect(withoutCredentials(url)).toBe(url);
    }
  });
});

describe('a very long URL', () => {
  const path = '/api/v1/namespaces/ns/services/svc/proxy/';
  it('goes into the address up to the limit', () => {
    expect(addressHash(path)).toBe(hashFor(path));
    const longest = `${path}${'a'.repeat(addressMax - path.length - '#url='.length - 20)}`;
    expect(addressHash(longest)).toBe(hashFor(longest));
  });

  it('leaves the address without a URL past it (browsers cap addresses)', () => {
    expect(addressHash(`${path}${'a'.repeat(addressMax)}`)).toBe('');
    // Escaping is what crosses the limit here: 3 characters in the address for each '%'.
    expect(addressHash(`${path}${'%'.repeat(addressMax / 2)}`)).toBe('');
  });
});
