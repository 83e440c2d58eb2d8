// withoutCredentials: what leaves the page (#url=, Copy link, Copy URL) never carries a secret,
// whether or not the text parses as a proxy URL.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashFor, readHash, shareLink } from '../src/hash-state.ts';
import { REDACTED, withoutCredentials } from '../src/redact.ts';

const P = '/api/v1/namespaces/ns/services/svc/proxy/';

describe('userinfo@ is removed, however the parse ends', () => {
  it.each([
    // [why, input, output]
    ['a proxy URL', `http://u:p@localhost:8001${P}`, `http://localhost:8001${P}`],
    ['surrounding whitespace kept', `  HTTPS://u@H${P}%7e `, `  HTTPS://H${P}%7e `],
    [
      'no scheme (parse: unsupported-url-scheme)',
      `admin:s3cret@10.0.0.1:6443${P}`,
      `10.0.0.1:6443${P}`,
    ],
    [
      'the legacy form',
      'https://admin:s3cret@h/api/v1/proxy/namespaces/ns/services/svc/',
      'https://h/api/v1/proxy/namespaces/ns/services/svc/',
    ],
    ['not a proxy URL', 'https://u:p@example.com/x', 'https://example.com/x'],
    ['a tab in the scheme', `ht\ttps://admin:s3cret@h${P}`, `ht\ttps://h${P}`],
    ['newlines in the userinfo', `https://ad\nmin:s3\r\ncret@h${P}`, `https://h${P}`],
    ['backslashes as slashes', `https:\\\\admin:s3cret@h${P}`, `https:\\\\h${P}`],
    ['mixed slashes', `https:/\\admin:s3cret@h${P}`, `https:/\\h${P}`],
    ['a special scheme without slashes', `http:admin:s3cret@h${P}`, `http:h${P}`],
    ['protocol-relative', '//u:p@example.com/x', '//example.com/x'],
    ['a space in the password', `https://admin:s3 cret@h${P}`, `https://h${P}`],
    ['an @ in the password', `https://admin:s3@cret@h${P}`, `https://h${P}`],
    ['a user alone', `wss://admin@h${P}`, `wss://h${P}`],
    ['inside a curl command', `curl -k admin:s3cret@10.0.0.1${P} -v`, `curl -k 10.0.0.1${P} -v`],
    ['a --flag=value', `curl --url=admin:s3cret@h${P}`, `curl --url=h${P}`],
    ['a nested URL in the query', `${P}?next=https://u:p@h/`, `${P}?next=https://h/`],
  ])('%s', (_why, input, output) => {
    expect(withoutCredentials(input)).toBe(output);
  });
});

