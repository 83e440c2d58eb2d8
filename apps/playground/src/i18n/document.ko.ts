import type { DocumentMessages } from './document.en.ts';

/** 문서 검사 모드의 한국어 문자열. `document.en.ts`와 같은 모양이어야 하며 `tsc`가 확인한다. */
export const documentKo: DocumentMessages = {
  heading: '문서 검사',
  label: '문서',
  help: 'Markdown, YAML, Helm 차트의 NOTES.txt, 스크립트 등 어떤 텍스트든 붙여 넣으면 그 안의 모든 프록시 URL을 검사합니다. 텍스트는 이 페이지 안에만 있으며 주소창에 들어가지 않습니다.',
  placeholder:
    'kubectl proxy를 실행한 뒤 http://localhost:8001/api/v1/namespaces/<namespace>/services/<service>:<port>/proxy/ 를 엽니다',
  useExample: '예시 붙여 넣기',
  clear: '지우기',
  minSeverity: '표시',
  minSeverities: {
    error: '오류만',
    warning: '오류와 경고',
    info: '참고까지 모두',
  },
  onlyProblems: '문제가 있는 URL만',
  applyAll: '모든 수정 적용',
  copyFixed: '수정한 텍스트 복사',
  fixHelp:
    '표시된 문제를 고칠 것이 없을 때까지 반복해서 고칩니다(apiserver-proxy-url lint --fix와 같음). 수정한 텍스트 복사는 입력한 텍스트를 수정만 반영해 그대로 복사하므로, 그 안의 인증정보는 제거되지 않습니다.',
  nothingToFix: '표시된 문제 중 고칠 것이 없습니다.',
  fixesApplied: (n: number): string => `수정 ${n}건을 적용했습니다.`,
  fixApplied: '수정을 적용했습니다.',
  undo: '수정 되돌리기',
  undone: '수정을 되돌렸습니다.',
  copied: '수정한 텍스트를 복사했습니다.',
  checking: '검사 중…',
  empty: '문서를 붙여 넣으면 그 안의 모든 프록시 URL을 검사합니다.',
  noUrls: '프록시 URL을 찾지 못했습니다.',
  summary: (urls: number, errors: number, warnings: number, infos: number | null): string =>
    `URL ${urls}개 검사: ${[`오류 ${errors}개`, `경고 ${warnings}개`, ...(infos === null ? [] : [`참고 ${infos}개`])].join(', ')}`,
  listHeading: '문서 안의 URL',
  at: (line: number, column: number): string => `${line}행 ${column}열`,
  noProblems: '문제 없음',
  showInDocument: '문서에서 보기',
  openInUrl: 'URL 칸에서 열기',
  applyFix: '수정 적용',
  fixNotInPlace: '이 수정은 Markdown 표시를 가로지릅니다. URL 칸에서 열어 직접 고치세요.',
  range: (from: number, to: number, total: number): string => `URL ${total}개 중 ${from}–${to}`,
  previous: '이전',
  next: '다음',
  copies: (n: number): string =>
    n === 1 ? '한 곳에 더 쓰여 있습니다(Markdown 링크의 텍스트).' : `${n}곳에 더 쓰여 있습니다.`,
};
