// The document mode's strings, loaded with the mode (not with the page): see document.ts.

/** Every English string of the document mode. Korean (`document.ko.ts`) has the same shape. */
export const documentEn = {
  heading: 'Check a document',
  label: 'Document',
  help: 'Paste Markdown, YAML, a Helm chart’s NOTES.txt, a script or any text: every proxy URL in it is checked. The text stays in this page; it is never put in the address.',
  placeholder:
    'Run kubectl proxy, then open http://localhost:8001/api/v1/namespaces/<namespace>/services/<service>:<port>/proxy/',
  useExample: 'Paste an example',
  clear: 'Clear',
  minSeverity: 'Show',
  minSeverities: {
    error: 'Errors only',
    warning: 'Errors and warnings',
    info: 'Everything, notes too',
  },
  onlyProblems: 'Only URLs with problems',
  applyAll: 'Apply all fixes',
  copyFixed: 'Copy fixed text',
  fixHelp:
    'Fixes the problems shown, again until none is left, as apiserver-proxy-url lint --fix does. Copy fixed text copies your text as it is, with the fixes: credentials in it are not removed.',
  nothingToFix: 'Nothing to fix among the problems shown.',
  fixesApplied: (n: number): string => (n === 1 ? '1 fix applied.' : `${n} fixes applied.`),
  fixApplied: 'Fix applied.',
  undo: 'Undo the fixes',
  undone: 'Fixes undone.',
  copied: 'Copied the fixed text.',
  checking: 'Checking…',
  empty: 'Paste a document to check every proxy URL in it.',
  noUrls: 'No proxy URL found.',
  summary: (urls: number, errors: number, warnings: number, infos: number | null): string =>
    [
      `${urls} ${urls === 1 ? 'URL' : 'URLs'} checked: ${errors} ${errors === 1 ? 'error' : 'errors'}`,
      `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`,
      ...(infos === null ? [] : [`${infos} ${infos === 1 ? 'note' : 'notes'}`]),
    ].join(', '),
  listHeading: 'URLs in the document',
  at: (line: number, column: number): string => `Line ${line}, column ${column}`,
  noProblems: 'No problems.',
  showInDocument: 'Show in the document',
  openInUrl: 'Open in the URL box',
  applyFix: 'Apply fix',
  fixNotInPlace: 'This fix would cross Markdown markup: open the URL to apply it by hand.',
  range: (from: number, to: number, total: number): string => `URLs ${from}–${to} of ${total}`,
  previous: 'Previous',
  next: 'Next',
  copies: (n: number): string =>
    n === 1 ? 'Also written once more (a Markdown link’s text).' : `Also written ${n} more times.`,
};

export type DocumentMessages = typeof documentEn;
