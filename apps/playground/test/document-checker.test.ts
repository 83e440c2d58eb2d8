// The checker's queue, here without a Web Worker (Node has none: it checks on the main thread,
// as a browser that refuses the worker would).
import { describe, expect, it, vi } from 'vitest';
import { type CheckResult, DocumentChecker } from '../src/document/checker.ts';

const bad = 'http://localhost:8001/api/v1/namespaces/ns/services/https:svc/proxy/';

describe('DocumentChecker', () => {
  it('checks the first text and the latest one: those typed in between are skipped', async () => {
    const results: CheckResult[] = [];
    const checker = new DocumentChecker((r) => results.push(r));
    checker.check('a', 'warning');
    checker.check('ab', 'warning');
    checker.check(bad, 'info');
    await vi.waitFor(() => expect(results).toHaveLength(2));
    expect(results.map((r) => [r.text, r.minSeverity])).toEqual([
      ['a', 'warning'],
      [bad, 'info'],
    ]);
    expect(results[1]?.check.urls[0]?.findings.map((f) => f.code)).toContain(
      'scheme-parsed-as-name',
    );
    expect(results[1]?.ms).toBeGreaterThanOrEqual(0);
    checker.dispose();
  });

  it('answers nothing once disposed', async () => {
    const results: CheckResult[] = [];
    const checker = new DocumentChecker((r) => results.push(r));
    checker.check(bad, 'warning');
    checker.dispose();
    await new Promise((done) => setTimeout(done, 50));
    expect(results).toEqual([]);
  });
});
