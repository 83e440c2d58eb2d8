import { safeBuildProxyUrl, type TemplateParseResult } from 'apiserver-proxy-url';
import { memo, type RefObject, useEffect, useMemo, useRef, useState } from 'react';
import { shorten } from './excerpt.ts';
import { useI18n } from './i18n/context.ts';
import { keepFor } from './keep-last.ts';
import { PartsLegend as PartsLegendPanel } from './PartsLegend.tsx';
import { partAt, segment } from './segments.ts';
import { useAutoHeight } from './useAutoHeight.ts';
import { useTextAreaValue } from './useTextAreaValue.ts';

// Both follow the analysed URL, not the keystroke: typing re-renders the text area alone.
const PartsLegend = memo(PartsLegendPanel);
const Highlight = memo(HighlightLayer);

/**
 * The longest URL drawn in colour under the box. Past it the layer is left out: laying out (and
 * shaping) tens of kilobytes of text again on every change costs more than colours help there, and
 * the parts are still listed under the box.
 */
const highlightMax = 10_000;

/** The builder's form of a parsed URL, kept per parse (see keep-last.ts). */
const canonicalOf = keepFor((parsed: TemplateParseResult): string | null => {
  if (!parsed.target) return null;
  const built = safeBuildProxyUrl(parsed.target);
  return built.ok ? built.url : null;
});

interface Props {
  /** What the box shows: the text being typed. */
  value: string;
  /** The text `parsed` reads: `value` once typing pauses. */
  analysed: string;
  parsed: TemplateParseResult;
  onChange: (url: string) => void;
  inputRef: RefObject<HTMLTextAreaElement | null>;
}

/**
 * The one editable field holding the whole URL. What the user types is never rewritten: the
 * highlighting is a layer of coloured runs under the text (transparent text, same metrics), drawn
 * from the parser's `parts` and diagnostic spans; the canonical form is only offered.
 */
export function UrlField({ value, analysed, parsed, onChange, inputRef }: Props) {
  const { t } = useI18n();
  const [caret, setCaret] = useState<number | null>(null);
  const layer = useRef<HTMLDivElement>(null);
  // The text first, then its height.
  useTextAreaValue(inputRef, value);
  useAutoHeight(inputRef, value);

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
    const built = canonicalOf(parsed);
    return built !== analysed ? built : null;
  }, [parsed, analysed]);

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
        {analysed.length <= highlightMax && (
          <Highlight text={analysed} parsed={parsed} layerRef={layer} />
        )}
        <textarea
          id="proxy-url"
          ref={inputRef}
          className="url-input"
          rows={1}
          placeholder={t.url.placeholder}
          spellCheck={false}
          autoCapitalize="none"
          autoComplete="off"
          autoCorrect="off"
          wrap="soft"
          aria-describedby="proxy-url-help proxy-url-part"
          // An empty box is not wrong: the diagnostics panel shows a neutral hint, the box no red.
          aria-invalid={!parsed.ok && analysed.trim() !== ''}
          onChange={(e) => onChange(e.currentTarget.value)}
          onFocus={(e) => setCaret(e.currentTarget.selectionStart)}
          onScroll={(e) => {
            // A long URL scrolls inside the box: the colours under it scroll with it.
            if (layer.current) layer.current.scrollTop = e.currentTarget.scrollTop;
          }}
          onKeyDown={(e) => {
            // One line: Enter does not add a newline (pasted text is kept as it is).
            if (e.key === 'Enter') e.preventDefault();
          }}
        />
      </div>
      <PartsLegend value={analysed} parsed={parsed} focused={focused} />
      {canonical !== null && (
        <div className="canonical">
          <span className="canonical-label">{t.url.canonical}</span>
          <code className="url-text">{shorten(canonical, 400)}</code>
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

interface HighlightProps {
  text: string;
  parsed: TemplateParseResult;
  layerRef: RefObject<HTMLDivElement | null>;
}

/** The coloured runs drawn under the text area: one span per run of the parser's parts and spans. */
function HighlightLayer({ text, parsed, layerRef }: HighlightProps) {
  const runs = useMemo(
    () => segment(text.length, parsed.parts, parsed.diagnostics),
    [text, parsed],
  );
  return (
    <div className="url-layer" aria-hidden="true" ref={layerRef}>
      {runs.map((run) => (
        <span
          key={run.start}
          className={`run${run.part ? ` part-${run.part}` : ''}${run.severity ? ` sev-${run.severity}` : ''}`}
        >
          {text.slice(run.start, run.end)}
        </span>
      ))}
      {/* keeps a trailing newline's line box, as the text area has one */}
      {'\u200b'}
    </div>
  );
}
