// The library's guidance at the moments people go wrong (issue "Guide, don't just check"): a raw
// space in the path, a Service URL without its namespace, http to port 443. Each diagnostic has its
// code, its span and a fix that parses clean of it; the space's claim is checked with the real curl.
import { describe, expect, it } from 'vitest';
import { parseProxyUrl, toCurl } from '../src/index.js';
import { run } from './kubectl/kubectl.js';

interface GuidanceCase {
  why: string;
  url: string;
  code: string;
  severity: 'error' | 'warning';
  span: string;
  fix: string;
}

const S = '/api/v1/namespaces/a/services/b/proxy';
const cases: GuidanceCase[] = [
  {
    why: 'a raw space, path-only',
    url: `${S}/x y`,
    code: 'space-in-url',
    severity: 'error',
    span: ' ',
    fix: `${S}/x%20y`,
  },
  {
    why: 'a raw space, through kubectl proxy',
    url: `http://localhost:8001${S}/x y`,
    code: 'space-in-url',
    severity: 'error',
    span: ' ',
    fix: `http://localhost:8001${S}/x%20y`,
  },
  {
    why: 'two raw spaces, with a query',
    url: `https://10.0.0.1:6443${S}/my file/a b?q=1`,
    code: 'space-in-url',
    severity: 'error',
    span: ' ',
    fix: `https://10.0.0.1:6443${S}/my%20file/a%20b?q=1`,
  },
  {
    why: 'a Service without its namespace: namespaces/default/ is offered',
    url: '/api/v1/services/web/proxy/',
    code: 'not-a-proxy-url',
    severity: 'error',
    span: 'services',
    fix: '/api/v1/namespaces/default/services/web/proxy/',
  },
  {
    why: 'http to port 443: https: is offered',
    url: 'http://localhost:8001/api/v1/namespaces/kube-system/services/kubernetes-dashboard:443/proxy/',
    code: 'scheme-port-mismatch',
    severity: 'warning',
    span: '443',
    fix: 'http://localhost:8001/api/v1/namespaces/kube-system/services/https:kubernetes-dashboard:443/proxy/',
  },
];

describe.each(cases)('$why', ({ url, code, severity, span, fix }) => {
  const found = parseProxyUrl(url).diagnostics.find((d) => d.code === code);

  it(`${severity} ${code} on ${JSON.stringify(span)}, with its fix`, () => {
    expect(found).toMatchObject({ severity, fix });
    expect(url.slice(found?.start, found?.end)).toBe(span);
  });

  it('the fix is a proxy URL clean of that code', () => {
    const fixed = parseProxyUrl(fix);
    expect(fixed.target).not.toBeNull();
    expect(fixed.diagnostics.map((d) => d.code)).not.toContain(code);
    expect(fixed.ok).toBe(true);
  });
});

describe('space-in-url says what clients do', () => {
  const url = `http://127.0.0.1:9${S}/x y`;
  const { message, fix } =
    parseProxyUrl(url).diagnostics.find((d) => d.code === 'space-in-url') ?? {};

  it('curl refuses it, browsers send %20', () => {
    expect(message).toBe('curl and Go refuse a raw space; browsers send it as %20.');
    // WHATWG: what a browser sends is the fix.
    expect(new URL(url).href).toBe(fix);
  });

  it('the real curl refuses the raw space (exit 3) and sends the fix (exit 7: nothing listens)', async () => {
    const raw = await run('/usr/bin/curl', ['-sS', '--max-time', '5', url]);
    expect(raw.code).toBe(3);
    const fixed = await run('/usr/bin/curl', ['-sS', '--max-time', '5', fix as string]);
    expect(fixed.code).not.toBe(3);
  }, 30_000);
});

describe('toCurl leaves user:password@ out: a copied command carries no password', () => {
  it.each([
    [
      'https://admin:s3cret@10.0.0.1:6443/api/v1/namespaces/a/services/b/proxy/',
      `curl 'https://10.0.0.1:6443${S}/' --header "Authorization: Bearer $TOKEN"`,
    ],
    [
      'http://admin:s3cret@localhost:8001/api/v1/namespaces/a/services/b/proxy/',
      `curl 'http://localhost:8001${S}/'`,
    ],
    [
      'https://t0ken@h/api/v1/nodes/n/proxy/x?q=1#f',
      `curl 'https://h/api/v1/nodes/n/proxy/x?q=1' --header "Authorization: Bearer $TOKEN"`,
    ],
    [
      'https://a:b@c@h/api/v1/nodes/n/proxy/',
      `curl 'https://h/api/v1/nodes/n/proxy/' --header "Authorization: Bearer $TOKEN"`,
    ],
  ])('%s', (url, curl) => {
    expect(toCurl(url)).toBe(curl);
  });
});
