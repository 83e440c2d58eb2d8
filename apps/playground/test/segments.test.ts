import { parseProxyUrl } from 'apiserver-proxy-url';
import { describe, expect, it } from 'vitest';
import { examples } from '../src/examples.ts';
import { partAt, segment } from '../src/segments.ts';

describe('segment', () => {
  it.each(examples.map((e) => [e.id, e.url]))('%s: covers the URL once, in order', (_, url) => {
    const { parts, diagnostics } = parseProxyUrl(url);
    const runs = segment(url.length, parts, diagnostics);
    expect(runs[0]?.start).toBe(0);
    expect(runs.at(-1)?.end).toBe(url.length);
    for (let i = 1; i < runs.length; i++) expect(runs[i]?.start).toBe(runs[i - 1]?.end);
  });

  it('colours each part from the parser, scheme, name and port inside the id', () => {
    const url = 'http://localhost:8001/api/v1/namespaces/ns/services/https:svc:443/proxy/x?q#f';
    const runs = segment(url.length, parseProxyUrl(url).parts, []);
    const text = runs.filter((r) => r.part).map((r) => [r.part, url.slice(r.start, r.end)]);
    expect(text).toEqual([
      ['base', 'http://localhost:8001'],
      ['namespace', 'ns'],
      ['resource', 'services'],
      ['scheme', 'https'],
      ['id', ':'],
      ['name', 'svc'],
      ['id', ':'],
      ['port', '443'],
      ['path', '/x'],
      ['query', 'q'],
      ['fragment', 'f'],
    ]);
  });

  it('marks diagnostic spans with their worst severity', () => {
    const url = '/api/v1/namespaces/ns/services/a:b:c:d/proxy/';
    const { parts, diagnostics } = parseProxyUrl(url);
    const runs = segment(url.length, parts, diagnostics);
    const bad = runs.filter((r) => r.severity === 'error').map((r) => url.slice(r.start, r.end));
    expect(bad.join('')).toBe('a:b:c:d');
  });

  it('ignores spans past the end and empty ones', () => {
    const runs = segment(3, {}, [
      { code: 'invalid-name', severity: 'error', message: '', start: 0, end: 0 },
      { code: 'invalid-port', severity: 'error', message: '', start: 2, end: 9 },
    ]);
    expect(runs).toEqual([
      { start: 0, end: 2, part: null, severity: null },
      { start: 2, end: 3, part: null, severity: 'error' },
    ]);
  });
});

describe('partAt', () => {
  const url = '/api/v1/namespaces/ns/services/https:svc:443/proxy/';
  const { parts } = parseProxyUrl(url);
  it.each([
    [url.indexOf('ns'), 'namespace'],
    [url.indexOf('https') + 2, 'scheme'],
    [url.indexOf('svc') + 1, 'name'],
    [url.indexOf('443') + 3, 'port'],
    [url.indexOf('/proxy/') + 7, 'path'],
    [0, null],
  ])('caret %i is in %s', (caret, part) => {
    expect(partAt(parts, caret)).toBe(part);
  });
});
