import {
  type Diagnostic,
  diagnosticCatalogue,
  parseProxyUrl,
  resolveProxyTarget,
  safeBuildProxyUrl,
} from 'apiserver-proxy-url';
import { beforeAll, describe, expect, it } from 'vitest';
import { examples } from '../src/examples.ts';
import { diagnosticsKo } from '../src/i18n/diagnostics.ko.ts';
import { documentEn } from '../src/i18n/document.en.ts';
import { documentKo } from '../src/i18n/document.ko.ts';
import { en } from '../src/i18n/en.ts';
import { diagnosticText, loadLang, pickLang } from '../src/i18n/index.ts';
import { ko } from '../src/i18n/ko.ts';
import { objectsEn } from '../src/i18n/objects.en.ts';
import { objectsKo } from '../src/i18n/objects.ko.ts';

// The Korean diagnostic messages are a chunk of their own, loaded before Korean is shown.
beforeAll(() => loadLang('ko'));

/** Every key path of an object of strings and functions. */
function shape(value: unknown, path = ''): string[] {
  if (value === null || typeof value !== 'object') return [`${path}:${typeof value}`];
  return Object.entries(value).flatMap(([k, v]) => shape(v, `${path}.${k}`));
}

describe('Korean', () => {
  it('has a title and message for every code in the catalogue, and no other', () => {
    expect(Object.keys(diagnosticsKo).sort()).toEqual(Object.keys(diagnosticCatalogue).sort());
    for (const { title, message } of Object.values(diagnosticsKo)) {
      expect(title.trim()).not.toBe('');
      expect(typeof message === 'string' ? message : message({})).toMatch(/[가-힣]/);
    }
  });

  it('has every interface string English has', () => {
    expect(shape(ko)).toEqual(shape(en));
    // The document mode's strings load with the mode, from their own files.
    expect(shape(documentKo)).toEqual(shape(documentEn));
    expect(Object.keys(ko.examples.items).sort()).toEqual(examples.map((e) => e.id).sort());
  });

  it('gives a diagnostic English from the library and Korean from the app', () => {
    const d = {
      code: 'missing-trailing-slash',
      severity: 'warning',
      message: 'from the library',
      start: 0,
      end: 0,
    } as const;
    expect(diagnosticText(d, 'en')).toEqual({
      title: diagnosticCatalogue['missing-trailing-slash'].title,
      message: 'from the library',
    });
    expect(diagnosticText(d, 'ko')).toEqual(diagnosticsKo['missing-trailing-slash']);
  });
});

/** The first diagnostic with `code` that parsing `url` reports. */
function parsed(url: string, code: Diagnostic['code']): Diagnostic {
  const d = parseProxyUrl(url).diagnostics.find((x) => x.code === code);
  if (!d) throw new Error(`bad test row: no ${code} for ${url}`);
  return d;
}

function refused(input: object, code: Diagnostic['code']): Diagnostic {
  const result = safeBuildProxyUrl(input as Parameters<typeof safeBuildProxyUrl>[0]);
  const d = result.ok ? undefined : result.diagnostics.find((x) => x.code === code);
  if (!d) throw new Error(`bad test row: no ${code} for ${JSON.stringify(input)}`);
  return d;
}

const S = '/api/v1/namespaces/ns/services';
const web = {
  kind: 'Service',
  metadata: { name: 'web', namespace: 'shop' },
  spec: { ports: [{ name: 'http', port: 80 }, { port: 8080 }] },
};

