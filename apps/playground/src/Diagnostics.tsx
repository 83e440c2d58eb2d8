import type { Diagnostic, Severity, TemplateParseResult } from 'apiserver-proxy-url';
import type { ReactNode } from 'react';
import { changed, type Excerpt, excerpt } from './excerpt.ts';
import { type FormField, isFormField } from './form-model.ts';
import { useI18n } from './i18n/context.ts';
import { diagnosticText } from './i18n/index.ts';

interface Props {
  url: string;
  parsed: TemplateParseResult;
  /** The builder's refusal of the form: shown instead of the URL's findings while it lasts. */
  refused: Diagnostic[];
  /** More findings about the URL, listed after the parser's (the pasted objects' answer). */
  extra?: Diagnostic[] | undefined;
  onFix: (fix: string) => void;
  onShow: (start: number, end: number) => void;
  onField: (field: FormField) => void;
}

/** Every diagnostic with its severity, message and span, and its fix one click away. */
export function Diagnostics({ url, parsed, refused, extra, onFix, onShow, onField }: Props) {
  const { t, lang } = useI18n();
  const fromForm = refused.length > 0;
  const list = fromForm
    ? refused
    : extra?.length
      ? [...parsed.diagnostics, ...extra]
      : parsed.diagnostics;
  const count = (s: Severity) => list.filter((d) => d.severity === s).length;

  return (
    <section className="card" aria-labelledby="diagnostics-heading">
      <h2 id="diagnostics-heading">{t.diagnostics.heading}</h2>
      <div aria-live="polite" className="diagnostics-live">
        <p className="summary">
          {list.length === 0
            ? t.diagnostics.none
            : t.diagnostics.summary(count('error'), count('warning'), count('info'))}
          {fromForm && <span className="from-form"> · {t.diagnostics.fromForm}</span>}
        </p>
        {list.length > 0 && (
          <ul className="diagnostics">
            {list.map((d) => {
              const { title, message } = diagnosticText(d, lang);
              const { fix } = d;
              const field = isFormField(d.field) ? d.field : undefined;
              // The builder's diagnostics have no span: they are about a field, not the URL.
              const spanned = !fromForm && d.end > d.start;
              return (
                <li key={d.code} data-code={d.code} className={`diagnostic sev-${d.severity}`}>
                  <p className="diagnostic-head">
                    <span className={`badge badge-${d.severity}`}>
                      {t.diagnostics.severity[d.severity]}
                    </span>{' '}
                    <strong>{title}</strong>
                  </p>
                  <p className="diagnostic-message">{message}</p>
                  {spanned && <Span url={url} d={d} />}
                  {field && (
                    <p className="diagnostic-field">
                      {t.diagnostics.field}: {t.form[field]}
                    </p>
                  )}
                  {fix !== undefined && <FixPreview url={url} fix={fix} />}
                  <div className="actions">
                    {fix !== undefined && (
                      <button type="button" onClick={() => onFix(fix)}>
                        {t.diagnostics.applyFix}
                        <span className="sr-only">: {title}</span>
                      </button>
                    )}
                    {spanned && (
                      <button
                        type="button"
                        className="secondary"
                        onClick={() => onShow(d.start, d.end)}
                      >
                        {t.diagnostics.showInUrl}
                        <span className="sr-only">: {title}</span>
                      </button>
                    )}
                    {field && (
                      <button type="button" className="secondary" onClick={() => onField(field)}>
                        {t.diagnostics.goToField}
                        <span className="sr-only">: {t.form[field]}</span>
                      </button>
                    )}
                    <span className="code">
                      {t.diagnostics.learnMore} <code>{d.code}</code>
                    </span>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
}

/** An excerpt's text around `children`, with '…' where it was cut. */
function Clipped({ e, children }: { e: Excerpt; children: ReactNode }) {
  return (
    <code className="url-text">
      {e.cutBefore && '…'}
      {e.before}
      {children}
      {e.after}
      {e.cutAfter && '…'}
    </code>
  );
}

function Span({ url, d }: { url: string; d: Diagnostic }) {
  const e = excerpt(url, d.start, Math.min(d.end, url.length));
  return (
    <p className="excerpt">
      <Clipped e={e}>
        <mark className={`mark-${d.severity}`}>{e.marked}</mark>
      </Clipped>
    </p>
  );
}

export function FixPreview({ url, fix }: { url: string; fix: string }) {
  const { t } = useI18n();
  const { start, beforeEnd, afterEnd } = changed(url, fix);
  const e = excerpt(fix, start, afterEnd);
  const removed = excerpt(url, start, beforeEnd, 0).marked;
  return (
    <p className="excerpt fix-preview">
      <span className="fix-label">{t.diagnostics.fixPreview}</span>{' '}
      <Clipped e={e}>
        {removed !== '' && <del>{removed}</del>}
        {e.marked !== '' && <ins>{e.marked}</ins>}
      </Clipped>
    </p>
  );
}
