import type { ProxyTarget } from 'apiserver-proxy-url';
import { memo, useMemo } from 'react';
import { type FormatId, formatFor, formatIds } from './copy-formats.ts';
import { shorten } from './excerpt.ts';
import { keepFor, keepLast } from './keep-last.ts';

// Loaded on demand (after the page opens): the conversions to curl, kubectl and RBAC are not
// needed to show the page.

// Kept: see keep-last.ts (each conversion parses the URL again; the scan reads all of it).
const formatsOf = keepFor((target: Pick<ProxyTarget, 'namespace' | 'name'>) =>
  keepLast((key: string) => {
    const space = key.indexOf(' ');
    return formatFor(key.slice(0, space) as FormatId, key.slice(space + 1), target);
  }, formatIds.length),
);

/** What a snippet shows at most; its button copies the whole of it. */
const snippetMax = 2000;

interface ListProps {
  url: string;
  target: Pick<ProxyTarget, 'namespace' | 'name'>;
  labels: Record<FormatId, { title: string; button: string }>;
  copy: (text: string) => void;
}

/** The same request as Markdown, curl, kubectl get --raw and RBAC, each with its Copy button. */
export function CopyFormats({ url, target, labels, copy }: ListProps) {
  return (
    <ul className="formats">
      {formatIds.map((id) => (
        <Format
          key={id}
          id={id}
          url={url}
          target={target}
          title={labels[id].title}
          button={labels[id].button}
          copy={copy}
        />
      ))}
    </ul>
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
