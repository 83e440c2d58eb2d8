import {
  type DiagnosticCode,
  diagnosticCatalogue,
  type LintOptions,
  type Severity,
} from 'apiserver-proxy-url';

/** The rule's options, as written in a config. */
export interface RuleOptions {
  /** Findings below this severity are left out. Default 'warning' (infos are off). */
  minSeverity?: Severity;
  /** Per diagnostic code: 'off', or the severity to give it before `minSeverity` applies. */
  codes?: Partial<Record<DiagnosticCode, Severity | 'off'>>;
}

const severities = ['info', 'warning', 'error'];

/** JSON schema of the options: every code of the catalogue by name, so a typo is a config error. */
export const optionsSchema = [
  {
    type: 'object',
    properties: {
      minSeverity: { enum: severities },
      codes: {
        type: 'object',
        properties: Object.fromEntries(
          Object.keys(diagnosticCatalogue).map((code) => [code, { enum: [...severities, 'off'] }]),
        ),
        additionalProperties: false,
      },
    },
    additionalProperties: false,
  },
];

/** The library's `lintText` options for these rule options. */
export function lintOptions(options: RuleOptions | undefined): LintOptions {
  const out: LintOptions = { minSeverity: options?.minSeverity ?? 'warning' };
  if (options?.codes) out.rules = options.codes;
  return out;
}
