import type { ParseResult } from 'apiserver-proxy-url';
import { useMemo } from 'react';
import { copyText } from './clipboard.ts';
import { type FormatId, formatIds, formatsFor } from './copy-formats.ts';
import { shareLink } from './hash-state.ts';
import { useI18n } from './i18n/context.ts';
import { withoutCredentials } from './redact.ts';

interface Props {
  url: string;
  parsed: ParseResult;
  announce: (message: string) => void;
}

/** Copy URL, Copy link, and the same request as Markdown, curl, kubectl get --raw or RBAC. */
export function CopyMenu({ url, parsed, announce }: Props) {
  const { t } = useI18n();
  const c = t.copy;
  // Removed by a scan of the text, whether or not it parses (a pasted command, a legacy link).
  const safe = useMemo(() => withoutCredentials(url), [url]);
  const dropped = safe !== url;
  const formats = useMemo(
    () => (parsed.ok && parsed.target ? formatsFor(safe, parsed.target) : null),
    [safe, parsed],
  );

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
      <h3>{c.formats}</h3>
      {formats === null ? (
        <p className="muted">{c.needsTarget}</p>
      ) : (
        <ul className="formats">
          {formatIds.map((id) => (
            <li key={id} className="format" data-format={id}>
              <div className="format-head">
                <span className="format-title">{labels[id].title}</span>
                <button type="button" className="secondary small" onClick={() => copy(formats[id])}>
                  {labels[id].button}
                </button>
              </div>
              <pre className="snippet">
                <code>{formats[id]}</code>
              </pre>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
