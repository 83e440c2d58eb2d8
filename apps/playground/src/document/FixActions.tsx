import { useRef, useState } from 'react';
import { useI18n } from '../i18n/context.ts';
import { documentMessages } from '../i18n/document.ts';

interface Props {
  text: string;
  /** The text with every fix shown applied; `null`: nothing to fix; `undefined`: still checking. */
  fixed: string | null | undefined;
  onText: (text: string) => void;
  onCopy: () => void;
  announce: (message: string) => void;
}

/** "Apply all fixes" (undoable) and "Copy fixed text", from the check of the text as it is now. */
export function FixActions({ text, fixed, onText, onCopy, announce }: Props) {
  const { lang } = useI18n();
  const d = documentMessages[lang];
  // Setting the text from code empties the text area's own undo history: offer one step back.
  const [undo, setUndo] = useState<{ before: string; after: string } | null>(null);
  const checking = fixed === undefined;
  const applyButton = useRef<HTMLButtonElement>(null);

  const applyAll = () => {
    if (checking) return;
    if (fixed === null) {
      announce(d.nothingToFix);
      return;
    }
    setUndo({ before: text, after: fixed });
    onText(fixed);
    announce(d.fixesApplied);
  };

  return (
    <>
      <div className="actions">
        <button
          ref={applyButton}
          type="button"
          disabled={checking || text === ''}
          aria-describedby="fix-help"
          onClick={applyAll}
        >
          {d.applyAll}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={checking || text === ''}
          aria-describedby="fix-help"
          onClick={onCopy}
        >
          {d.copyFixed}
        </button>
        {undo !== null && undo.after === text && (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              onText(undo.before);
              setUndo(null);
              announce(d.undone);
              // This button goes away: the focus goes back to the one that applied the fixes.
              applyButton.current?.focus();
            }}
          >
            {d.undo}
          </button>
        )}
      </div>
      <p id="fix-help" className="help">
        {d.fixHelp}
      </p>
    </>
  );
}
