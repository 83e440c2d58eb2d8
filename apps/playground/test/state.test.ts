import { parseProxyUrl, safeBuildProxyUrl } from 'apiserver-proxy-url';
import { describe, expect, it } from 'vitest';
import { examples } from '../src/examples.ts';
import { emptyForm, formToInput } from '../src/form-model.ts';
import { reducer, stateForUrl } from '../src/state.ts';

const docs =
  'http://104.197.5.247/api/v1/namespaces/kube-system/services/elasticsearch-logging/proxy/_search?q=user:kimchy';

describe('URL → form', () => {
  it('fills the fields from the parser', () => {
    expect(stateForUrl(docs).form).toEqual({
      base: 'http://104.197.5.247',
      resource: 'services',
      namespace: 'kube-system',
      name: 'elasticsearch-logging',
      scheme: '',
      port: '',
      path: '/_search',
      query: 'q=user:kimchy',
      fragment: '',
    });
  });

  it('keeps the fields when the text is not a proxy URL, and never touches the text', () => {
    const before = stateForUrl(docs);
    const after = reducer(before, { type: 'url', url: 'http://104.197.5.247/api/v1/namesp' });
    expect(after.url).toBe('http://104.197.5.247/api/v1/namesp');
    expect(after.form).toEqual(before.form);
  });

  it('reads placeholders as unknown values, as pasted from docs, and still checks the structure', () => {
    const template = stateForUrl(
      'http://localhost:8001/api/v1/namespaces/{{ .Release.Namespace }}/services/<service-name>:<port>/proxy/',
    );
    expect(template.parsed.diagnostics.map((d) => d.code)).not.toContain('invalid-name');
    expect(template.parsed.diagnostics.map((d) => d.code)).not.toContain('invalid-namespace');
    const scheme = stateForUrl('/api/v1/namespaces/$NS/services/https:<svc>/proxy/');
    expect(scheme.parsed.diagnostics.map((d) => d.code)).toContain('scheme-parsed-as-name');
  });

  it('keeps the namespace across a node URL', () => {
    const node = reducer(stateForUrl(docs), { type: 'url', url: '/api/v1/nodes/n1/proxy/' });
    expect(node.form.resource).toBe('nodes');
    expect(node.form.namespace).toBe('kube-system');
  });
});

describe('form → URL', () => {
  it('rebuilds the URL with the builder', () => {
    let state = stateForUrl(docs);
    state = reducer(state, { type: 'field', field: 'scheme', value: 'https' });
    expect(state.url).toBe(
      'http://104.197.5.247/api/v1/namespaces/kube-system/services/https:elasticsearch-logging:/proxy/_search?q=user:kimchy',
    );
    state = reducer(state, { type: 'field', field: 'port', value: '9200' });
    state = reducer(state, { type: 'field', field: 'base', value: 'http://localhost:8001/' });
    expect(state.url).toBe(
      'http://localhost:8001/api/v1/namespaces/kube-system/services/https:elasticsearch-logging:9200/proxy/_search?q=user:kimchy',
    );
    expect(state.refused).toEqual([]);
  });

  it('keeps the last URL and shows the refusal while the form cannot be built', () => {
    const before = stateForUrl(docs);
    const state = reducer(before, { type: 'field', field: 'name', value: 'Bad_Name' });
    expect(state.url).toBe(before.url);
    expect(state.form.name).toBe('Bad_Name');
    expect(state.refused.map((d) => [d.code, d.field])).toEqual([['invalid-name', 'name']]);
    const fixed = reducer(state, { type: 'field', field: 'name', value: 'good-name' });
    expect(fixed.refused).toEqual([]);
    expect(fixed.url).toContain('/services/good-name/proxy/');
  });

  it('takes only real choices for resource and scheme', () => {
    const state = stateForUrl(docs);
    expect(
      reducer(state, { type: 'field', field: 'resource', value: 'secrets' }).form.resource,
    ).toBe('services');
    expect(reducer(state, { type: 'field', field: 'scheme', value: 'ftp' }).form.scheme).toBe('');
  });

  it('drops the namespace for nodes', () => {
    const state = reducer(stateForUrl(docs), { type: 'field', field: 'resource', value: 'nodes' });
    expect(state.url).toBe(
      'http://104.197.5.247/api/v1/nodes/elasticsearch-logging/proxy/_search?q=user:kimchy',
    );
  });

  it('round-trips every example that parses cleanly: URL → form → URL', () => {
    for (const { url } of examples) {
      const { ok, target } = parseProxyUrl(url);
      if (!ok || !target) continue;
      const state = stateForUrl(url, emptyForm);
      const rebuilt = safeBuildProxyUrl(formToInput(state.form));
      expect(rebuilt.ok && parseProxyUrl(rebuilt.url).target).toEqual(target);
    }
  });
});
