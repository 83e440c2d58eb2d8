// Every Korean string the interface shows (the page, the document mode, the objects mode), written
// out with sample values and kept as a snapshot, so a change to any of them is reviewed; and the
// native review of issue 14 checked against it. Diagnostic titles and messages (diagnostics.ko.ts)
// are the library's findings, reviewed with the library's rules, and are not part of this.
import { describe, expect, it } from 'vitest';
import { documentKo } from '../src/i18n/document.ko.ts';
import { ko } from '../src/i18n/ko.ts';
import { objectsKo } from '../src/i18n/objects.ko.ts';

type Args = readonly unknown[];
const resources = ['services', 'pods', 'nodes'] as const;
// The contexts each explanation is shown in: a base's text, a scheme's, a resource's part.
const bases = ['http://localhost:8001', '/k8s/clusters/c-m-abcd1234'].map((text) => [
  { resource: 'services', text },
]);
const schemes = ['https', 'http'].map((text) => [{ resource: 'services', text }]);
const ofResource = (list: readonly string[]) => list.map((resource) => [{ resource, text: '' }]);

/** The sample calls of each function, by its path: every function must be listed here. */
const calls: Record<string, readonly Args[]> = {
  'ui.explain.base': bases,
  'ui.explain.namespace': ofResource(['services', 'pods']),
  'ui.explain.resource': [[]],
  'ui.explain.id': [[]],
  'ui.explain.scheme': schemes,
  'ui.explain.name': ofResource(resources),
  'ui.explain.port': ofResource(resources),
  'ui.explain.path': [[]],
  'ui.explain.query': [[]],
  'ui.explain.fragment': [[]],
  'ui.form.kubectlHint': [['8001'], ['8080']],
  'ui.form.trailingColon': [['https'], ['http']],
  'ui.diagnostics.summary': [
    [2, 1, 0],
    [1, 0, 1],
    [0, 0, 3],
  ],
  'ui.destination.backendWhat': resources.map((r) => [r, 'kube-system/kube-dns']),
  'ui.destination.defaultPort': resources.map((r) => [r]),
  'ui.clusterInfo.open': [['kube-dns']],
  'document.fixesApplied': [[3]],
  'document.summary': [
    [4, 1, 3, null],
    [4, 1, 3, 1],
  ],
  'document.at': [[12, 5]],
  'document.range': [[1, 50, 120]],
  'document.copies': [[1], [3]],
  'objects.readError': [
    ['yaml', 3, 7],
    ['json', null, null],
  ],
  'objects.found': [[{ Service: 2, Pod: 1, Node: 1 }, 9]],
  'objects.shown': [[50, 120]],
  'objects.over': [['http'], ['https']],
  'objects.openLabel': [['kube-system/kube-dns:metrics']],
  'objects.opened': [['kube-system/kube-dns:metrics']],
  'objects.reach.reaches': [['서비스 kube-system/kube-dns', 'metrics']],
  'objects.reach.fails': [
    ['서비스 kube-system/kube-dns', 'metrics'],
    ['서비스 kube-system/kube-dns', null],
  ],
  'objects.reach.notFound': [['서비스 kube-system/web']],
  'objects.reach.unlisted': [['서비스 kube-system/web']],
  'objects.reach.object': [
    ['Service', 'kube-system/kube-dns'],
    ['Pod', 'default/web-0'],
    ['Node', 'node-1'],
  ],
};

/** `path = text` lines for every string, functions called with their samples. */
function lines(value: unknown, path: string, used: Set<string>): string[] {
  if (typeof value === 'string') return [`${path} = ${value}`];
  if (typeof value === 'function') {
    const samples = calls[path];
    if (!samples) throw new Error(`no sample call for ${path}: add one to calls`);
    used.add(path);
    return samples.map(
      (args, i) => `${path}(${i}) = ${(value as (...a: Args) => string)(...args)}`,
    );
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => lines(v, `${path}.${k}`, used));
  }
  return [`${path} = ${String(value)}`];
}

const used = new Set<string>();
const all = [
  ...lines(ko, 'ui', used),
  ...lines(documentKo, 'document', used),
  ...lines(objectsKo, 'objects', used),
];
const text = all.join('\n');

describe('every Korean interface string', () => {
  it('is written out with its samples and matches the reviewed snapshot', () => {
    expect(all.join('\n')).toMatchSnapshot();
  });

  it('has a sample call for every function and no stale one', () => {
    expect([...used].sort()).toEqual(Object.keys(calls).sort());
  });

  it('is Korean text, not an English leftover', () => {
    const english = all.filter((line) => {
      const value = line.slice(line.indexOf(' = ') + 3);
      // Names of things (kubectl proxy, Rancher, http) stay as they are; a sentence is Korean.
      // (A placeholder is an example of what to paste: YAML, a URL.)
      if (line.includes('.placeholder = ')) return false;
      return value.split(' ').length > 3 && !/[가-힣]/.test(value);
    });
    expect(english).toEqual([]);
  });
});

// The table of issue 14 ("now" → "better"), for the interface's strings.
describe.each([
  ['GET … 받는 곳 localhost:8001', 'destination.to = 받는 곳', 'destination.toAfter = (으)로 보냄'],
  ['부분으로 만들기', '부분으로 만들기', '항목별로 URL 만들기'],
  ['기본 플래그의 kubectl proxy', '기본 플래그의', '기본 설정으로 실행한 kubectl proxy는'],
  [
    '문서대로 [::1]에서 듣는 kubectl proxy',
    '[::1]에서 듣는',
    '문서처럼 localhost 대신 [::1]로 접속',
  ],
  ['「클러스터 접근」', '「', '‘클러스터 접근’ 문서'],
  ['user:password@는 뺐습니다', '뺐습니다', 'user:password@, 토큰, 비밀번호) 부분은 제외했습니다'],
  ['· 입력 항목에서', '입력 항목에서', '입력 항목 기준'],
  ['빌더에서 열기', '빌더', 'URL 칸에서 열기'],
])('review: %s', (_row, now, better) => {
  it(`no longer says "${now}"`, () => {
    expect(text).not.toContain(now);
  });
  it(`says "${better}"`, () => {
    expect(text).toContain(better);
  });
});

describe('review: id → ID', () => {
  it('the part is called ID, and no Korean sentence says "id"', () => {
    expect(ko.parts.id).toBe('ID');
    const withId = all.filter((line) =>
      /(^|[^A-Za-z_-])id([^A-Za-z_-]|$)/.test(line.slice(line.indexOf(' = ') + 3)),
    );
    expect(withId).toEqual([]);
  });
});