describe('Korean messages say what English says (from the params)', () => {
  it.each([
    // The corrected id.
    [parsed(`${S}/https:svc/proxy/`, 'scheme-parsed-as-name'), ['"https:svc:"처럼']],
    [parsed(`${S}/svc:/proxy/`, 'redundant-colon'), ['"svc"']],
    // Where an escaping path lands, and who takes it there.
    [
      parsed(`https://h${S}/svc/proxy/../../../secrets`, 'path-escapes-proxy'),
      ['브라우저가', '"/api/v1/namespaces/ns/secrets"'],
    ],
    [
      refused({ namespace: 'ns', name: 'svc', path: '../../secrets' }, 'path-escapes-proxy'),
      ['"/api/v1/namespaces/ns/services/secrets"'],
    ],
    [parsed(`${S}/svc:80/proxy/a/./b`, 'dot-segment-in-path'), ['"/a/b"']],
    // The allowed characters and the rule.
    [
      parsed('/api/v1/namespaces/-ns/pods/p/proxy/', 'invalid-namespace'),
      ['DNS-1123 레이블', 'a-z, 0-9, "-"', '최대 63자'],
    ],
    [parsed(`${S}/My_Svc/proxy/`, 'invalid-name'), ['DNS-1035 레이블', '영문자로 시작']],
    [
      parsed('/api/v1/namespaces/ns/pods/a_b/proxy/', 'invalid-name'),
      ['DNS-1123 서브도메인', '최대 253자'],
    ],
    [parsed(`${S}/svc:my_port/proxy/`, 'invalid-port'), ['포트 이름은 DNS-1123 레이블']],
    [parsed('/api/v1/nodes/n:kubelet/proxy/', 'invalid-port'), ['500', '노드 포트']],
    [parsed(`${S}/svc:+80/proxy/`, 'port-number-format'), ['80번']],
    [parsed('//evil.example/api/v1/nodes/n/proxy/', 'protocol-relative-url'), ['"evil.example"']],
    // bad-percent-encoding: two sentences, one for each case.
    [parsed(`${S}/svc:80/proxy/a%zz`, 'bad-percent-encoding'), ['400', '16진수']],
    [
      parsed('/api/v1/namespaces/ns/pods/caf%E9/proxy/', 'bad-percent-encoding'),
      ['UTF-8이 아닙니다'],
    ],
    [
      parsed('/%61pi/v1/nodes/a/proxy/api/v1/nodes/b/proxy/', 'hidden-route'),
      ['노드 a에 도달합니다'],
    ],
    [refused({ namespace: 'ns', name: 'svc', fragment: 1 }, 'invalid-input'), ['fragment 필드']],
    [
      refused({ base: 'http://h/api/v1/x', namespace: 'ns', name: 'svc' }, 'invalid-base'),
      ['/api/v1/이 들어 있습니다'],
    ],
    [
      resolveProxyTarget('/api/v1/namespaces/shop/services/web:9/proxy/', web).diagnostics[0],
      ['"9" 포트', '"http"(80), 이름 없는 8080'],
    ],
    [resolveProxyTarget('/api/v1/nodes/n1/proxy/', web).diagnostics[0], ['노드 n1이(가) 없습니다']],
  ] as const)('%# %o', (d, says) => {
    if (!d) throw new Error('bad test row: no diagnostic');
    const { message } = diagnosticText(d, 'ko');
    for (const text of says) expect(message).toContain(text);
    expect(message).toMatch(/[가-힣]/);
    expect(message).toMatch(/[.)]$/);
  });

  it('gives every English fact of a message with params in Korean too', () => {
    // Every quoted fact in an English message (an id, a path, a host) is in the Korean one.
    const urls = [
      `${S}/https:svc/proxy/`,
      `${S}/svc:/proxy/`,
      `https://h${S}/svc/proxy/../../../secrets`,
      `${S}/svc:80/proxy/a/./b`,
      '//evil.example/api/v1/nodes/n/proxy/',
    ];
    for (const url of urls) {
      for (const d of parseProxyUrl(url).diagnostics) {
        if (!d.params) continue;
        const ko = diagnosticText(d, 'ko').message;
        for (const [quoted] of d.message.matchAll(/"[^"]*"/g)) expect(ko, d.code).toContain(quoted);
      }
    }
  });
});

describe('the Cluster objects mode in Korean', () => {
  it('has every string English has, from its own files (they load with the mode)', () => {
    expect(shape(objectsKo)).toEqual(shape(objectsEn));
  });

  it('is written in Korean, but for the YAML placeholder', () => {
    const strings = (value: unknown, path: string): [string, string][] =>
      typeof value === 'string'
        ? [[path, value]]
        : value !== null && typeof value === 'object'
          ? Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`))
          : [];
    for (const [path, value] of strings(objectsKo, '')) {
      if (path === '.placeholder') continue;
      expect(value, path).toMatch(/[가-힣]/);
    }
    expect(objectsKo.label).toBe('클러스터 오브젝트');
    expect(objectsKo.found({ Service: 3, Pod: 1, Node: 0 }, 5)).toBe(
      '서비스 3개, 파드 1개, 노드 0개: 링크 5개.',
    );
    expect(objectsKo.readError('yaml', 4, 1)).toBe('YAML로 읽을 수 없습니다 (4행 1열):');
    expect(objectsKo.readError('json', null, null)).toBe('JSON으로 읽을 수 없습니다:');
    expect(objectsKo.reach.reaches('서비스 ns/web', 'http (80/TCP)')).toBe(
      '서비스 ns/web의 http (80/TCP) 포트에 닿습니다.',
    );
    expect(objectsEn.found({ Service: 1, Pod: 2, Node: 1 }, 1)).toBe(
      '1 Service, 2 pods, 1 node: 1 link.',
    );
    expect(objectsEn.readError('json', 3, null)).toBe(
      'This is not JSON the page can read (line 3):',
    );
  });
});

describe('the document mode in Korean', () => {
  it('is written in Korean, but for names the page keeps in English', () => {
    const english = new Set(['label', 'placeholder']);
    for (const [key, value] of Object.entries(documentKo)) {
      if (typeof value !== 'string' || english.has(key)) continue;
      expect(value, key).toMatch(/[가-힣]/);
    }
    expect(documentKo.label).toBe('문서');
    expect(documentKo.summary(3, 1, 2, null)).toBe('URL 3개 검사: 오류 1개, 경고 2개');
    expect(documentKo.summary(3, 1, 2, 4)).toBe('URL 3개 검사: 오류 1개, 경고 2개, 참고 4개');
    expect(documentKo.at(12, 5)).toBe('12행 5열');
    expect(documentEn.summary(1, 0, 1, null)).toBe('1 URL checked: 0 errors, 1 warning');
  });
});

describe('pickLang', () => {
  it.each([
    [null, ['ko-KR', 'en-US'], 'ko'],
    [null, ['en-GB', 'ko'], 'en'],
    [null, ['fr-FR', 'ko'], 'ko'],
    [null, ['fr-FR'], 'en'],
    [null, [], 'en'],
    ['ko', ['en-US'], 'ko'],
    ['en', ['ko-KR'], 'en'],
    ['xx', ['ko-KR'], 'ko'],
  ] as const)('stored %s, browser %j → %s', (stored, preferred, lang) => {
    expect(pickLang(stored, preferred)).toBe(lang);
  });
});
