import type { ProxyTargetInput } from './types.js';

export type Severity = 'error' | 'warning' | 'info';

/** Every diagnostic code, by severity, in the README's order. */
export const codesBySeverity = {
  error: [
    'not-a-proxy-url',
    'unsupported-url-scheme',
    'legacy-proxy-path',
    'invalid-base',
    'invalid-resource',
    'invalid-input',
    'invalid-id',
    'invalid-scheme',
    'bad-percent-encoding',
    'encoded-slash-in-name',
    'invalid-namespace',
    'invalid-name',
    'invalid-port',
    'path-escapes-proxy',
    'named-pod-port',
    'dry-run-query',
    'route-differs',
    'pasted-command',
    'space-in-url',
    'control-character',
    'unknown-port',
    'external-name-service',
    'non-tcp-port',
  ],
  warning: [
    'hidden-route',
    'missing-url-scheme',
    'protocol-relative-url',
    'scheme-parsed-as-name',
    'missing-trailing-slash',
    'port-number-format',
    'scheme-port-mismatch',
    'kubelet-port-scheme-ignored',
    'dot-segment-in-path',
    'double-slash-in-path',
    'encoded-slash-in-path',
    'encoded-query-in-path',
    'backslash-in-path',
    'kubectl-proxy-rejects-path',
    'kubectl-proxy-rejects-host',
    'path-query-ignored',
    'service-name-leading-digit',
    'credentials-in-url',
    'insecure-remote-base',
    'port-scheme-differs',
    'object-not-found',
  ],
  info: [
    'encoded-colon',
    'empty-port-unnamed-only',
    'redundant-colon',
    'surrounding-whitespace',
    'no-container-port',
  ],
} as const;

export type DiagnosticCode = (typeof codesBySeverity)[Severity][number];

export const severityOf = (code: DiagnosticCode): Severity =>
  (codesBySeverity.error as readonly string[]).includes(code)
    ? 'error'
    : (codesBySeverity.info as readonly string[]).includes(code)
      ? 'info'
      : 'warning';

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
  const d: Diagnostic = { code, severity: severityOf(code), message, start, end };
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
