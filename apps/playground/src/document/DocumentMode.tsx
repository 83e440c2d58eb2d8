import { applyFixes, type LintFinding, type Severity } from 'apiserver-proxy-url';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { copyText } from '../clipboard.ts';
import { useI18n } from '../i18n/context.ts';
import { documentMessages } from '../i18n/document.ts';
import { useTextAreaValue } from '../useTextAreaValue.ts';
import { exampleDocument } from './example.ts';
import { FixActions } from './FixActions.tsx';
import { countFindings } from './model.ts';
import { selectInTextarea } from './select.ts';
import { UrlList } from './UrlList.tsx';
import { useDocumentCheck } from './useDocumentCheck.ts';

interface Props {
  /** The document: held by the page, so it survives a switch to the URL mode and back. */
  text: string;
  onText: (text: string) => void;
  /** Opens a URL in the URL mode. */
  onOpenUrl: (url: string) => void;
  announce: (message: string) => void;
  /** Focus the text area when shown (the user came from the URL box's offer, not from the tabs). */
  autoFocus: boolean;
}

const levels: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * "Check a document": every proxy URL in a pasted text, each with its place, the library's findings
 * and their fixes. The text never goes into the address (it may hold tokens); the check runs in a
 * worker so typing in a megabyte of text stays immediate.
 */
export default function DocumentMode({ text, onText, onOpenUrl, announce, autoFocus }: Props) {
  const { t, lang } = useI18n();
  const d = documentMessages[lang];
  // Infos hidden by default, as `lint` hides them.
  const [minSeverity, setMinSeverity] = useState<Severity>('warning');
  const [onlyProblems, setOnlyProblems] = useState(false);
  const { result, current } = useDocumentCheck(text, minSeverity);
  const area = useRef<HTMLTextAreaElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const check = result?.check ?? null;
  useTextAreaValue(area, text);

  // biome-ignore lint/correctness/useExhaustiveDependencies: on mount only
  useEffect(() => {
    const box = area.current;
    if (!autoFocus || !box) return;
    // At the start of the text, as a pasted document is read (not scrolled to its end).
    box.focus();
    box.setSelectionRange(0, 0);
    box.scrollLeft = 0;
    box.scrollTop = 0;
  }, []);
  const counts = useMemo(
    () => (check ? countFindings(check.urls, minSeverity) : null),
    [check, minSeverity],
  );

  const show = useCallback(
    (start: number, end: number, line: number) => selectInTextarea(area.current, start, end, line),
    [],
  );
  // Applied to the text the findings were made for, only (canFix is false otherwise).
  const fixOne = useCallback(
    (finding: LintFinding) => {
      if (!result || result.text !== text) return;
      onText(applyFixes(text, [finding]));
      announce(d.fixApplied);
      // The fixed item leaves the list: the list keeps the focus, not the page's body.
      list.current?.focus();
    },
    [result, text, onText, announce, d],
  );

  const copyFixed = async () => {
    if (!check || result?.text !== text) return;
    // The user's own text, fixed: not redacted (see the fix help and the README's note).
    announce((await copyText(check.fixed ?? text)) ? d.copied : t.copy.copyFailed);
  };

  const summary =
    text.trim() === ''
      ? d.empty
      : !check || !counts
        ? d.checking
        : check.urls.length === 0
          ? d.noUrls
          : d.summary(
              check.urls.length,
              counts.error,
              counts.warning,
              minSeverity === 'info' ? counts.info : null,
            );

  return (
    <>
      <section className="card" aria-labelledby="document-heading">
        <h2 id="document-heading" className="sr-only">
          {d.heading}
        </h2>
        <label className="url-label" htmlFor="document">
          {d.label}
        </label>
        <p id="document-help" className="help">
          {d.help}
        </p>
        <textarea
          id="document"
          ref={area}
          className="doc-input"
          rows={14}
          wrap="off"
          placeholder={d.placeholder}
          spellCheck={false}
          autoCapitalize="none"
          autoComplete="off"
          autoCorrect="off"
          aria-describedby="document-help"
          onChange={(e) => onText(e.currentTarget.value)}
        />
        <div className="actions">
          <button type="button" className="secondary" onClick={() => onText(exampleDocument)}>
            {d.useExample}
          </button>
          {text !== '' && (
            <button type="button" className="secondary" onClick={() => onText('')}>
              {d.clear}
            </button>
          )}
        </div>
      </section>
      <section className="card" aria-labelledby="document-results-heading">
        <h2 id="document-results-heading">{t.diagnostics.heading}</h2>
        <div className="doc-controls">
          <div className="doc-level">
            <label className="doc-level-label" htmlFor="min-severity">
              {d.minSeverity}
            </label>
            <select
              id="min-severity"
              value={minSeverity}
              onChange={(e) => {
                const next = levels.find((l) => l === e.currentTarget.value);
                if (next) setMinSeverity(next);
              }}
            >
              {levels.map((l) => (
                <option key={l} value={l}>
                  {d.minSeverities[l]}
                </option>
              ))}
            </select>
          </div>
          <label className="check">
            <input
              type="checkbox"
              checked={onlyProblems}
              onChange={(e) => setOnlyProblems(e.currentTarget.checked)}
            />{' '}
            {d.onlyProblems}
          </label>
        </div>
        <FixActions
          text={text}
          fixed={current && check ? check.fixed : undefined}
          fixes={check?.fixes ?? 0}
          onText={onText}
          onCopy={copyFixed}
          announce={announce}
        />
        {/* The summary alone is announced: the list under it would be read again on each change. */}
        <p
          className="summary"
          aria-live="polite"
          data-ms={result ? Math.round(result.ms) : undefined}
        >
          {summary}
        </p>
        {!current && text.trim() !== '' && check && (
          <p className="muted" aria-hidden="true">
            {d.checking}
          </p>
        )}
        <div ref={list} tabIndex={-1} className="doc-list-focus">
          {check && (
            <UrlList
              urls={check.urls}
              minSeverity={minSeverity}
              onlyProblems={onlyProblems}
              canFix={current}
              onShow={show}
              onOpen={onOpenUrl}
              onFix={fixOne}
            />
          )}
        </div>
      </section>
    </>
  );
}
