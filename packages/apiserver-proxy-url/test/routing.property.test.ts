// Differential properties: the library against the routing model (route-model.ts), which reads a
// URL as Go clients, browsers and kubectl proxy (before and after Go 1.22) do (the README's "How
// each client reads a URL" and its `route-differs` and `hidden-route` rows): when the readings reach different objects, or one reaches
// an API resource, `ok` is false; when `ok`, they agree with the library's target; what the
// builder builds reaches exactly its input's target in every reading.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ProxyTargetInput, parseProxyUrl, safeBuildProxyUrl } from '../src/index.js';
import { hostileTargetArb, routeUrlArb } from './route-arbitraries.js';
import {
  describeOutcome,
  describeReadings,
  findDisagreement,
  firstProxy,
  type ProxyOutcome,
  type Reading,
  readUrl,
  sameProxy,
  splitId,
} from './route-model.js';

const RUNS = { numRuns: 5000 } as const;

/** The reading pair and every reading, for failure messages. */
const explain = (url: string, readings: readonly Reading[], extra = ''): string =>
  `${JSON.stringify(url)}\n${describeReadings(readings)}${extra ? `\n${extra}` : ''}`;

describe('parseProxyUrl against the routing model', () => {
  it('(a) readings that disagree (different proxies, or a proxy and an API resource) → ok is false', () => {
    fc.assert(
      fc.property(routeUrlArb, (url) => {
        const readings = readUrl(url);
        const pair = findDisagreement(readings);
        if (pair === null) return;
        const result = parseProxyUrl(url);
        expect(
          result.ok,
          explain(url, readings, `disagree: ${pair[0].reading} vs ${pair[1].reading}`),
        ).toBe(false);
      }),
      RUNS,
    );
  });

  it('(b) ok → every reading that routes reaches the same proxy, and the target is its split', () => {
    fc.assert(
      fc.property(routeUrlArb, (url) => {
        const result = parseProxyUrl(url);
        if (!result.ok) return;
        const readings = readUrl(url);
        const target = result.target;
        const proxy = firstProxy(readings);
        const message = explain(url, readings, `library: ${JSON.stringify(target)}`);
        expect(proxy, `${message}\nno reading reaches a proxy`).not.toBeNull();
        const p = proxy as ProxyOutcome;
        for (const r of readings) {
          if (r.outcome.kind === 'refused' || r.outcome.kind === 'none') continue;
          expect(r.outcome.kind === 'proxy' && sameProxy(r.outcome, p), message).toBe(true);
        }
        const split = splitId(p.id);
        expect(split, `${message}\nthe id does not split`).not.toBeNull();
        expect(
          {
            resource: target?.resource,
            namespace: target?.namespace,
            scheme: target?.scheme,
            name: target?.name,
            port: target?.port,
          },
          message,
        ).toEqual({ resource: p.resource, namespace: p.namespace, ...split });
      }),
      RUNS,
    );
  });

  it("(c) the browser reaches a proxy and the library names a target → it is the browser's", () => {
    fc.assert(
      fc.property(routeUrlArb, (url) => {
        const readings = readUrl(url);
        const browser = readings.find((r) => r.reading === 'browser');
        if (browser?.outcome.kind !== 'proxy') return;
        const b = browser.outcome;
        // An id or namespace that is not UTF-8: the contract does not say what target holds.
        if (`${b.namespace}${b.id}`.includes('\uFFFD')) return;
        const result = parseProxyUrl(url);
        if (result.target === null) return;
        // A refused id: the name is the whole decoded id (contract).
        const name = splitId(b.id)?.name ?? b.id;
        expect(
          {
            resource: result.target.resource,
            namespace: result.target.namespace,
            name: result.target.name,
          },
          explain(url, readings, `library: ${JSON.stringify(result.target)}`),
        ).toEqual({ resource: b.resource, namespace: b.namespace, name });
      }),
      RUNS,
    );
  });
});

describe('safeBuildProxyUrl against the routing model', () => {
  it('(d) what builds reaches exactly its input in every reading (any base may be kubectl proxy)', () => {
    fc.assert(
      fc.property(hostileTargetArb, (t: ProxyTargetInput) => {
        const built = safeBuildProxyUrl(t);
        if (!built.ok) return;
        const readings = readUrl(built.url, { kubectl: 'always' });
        const want = {
          resource: t.resource ?? 'services',
          namespace: (t.resource ?? 'services') === 'nodes' ? null : (t.namespace ?? null),
          scheme: t.scheme ?? '',
          name: t.name,
          port: t.port === undefined ? '' : String(t.port),
        };
        for (const r of readings) {
          const o = r.outcome;
          const got =
            o.kind === 'proxy'
              ? { resource: o.resource, namespace: o.namespace, ...splitId(o.id) }
              : describeOutcome(o);
          expect(
            got,
            `${r.reading} of ${explain(built.url, readings, `input: ${JSON.stringify(t)}`)}`,
          ).toEqual(want);
        }
      }),
      RUNS,
    );
  });
});
