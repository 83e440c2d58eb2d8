import type { Severity } from 'apiserver-proxy-url';
import { useEffect, useRef, useState } from 'react';
import { useSettled } from '../useSettled.ts';
import { type CheckResult, DocumentChecker } from './checker.ts';

export interface DocumentCheckState {
  /** The latest answer, possibly for an older text. */
  result: CheckResult | null;
  /** Whether `result` answers `text` at `minSeverity` as they are now. */
  current: boolean;
}

/** The check of the document being edited, made off the main thread (see {@link DocumentChecker}). */
export function useDocumentCheck(text: string, minSeverity: Severity): DocumentCheckState {
  const [result, setResult] = useState<CheckResult | null>(null);
  const checker = useRef<DocumentChecker | null>(null);
  // A long document is checked once typing pauses; a short one as it is typed.
  const settled = useSettled(text);

  useEffect(() => {
    const c = new DocumentChecker(setResult);
    checker.current = c;
    return () => c.dispose();
  }, []);

  useEffect(() => {
    checker.current?.check(settled, minSeverity);
  }, [settled, minSeverity]);

  const current = result !== null && result.text === text && result.minSeverity === minSeverity;
  return { result, current };
}
