import type { ProxyTarget, TemplateParseResult } from 'apiserver-proxy-url';
import { memo, useMemo } from 'react';
import { copyText } from './clipboard.ts';
import { type FormatId, formatFor, formatIds } from './copy-formats.ts';
import { shorten } from './excerpt.ts';
import { shareLink } from './hash-state.ts';
import { useI18n } from './i18n/context.ts';
import { keepFor, keepLast } from './keep-last.ts';
import { withoutCredentials } from './redact.ts';

// Kept: see keep-last.ts (each conversion parses the URL again; the scan reads all of it).
const safeUrl = keepLast(withoutCredentials);
const formatsOf = keepFor((target: Pick<ProxyTarget, 'namespace' | 'name'>) =>
  keepLast((key: string) => {
    const space = key.indexOf(' ');
    return formatFor(key.slice(0, space) as FormatId, key.slice(space + 1), target);
  }, formatIds.length),
);

/** What a snippet shows at most; its button copies the whole of it. */
const snippetMax = 2000;

interface Props {
  url: string;
  parsed: TemplateParseResult;
  announce: (message: string) => void;
}

/** Copy URL, Copy link, and the same request as Markdown, curl, kubectl get --raw or RBAC. */
export function CopyMenu({ url, parsed, announce }: Props) {
  const { t } = useI18n();
  const c = t.copy;
  // Removed by a scan of the text, whether or not it parses (a pasted command, a legacy link).
  const safe = useMemo(() => safeUrl(url), [url]);
  const dropped = safe !== url;
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
      <h3>{c.formats}</h3>
      {target === null ? (
        <p className="muted">{c.needsTarget}</p>
      ) : (
        <ul className="formats">
          {formatIds.map((id) => (
            <Format
              key={id}
              id={id}
              url={safe}
              target={target}
              title={labels[id].title}
              button={labels[id].button}
              copy={copy}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

interface FormatProps {
  id: FormatId;
  url: string;
  target: Pick<ProxyTarget, 'namespace' | 'name'>;
  title: string;
  button: string;
  copy: (text: string) => void;
}

/**
 * One copy format, made in its own component: each conversion parses the URL again, and React can
 * let a keystroke in between two of them (one memo for all four was a single 60 ms block on a
 * 50 kB URL).
 */
const Format = memo(function Format({ id, url, target, title, button, copy }: FormatProps) {
  const text = useMemo(() => formatsOf(target)(`${id} ${url}`), [id, url, target]);
  if (text === null) return null;
  return (
    <li className="format" data-format={id}>
      <div className="format-head">
        <span className="format-title">{title}</span>
        <button type="button" className="secondary small" onClick={() => copy(text)}>
          {button}
        </button>
      </div>
      <pre className="snippet">
        <code>{shorten(text, snippetMax)}</code>
      </pre>
    </li>
  );
});
