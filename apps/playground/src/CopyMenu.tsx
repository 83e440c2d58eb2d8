import type { TemplateParseResult } from 'apiserver-proxy-url';
import { lazy, Suspense, useMemo } from 'react';
import { copyText } from './clipboard.ts';
import { urlInCommand } from './command-url.ts';
import type { FormatId } from './copy-formats.ts';
import { shareLink } from './hash-state.ts';
import { useI18n } from './i18n/context.ts';
import { keepLast } from './keep-last.ts';
import { withoutCredentials } from './redact.ts';

// Kept: see keep-last.ts (the scan reads all of it).
const safeUrl = keepLast(withoutCredentials);
// Not needed to open the page: loaded right after it (the first load's size budget).
const CopyFormats = lazy(() =>
  import('./CopyFormats.tsx').then((m) => ({ default: m.CopyFormats })),
);

interface Props {
  url: string;
  parsed: TemplateParseResult;
  announce: (message: string) => void;
}

/** Copy URL, Copy link, and the same request as Markdown, curl, kubectl get --raw or RBAC. */
export function CopyMenu({ url, parsed, announce }: Props) {
  const { t } = useI18n();
  const c = t.copy;
  // A pasted command: what is copied and shared is the URL inside it (the library's fix).
  const command = useMemo(() => urlInCommand(url, parsed), [url, parsed]);
  const inner = command ?? url;
  // Removed by a scan of the text, whether or not it parses (a legacy link, a URL with an error).
  const safe = useMemo(() => safeUrl(inner), [inner]);
  const dropped = safe !== inner;
  const target = parsed.ok ? parsed.target : null;

  const copy = async (text: string) => {
    announce(
      (await copyText(text))
        ? `${c.copied}${dropped ? ` ${c.credentialsDropped}` : ''}`
        : c.copyFailed,
    );
  };

  const labels: Record<FormatId, { title: string; button: string }> = {
    markdown: { title: c.markdown, button: c.copyMarkdown },
    curl: { title: c.curl, button: c.copyCurl },
    kubectl: { title: c.kubectl, button: c.copyKubectl },
    rbac: { title: c.rbac, button: c.copyRbac },
  };

  return (
    <section className="card" aria-labelledby="copy-heading">
      <h2 id="copy-heading">{c.heading}</h2>
      <div className="copy-main">
        <button type="button" onClick={() => copy(safe)}>
          {c.copyUrl}
        </button>
        <button
          type="button"
          className="secondary"
          aria-describedby="copy-link-help"
          onClick={() => copy(shareLink(window.location.href, url))}
        >
          {c.copyLink}
        </button>
      </div>
      <p id="copy-link-help" className="help">
        {c.linkHelp}
      </p>
      {command !== null && <p className="note command-shared">{c.commandShared}</p>}
      <h3>{c.formats}</h3>
      {target === null ? (
        <p className="muted">{c.needsTarget}</p>
      ) : (
        <Suspense fallback={null}>
          <CopyFormats url={safe} target={target} labels={labels} copy={copy} />
        </Suspense>
      )}
    </section>
  );
}
