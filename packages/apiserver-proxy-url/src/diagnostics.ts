import type { ProxyTargetInput } from './types.js';

export type Severity = 'error' | 'warning' | 'info';

/** Every diagnostic code, with its severity. The order is the README's. */
export const severities = {
  'not-a-proxy-url': 'error',
  'unsupported-url-scheme': 'error',
  'legacy-proxy-path': 'error',
  'invalid-base': 'error',
  'invalid-resource': 'error',
  'invalid-id': 'error',
  'invalid-scheme': 'error',
  'bad-percent-encoding': 'error',
  'encoded-slash-in-name': 'error',
  'invalid-namespace': 'error',
  'invalid-name': 'error',
  'invalid-port': 'error',
  'path-escapes-proxy': 'error',
  'scheme-parsed-as-name': 'warning',
  'missing-trailing-slash': 'warning',
  'named-pod-port': 'warning',
  'port-number-format': 'warning',
  'scheme-port-mismatch': 'warning',
  'kubelet-port-scheme-ignored': 'warning',
  'dot-segment-in-path': 'warning',
  'double-slash-in-path': 'warning',
  'encoded-slash-in-path': 'warning',
  'encoded-query-in-path': 'warning',
  'backslash-in-path': 'warning',
  'kubectl-proxy-rejects-path': 'warning',
  'kubectl-proxy-rejects-host': 'warning',
  'dry-run-query': 'warning',
  'path-query-ignored': 'warning',
  'service-name-leading-digit': 'warning',
  'credentials-in-url': 'warning',
  'insecure-remote-base': 'warning',
  'encoded-colon': 'info',
  'empty-port-unnamed-only': 'info',
  'redundant-colon': 'info',
  'surrounding-whitespace': 'info',
} as const satisfies Record<string, Severity>;

export type DiagnosticCode = keyof typeof severities;

/** A finding about a URL (from the parser) or an input (from the builder). */
export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  /** One plain English sentence: what Kubernetes will do. */
  message: string;
  /** UTF-16 offsets into the input as given, end exclusive; `0, 0` for diagnostics from the builder. */
  start: number;
  end: number;
  /** From the parser: the whole corrected URL. */
  fix?: string;
  /** From the builder: the input field at fault. */
  field?: keyof ProxyTargetInput;
}

/**
 * Thrown by {@link buildProxyUrl} (and the conversions) when Kubernetes would refuse the input.
 *
 * @example
 * try { buildProxyUrl({ namespace: 'default', name: 'My_Service' }) }
 * catch (e) { if (e instanceof ProxyUrlError) e.diagnostics[0].code } // 'invalid-name'
 */
export class ProxyUrlError extends Error {
  diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => `${d.code}: ${d.message}`).join('\n'));
    this.name = 'ProxyUrlError';
    this.diagnostics = diagnostics;
  }
}

/**
 * Adds a diagnostic unless one with that code is already there: at most one per code, and callers
 * report in input order, so the first reported is the first occurrence.
 */
export function addDiagnostic(
  list: Diagnostic[],
  code: DiagnosticCode,
  message: string,
  start: number,
  end: number,
  fix?: string,
  field?: keyof ProxyTargetInput,
): void {
  for (let i = 0; i < list.length; i++) if ((list[i] as Diagnostic).code === code) return;
  const d: Diagnostic = { code, severity: severities[code], message, start, end };
  if (fix !== undefined) d.fix = fix;
  if (field !== undefined) d.field = field;
  list.push(d);
}

/** How many of the diagnostics are errors. */
export function countErrors(list: Diagnostic[]): number {
  let errors = 0;
  for (let i = 0; i < list.length; i++) if ((list[i] as Diagnostic).severity === 'error') errors++;
  return errors;
}
