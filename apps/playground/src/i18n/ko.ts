import type { ProxyResource } from 'apiserver-proxy-url';
import type { Messages, PartContext } from './en.ts';

const kind = (r: ProxyResource | null): string =>
  r === 'pods' ? '파드' : r === 'nodes' ? '노드' : '서비스';

/** 인터페이스의 한국어 문자열. `en.ts`와 같은 모양이어야 하며 `tsc`가 확인한다. */
export const ko: Messages = {
  documentTitle: '프록시 URL 플레이그라운드',
  title: '프록시 URL 플레이그라운드',
  tagline:
    '쿠버네티스 API 서버 프록시 URL을 만들고, 검사하고, 공유합니다. 모든 작업은 이 페이지 안에서 이루어지며 입력한 내용은 어디로도 전송되지 않습니다.',
  language: '언어',

  url: {
    label: '프록시 URL',
    help: 'URL을 붙여 넣거나 입력하세요. 커서를 옮기면 각 부분의 의미를 보여 줍니다.',
    placeholder: '/api/v1/namespaces/default/services/my-service:http/proxy/',
    partsHeading: 'URL의 구성',
    noParts: '아직 프록시 URL을 찾지 못했습니다.',
    caretHint: 'URL 안에 커서를 두면 그 부분을 설명합니다.',
    canonical: '정규 형식',
    useCanonical: '정규 형식 사용',
  },

  modes: {
    label: '검사할 대상',
    url: 'URL 검사',
    document: '문서 검사',
    objects: '오브젝트에서 링크 만들기',
    loading: '문서 검사 도구를 불러오는 중…',
  },

  severalUrls: {
    message: 'URL이 여러 개 있는 것 같습니다. 문서로 검사해 보세요.',
    action: '문서로 검사',
  },

  parts: {
    base: '베이스',
    namespace: '네임스페이스',
    resource: '리소스',
    id: 'ID',
    scheme: '스킴',
    name: '이름',
    port: '포트',
    path: '경로',
    query: '쿼리',
    fragment: '프래그먼트',
  },

  explain: {
    base: ({ text }: PartContext): string =>
      text.startsWith('/')
        ? 'API 서버 앞단(Rancher, Backstage, kubectl proxy --api-prefix)이 붙인 경로 접두사입니다. 호스트는 요청을 보내는 페이지나 도구의 호스트입니다.'
        : '요청을 받는 곳입니다. http://localhost:8001은 내 컴퓨터의 kubectl proxy로, 인증정보를 덧붙여 줍니다. https:// 주소는 API 서버 자체이거나 그 앞의 프록시입니다.',
    namespace: ({ resource }: PartContext): string =>
      `${kind(resource)}의 네임스페이스입니다. DNS-1123 레이블(a-z, 0-9, "-", 최대 63자)이어야 합니다.`,
    resource: (): string =>
      'services, pods, nodes 중 하나로, API 서버가 어떤 오브젝트의 proxy 하위 리소스를 여는지 정합니다.',
    id: (): string =>
      'ID는 name, name:port, scheme:name:port 중 하나입니다. API 서버는 퍼센트 디코딩 후 모든 ":"에서 나눕니다.',
    scheme: ({ text }: PartContext): string =>
      `"${text}:"는 API 서버가 백엔드와 통신하는 방식이며, 주소창에 입력하는 스킴이 아닙니다. http://localhost로 시작하는 URL도 HTTPS 백엔드에 닿을 수 있습니다. 생략하면 API 서버는 평문 HTTP를 씁니다.`,
    name: ({ resource }: PartContext): string =>
      resource === 'services'
        ? '서비스 이름입니다. DNS-1035 레이블(영문자로 시작, 최신 클러스터는 숫자도 허용)이어야 합니다.'
        : `${kind(resource)} 이름입니다. DNS-1123 서브도메인이어야 합니다.`,
    port: ({ resource }: PartContext): string =>
      resource === 'pods'
        ? '컨테이너 포트입니다. API 서버는 컨테이너 포트 이름을 해석하지 않으므로 번호만 동작합니다.'
        : resource === 'nodes'
          ? '노드 포트입니다. 비어 있거나 10250이면 kubelet이며, kubelet 자체의 스킴과 인증정보를 씁니다.'
          : '서비스 포트입니다. 번호(targetPort가 아닌 spec.ports[].port) 또는 이름을 씁니다. 포트가 없으면 이름 없는 서비스 포트에만 연결됩니다.',
    path: (): string =>
      '백엔드에 경로로 전달됩니다. 브라우저와 kubectl proxy가 먼저 ".", "..", "//"를 정리하고, API 서버는 %2F를 디코딩합니다.',
    query: (): string =>
      '쓴 그대로 백엔드에 전달됩니다. dryRun 키가 있으면 API 서버가 400으로 응답하고, path 키는 무시됩니다.',
    fragment: (): string => '브라우저에만 남으며 API 서버나 백엔드로 전송되지 않습니다.',
  },
  trailingColon:
    '끝의 콜론이 ID를 세 부분으로 유지합니다. 콜론이 없으면 API 서버는 "https:이름"을 이름 "https", 포트 "이름"으로 해석합니다.',

  form: {
    heading: '항목별로 URL 만들기',
    help: '항목을 고치면 위의 URL이 다시 만들어지고, URL을 고치면 항목이 채워집니다.',
    presets: '요청을 보낼 곳',
    presetNames: {
      kubectl: 'kubectl proxy',
      cluster: '클러스터 안',
      direct: 'API 서버 주소',
      rancher: 'Rancher',
      headlamp: 'Headlamp',
      backstage: 'Backstage',
      none: '호스트 없음',
      custom: '직접 입력',
    },
    kubectlHint: (port: string): string =>
      port === '8001'
        ? 'http://localhost:8001: 기본 포트로 실행한 kubectl proxy가 인증정보를 덧붙입니다.'
        : `http://localhost:${port}: --port=${port}(으)로 실행한 kubectl proxy가 인증정보를 덧붙입니다.`,
    presetHints: {
      cluster: 'https://kubernetes.default.svc: 파드 안에서 서비스 어카운트 토큰으로 접근합니다.',
      direct: 'https://<주소>: 토큰이나 클라이언트 인증서로 API 서버에 직접 접근합니다.',
      rancher:
        'https://<rancher>/k8s/clusters/<클러스터 ID>: Rancher 인증 프록시가 Rancher API 토큰으로 그 클러스터의 API 서버에 전달합니다.',
      headlamp:
        '<headlamp>/clusters/<클러스터>: Headlamp 백엔드가 그 kubeconfig 컨텍스트의 클러스터로 전달합니다.',
      backstage:
        '<backstage>/api/kubernetes/proxy: 쿠버네티스 플러그인의 프록시입니다. 클러스터는 경로가 아니라 Backstage-Kubernetes-Cluster 헤더로 정합니다.',
      none: 'kubectl get --raw처럼 경로만 씁니다.',
      custom: '그 밖의 주소: 베이스 URL 칸에 입력하세요.',
    },
    base: '베이스 URL',
    basePlaceholder: '(없음: 경로만)',
    resource: '리소스',
    resources: { services: 'services (서비스)', pods: 'pods (파드)', nodes: 'nodes (노드)' },
    namespace: '네임스페이스',
    namespaceForNodes: '노드에는 네임스페이스가 없습니다.',
    name: '이름',
    scheme: '스킴',
    schemes: {
      none: '없음 (http)',
      http: 'http',
      https: 'https',
    },
    schemeHint: 'API 서버가 백엔드와 통신하는 방식입니다.',
    trailingColon: (scheme: string): string =>
      `${scheme}을(를) 쓰고 포트를 비우면 ID가 콜론으로 끝납니다(${scheme}:이름:). 끝의 콜론이 있어야 ${scheme}이(가) 이름으로 해석되지 않습니다.`,
    port: '포트',
    portPlaceholder: '(이름 없는 포트)',
    path: '경로',
    query: '쿼리',
    refused:
      '아직 이 항목들로는 URL을 만들 수 없습니다. 위의 URL은 마지막으로 만들 수 있었던 것입니다.',
  },

  diagnostics: {
    heading: '진단',
    none: '문제 없음: 쿠버네티스가 이 URL을 그대로 받아들입니다.',
    empty: '위 칸에 프록시 URL을 붙여 넣거나 입력하면 검사합니다.',
    fromForm: '입력 항목 기준',
    summary: (errors: number, warnings: number, infos: number): string =>
      [
        errors > 0 && `오류 ${errors}개`,
        warnings > 0 && `경고 ${warnings}개`,
        infos > 0 && `참고 ${infos}개`,
      ]
        .filter(Boolean)
        .join(', '),
    listLabel: '진단 목록(오류 먼저)',
    severity: { error: '오류', warning: '경고', info: '참고' },
    applyFix: '수정 적용',
    fixPreview: '수정안:',
    showInUrl: 'URL에서 보기',
    goToField: '항목으로 이동',
    field: '항목',
    learnMore: '코드',
    fixApplied: '수정을 적용했습니다.',
  },

  destination: {
    heading: '요청이 실제로 가는 곳',
    browserSends: '브라우저가 보내는 요청',
    to: '→',
    toAfter: '(으)로 보냄',
    commandUrl: '명령 안의 URL:',
    pageHost: '요청을 보내는 페이지나 도구의 호스트',
    cleaned: '브라우저가 먼저 정리합니다. 입력한 URL과 실제로 보내는 URL이 다릅니다.',
    backend: 'API 서버가 전달하는 곳',
    backendWhat: (resource: ProxyResource, where: string): string => `${kind(resource)} ${where}`,
    over: '프로토콜',
    portLabel: '포트',
    defaultPort: (resource: ProxyResource): string =>
      resource === 'services'
        ? '이름 없는 서비스 포트'
        : resource === 'pods'
          ? '첫 번째 컨테이너 포트'
          : 'kubelet 포트',
    backendPath: '경로',
    refused: '전달되지 않습니다:',
    escapes: '프록시를 벗어납니다:',
    fragmentStays: '프래그먼트는 브라우저에 남습니다.',
    kubectl: '기본 설정으로 실행한 kubectl proxy는',
    kubectlRefuses: '403 Forbidden으로 거부합니다.',
    kubectlAccepts: '통과시킵니다.',
    kubectlRedirects:
      '301 Moved Permanently로 응답합니다. Go의 요청 라우터가 "//"가 든 경로를 "//"를 합친 정리된 경로로 보냅니다. 브라우저는 따라가지만(GET만), 스크립트는 따라가지 않는 경우가 많습니다.',
    kubectlThenRefuses: '정리된 경로는 그다음 403 Forbidden으로 거부됩니다.',
    kubectlUnreachable:
      '여기로는 닿지 않습니다. 127.0.0.1에서만 연결을 받으므로 연결이 거부됩니다. http://localhost 또는 http://127.0.0.1을 쓰세요.',
    kubectlElsewhere:
      '관여하지 않습니다. 이 베이스는 kubectl proxy(localhost의 일반 http://)가 아닙니다.',
    kubectlWouldRefuse: 'kubectl proxy를 거치면 이 경로는 403 Forbidden을 받습니다.',
    kubeletScheme:
      'kubelet 자신의 스킴과 인증정보를 씁니다. kubelet 포트에서는 ID의 스킴을 무시합니다.',
    unknown: 'URL에 프록시 경로가 있어야 보여 줄 수 있습니다.',
  },

  copy: {
    heading: '복사와 공유',
    copyUrl: 'URL 복사',
    copyLink: '링크 복사',
    linkHelp:
      'URL을 주소(#url=…)에 담은 이 페이지의 링크입니다. 인증정보(user:password@, 토큰)는 빠집니다.',
    formats: '다른 형식으로 복사',
    markdown: '마크다운 링크',
    curl: 'curl',
    kubectl: 'kubectl get --raw',
    rbac: 'RBAC 규칙',
    copyMarkdown: '마크다운 링크 복사',
    copyCurl: 'curl 명령 복사',
    copyKubectl: 'kubectl get --raw 명령 복사',
    copyRbac: 'RBAC 규칙 복사',
    needsTarget: 'URL에 오류가 없어야 쓸 수 있습니다.',
    copied: '복사했습니다.',
    copyFailed: '브라우저가 복사를 허용하지 않았습니다. 텍스트를 선택해 직접 복사하세요.',
    credentialsDropped: '인증정보(user:password@, 토큰, 비밀번호) 부분은 제외했습니다.',
    commandShared:
      '명령이 입력되었습니다. URL 복사, 링크 복사, 주소에는 명령 안의 URL만 인증정보 없이 담깁니다.',
  },

  clusterInfo: {
    heading: 'kubectl cluster-info에서 가져오기',
    label: 'kubectl cluster-info 출력',
    help: 'kubectl cluster-info가 출력한 내용을 붙여 넣으면 서비스 목록을 보여 줍니다.',
    useExample: '문서의 예시 붙여 넣기',
    clear: '지우기',
    service: '서비스',
    link: '링크',
    status: '상태',
    action: '열기',
    open: (name: string): string => `${name}을(를) URL 칸에서 열기`,
    notProxy: '프록시 링크 아님',
    ok: '정상',
    empty: '"… is running at …" 줄을 찾지 못했습니다.',
  },

  examples: {
    heading: '예시',
    fromDocs: '쿠버네티스 ‘클러스터 접근’ 문서에서',
    mistakes: '흔한 실수',
    items: {
      docsSearch: 'API 서버로 바로 가는 Elasticsearch _search',
      docsHealth: 'https로 보는 Elasticsearch _cluster/health',
      docsKubectlProxy: 'kubectl proxy --port=8080을 거치는 같은 서비스',
      docsHttpsUnnamed: 'https:<service_name>: (마지막 콜론에 주의)',
      docsIpv6: '문서처럼 localhost 대신 [::1]로 접속하는 kubectl proxy',
      docsClusterInfo: 'kubectl cluster-info가 출력한 링크',
      schemeAsName: '마지막 콜론이 빠진 https:이름',
      escape: '프록시 밖으로 올라가는 경로',
      legacy: '제거된 /api/v1/proxy/... 형식',
      podExec: 'kubectl proxy가 거부하는 파드 경로',
      encodedPath: 'Prometheus URL 안의 %3A, %2F, %3F',
      node: 'kubelet 포트로 가는 노드',
    },
  },

  footer:
    '예시는 쿠버네티스 ‘클러스터 접근’ 문서(Accessing Clusters)와 그 한국어 번역에서 가져왔습니다. © The Kubernetes Authors, CC BY 4.0. 검사는 apiserver-proxy-url 라이브러리가 합니다.',
};
