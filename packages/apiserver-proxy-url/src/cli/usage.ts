// Usage errors of the command line, and the checks of its options that give them. Pure (no Node):
// the command line reads its arguments with Node's parseArgs in its non-strict mode and hands the
// tokens here, so that every mistake is told in one short line of ours rather than in Node's words
// (which span several lines for an option whose value looks like another option).

/**
 * A usage error: the command exits 2 and prints the message, then a pointer to `--help`.
 *
 * @example
 * throw new UsageError('--format is text, json or github, not "xml"');
 */
export class UsageError extends Error {}

/**
 * An option as the command declares it (the shape parseArgs takes).
 *
 * @example
 * const format: OptionSpec = { type: 'string' };
 */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
}

/**
 * One token of parseArgs' non-strict reading (`tokens: true`): an option, a positional argument or
 * the `--` that ends the options.
 *
 * @example
 * const token: ArgToken = { kind: 'option', name: 'fix', rawName: '--fix', index: 0 };
 */
export type ArgToken =
  | { kind: 'option'; name: string; rawName: string; value?: string; inlineValue?: boolean }
  | { kind: 'positional'; value: string }
  | { kind: 'option-terminator' };

/**
 * Throws a {@link UsageError} for the first option that is unknown, lacks its value, has a value
 * it does not take, or takes the next argument as its value when that looks like an option
 * (`--format --fix`: the value was most likely forgotten; `--format=-x` says it is meant).
 *
 * @example
 * checkOptionTokens([{ kind: 'option', name: 'x', rawName: '-x' }], {}); // throws 'unknown option -x'
 */
export function checkOptionTokens(
  tokens: readonly ArgToken[],
  options: Readonly<Record<string, OptionSpec>>,
): void {
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    const name = token.rawName;
    if (spec === undefined) throw new UsageError(`unknown option ${name}`);
    if (spec.type === 'boolean') {
      if (token.value !== undefined) throw new UsageError(`${name} takes no value`);
      continue;
    }
    const forgotten =
      token.inlineValue === false && token.value !== undefined && /^-./.test(token.value);
    if (token.value === undefined || forgotten) {
      throw new UsageError(`${name} needs a value`);
    }
  }
}
