import { describe, expect, it } from 'vitest';
import { parseProxyUrl } from '../src/index.js';

describe('parseProxyUrl', () => {
  it('reads the docs example', () => {
    const r = parseProxyUrl(
      'http://104.197.5.247/api/v1/namespaces/kube-system/services/elasticsearch-logging/proxy/_search?q=user:kimchy',
    );
    expect(r.ok).toBe(true);
    expect(r.target?.name).toBe('elasticsearch-logging');
  });
});
