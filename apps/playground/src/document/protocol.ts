import type { Severity } from 'apiserver-proxy-url';
import type { DocumentCheck } from './model.ts';

/** What the page asks the checker: one check of a whole text. */
export interface CheckRequest {
  id: number;
  text: string;
  minSeverity: Severity;
}

/** The answer, with the time the check took inside the worker. */
export interface CheckResponse {
  id: number;
  check: DocumentCheck;
  ms: number;
}
