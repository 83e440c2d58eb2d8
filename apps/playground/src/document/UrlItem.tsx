import type { LintFinding } from 'apiserver-proxy-url';
import { memo } from 'react';
import { FixPreview } from '../Diagnostics.tsx';
import { shorten } from '../excerpt.ts';
import { useI18n } from '../i18n/context.ts';
import { documentMessages } from '../i18n/document.ts';
import { diagnosticText } from '../i18n/index.ts';
import type { DocumentUrl } from './model.ts';

export interface UrlActions {
  /** Selects `[start, end)` (on `line`) in the document. */
  onShow: (start: number, end: number, line: number) => void;
  onOpen: (url: string) => void;
  onFix: (finding: LintFinding) => void;
}

interface Props extends UrlActions {
  item: DocumentUrl;
  /** The findings shown at the chosen level. */
  findings: LintFinding[];
  /** False while the list answers an older text: its offsets may be off, so no fix is applied. */
  canFix: boolean;
}

/** One URL of the document: where it is, what is wrong with it, and its fixes. */
export const UrlItem = memo(function UrlItem({
  item,
  findings,
  canFix,
  onShow,
  onOpen,
  onFix,
}: Props) {
  const { t, lang } = useI18n();
  const d = documentMessages[lang];
  const where = d.at(item.line, item.column);
  return (
    <li className="doc-url">
      <p className="doc-url-head">
        <span className="doc-where">{where}</span>{' '}
        <code className="url-text">{shorten(item.url, 240)}</code>
      </p>
      {findings.length === 0 ? (
        <p className="doc-clean">{d.noProblems}</p>
      ) : (
        <ul className="diagnostics">
          {findings.map((f) => {
            const { title, message } = diagnosticText(
              { code: f.code, severity: f.severity, message: f.message, start: 0, end: 0 },
              lang,
            );
            const at = d.at(f.line, f.column);
            return (
              <li
                key={`${f.code}:${f.start}`}
                data-code={f.code}
                className={`diagnostic sev-${f.severity}`}
              >
                <p className="diagnostic-head">
                  <span className={`badge badge-${f.severity}`}>
                    {t.diagnostics.severity[f.severity]}
                  </span>{' '}
                  <strong>{title}</strong> <span className="doc-where">{at}</span>
                </p>
                <p className="diagnostic-message">{message}</p>
                {f.fix !== undefined && <FixPreview url={f.url} fix={f.fix} />}
                {f.fix !== undefined && !f.edits && <p className="note">{d.fixNotInPlace}</p>}
                <div className="actions">
                  {f.edits && (
                    <button
                      type="button"
                      className="small"
                      disabled={!canFix}
                      onClick={() => onFix(f)}
                    >
                      {d.applyFix}
                      <span className="sr-only">
                        : {title}, {at}
                      </span>
                    </button>
                  )}
                  <button
                    type="button"
                    className="secondary small"
                    onClick={() => onShow(f.start, f.end, f.line)}
                  >
                    {d.showInDocument}
                    <span className="sr-only">
                      : {title}, {at}
                    </span>
                  </button>
                  <span className="code">
                    {t.diagnostics.learnMore} <code>{f.code}</code>
                  </span>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {item.copies !== undefined && <p className="note">{d.copies(item.copies)}</p>}
      <div className="actions">
        {findings.length === 0 && (
          <button
            type="button"
            className="secondary small"
            onClick={() => onShow(item.start, item.end, item.line)}
          >
            {d.showInDocument}
            <span className="sr-only">: {where}</span>
          </button>
        )}
        <button type="button" className="secondary small" onClick={() => onOpen(item.url)}>
          {d.openInUrl}
          <span className="sr-only">: {where}</span>
        </button>
      </div>
    </li>
  );
});