describe('secrets in a pasted command are replaced', () => {
  it.each([
    [
      "curl -k -H 'Authorization: Bearer abc.def-ghi' https://h/x",
      `curl -k -H 'Authorization: Bearer ${REDACTED}' https://h/x`,
    ],
    [
      'curl -H "Authorization: Basic YWRtaW46czNjcmV0" https://h/x',
      `curl -H "Authorization: Basic ${REDACTED}" https://h/x`,
    ],
    [
      'curl --header "authorization:bearer tok en" https://h/x',
      `curl --header "authorization:bearer ${REDACTED}" https://h/x`,
    ],
    [
      "curl -H 'Authorization: abc' https://h/x",
      `curl -H 'Authorization: ${REDACTED}' https://h/x`,
    ],
    [
      "curl -H 'Proxy-Authorization: Bearer t' https://h/x",
      `curl -H 'Proxy-Authorization: Bearer ${REDACTED}' https://h/x`,
    ],
    ['curl -u admin:pw https://h/x', `curl -u admin:${REDACTED} https://h/x`],
    ["curl -u 'admin:p w' https://h/x", `curl -u 'admin:${REDACTED}' https://h/x`],
    ['curl -uadmin:pw https://h/x', `curl -uadmin:${REDACTED} https://h/x`],
    ['curl -sku admin:pw https://h/x', `curl -sku admin:${REDACTED} https://h/x`],
    ['curl --user admin:pw https://h/x', `curl --user admin:${REDACTED} https://h/x`],
    ['curl --user=admin:pw https://h/x', `curl --user=admin:${REDACTED} https://h/x`],
    ['curl -U proxy:pw https://h/x', `curl -U proxy:${REDACTED} https://h/x`],
    ['curl --oauth2-bearer TOKEN123 https://h/x', `curl --oauth2-bearer ${REDACTED} https://h/x`],
    [`kubectl --token=eyJhbGciOi get --raw ${P}`, `kubectl --token=${REDACTED} get --raw ${P}`],
    [`kubectl --token abc get --raw ${P}`, `kubectl --token ${REDACTED} get --raw ${P}`],
    [`kubectl --password=pw get --raw ${P}`, `kubectl --password=${REDACTED} get --raw ${P}`],
    [`https://h${P}?access_token=xyz&a=1`, `https://h${P}?access_token=${REDACTED}&a=1`],
    [`https://h${P}?a=1&token=xyz#f`, `https://h${P}?a=1&token=${REDACTED}#f`],
    [`https://h${P}#id_token=xyz`, `https://h${P}#id_token=${REDACTED}`],
    [`https://h${P}?ACCESS_TOKEN=x\ty`, `https://h${P}?ACCESS_TOKEN=${REDACTED}`],
  ])('%s', (input, output) => {
    expect(withoutCredentials(input)).toBe(output);
  });

  it.each([
    // Shell expansions and user names are not secrets; the command is otherwise kept.
    'curl -H "Authorization: Bearer $TOKEN" https://h/x -d @body.json',
    'curl --header \'Authorization: Bearer \'"$(cat token)" https://h/x',
    `kubectl --user=admin get --raw ${P}`,
    'curl -u admin https://h/x',
    `curl -X PUT https://h${P}`,
  ])('keeps %s', (input) => {
    expect(withoutCredentials(input)).toBe(input);
  });
});

describe('text without credentials is kept verbatim', () => {
  it.each([
    '/api/v1/namespaces/ns/services/https:svc:/proxy/a b?q=1&r=%2F#frag',
    'javascript:alert(1)',
    'not a url at all',
    '/a@b/api/v1/nodes/n/proxy/',
    `https://h${P}users/@me?email=me@example.org`,
    `http://104.197.5.247${P}_search?q=user:kimchy`,
    '  spaces around  ',
    '한국어/😀',
    '',
  ])('%j', (url) => {
    expect(withoutCredentials(url)).toBe(url);
  });
});

describe('the address and Copy link', () => {
  it.each([
    `admin:s3cret@10.0.0.1:6443${P}`,
    `ht\ttps://admin:s3cret@h${P}`,
    'https://admin:s3cret@h/api/v1/proxy/namespaces/ns/services/svc/',
    'https://admin:s3cret@example.com/x',
    `curl -H 'Authorization: Bearer s3cret' https://h${P}`,
  ])('never carry the secret of %j', (url) => {
    expect(hashFor(url)).not.toContain('s3cret');
    expect(readHash(hashFor(url))).not.toContain('s3cret');
    expect(shareLink('http://127.0.0.1:1/index.html', url)).not.toContain('s3cret');
  });
});

// Property tests: arbitrary text around an inserted secret.
const secretChars = fc.constantFrom(
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._~-',
);
const secret = fc.array(secretChars, { minLength: 8, maxLength: 24 }).map((a) => `S${a.join('')}`);
const text = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc
    .array(
      fc.constantFrom(
        '/',
        '@',
        ':',
        ' ',
        '\t',
        '\n',
        "'",
        '"',
        '?',
        '#',
        '=',
        '-u',
        'http',
        '://',
        'x',
      ),
      {
        maxLength: 12,
      },
    )
    .map((a) => a.join('')),
);
/** Tabs and newlines put anywhere, as a browser deletes them. */
const sprinkle = (s: string, at: number[]): string => {
  let out = s;
  for (const i of at) {
    const j = i % (out.length + 1);
    out = `${out.slice(0, j)}\t${out.slice(j)}`;
  }
  return out;
};
const noIgnored = (s: string): string => s.replace(/[\t\n\r]/g, '');

