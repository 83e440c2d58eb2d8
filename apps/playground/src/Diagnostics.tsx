import type { Diagnostic, Severity, TemplateParseResult } from 'apiserver-proxy-url';
import { type ReactNode, useEffect, useRef } from 'react';
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

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then notes; within each, in the order they appear in the URL. */
export function bySeverity(list: readonly Diagnostic[]): Diagnostic[] {
  return list
    .map((d, i) => ({ d, i }))
    .sort((a, b) => rank[a.d.severity] - rank[b.d.severity] || a.d.start - b.d.start || a.i - b.i)
    .map(({ d }) => d);
}

/** Where focus goes once a fix lands: the first of these codes still listed, else the list. */
interface PendingFocus {
  url: string;
  successors: string[];
}

/** Every diagnostic with its severity, message and span, and its fix one click away. */
export function Diagnostics({ url, parsed, refused, extra, onFix, onShow, onField }: Props) {
  const { t, lang } = useI18n();
  const fromForm = refused.length > 0;
  // An empty box is not a mistake: a neutral hint, no red.
  const empty = !fromForm && url.trim() === '' && !extra?.length;
  const list = empty
    ? []
    : bySeverity(
        fromForm ? refused : extra?.length ? [...parsed.diagnostics, ...extra] : parsed.diagnostics,
      );
  const count = (s: Severity) => list.filter((d) => d.severity === s).length;
  const listRef = useRef<HTMLUListElement>(null);
  const summaryRef = useRef<HTMLParagraphElement>(null);
  const pending = useRef<PendingFocus | null>(null);

  /** Applies a fix; focus then goes to the diagnostic after it (or the list), not the URL box. */
  const fix = (d: Diagnostic, to: string) => {
    const at = list.indexOf(d);
    pending.current = { url: to, successors: list.slice(at + 1).map((x) => x.code) };
    onFix(to);
  };

  // Runs after every render: focus moves once the list answers the fixed URL.
  useEffect(() => {
    const wanted = pending.current;
    if (!wanted || wanted.url !== url) return;
    pending.current = null;
    const items = listRef.current?.querySelectorAll<HTMLLIElement>('li[data-code]') ?? [];
    const byCode = new Map([...items].map((li) => [li.dataset.code, li]));
    const next = wanted.successors.map((code) => byCode.get(code)).find(Boolean) ?? items[0];
    (next ?? summaryRef.current)?.focus();
  });

  return (
    <section className="card" aria-labelledby="diagnostics-heading">
      <h2 id="diagnostics-heading">{t.diagnostics.heading}</h2>
      {/* The live region announces the short summary ("2 errors, 1 warning") politely; the list
          inside it is aria-live="off", so a screen reader does not re-read it on each change. */}
      <div aria-live="polite" className="diagnostics-live">
        <p className="summary" ref={summaryRef} tabIndex={-1}>
          {empty
            ? t.diagnostics.empty
            : list.length === 0
              ? t.diagnostics.none
              : t.diagnostics.summary(count('error'), count('warning'), count('info'))}
          {fromForm && <span className="from-form"> · {t.diagnostics.fromForm}</span>}
        </p>
        {list.length > 0 && (
          <ul
            className="diagnostics"
            aria-live="off"
            aria-label={t.diagnostics.listLabel}
            ref={listRef}
          >
            {list.map((d) => {
              const { title, message } = diagnosticText(d, lang);
              const fixed = d.fix;
              const field = isFormField(d.field) ? d.field : undefined;
              // The builder's diagnostics have no span: they are about a field, not the URL.
              const spanned = !fromForm && d.end > d.start;
              return (
                <li
                  key={d.code}
                  data-code={d.code}
                  className={`diagnostic sev-${d.severity}`}
                  tabIndex={-1}
                >
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
                  {fixed !== undefined && <FixPreview url={url} fix={fixed} />}
                  <div className="actions">
                    {fixed !== undefined && (
                      <button type="button" onClick={() => fix(d, fixed)}>
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
