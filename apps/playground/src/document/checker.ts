import type { Severity } from 'apiserver-proxy-url';
import { checkDocument } from './model.ts';
import type { CheckRequest, CheckResponse } from './protocol.ts';

/** A check's answer and what it answers: the text and the level it was checked at. */
export interface CheckResult extends CheckResponse {
  text: string;
  minSeverity: Severity;
}

/**
 * Checks documents in a Web Worker, one at a time, keeping only the latest request while one runs:
 * typing in a megabyte of text queues one check, not one per keystroke. Without workers (or if the
 * worker fails to start) it checks on the main thread, after the current task.
 */
export class DocumentChecker {
  private worker: Worker | null = null;
  private nextId = 1;
  private inFlight: CheckRequest | null = null;
  private queued: CheckRequest | null = null;

  constructor(private readonly onResult: (result: CheckResult) => void) {
    try {
      this.worker = new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module' });
      this.worker.onmessage = (e: MessageEvent<CheckResponse>) => this.answer(e.data);
      this.worker.onerror = (e) => {
        // Refused (a stricter policy where the page is hosted) or broken: check here instead.
        e.preventDefault();
        this.worker?.terminate();
        this.worker = null;
        const lost = this.inFlight;
        this.inFlight = null;
        if (lost) this.send(lost);
      };
    } catch {
      this.worker = null;
    }
  }

  check(text: string, minSeverity: Severity): void {
    const request = { id: this.nextId++, text, minSeverity };
    if (this.inFlight) this.queued = request;
    else this.send(request);
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.inFlight = null;
    this.queued = null;
  }

  private send(request: CheckRequest): void {
    this.inFlight = request;
    if (this.worker) {
      this.worker.postMessage(request);
      return;
    }
    setTimeout(() => {
      if (this.inFlight !== request) return; // disposed
      const started = performance.now();
      const check = checkDocument(request.text, request.minSeverity);
      this.answer({ id: request.id, check, ms: performance.now() - started });
    }, 0);
  }

  private answer(response: CheckResponse): void {
    const request = this.inFlight;
    if (!request || request.id !== response.id) return;
    this.inFlight = null;
    // Delivered even when a newer text waits: the page shows it as being checked again.
    this.onResult({ ...response, text: request.text, minSeverity: request.minSeverity });
    const next = this.queued;
    this.queued = null;
    if (next) this.send(next);
  }
}
