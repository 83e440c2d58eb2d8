// Properties of the docs tools on generated documents: prose with proxy URLs (right and wrong)
// between spaces.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes, findProxyUrls, fixText, lintText } from '../src/index.js';
import { anyString } from './arbitraries.js';

const RUNS = { numRuns: 1000 } as const;

const fixAll = (text: string): string => fixText(text).text;

// Prose never holds `/`, `<` or a backtick, so it cannot make a URL, hide one in an HTML comment, or
// join one through code spans.
const prose = fc.stringMatching(/^[a-zA-Z0-9 \n.,;:!?()"'*_#=한국어-]{0,40}$/);

const url = fc
  .record({
    base: fc.constantFrom(
      '',
      'http://localhost:8001',
      'https://10.0.0.1:6443',
      'http://104.197.5.247',
      '$APISERVER',
      '{{ .Values.apiserver }}',
      'https://example.com/k8s/clusters/c-m-1',
    ),
    legacy: fc.boolean(),
    namespace: fc.constantFrom('default', 'kube-system', '<namespace>', '${ns}', 'Bad_NS'),
    resource: fc.constantFrom('services', 'pods', 'nodes'),
    id: fc.constantFrom(
      'web',
      'web:http',
      'https:web',
      'https:web:',
      'https:web:443',
      'web:443',
      'web:',
      '<svc>',
      'https:<svc>',
      '%s:%d',
      'web%3Ahttp',
      'node-1:10250',
      'pod:8080',
    ),
    path: fc.constantFrom(
      '',
      '/',
      '/metrics',
      '/a/../b',
      '/_search?q=user:kimchy',
      '//x',
      '/ui/#/',
    ),
  })
  .map(({ base, legacy, namespace, resource, id, path }) => {
    const where =
      resource === 'nodes' ? `nodes/${id}` : `namespaces/${namespace}/${resource}/${id}`;
    return legacy ? `${base}/api/v1/proxy/${where}${path}` : `${base}/api/v1/${where}/proxy${path}`;
  });

describe('findProxyUrls', () => {
  it('never throws, and its spans lie inside the text, in order', () => {
    fc.assert(
      fc.property(anyString(200), (text) => {
        let last = 0;
        for (const f of findProxyUrls(text)) {
          expect(f.start).toBeGreaterThanOrEqual(last);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(text.length);
          last = f.end;
        }
      }),
      RUNS,
    );
  });

  it('finds exactly the URL put into prose, where it was put', () => {
    fc.assert(
      fc.property(prose, url, prose, (before, u, after) => {
        const text = `${before} ${u} ${after}`;
        const start = before.length + 1;
        const found = findProxyUrls(text);
        // A URL ending in a sentence's punctuation loses it, as in every Markdown renderer.
        const expected = u.replace(/[,.;:!?*_~]+$/, '');
        expect(found).toEqual([{ start, end: start + expected.length, url: expected }]);
      }),
      RUNS,
    );
  });
});

describe('lintText and applyFixes', () => {
  it('fixing a document is fixing each of its URLs: nothing else changes', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(prose, url), { maxLength: 5 }), prose, (pairs, last) => {
        const text = pairs.map(([p, u]) => `${p} ${u} `).join('') + last;
        const expected = pairs.map(([p, u]) => `${p} ${fixAll(u)} `).join('') + last;
        expect(fixAll(text)).toBe(expected);
      }),
      RUNS,
    );
  });

  it('after fixing, nothing fixable is found again', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(prose, url), { maxLength: 5 }), (pairs) => {
        const fixed = fixAll(pairs.map(([p, u]) => `${p} ${u} `).join(''));
        expect(lintText(fixed).filter((f) => f.edits)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('one pass changes no byte outside the edits it applies', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(prose, url), { maxLength: 5 }), (pairs) => {
        const text = pairs.map(([p, u]) => `${p} ${u} `).join('');
        const findings = lintText(text);
        const out = applyFixes(text, findings);
        // Undo each applied edit from the end: the original comes back exactly.
        const edits = findings
          .flatMap((f) => f.edits ?? [])
          .sort((a, b) => a.start - b.start)
          .filter((e, i, all) => i === 0 || e.start > (all[i - 1]?.end ?? -1));
        let shift = 0;
        let rebuilt = '';
        let at = 0;
        for (const e of edits) {
          const from = e.start + shift;
          if (out.slice(from, from + e.text.length) !== e.text) continue;
          rebuilt += out.slice(at, from) + text.slice(e.start, e.end);
          at = from + e.text.length;
          shift += e.text.length - (e.end - e.start);
        }
        rebuilt += out.slice(at);
        expect(rebuilt).toBe(text);
      }),
      RUNS,
    );
  });

  it('never throws on any text, and every finding lies inside it', () => {
    fc.assert(
      fc.property(anyString(200), (text) => {
        for (const f of lintText(text, { minSeverity: 'info' })) {
          expect(f.start).toBeLessThanOrEqual(f.end);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.line).toBeGreaterThanOrEqual(1);
        }
        applyFixes(text, lintText(text));
      }),
      RUNS,
    );
  });
});
