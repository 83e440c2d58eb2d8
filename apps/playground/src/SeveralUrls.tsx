import { useEffect, useState } from 'react';
import { useI18n } from './i18n/context.ts';

/**
 * "This looks like several URLs": one click takes the URL box's text to the document mode. Only a
 * text with a line break can hold several; the finder is loaded for those (it is the document
 * mode's, kept out of the page's first load).
 */
export function SeveralUrls({ url, onCheck }: { url: string; onCheck: (text: string) => void }) {
  const { t } = useI18n();
  const [several, setSeveral] = useState<{ url: string; yes: boolean } | null>(null);
  const multiline = url.includes('\n');

  useEffect(() => {
    if (!multiline) return;
    let live = true;
    void import('./several-lines.ts').then(({ onSeveralLines }) => {
      if (live) setSeveral({ url, yes: onSeveralLines(url) });
    });
    return () => {
      live = false;
    };
  }, [url, multiline]);

  if (!multiline || several?.url !== url || !several.yes) return null;
  return (
    <div className="offer" role="note">
      <p>{t.severalUrls.message}</p>
      <button type="button" onClick={() => onCheck(url)}>
        {t.severalUrls.action}
      </button>
    </div>
  );
}
