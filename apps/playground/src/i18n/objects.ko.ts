// 클러스터 오브젝트 모드의 한국어 문자열. 모드와 함께 불러온다(objects.ts 참고).
import type { Kind } from '../objects/model.ts';
import type { ObjectsMessages } from './objects.en.ts';

const kindWord = (kind: Kind): string =>
  kind === 'Service' ? '서비스' : kind === 'Pod' ? '파드' : '노드';

/** 클러스터 오브젝트 모드의 한국어 문자열. `objects.en.ts`와 같은 모양이어야 한다. */
export const objectsKo: ObjectsMessages = {
  heading: '클러스터 오브젝트에서 링크 만들기',
  label: '클러스터 오브젝트',
  help: 'kubectl get svc -o yaml의 출력(또는 -o json, kubectl get svc,pods,nodes -A)을 붙여 넣으세요. 서비스 포트, 컨테이너 포트, kubelet마다 링크를 만듭니다.',
  privacy:
    '오브젝트는 이 페이지 안에만 있으며 주소나 공유 링크에는 들어가지 않습니다(어노테이션에 비밀 정보가 있을 수 있습니다).',
  placeholder: 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Service\n  …',
  useExample: '예시 붙여 넣기',
  clear: '지우기',
  loadingReader: 'YAML 읽기 도구를 불러오는 중…',
  reading: '오브젝트를 읽는 중…',
  empty: '오브젝트를 붙여 넣으면 링크 목록을 보여 줍니다.',
  none: '서비스, 파드, 노드를 찾지 못했습니다. kubectl get에 -o yaml 또는 -o json을 붙인 출력을 붙여 넣으세요.',
  readError: (format: 'json' | 'yaml', line: number | null, column: number | null): string =>
    `${format === 'json' ? 'JSON으로' : 'YAML로'} 읽을 수 없습니다${
      line === null ? '' : ` (${line}행${column === null ? '' : ` ${column}열`})`
    }:`,
  kinds: { Service: '서비스', Pod: '파드', Node: '노드' },
  found: (counts: Record<Kind, number>, links: number): string =>
    `서비스 ${counts.Service}개, 파드 ${counts.Pod}개, 노드 ${counts.Node}개: 링크 ${links}개.`,
  base: '링크는 베이스 URL 항목의 값으로 시작합니다:',
  noBase: '(없음: 경로만)',
  baseHelp: 'URL 모드의 베이스 URL 항목에서 바꿀 수 있습니다.',
  filter: '오브젝트 거르기',
  filterHelp: '종류, 네임스페이스, 이름, 포트에 든 낱말로 거릅니다.',
  shown: (shown: number, total: number): string =>
    `오브젝트 ${total}개 중 ${shown}개를 보여 줍니다.`,
  showMore: '더 보기',
  noMatch: '거르는 조건에 맞는 오브젝트가 없습니다.',
  listHeading: '오브젝트와 포트',
  noPort: '포트 없음',
  over: (scheme: 'http' | 'https'): string => `${scheme}로 연결`,
  open: 'URL 칸에서 열기',
  openLabel: (what: string): string => `URL 칸에서 열기: ${what}`,
  opened: (what: string): string => `${what}을(를) URL 칸에서 열었습니다.`,
  noLink: '링크 없음:',
  kubeletPaths: 'kubelet 경로',
  reach: {
    label: '붙여 넣은 오브젝트에 비추어 보면',
    reaches: (object: string, port: string): string => `${object}의 ${port} 포트에 닿습니다.`,
    reachesWarning: '아래 경고를 확인하세요.',
    fails: (object: string, port: string | null): string =>
      port === null
        ? `${object}의 어느 포트에도 닿지 않습니다. 아래 오류를 확인하세요.`
        : `${object}의 ${port} 포트를 가리키지만 프록시는 이 포트에 닿을 수 없습니다. 아래 오류를 확인하세요.`,
    notFound: (object: string): string => `붙여 넣은 오브젝트 중에 ${object}이(가) 없습니다.`,
    unlisted: (object: string): string =>
      `${object}에 닿지만, 붙여 넣은 오브젝트에 나오지 않는 포트입니다.`,
    object: (kind: Kind, path: string): string => `${kindWord(kind)} ${path}`,
    showObjects: '오브젝트 보기',
  },
};
