// The Cluster objects mode's components rendered to static markup in Node, in either language. The
// browser tests cover behaviour (pasting, picking, the URL mode); these pin the content cheaply.
import { parseProxyUrl, resolveProxyTarget } from 'apiserver-proxy-url';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { objectList } from '../../../packages/apiserver-proxy-url/test/objects.fixtures.ts';
import { Diagnostics } from '../src/Diagnostics.tsx';
import { LangContext } from '../src/i18n/context.ts';
import { type Lang, loadLang, messages } from '../src/i18n/index.ts';
import { objectsEn } from '../src/i18n/objects.en.ts';
import { objectsKo } from '../src/i18n/objects.ko.ts';
import ClusterObjects, { yamlLoaded } from '../src/objects/ClusterObjects.tsx';
import { exampleObjects } from '../src/objects/example.ts';
import { ObjectsReach } from '../src/objects/ObjectsReach.tsx';

// The Korean diagnostic messages are a chunk of their own, loaded before Korean is shown.
beforeAll(() => loadLang('ko'));

const render = (element: ReactElement, lang: Lang = 'en') =>
  renderToStaticMarkup(
    createElement(LangContext.Provider, { value: { lang, t: messages[lang] } }, element),
  );

const none = () => {};

const mode = (text: string, lang: Lang = 'en', base = 'http://localhost:8001') =>
  render(
    createElement(ClusterObjects, {
      text,
      onText: none,
      base,
      onObjects: none,
      onMode: none,
      onOpenUrl: none,
    }),
    lang,
  );

const reach = (url: string, lang: Lang = 'en') =>
  render(
    createElement(ObjectsReach, {
      target: parseProxyUrl(url).target,
      resolved: resolveProxyTarget(url, objectList),
      onMode: none,
    }),
    lang,
  );

/** Markup's text, tags dropped and entities read (enough for these strings). */
const textOf = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('ClusterObjects', () => {
  it('labels the text area, says the objects stay in the page, and offers an example', () => {
    const html = mode('');
    expect(html).toContain('<label for="cluster-objects">Cluster objects</label>');
    expect(html).toContain('aria-describedby="cluster-objects-help cluster-objects-privacy"');
    expect(textOf(html)).toContain(objectsEn.privacy);
    expect(html).toContain('Paste an example');
    expect(textOf(html)).toContain(objectsEn.empty);
  });

  it('lists every object and port from pasted JSON, with its URL from the base', () => {
    const html = mode(JSON.stringify(objectList));
    const text = textOf(html);
    expect(text).toContain('7 Services, 2 pods, 1 node: 13 links.');
    expect(text).toContain(
      'http://localhost:8001/api/v1/namespaces/kube-system/services/kube-dns:metrics/proxy/',
    );
    // Each button's name starts with its visible words, then says what it opens.
    expect(html).toContain('aria-label="Open in the builder: kube-system/kube-dns:metrics"');
    expect(html).toContain('aria-label="Open in the builder: default/https:api:web"');
    expect(html).toContain('aria-label="Open in the builder: node-1:10250/metrics/cadvisor"');
    expect(text).toContain('metrics (9153/TCP)');
    // The ports with no URL say why, with the library's codes.
    expect(html).toContain('data-code="non-tcp-port"');
    expect(html).toContain('data-code="external-name-service"');
    expect(html).toContain('data-code="no-container-port"');
  });

  it('reads YAML once its reader has loaded', async () => {
    await yamlLoaded;
    const text = textOf(mode(exampleObjects, 'en', ''));
    expect(text).toContain('4 Services, 1 pod, 1 node: 7 links.');
    expect(text).toContain('/api/v1/namespaces/monitoring/pods/prometheus-0:9090/proxy/');
    expect(text).toContain(objectsEn.noBase);
  });

  it('says where text that is neither JSON nor YAML stops', async () => {
    await yamlLoaded;
    const html = mode('kind: Service\nmetadata:\n  name: a\n\tbad: 1\n');
    expect(html).toContain('data-read-error="yaml"');
    expect(textOf(html)).toContain(
      'This is not YAML the page can read (line 4, column 1): Tabs are not allowed as indentation',
    );
  });

  it('speaks Korean, with the codes’ Korean titles', () => {
    const html = mode(JSON.stringify(objectList), 'ko');
    expect(html).toContain('<label for="cluster-objects">클러스터 오브젝트</label>');
    const text = textOf(html);
    expect(text).toContain(objectsKo.privacy);
    expect(text).toContain('서비스 7개, 파드 2개, 노드 1개: 링크 13개.');
    expect(html).toContain('aria-label="URL 칸에서 열기: kube-system/kube-dns:metrics"');
    expect(text).toContain('TCP가 아닌 포트');
  });

  it('keeps markup in the objects as text', () => {
    const hostile = {
      kind: 'Service',
      metadata: { name: '<img src=x onerror=alert(1)>', namespace: '<script>' },
      spec: { ports: [{ name: '<b>', port: 80 }] },
    };
    const html = mode(JSON.stringify(hostile));
    expect(html).not.toMatch(/<img|<script|<b>/);
    expect(html).toContain('&lt;script&gt;/&lt;img');
  });
});