describe('property: the secret never survives', () => {
  it('user:password@ in an authority, with or without a scheme', () => {
    const scheme = fc.constantFrom(
      'https://',
      'http://',
      'HTTP://',
      'wss://',
      'http:',
      'https:\\\\',
      'http:/\\',
      '//',
      'ht\ttps://',
      'foo://',
      '',
    );
    const separator = fc.constantFrom(' ', '\n', '\t', "'", '"', '(', '<', ' --url=', '');
    fc.assert(
      fc.property(
        text,
        separator,
        scheme,
        secret,
        fc.array(fc.nat(), { maxLength: 3 }),
        text,
        (before, sep, sch, password, tabs, after) => {
          // The authority starts a word: the text in front ends with a separator (or is empty).
          const lead = sep === '' ? '' : `${before}${sep}`;
          const authority = sprinkle(`user:${password}@`, tabs);
          const input = `${lead}${sch}${authority}10.0.0.1:6443${P}${after}`;
          const out = noIgnored(withoutCredentials(input));
          expect(out).not.toContain(password);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('a token in a header, a flag or the query', () => {
    const place = fc.constantFrom(
      (t: string) => ` -H 'Authorization: Bearer ${t}' `,
      (t: string) => ` -H "Authorization: Basic ${t}" `,
      (t: string) => ` --header "authorization: ${t}" `,
      (t: string) => ` -u admin:${t} `,
      (t: string) => ` --user=admin:${t} `,
      (t: string) => ` --oauth2-bearer ${t} `,
      (t: string) => ` --token=${t} `,
      (t: string) => ` --token ${t} `,
      (t: string) => ` https://h${P}?access_token=${t}`,
      (t: string) => ` https://h${P}?a=1&token=${t}&b=2`,
    );
    fc.assert(
      fc.property(text, place, secret, text, (before, put, token, after) => {
        const input = `curl${before}${put(token)}${after}`;
        expect(withoutCredentials(input)).not.toContain(token);
      }),
      { numRuns: 3000 },
    );
  });

  it('the platform URL parser finds no credentials in what is left', () => {
    fc.assert(
      fc.property(
        fc.oneof(text, fc.webUrl({ withQueryParameters: true, withFragments: true })),
        (s) => {
          const out = withoutCredentials(s);
          try {
            const u = new URL(out.trim(), 'http://h');
            expect(u.username).toBe('');
            expect(u.password).toBe('');
          } catch {
            // not a URL
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('fast-check web URLs with userinfo lose it', () => {
    fc.assert(
      fc.property(fc.webUrl(), secret, (url, password) => {
        const withPassword = url.replace('://', `://u:${password}@`);
        expect(withoutCredentials(withPassword)).not.toContain(password);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('linear time', () => {
  // No timing is asserted: a quadratic scan of these would run far beyond the test timeout.
  it.each([
    ['colons and slashes', ':/'.repeat(100_000)],
    ['tabs before colons', 'h\t\t\t\t:'.repeat(50_000)],
    ['word starts without @', ' a:b'.repeat(60_000)],
    ['authorization without a value', 'authorization: $'.repeat(20_000)],
    ['authorization, one long value', `'Authorization: Bearer ${'x'.repeat(200_000)}`],
    ['equals signs', '-x='.repeat(80_000)],
    ['flags', ' -u'.repeat(80_000)],
    ['query keys', '&token'.repeat(50_000)],
  ])('%s', (_why, input) => {
    expect(typeof withoutCredentials(input)).toBe('string');
  });
});
