import { rebaseProxyUrl } from 'apiserver-proxy-url';
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
} from 'react';
import { ClusterInfo } from './ClusterInfo.tsx';
import { CopyMenu } from './CopyMenu.tsx';
import { DestinationPanel } from './DestinationPanel.tsx';
import { Diagnostics } from './Diagnostics.tsx';
import { Examples } from './Examples.tsx';
import { defaultUrl } from './examples.ts';
import { Form } from './Form.tsx';
import type { FormField } from './form-model.ts';
import { readHash } from './hash-state.ts';
import { LangContext } from './i18n/context.ts';
import { initialLang, type Lang, messages, rememberLang } from './i18n/index.ts';
import { LanguagePicker } from './LanguagePicker.tsx';
import { type Mode, ModeTabs, panelId, tabId } from './ModeTabs.tsx';
import type { PastedObjects } from './objects/model.ts';
import { Status, useStatus } from './Status.tsx';
import { reducer, stateForUrl } from './state.ts';
import { UrlField } from './UrlField.tsx';
import { useHashSync } from './useHashSync.ts';

// Loaded when first opened, with the YAML parser: the page's first load stays within its budget.
const ClusterObjects = lazy(() => import('./objects/ClusterObjects.tsx'));

export function App() {
  const [lang, setLang] = useState<Lang>(initialLang);
  const t = messages[lang];
  const [state, dispatch] = useReducer(reducer, undefined, () =>
    stateForUrl(readHash(window.location.hash) ?? defaultUrl),
  );
  const { parsed } = state;
  const urlBox = useRef<HTMLTextAreaElement>(null);
  const [status, announce] = useStatus();
  const [mode, setMode] = useState<Mode>('url');
  // The pasted objects live here, never in the address (annotations can hold secrets), and survive
  // a mode switch; `pasted` (from the mode's chunk) is what the URL is checked against.
  const [objectsText, setObjectsText] = useState('');
  const [pasted, setPasted] = useState<PastedObjects | null>(null);
  const resolved = useMemo(() => pasted?.resolve(state.url), [pasted, state.url]);

  const setUrl = useCallback((url: string) => dispatch({ type: 'url', url }), []);
  useHashSync(state.url, setUrl);

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
    setLang(next);
    rememberLang(next);
  };

  /** Puts a URL in the box (an example, a fix, a cluster-info link) and takes the user there. */
  const openUrl = (url: string, message?: string) => {
    setUrl(url);
    const box = urlBox.current;
    if (box) {
      box.focus();
      box.setSelectionRange(0, 0);
      const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      box.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
    }
    if (message) announce(message);
  };

  const selectInUrl = (start: number, end: number) => {
    const box = urlBox.current;
    if (!box) return;
    box.focus();
    box.setSelectionRange(start, end);
  };

  const focusField = (field: FormField) => {
    document.getElementById(`field-${field}`)?.focus();
  };

  /** Another door for the same target: the library keeps the rest of the URL as written. */
  const rebase = (base: string) => {
    if (parsed.target && state.refused.length === 0) {
      try {
        setUrl(rebaseProxyUrl(state.url, base));
        return;
      } catch {
        // the URL has an error: rebuild from the form instead
      }
    }
    dispatch({ type: 'field', field: 'base', value: base });
  };

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
        <ModeTabs mode={mode} onMode={setMode} />
        {/* Hidden, not unmounted: the URL mode keeps its state (and cluster-info text) meanwhile. */}
        <div
          role="tabpanel"
          id={panelId('url')}
          aria-labelledby={tabId('url')}
          className="panel"
          hidden={mode !== 'url'}
        >
          <section className="card url-card">
            <UrlField value={state.url} parsed={parsed} onChange={setUrl} inputRef={urlBox} />
            {pasted && resolved && (
              <pasted.Reach target={parsed.target} resolved={resolved} onMode={setMode} />
            )}
          </section>
          <div className="columns">
            <Diagnostics
              url={state.url}
              parsed={parsed}
              refused={state.refused}
              extra={resolved?.diagnostics}
              onFix={(fix) => openUrl(fix, t.diagnostics.fixApplied)}
              onShow={selectInUrl}
              onField={focusField}
            />
            <DestinationPanel url={state.url} parsed={parsed} />
          </div>
          <div className="columns">
            <Form
              form={state.form}
              refused={state.refused}
              onField={(field, value) => dispatch({ type: 'field', field, value })}
              onBase={rebase}
            />
            <CopyMenu url={state.url} parsed={parsed} announce={announce} />
          </div>
          <Examples onPick={(url) => openUrl(url)} />
          <ClusterInfo onOpen={(url) => openUrl(url)} />
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
                onMode={setMode}
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
