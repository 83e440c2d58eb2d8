import { rebaseProxyUrl } from 'apiserver-proxy-url';
import { lazy, memo, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { CopyMenu as CopyMenuPanel } from './CopyMenu.tsx';
import { DestinationPanel as DestinationCard } from './DestinationPanel.tsx';
import { Diagnostics as DiagnosticsPanel } from './Diagnostics.tsx';
import { defaultUrl } from './default-url.ts';
import { Form as FormPanel } from './Form.tsx';
import type { FormField } from './form-model.ts';
import { readHash } from './hash-state.ts';
import { LangContext } from './i18n/context.ts';
import { initialLang, type Lang, loadLang, messages, rememberLang } from './i18n/index.ts';
import { LanguagePicker } from './LanguagePicker.tsx';
import { type Mode, ModeTabs, panelId, tabId } from './ModeTabs.tsx';
import type { PastedObjects } from './objects/model.ts';
import { SeveralUrls as SeveralUrlsOffer } from './SeveralUrls.tsx';
import { Status, useStatus } from './Status.tsx';
import { UrlField } from './UrlField.tsx';
import { useHashSync } from './useHashSync.ts';
import { useUrlState } from './useUrlState.ts';

// Memoised: they read the analysed URL, not the text being typed, so a keystroke skips them.
const CopyMenu = memo(CopyMenuPanel);
const DestinationPanel = memo(DestinationCard);
const Diagnostics = memo(DiagnosticsPanel);
const Form = memo(FormPanel);
const SeveralUrls = memo(SeveralUrlsOffer);

// Loaded when first opened: the page's first load stays within its size budget.
const DocumentMode = lazy(() => import('./document/DocumentMode.tsx'));
// The Cluster objects mode, with the YAML parser.
const ClusterObjects = lazy(() => import('./objects/ClusterObjects.tsx'));
// Below the fold, not needed to open the page: loaded right after it, so the first load stays
// within its budget (the cluster-info reader is the library's and not small).
const Examples = lazy(() => import('./Examples.tsx').then((m) => ({ default: memo(m.Examples) })));
const ClusterInfo = lazy(() =>
  import('./ClusterInfo.tsx').then((m) => ({ default: memo(m.ClusterInfo) })),
);

/** Selects a diagnostic's span in the URL box. */
function selectInUrl(start: number, end: number) {
  const box = document.getElementById('proxy-url');
  if (!(box instanceof HTMLTextAreaElement)) return;
  box.focus();
  box.setSelectionRange(start, end);
}

function focusField(field: FormField) {
  document.getElementById(`field-${field}`)?.focus();
}

export function App() {
  const [lang, setLang] = useState<Lang>(initialLang);
  const t = messages[lang];
  const { text, setText, state, dispatch } = useUrlState(
    () => readHash(window.location.hash) ?? defaultUrl,
  );
  const { parsed } = state;
  const urlBox = useRef<HTMLTextAreaElement>(null);
  const [status, announce] = useStatus();
  const [mode, setMode] = useState<Mode>('url');
  // The document lives here, not in the address (it may hold tokens), and survives a mode switch.
  const [documentText, setDocumentText] = useState('');
  const [focusDocument, setFocusDocument] = useState(false);
  // The pasted objects live here, never in the address (annotations can hold secrets), and survive
  // a mode switch; `pasted` (from the mode's chunk) is what the URL is checked against.
  const [objectsText, setObjectsText] = useState('');
  const [pasted, setPasted] = useState<PastedObjects | null>(null);
  const resolved = useMemo(() => pasted?.resolve(state.url), [pasted, state.url]);

  useHashSync(state.url, setText);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.documentTitle;
  }, [lang, t]);

  useEffect(() => {
    // The first render is on screen and every handler is attached: the browser test reads this.
    performance.mark('playground:interactive');
    document.documentElement.dataset.ready = 'true';
  }, []);

  const chooseLang = (next: Lang) => {
    rememberLang(next);
    // Switch once the language's diagnostic messages are there (offline: English ones meanwhile).
    loadLang(next).then(
      () => setLang(next),
      () => setLang(next),
    );
  };

  // The panels below are memoised and get stable handlers: a keystroke re-renders the URL box only.

  /** Puts a URL in the box (an example, a fix, a cluster-info link) and takes the user there. */
  const openUrl = useCallback(
    (url: string, message?: string) => {
      setText(url);
      const box = urlBox.current;
      if (box) {
        box.focus();
        box.setSelectionRange(0, 0);
        const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
        box.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
      }
      if (message) announce(message);
    },
    [setText, announce],
  );
  const { fixApplied } = t.diagnostics;
  // Focus stays in the diagnostics list (it moves to the next diagnostic): see Diagnostics.tsx.
  const applyFix = useCallback(
    (fix: string) => {
      setText(fix);
      announce(fixApplied);
    },
    [setText, announce, fixApplied],
  );
  const openPlain = useCallback((url: string) => openUrl(url), [openUrl]);
  const setField = useCallback(
    (field: FormField, value: string) => dispatch({ type: 'field', field, value }),
    [dispatch],
  );

  /** A URL of the document, opened in the URL mode. */
  const openFromDocument = useCallback(
    (url: string) => {
      // Shown first (synchronously), so the box can take the focus.
      flushSync(() => setMode('url'));
      openUrl(url);
    },
    [openUrl],
  );

  /** The URL box's text (several URLs), checked as a document. */
  const checkAsDocument = useCallback((text: string) => {
    setDocumentText(text);
    setFocusDocument(true);
    setMode('document');
  }, []);

  const chooseMode = (next: Mode) => {
    setFocusDocument(false);
    setMode(next);
  };

  /** Another door for the same target: the library keeps the rest of the URL as written. */
  const rebase = useCallback(
    (base: string) => {
      if (state.parsed.target && state.refused.length === 0) {
        try {
          setText(rebaseProxyUrl(state.url, base));
          return;
        } catch {
          // the URL has an error: rebuild from the form instead
        }
      }
      dispatch({ type: 'field', field: 'base', value: base });
    },
    [state, setText, dispatch],
  );

  return (
    <LangContext.Provider value={{ lang, t }}>
      <header className="top">
        <div className="top-inner">
          <div>
            <h1>{t.title}</h1>
            <p className="tagline">{t.tagline}</p>
          </div>
          <LanguagePicker lang={lang} onChange={chooseLang} />
        </div>
      </header>
      <main className="page">
        <ModeTabs mode={mode} onMode={chooseMode} />
        {/* Hidden, not unmounted: the URL mode keeps its state (and cluster-info text) meanwhile. */}
        <div
          role="tabpanel"
          id={panelId('url')}
          aria-labelledby={tabId('url')}
          className="panel"
          hidden={mode !== 'url'}
        >
          <section className="card url-card">
            <UrlField
              value={text}
              analysed={state.url}
              parsed={parsed}
              onChange={setText}
              inputRef={urlBox}
            />
            <SeveralUrls url={state.url} onCheck={checkAsDocument} />
            {pasted && resolved && (
              <pasted.Reach target={parsed.target} resolved={resolved} onMode={chooseMode} />
            )}
          </section>
          <div className="columns">
            <Diagnostics
              url={state.url}
              parsed={parsed}
              refused={state.refused}
              extra={resolved?.diagnostics}
              onFix={applyFix}
              onShow={selectInUrl}
              onField={focusField}
            />
            <DestinationPanel url={state.url} parsed={parsed} />
          </div>
          <div className="columns">
            <Form form={state.form} refused={state.refused} onField={setField} onBase={rebase} />
            <CopyMenu url={state.url} parsed={parsed} announce={announce} />
          </div>
          <Suspense fallback={null}>
            <Examples onPick={openPlain} />
            <ClusterInfo onOpen={openPlain} />
          </Suspense>
        </div>
        <div
          role="tabpanel"
          id={panelId('document')}
          aria-labelledby={tabId('document')}
          className="panel"
          hidden={mode !== 'document'}
        >
          {mode === 'document' && (
            <Suspense fallback={<p className="muted">{t.modes.loading}</p>}>
              <DocumentMode
                text={documentText}
                onText={setDocumentText}
                onOpenUrl={openFromDocument}
                announce={announce}
                autoFocus={focusDocument}
              />
            </Suspense>
          )}
        </div>
        <div
          role="tabpanel"
          id={panelId('objects')}
          aria-labelledby={tabId('objects')}
          className="panel"
          hidden={mode !== 'objects'}
        >
          {mode === 'objects' && (
            <Suspense fallback={null}>
              <ClusterObjects
                text={objectsText}
                onText={setObjectsText}
                base={state.form.base}
                onObjects={setPasted}
                onMode={chooseMode}
                onOpenUrl={openUrl}
              />
            </Suspense>
          )}
        </div>
      </main>
      <footer className="bottom">
        <p>{t.footer}</p>
      </footer>
      <Status message={status} />
    </LangContext.Provider>
  );
}
