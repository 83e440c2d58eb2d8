import type { KeyboardEvent } from 'react';
import { useI18n } from './i18n/context.ts';

export type Mode = 'url' | 'document';
const modes: readonly Mode[] = ['url', 'document'];

/** The id of a mode's tab and of its panel. */
export const tabId = (mode: Mode): string => `tab-${mode}`;
export const panelId = (mode: Mode): string => `panel-${mode}`;

/**
 * "Check a URL" and "Check a document" as tabs (WAI-ARIA tabs pattern): one tab stop, the arrow
 * keys, Home and End move between them and show the one moved to.
 */
export function ModeTabs({ mode, onMode }: { mode: Mode; onMode: (mode: Mode) => void }) {
  const { t } = useI18n();
  const move = (e: KeyboardEvent<HTMLButtonElement>) => {
    const at = modes.indexOf(mode);
    const to =
      e.key === 'ArrowRight'
        ? (at + 1) % modes.length
        : e.key === 'ArrowLeft'
          ? (at - 1 + modes.length) % modes.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? modes.length - 1
              : -1;
    const next = modes[to];
    if (next === undefined) return;
    e.preventDefault();
    onMode(next);
    document.getElementById(tabId(next))?.focus();
  };
  return (
    <div className="tabs" role="tablist" aria-label={t.modes.label}>
      {modes.map((m) => (
        <button
          key={m}
          id={tabId(m)}
          type="button"
          role="tab"
          className="tab"
          aria-selected={m === mode}
          aria-controls={panelId(m)}
          tabIndex={m === mode ? 0 : -1}
          onClick={() => onMode(m)}
          onKeyDown={move}
        >
          {t.modes[m]}
        </button>
      ))}
    </div>
  );
}
