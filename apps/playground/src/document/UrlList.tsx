import type { Severity } from 'apiserver-proxy-url';
import { useMemo, useState } from 'react';
import { useI18n } from '../i18n/context.ts';
import { documentMessages } from '../i18n/document.ts';
import { type DocumentUrl, shown } from './model.ts';
import { type UrlActions, UrlItem } from './UrlItem.tsx';

/**
 * URLs shown at once. A megabyte of docs holds thousands of URLs: rendering every one would make
 * the page slow to update and long to scroll, so the list shows one window of them at a time.
 */
export const pageSize = 100;

interface Props extends UrlActions {
  urls: DocumentUrl[];
  minSeverity: Severity;
  onlyProblems: boolean;
  canFix: boolean;
}

/** The URLs of the document, in text order, one window of {@link pageSize} at a time. */
export function UrlList({ urls, minSeverity, onlyProblems, canFix, ...actions }: Props) {
  const { lang } = useI18n();
  const d = documentMessages[lang];
  const listed = useMemo(
    () =>
      urls
        .map((item) => ({ item, findings: shown(item, minSeverity) }))
        .filter((u) => !onlyProblems || u.findings.length > 0),
    [urls, minSeverity, onlyProblems],
  );
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(listed.length / pageSize));
  // A shorter list (a fix, a filter) keeps the window inside it.
  const current = Math.min(page, pages - 1);
  const from = current * pageSize;
  const visible = listed.slice(from, from + pageSize);

  if (listed.length === 0) return null;

  const pager = (
    <>
      <button
        type="button"
        className="secondary small"
        aria-disabled={current === 0}
        onClick={() => setPage(Math.max(0, current - 1))}
      >
        {d.previous}
      </button>
      <span>{d.range(from + 1, from + visible.length, listed.length)}</span>
      <button
        type="button"
        className="secondary small"
        aria-disabled={current === pages - 1}
        onClick={() => setPage(Math.min(pages - 1, current + 1))}
      >
        {d.next}
      </button>
    </>
  );

  return (
    <div className="doc-list">
      <h3>{d.listHeading}</h3>
      {pages > 1 && (
        <nav className="pager" aria-label={d.listHeading}>
          {pager}
        </nav>
      )}
      <ol className="doc-urls" start={from + 1}>
        {visible.map(({ item, findings }) => (
          <UrlItem key={item.start} item={item} findings={findings} canFix={canFix} {...actions} />
        ))}
      </ol>
      {pages > 1 && <div className="pager">{pager}</div>}
    </div>
  );
}
