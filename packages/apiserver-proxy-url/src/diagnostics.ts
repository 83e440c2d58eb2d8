import { english, type Sentence } from './messages.js';
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

/** The codes only `linksFromObjects` and `resolveProxyTarget` report (their sentences load with them). */
export type ObjectCode =
  | 'unknown-port'
  | 'external-name-service'
  | 'non-tcp-port'
  | 'port-scheme-differs'
  | 'object-not-found'
  | 'no-container-port';

/** The codes the parser and the builder report. */
export type ParserCode = Exclude<DiagnosticCode, ObjectCode>;

/**
 * The facts a diagnostic's message states, so that a translation can state them too: the English
 * `message` is made from the `code` and these alone. Only the keys a code's message uses are
 * present (the README's diagnostics table lists them per code).
 *
 * @example
 * parseProxyUrl('/api/v1/namespaces/ns/services/https:svc/proxy/').diagnostics[0].params;
 * // { id: 'https:svc:' } (scheme-parsed-as-name: the corrected id)
 */
export interface DiagnosticParams {
  /** Which of its sentences a code says, where it has more than one (`'no-namespace'`, `'utf8'`, …). */
  reason?: string;
  /** The corrected id (`scheme-parsed-as-name`), or the id as the API server reads it (`redundant-colon`). */
  id?: string;
  /** Where a request really goes once cleaned (`path-escapes-proxy`), or what the backend gets (`dot-segment-in-path`). */
  path?: string;
  /** Who cleans the path out of the proxy: `browser`, `kubectl`, or `decoded` (`kubectl proxy` ≤ 1.29). */
  cleaner?: string;
  /** The naming rule a value breaks: `DNS-1123 label`, `DNS-1035 label` or `DNS-1123 subdomain`. */
  rule?: string;
  /** The characters the rule allows (`a-z, 0-9, "-"`). */
  allowed?: string;
  /** The rule's maximum length: 63 or 253. */
  max?: number;
  /** The builder's input field of the wrong type (`invalid-input`). */
  field?: string;
  /** A port: as the API server reads it, as the URL names it, or the one it connects to. */
  port?: string | number;
  /** The host a protocol-relative URL goes to. */
  host?: string;
  /** `route-differs`: who (`go`, `browser`, `kubectl`, `kubectl-old`, `browser-kubectl-old`) reaches what (`services ns/web`, or an API path starting with `/`), against whom. */
  reader?: string;
  reached?: string;
  otherReader?: string;
  otherReached?: string;
  /** `hidden-route`: the readers, comma-separated, that get 404. */
  missed?: string;
  /** Objects: the Service's ports (`http:80,8080`), a port's protocol, the scheme a port speaks, the object not found. */
  ports?: string;
  protocol?: string;
  scheme?: string;
  kind?: string;
  name?: string;
  namespace?: string;
}

// Built on first use: importing the library does no work.
let severities: Map<DiagnosticCode, Severity> | undefined;

/** The severity of a code, in constant time (every diagnostic the parser adds asks). */
export function severityOf(code: DiagnosticCode): Severity {
  if (!severities) {
    severities = new Map();
    for (const severity of ['error', 'warning', 'info'] as const) {
      for (const c of codesBySeverity[severity]) severities.set(c, severity);
    }
  }
  return severities.get(code) ?? 'warning';
}

/** A finding about a URL (from the parser) or an input (from the builder). */
export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  /** One plain English sentence: what Kubernetes will do (made from `code` and `params`). */
  message: string;
  /** The facts the message states (the corrected id, where a path lands, …), for translations. */
  params?: DiagnosticParams;
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

/** What a caller says about a finding; the message comes from the code and `params`. */
export interface DiagnosticInit<C extends DiagnosticCode = ParserCode> {
  code: C;
  params?: DiagnosticParams | undefined;
  /** The span in the input; both 0 (the default) for the builder. */
  start?: number;
  end?: number;
  fix?: string | undefined;
  field?: keyof ProxyTargetInput;
}

/**
 * Adds a diagnostic unless one with that code is already there: at most one per code, and callers
 * report in input order, so the first reported is the first occurrence.
 */
export function addDiagnostic(list: Diagnostic[], d: DiagnosticInit): void {
  addWithMessage(list, d, english[d.code]);
}

/** {@link addDiagnostic} with the sentences of another set of codes (the objects functions'). */
export function addWithMessage<C extends DiagnosticCode>(
  list: Diagnostic[],
  { code, params, start = 0, end = 0, fix, field }: DiagnosticInit<C>,
  sentence: Sentence,
): void {
  for (let i = 0; i < list.length; i++) if ((list[i] as Diagnostic).code === code) return;
  const d: Diagnostic = {
    code,
    severity: severityOf(code),
    message: typeof sentence === 'string' ? sentence : sentence(params ?? {}),
    start,
    end,
  };
  if (fix !== undefined) d.fix = fix;
  if (field !== undefined) d.field = field;
  if (params) d.params = params;
  list.push(d);
}

/** How many of the diagnostics are errors. */
export function countErrors(list: Diagnostic[]): number {
  let errors = 0;
  for (let i = 0; i < list.length; i++) if ((list[i] as Diagnostic).severity === 'error') errors++;
  return errors;
}
