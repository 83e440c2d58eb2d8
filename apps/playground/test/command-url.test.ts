// A pasted command never leaves the page: the address, Copy link and Copy URL get the URL inside it,
// without credentials, or nothing when an Authorization header would go along.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shareable, urlInCommand } from '../src/command-url.ts';
import { addressHash, hashFor, readHash, shareLink } from '../src/hash-state.ts';

const inner = 'https://10.0.0.1:6443/api/v1/namespaces/default/services/web/proxy/';

describe.each([
  {
    why: 'curl with a bearer token',
    text: `curl -k -H 'Authorization: Bearer eyJhbGciOi.c2VjcmV0' ${inner}`,
    url: inner,
  },
  {
    why: 'curl with the URL quoted first',
    text: `curl '${inner}' -H "Authorization: Bearer eyJhbGciOi.c2VjcmV0"`,
    url: inner,
  },
  {
    why: 'curl with user:password@ in the URL',
    text: 'curl -k https://admin:s3cret@10.0.0.1:6443/api/v1/nodes/n1/proxy/metrics',
    url: 'https://10.0.0.1:6443/api/v1/nodes/n1/proxy/metrics',
  },
  {
    why: 'kubectl get --raw',
    text: 'kubectl get --raw /api/v1/namespaces/default/services/web/proxy/healthz',
    url: '/api/v1/namespaces/default/services/web/proxy/healthz',
  },
  {
    why: 'kubectl get --raw= with quotes',
    text: "kubectl get --raw='/api/v1/nodes/n1:10250/proxy/metrics'",
    url: '/api/v1/nodes/n1:10250/proxy/metrics',
  },
])('$why', ({ text, url }) => {
  it('is read as a command whose URL (without credentials) is the one inside', () => {
    expect(urlInCommand(text)).not.toBeNull();
    expect(shareable(text)).toBe(url);
  });

  it('puts only that URL into the address and Copy link', () => {
    expect(readHash(hashFor(text))).toBe(url);
    expect(addressHash(text)).toBe(hashFor(url));
    const link = shareLink('http://127.0.0.1:1/p/index.html#url=old', text);
    expect(link).toBe(`http://127.0.0.1:1/p/index.html#url=${encodeURIComponent(url)}`);
    expect(decodeURIComponent(link)).not.toMatch(/authorization|bearer|s3cret|admin|curl|kubectl/i);
  });
});

describe('text that is not a command', () => {
  it.each([
    inner,
    '/api/v1/namespaces/a/services/b/proxy/x y',
    '  spaces around  ',
    'kubernetes-dashboard:443',
    '',
  ])('%j is shared as written', (text) => {
    expect(urlInCommand(text)).toBeNull();
    expect(shareable(text)).toBe(text);
  });

  it('an Authorization header the library does not see as a command is never shared', () => {
    for (const text of [
      `-H 'Authorization: Bearer abc' ${inner}`,
      `Authorization:\tBearer abc ${inner}`,
      `${inner} -H "authorization : Basic YWRtaW46cw=="`,
    ]) {
      expect(shareable(text)).toBeNull();
      expect(hashFor(text)).toBe('');
      expect(addressHash(text)).toBe('');
      expect(shareLink('http://127.0.0.1:1/p/#url=old', text)).toBe('http://127.0.0.1:1/p/');
    }
  });
});

describe('property: whatever surrounds a URL in a command, no token reaches the address', () => {
  it('curl with any flags and a bearer token', () => {
    const token = fc.stringMatching(/^[A-Za-z0-9._-]{8,40}$/);
    const flags = fc.array(fc.constantFrom('-k', '-s', '-v', '--compressed', '-X GET'), {
      maxLength: 3,
    });
    fc.assert(
      fc.property(token, flags, fc.boolean(), (secret, more, quoted) => {
        const header = `-H '${'Authorization'}: Bearer ${secret}'`;
        const url = quoted ? `'${inner}'` : inner;
        const text = ['curl', ...more, header, url].join(' ');
        const hash = decodeURIComponent(hashFor(text));
        expect(hash).not.toContain(secret);
        expect(hash.toLowerCase()).not.toContain('authorization');
      }),
    );
  });
});