describe('ObjectsReach', () => {
  const S = '/api/v1/namespaces';

  it('names the port reached', () => {
    const html = reach(`${S}/kube-system/services/kube-dns:metrics/proxy/`);
    expect(html).toContain('data-reach="reaches"');
    expect(textOf(html)).toContain(
      'Against the pasted objects: Reaches Service kube-system/kube-dns, port metrics (9153/TCP).',
    );
    expect(textOf(reach('/api/v1/nodes/node-1/proxy/'))).toContain(
      'Reaches node node-1, port 10250.',
    );
  });

  it('points at the warning, the error or the missing object', () => {
    expect(textOf(reach(`${S}/default/services/https:api:plain/proxy/`))).toContain(
      'port plain (443/TCP). See the warning below.',
    );
    const fails = reach(`${S}/kube-system/services/kube-dns:metricz/proxy/`);
    expect(fails).toContain('data-reach="fails"');
    expect(textOf(fails)).toContain('Reaches no port of Service kube-system/kube-dns');
    expect(textOf(reach(`${S}/kube-system/services/kube-dns:dns/proxy/`))).toContain(
      'Names port dns (53/UDP) of Service kube-system/kube-dns, which the proxy cannot reach',
    );
    const missing = reach(`${S}/default/services/nope/proxy/`);
    expect(missing).toContain('data-reach="not-found"');
    expect(textOf(missing)).toContain('Service default/nope is not among the pasted objects.');
    expect(reach('not a proxy url')).toContain('data-reach="none"');
  });

  it('speaks Korean', () => {
    expect(textOf(reach(`${S}/kube-system/services/kube-dns:metrics/proxy/`, 'ko'))).toContain(
      '서비스 kube-system/kube-dns의 metrics (9153/TCP) 포트에 닿습니다.',
    );
  });
});

describe('Diagnostics with the objects’ findings', () => {
  it('lists them with the parser’s, each with its code and fix', () => {
    const url = `/api/v1/namespaces/kube-system/services/kube-dns/proxy/`;
    const resolved = resolveProxyTarget(url, objectList);
    const html = render(
      createElement(Diagnostics, {
        url,
        parsed: parseProxyUrl(url),
        refused: [],
        extra: resolved.diagnostics,
        onFix: none,
        onShow: none,
        onField: none,
      }),
    );
    expect(html).toContain('data-code="empty-port-unnamed-only"');
    expect(html).toContain('data-code="unknown-port"');
    expect(html).toContain('1 error');
    expect(html).toContain('<mark class="mark-error">kube-dns</mark>');
  });
});
