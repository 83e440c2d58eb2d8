// The options of `apiserver-proxy-url lint`, checked: every value it cannot use is a one-line usage
// error naming the option and the value, before any file is read. Pure (no Node).

import { codesBySeverity, type DiagnosticCode, type Severity } from '../diagnostics.js';
import { UsageError } from './usage.js';

/**
 * How `lint` prints what it finds.
 *
 * @example
 * const format: LintFormat = 'github'; // workflow annotations
 */
export type LintFormat = 'text' | 'json' | 'github';

/**
 * A severity for a code, or `'off'`: what `--rule CODE=LEVEL` sets.
 *
 * @example
 * const rules: LintRules = { 'insecure-remote-base': 'off' };
 */
export type LintRules = Partial<Record<DiagnosticCode, Severity | 'off'>>;

/**
 * What `lint` was asked to do.
 *
 * @example
 * lintSettings({ fix: true }, ['docs']); // { format: 'text', fix: true, minSeverity: 'warning', ... }
 */
export interface LintSettings {
  format: LintFormat;
  fix: boolean;
  minSeverity: Severity;
  rules: LintRules;
  /** The most warnings that still exit 0; `null`: any number. */
  maxWarnings: number | null;
  /** Files and folders, `-` for stdin; `.` when none is given. */
  paths: string[];
}

/**
 * The option values of `lint`, as parseArgs reads them.
 *
 * @example
 * const values: LintValues = { rule: ['empty-port-unnamed-only=off'] };
 */
export interface LintValues {
  format?: string | undefined;
  fix?: boolean | undefined;
  'min-severity'?: string | undefined;
  rule?: string[] | undefined;
  'max-warnings'?: string | undefined;
}

const FORMATS: readonly string[] = ['text', 'json', 'github'] satisfies LintFormat[];
const SEVERITIES: readonly string[] = ['info', 'warning', 'error'] satisfies Severity[];
const LEVELS: readonly string[] = ['off', ...SEVERITIES];
const CODES: ReadonlySet<string> = new Set(Object.values(codesBySeverity).flat());

/**
 * The settings of `lint`, or a {@link UsageError} for the first value it cannot use.
 *
 * @example
 * lintSettings({ rule: ['no-such-code=off'] }, []); // throws 'unknown code "no-such-code" in --rule'
 */
export function lintSettings(values: LintValues, positionals: string[]): LintSettings {
  const format = values.format ?? 'text';
  if (!FORMATS.includes(format)) {
    throw new UsageError(`--format is text, json or github, not ${JSON.stringify(format)}`);
  }
  const minSeverity = values['min-severity'] ?? 'warning';
  if (!SEVERITIES.includes(minSeverity)) {
    throw new UsageError(
      `--min-severity is info, warning or error, not ${JSON.stringify(minSeverity)}`,
    );
  }
  const rules: LintRules = {};
  for (const rule of values.rule ?? []) {
    const [code, level] = splitRule(rule);
    rules[code] = level;
  }
  const max = values['max-warnings'];
  // A count: digits only (no sign, no exponent, no blank), as ESLint's --max-warnings takes.
  if (max !== undefined && !/^[0-9]{1,9}$/.test(max)) {
    throw new UsageError(`--max-warnings is a number of warnings, not ${JSON.stringify(max)}`);
  }
  if (positionals.filter((p) => p === '-').length > 1) {
    throw new UsageError('- (stdin) can be read once');
  }
  return {
    format: format as LintFormat,
    fix: values.fix === true,
    minSeverity: minSeverity as Severity,
    rules,
    maxWarnings: max === undefined ? null : Number(max),
    paths: positionals.length > 0 ? positionals : ['.'],
  };
}

/** `CODE=LEVEL`, both checked. */
function splitRule(rule: string): [DiagnosticCode, Severity | 'off'] {
  const equals = rule.indexOf('=');
  if (equals < 0) {
    throw new UsageError(`--rule takes CODE=off|info|warning|error, not ${JSON.stringify(rule)}`);
  }
  const code = rule.slice(0, equals);
  const level = rule.slice(equals + 1);
  if (!CODES.has(code)) throw new UsageError(`unknown code ${JSON.stringify(code)} in --rule`);
  if (!LEVELS.includes(level)) {
    throw new UsageError(
      `--rule ${code}= takes off, info, warning or error, not ${JSON.stringify(level)}`,
    );
  }
  return [code as DiagnosticCode, level as Severity | 'off'];
}
