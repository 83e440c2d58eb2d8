import type { DiagnosticCode, DiagnosticParams } from 'apiserver-proxy-url';

/** A sentence, or one made from the diagnostic's params (the facts the English message states). */
export type KoMessage = string | ((p: DiagnosticParams) => string);

// The params' words in Korean. Names, paths, ids and ports stay as written; each is quoted or put
// where no particle has to follow it, since the particle would depend on how the text ends.
const readers: Record<string, string> = {
  go: 'Go 클라이언트와 curl',
  browser: '브라우저',
  kubectl: 'kubectl proxy',
  'kubectl-old': '1.29 이하의 kubectl proxy',
  'browser-kubectl-old': '1.29 이하의 kubectl proxy를 거치는 브라우저',
};
const kinds: Record<string, string> = {
  services: '서비스',
  pods: '파드',
  nodes: '노드',
  Service: '서비스',
  Pod: '파드',
  Node: '노드',
};

/** `서비스 ns/web` for `services ns/web`; an API path is not a proxy. */
const reach = (r = ''): string => {
  const space = r.indexOf(' ');
  return r.startsWith('/') ? `"${r}"(프록시 아님)` : `${kinds[r.slice(0, space)]}${r.slice(space)}`;
};

/** `DNS-1123 레이블(a-z, 0-9, "-", 영숫자로 시작하고 끝남, 최대 63자)`. */
const rule = ({ rule = '', allowed, max }: DiagnosticParams): string =>
  rule.endsWith('subdomain')
    ? `${rule.replace('subdomain', '서브도메인')}(${allowed}, "."로 이은 레이블, 최대 ${max}자)`
    : `${rule.replace('label', '레이블')}(${allowed}, ${rule.includes('1035') ? '영문자로 시작' : '영숫자로 시작하고 끝남'}, 최대 ${max}자)`;

/** `"http"(80), 이름 없는 8080` for `http:80,8080`. */
const ports = (list = ''): string =>
  list
    ? list
        .split(',')
        .map((p) => {
          const colon = p.lastIndexOf(':');
          return colon < 0 ? `이름 없는 ${p}` : `"${p.slice(0, colon)}"(${p.slice(colon + 1)})`;
        })
        .join(', ')
    : '없음';

const bases: Record<string, string> = {
  host: '브라우저가 이 호스트나 포트를 거부합니다',
  shape: '"/경로"나 scheme://host 형식의 URL이 아닙니다',
  path: '브라우저가 이 경로를 바꿉니다',
  escape: '이스케이프할 필요가 없는 문자를 이스케이프했습니다',
  api: '/api/v1/이 들어 있습니다',
};

const types: Record<string, string> = {
  port: '문자열이나 숫자',
  query: '문자열, 레코드, URLSearchParams 중 하나',
};

/**
 * 진단 코드마다 한국어 제목과 문장: 쿠버네티스가 무엇을 하는지. 영어 문장은 라이브러리가 주고,
 * 이 표는 `Record<DiagnosticCode, …>`라서 코드가 빠지거나 남으면 `tsc`가 실패한다. 영어 문장이
 * 말하는 사실(고친 id, 경로가 실제로 가는 곳, 허용 문자 등)은 진단의 `params`에서 읽는다.
 */
