import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/context.ts';
import { documentMessages } from '../i18n/document.ts';

interface Props {
  text: string;
  /** The text with every fix shown applied; `null`: nothing to fix; `undefined`: still checking. */
  fixed: string | null | undefined;
  /** How many fixes that is. */
  fixes: number;
  onText: (text: string) => void;
  onCopy: () => void;
  announce: (message: string) => void;
}

type Action = 'apply' | 'copy';

/** "Apply all fixes" (undoable) and "Copy fixed text", from the check of the text as it is now. */
export function FixActions({ text, fixed, fixes, onText, onCopy, announce }: Props) {
  const { lang } = useI18n();
  const d = documentMessages[lang];
  // Setting the text from code empties the text area's own undo history: offer one step back.
  const [undo, setUndo] = useState<{ before: string; after: string } | null>(null);
  // Pressed while the text is being checked: done once the check of this text is in. (The buttons
  // stay enabled, so they keep the focus and stay in the tab order.)
  const [pending, setPending] = useState<Action | null>(null);
  const applyButton = useRef<HTMLButtonElement>(null);
  const checking = fixed === undefined;

  const run = (action: Action) => {
    if (checking) {
      setPending(action);
      announce(d.checking);
      return;
    }
    if (action === 'copy') {
      onCopy();
      return;
    }
    if (fixed === null) {
      announce(d.nothingToFix);
      return;
    }
    setUndo({ before: text, after: fixed });
    onText(fixed);
    announce(d.fixesApplied(fixes));
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs the action pressed, once the check is in
  useEffect(() => {
    if (pending === null || checking) return;
    setPending(null);
    run(pending);
  }, [pending, checking]);

  return (
    <>
      <div className="actions">
        <button
          ref={applyButton}
          type="button"
          aria-describedby="fix-help"
          onClick={() => run('apply')}
        >
          {d.applyAll}
        </button>
        <button
          type="button"
          className="secondary"
          aria-describedby="fix-help"
          onClick={() => run('copy')}
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
