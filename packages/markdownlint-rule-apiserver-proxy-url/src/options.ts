import { diagnosticCatalogue, type LintOptions, type Severity } from 'apiserver-proxy-url';

/**
 * The rule's options in a markdownlint config (snake_case, as markdownlint's own rules):
 * `"apiserver-proxy-url": { "min_severity": "info", "codes": { "redundant-colon": "off" } }`.
 */
export interface RuleConfig {
  /** Findings below this severity are left out. Default 'warning' (infos are off). */
  min_severity?: Severity;
  /** Per diagnostic code: 'off', or the severity to give it before `min_severity` applies. */
  codes?: Record<string, Severity | 'off'>;
}

const severities: readonly string[] = ['info', 'warning', 'error'];

/**
 * The library's `lintText` options for a markdownlint rule config (`true` or an object). Throws on
 * a value it does not know: markdownlint reports a rule's exception on line 1, where it is seen.
 */
export function lintOptions(config: unknown): LintOptions {
  const c = (typeof config === 'object' && config !== null ? config : {}) as RuleConfig;
  const minSeverity = c.min_severity ?? 'warning';
  if (!severities.includes(minSeverity)) {
    throw new Error(`min_severity must be info, warning or error, not ${String(minSeverity)}`);
  }
  const out: LintOptions = { minSeverity };
  if (c.codes !== undefined) {
    for (const [code, value] of Object.entries(c.codes)) {
      if (!Object.hasOwn(diagnosticCatalogue, code)) {
        throw new Error(`codes: ${code} is not a diagnostic code of apiserver-proxy-url`);
      }
      if (value !== 'off' && !severities.includes(value)) {
        throw new Error(`codes.${code} must be off, info, warning or error, not ${String(value)}`);
      }
    }
    out.rules = c.codes as LintOptions['rules'] & object;
  }
  return out;
}