export const diagnosticsKo: Record<DiagnosticCode, { title: string; message: KoMessage }> = {
  'not-a-proxy-url': {
    title: '프록시 URL이 아님',
    message: ({ reason }) =>
      reason === 'no-namespace'
        ? '네임스페이스가 없습니다. 서비스와 파드는 네임스페이스 안에 있습니다(namespaces/{ns}/).'
        : reason === 'no-route'
          ? '이 프록시에 도달하는 클라이언트가 없습니다.'
          : '서비스, 파드, 노드의 프록시 경로가 없습니다.',
  },
  'unsupported-url-scheme': {
    title: 'API 서버에 쓰지 않는 URL 스킴',
    message: '이 스킴으로 API 서버에 요청을 보내는 클라이언트는 없습니다.',
  },
  'legacy-proxy-path': {
    title: '제거된 /api/v1/proxy/... 형식',
    message: '이 형식은 쿠버네티스 1.10에서 제거되어 API 서버가 404로 응답합니다.',
  },
  'invalid-base': {
    title: '/api/v1 앞에 올 수 없는 베이스',
    message: ({ reason = '' }) =>
      `이 베이스는 /api/v1 앞에 올 수 없습니다. ${bases[reason] ?? '베이스는 비어 있거나, /로 시작하는 경로이거나, http(s)·ws(s) URL이어야 합니다'}.`,
  },
  'invalid-resource': {
    title: '프록시가 없는 리소스',
    message: '프록시가 있는 리소스는 services, pods, nodes뿐입니다.',
  },
  'invalid-id': {
    title: 'API 서버가 거부하는 ID',
    message: ({ reason }) =>
      reason === 'join'
        ? 'API 서버는 이 ID를 다르게 나눕니다. 각 부분에 ":"를 쓸 수 없습니다.'
        : 'API 서버가 400으로 응답합니다. ID는 name, name:port, scheme:name:port 중 하나입니다.',
  },
  'invalid-scheme': {
    title: 'http·https가 아닌 ID 스킴',
    message: 'API 서버가 400으로 응답합니다. 스킴은 http, https이거나 비어 있어야 합니다.',
  },
  'bad-percent-encoding': {
    title: '잘못된 퍼센트 인코딩',
    message: ({ reason }) =>
      reason === 'utf8'
        ? 'API 서버가 일치하는 이름을 찾지 못합니다. 이 이스케이프는 UTF-8이 아닙니다.'
        : 'API 서버가 400으로 응답합니다. "%" 뒤에 16진수 두 자리가 없습니다.',
  },
  'encoded-slash-in-name': {
    title: '네임스페이스나 ID 안의 %2F',
    message: 'API 서버가 %2F를 "/"로 디코딩하여 경로를 찾지 못합니다.',
  },
  'invalid-namespace': {
    title: '잘못된 네임스페이스',
    message: (p) =>
      p.reason === 'node'
        ? '노드에는 네임스페이스가 없습니다.'
        : `API 서버가 이 네임스페이스를 거부합니다. ${rule(p)}이어야 합니다.`,
  },
  'invalid-name': {
    title: '잘못된 이름',
    message: (p) => `API 서버가 이 이름을 거부합니다. ${rule(p)}이어야 합니다.`,
  },
  'invalid-port': {
    title: '잘못된 포트',
    message: (p) =>
      p.reason === 'name'
        ? `이 이름의 서비스 포트가 없습니다. 포트 이름은 ${rule(p)}이어야 합니다.`
        : p.reason === 'node'
          ? 'API 서버가 500으로 응답합니다. 노드 포트는 숫자만 쓸 수 있습니다.'
          : 'API 서버는 1부터 65535까지의 포트 번호만 받습니다.',
  },
  'path-escapes-proxy': {
    title: '프록시를 벗어나는 경로',
    message: ({ cleaner, path }) =>
      `${cleaner === 'browser' ? '브라우저' : cleaner === 'kubectl' ? 'kubectl proxy' : '1.29 이하의 kubectl proxy'}가 이 요청을 프록시 밖의 "${path}" 경로로 보냅니다.`,
  },
  'scheme-parsed-as-name': {
    title: '이름으로 해석된 스킴',
    message: ({ id }) =>
      `API 서버는 두 부분을 scheme:name이 아닌 name:port로 해석합니다. "${id}"처럼 끝에 콜론을 붙이세요.`,
  },
  'missing-trailing-slash': {
    title: '/proxy 뒤에 슬래시 없음',
    message: 'API 서버가 GET과 HEAD 요청에 /proxy/로 가는 301 리디렉션으로 응답합니다.',
  },
  'named-pod-port': {
    title: '이름으로 지정한 파드 포트',
    message: 'API 서버가 500으로 응답합니다. 파드 포트는 숫자만 쓸 수 있습니다.',
  },
  'port-number-format': {
    title: '부호나 앞자리 0이 있는 포트 번호',
    message: ({ port }) => `API 서버는 부호와 앞자리 0을 떼고 이 포트를 ${port}번으로 해석합니다.`,
  },
  'scheme-port-mismatch': {
    title: '포트와 맞지 않는 스킴',
    message: '스킴이 포트와 맞지 않습니다. https 포트에 http를, 또는 http 포트에 https를 씁니다.',
  },
  'kubelet-port-scheme-ignored': {
    title: 'kubelet 포트에서 무시되는 스킴',
    message: 'API 서버는 이 포트에서 kubelet 자체의 스킴을 씁니다.',
  },
  'dot-segment-in-path': {
    title: '경로 안의 점 세그먼트',
    message: ({ reason, path }) =>
      reason === 'decoded'
        ? 'API 서버가 %2F를 디코딩한 다음 점 세그먼트(".", "..")를 정리합니다.'
        : `클라이언트가 점 세그먼트(".", "..")를 정리하므로 백엔드가 받는 경로는 "${path}"입니다.`,
  },
  'double-slash-in-path': {
    title: '경로 안의 이중 슬래시',
    message: ({ reason }) =>
      reason === 'kubectl-proxy'
        ? 'kubectl proxy는 "//"를 뺀 경로로 301 리디렉션하고, API 서버는 "//"를 하나로 합칩니다.'
        : 'API 서버는 "//"를 하나로 합칩니다.',
  },
  'encoded-slash-in-path': {
    title: '경로 안의 %2F',
    message: 'API 서버가 %2F를 디코딩하므로 백엔드는 "/"를 받습니다.',
  },
  'encoded-query-in-path': {
    title: '경로 안의 %3F',
    message: '백엔드는 %3F를 쿼리가 아닌 경로의 일부로 받습니다.',
  },
  'backslash-in-path': {
    title: '경로 안의 역슬래시',
    message: ({ reason }) =>
      reason === 'escaped'
        ? '백엔드는 %5C를 "/"가 아닌 역슬래시로 받습니다.'
        : '브라우저는 "\\"를 "/"로 바꿔 보냅니다.',
  },
  'kubectl-proxy-rejects-path': {
    title: 'kubectl proxy가 거부하는 경로',
    message: 'kubectl proxy가 403으로 응답합니다. 기본 --reject-paths가 exec와 attach를 막습니다.',
  },
  'kubectl-proxy-rejects-host': {
    title: 'kubectl proxy가 거부하는 호스트',
    message: ({ reason }) =>
      reason === 'refused'
        ? 'kubectl proxy는 127.0.0.1에서만 연결을 받으므로 연결이 거부됩니다. localhost를 쓰세요.'
        : 'kubectl proxy가 이 호스트에 403으로 응답합니다. localhost를 쓰세요.',
  },
  'dry-run-query': {
    title: '쿼리 안의 dryRun',
    message: 'API 서버가 400으로 응답합니다. dryRun은 지원되지 않습니다.',
  },
  'path-query-ignored': {
    title: '쿼리 안의 path',
    message: 'API 서버는 이 path 키를 무시합니다.',
  },
  'service-name-leading-digit': {
    title: '숫자로 시작하는 서비스 이름',
    message: '오래된 API 서버는 숫자로 시작하는 서비스 이름을 거부합니다.',
  },
  'credentials-in-url': {
    title: 'URL 안의 인증정보',
    message: 'API 서버는 비밀번호를 받지 않으며, 이 비밀번호는 URL과 함께 노출됩니다.',
  },
  'insecure-remote-base': {
    title: '원격 API 서버로 가는 평문 http',
    message: '토큰이 암호화되지 않은 채 전송됩니다.',
  },
  'encoded-colon': {
    title: 'ID 안의 %3A',
    message: 'API 서버는 %3A를 ":"로 디코딩합니다. kubectl은 ":"를 씁니다.',
  },
  'empty-port-unnamed-only': {
    title: '포트 미지정: 이름 없는 서비스 포트로만 연결',
    message: '포트가 없으면 API 서버는 이름 없는 서비스 포트에만 연결합니다.',
  },
  'redundant-colon': {
    title: '가장 짧은 형태가 아닌 ID',
    message: ({ id }) => `API 서버는 이 ID를 가장 짧은 형태인 "${id}"와 같게 해석합니다.`,
  },
  'surrounding-whitespace': {
    title: 'URL 앞뒤의 공백',
    message: '브라우저는 이 공백을 버리지만 스크립트는 그러지 않을 수 있습니다.',
  },
  'route-differs': {
    title: '클라이언트마다 다른 대상',
    message: (p) =>
      `클라이언트마다 경로를 다르게 해석해 서로 다른 대상에 도달합니다(${readers[p.reader ?? '']} → ${reach(p.reached)}; ${readers[p.otherReader ?? '']} → ${reach(p.otherReached)}).`,
  },
  'pasted-command': {
    title: 'URL이 아닌 명령',
    message: '붙여 넣은 것은 URL이 아니라 명령입니다. 수정안은 그 안의 URL입니다.',
  },
  'space-in-url': {
    title: 'URL 안의 공백',
    message: 'curl과 Go 클라이언트는 공백을 거부하고, 브라우저는 %20으로 보냅니다.',
  },
  'control-character': {
    title: '제어 문자',
    message:
      'Go 클라이언트와 curl은 제어 문자가 든 URL을 거부하고, 브라우저는 탭과 줄바꿈을 지웁니다.',
  },
  'hidden-route': {
    title: '감춰진 경로',
    message: ({ reached, missed }) =>
      `API 서버는 디코딩하고 정리한 경로로 라우팅하여 ${reach(reached)}에 도달합니다.${
        missed
          ? ` ${missed
              .split(',')
              .map((r) => readers[r])
              .join(', ')}에서는 404가 납니다.`
          : ''
      } 이스케이프나 역슬래시 없이 경로를 그대로 쓰세요.`,
  },
  'missing-url-scheme': {
    title: 'http:// 없는 호스트와 포트',
    message: '"http://" 없이 쓰면 클라이언트가 경로나 스킴으로 해석합니다. 스킴을 쓰세요.',
  },
  'protocol-relative-url': {
    title: '프로토콜 상대 URL',
    message: ({ host }) =>
      `브라우저는 이 요청을 페이지의 서버가 아닌 "//" 뒤의 호스트 "${host}"에 보냅니다.`,
  },
  'invalid-input': {
    title: '형식이 잘못된 입력 값',
    message: ({ field = '' }) =>
      `${field} 필드의 값 형식이 잘못되었습니다. ${types[field] ?? '문자열'}이어야 합니다.`,
  },
  'unknown-port': {
    title: '서비스에 없는 포트',
    message: (p) =>
      p.port
        ? `API 서버가 503으로 응답합니다. 서비스에 "${p.port}" 포트가 없습니다(있는 포트: ${ports(p.ports)}).`
        : `API 서버가 503으로 응답합니다. 포트 없이 쓰면 이름 없는 포트에만 닿습니다(이 서비스의 포트: ${ports(p.ports)}).`,
  },
  'external-name-service': {
    title: 'ExternalName 서비스',
    message: 'API 서버는 503으로 응답합니다. ExternalName 서비스에는 엔드포인트가 없습니다.',
  },
  'non-tcp-port': {
    title: 'TCP가 아닌 포트',
    message: ({ protocol }) =>
      `API 서버는 TCP 위의 HTTP만 프록시합니다. 이 포트의 프로토콜은 ${protocol}입니다.`,
  },
  'port-scheme-differs': {
    title: '포트가 쓰지 않는 스킴',
    message: ({ scheme }) =>
      `이 포트는 ${scheme} 스킴을 씁니다. API 서버는 URL의 다른 스킴으로 연결합니다.`,
  },
  'object-not-found': {
    title: '주어진 오브젝트에 없음',
    message: ({ kind = '', name, namespace }) =>
      `주어진 오브젝트 중에 ${namespace === undefined ? '' : `${namespace} 네임스페이스의 `}${kinds[kind] ?? kind} ${name}이(가) 없습니다.`,
  },
  'no-container-port': {
    title: '컨테이너 포트가 없는 파드',
    message: ({ port }) =>
      `파드에 컨테이너 포트가 없습니다. API 서버는 ${port}번 포트로 연결합니다.`,
  },
};
