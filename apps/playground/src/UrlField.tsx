import { type ParseResult, safeBuildProxyUrl } from 'apiserver-proxy-url';
import { type RefObject, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { useI18n } from './i18n/context.ts';
import { PartsLegend } from './PartsLegend.tsx';
import { partAt, segment } from './segments.ts';

interface Props {
  value: string;
  parsed: ParseResult;
  onChange: (url: string) => void;
  inputRef: RefObject<HTMLTextAreaElement | null>;
}

/**
 * The one editable field holding the whole URL. What the user types is never rewritten: the
 * highlighting is a layer of coloured runs under the text (transparent text, same metrics), drawn
 * from the parser's `parts` and diagnostic spans; the canonical form is only offered.
 */
export function UrlField({ value, parsed, onChange, inputRef }: Props) {
  const { t } = useI18n();
  const [caret, setCaret] = useState<number | null>(null);
  const runs = useMemo(
    () => segment(value.length, parsed.parts, parsed.diagnostics),
    [value, parsed],
  );

  // Grow with the text: one line for a short URL, more when it wraps.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the height follows the text, read through the DOM
  useLayoutEffect(() => {
    const box = inputRef.current;
    if (!box) return;
    const fit = () => {
      box.style.height = '0';
      box.style.height = `${box.scrollHeight}px`;
    };
    fit();
    // Refit when the width changes (a narrower window wraps more); the refit's own change of height
    // is left alone, so the observer never feeds itself.
    let width = box.clientWidth;
    const observer = new ResizeObserver(() => {
      if (box.clientWidth === width) return;
      width = box.clientWidth;
      fit();
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, [value, inputRef]);

  // The part under the caret, wherever the caret moves from: keys, mouse, or code.
  useEffect(() => {
    const track = () => {
      const box = inputRef.current;
      if (box && document.activeElement === box) setCaret(box.selectionStart);
    };
    document.addEventListener('selectionchange', track);
    return () => document.removeEventListener('selectionchange', track);
  }, [inputRef]);

  const canonical = useMemo(() => {
    if (!parsed.target) return null;
    const built = safeBuildProxyUrl(parsed.target);
    return built.ok && built.url !== value ? built.url : null;
  }, [parsed, value]);

  const focused = caret === null ? null : partAt(parsed.parts, caret);

  return (
    <>
      <label id="proxy-url-label" className="url-label" htmlFor="proxy-url">
        {t.url.label}
      </label>
      <p id="proxy-url-help" className="help">
        {t.url.help}
      </p>
      <div className="url-box">
        <div className="url-layer" aria-hidden="true">
          {runs.map((run) => (
            <span
              key={run.start}
              className={`run${run.part ? ` part-${run.part}` : ''}${run.severity ? ` sev-${run.severity}` : ''}`}
            >
              {value.slice(run.start, run.end)}
            </span>
          ))}
          {/* keeps a trailing newline's line box, as the text area has one */}
          {'\u200b'}
        </div>
        <textarea
          id="proxy-url"
          ref={inputRef}
          className="url-input"
          rows={1}
          value={value}
          placeholder={t.url.placeholder}
          spellCheck={false}
          autoCapitalize="none"
          autoComplete="off"
          autoCorrect="off"
          wrap="soft"
          aria-describedby="proxy-url-help proxy-url-part"
          aria-invalid={!parsed.ok}
          onChange={(e) => onChange(e.currentTarget.value)}
          onFocus={(e) => setCaret(e.currentTarget.selectionStart)}
          onKeyDown={(e) => {
            // One line: Enter does not add a newline (pasted text is kept as it is).
            if (e.key === 'Enter') e.preventDefault();
          }}
        />
      </div>
      <PartsLegend value={value} parsed={parsed} focused={focused} />
      {canonical !== null && (
        <div className="canonical">
          <span className="canonical-label">{t.url.canonical}</span>
          <code className="url-text">{canonical}</code>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              onChange(canonical);
              inputRef.current?.focus();
            }}
          >
            {t.url.useCanonical}
          </button>
        </div>
      )}
    </>
  );
}
