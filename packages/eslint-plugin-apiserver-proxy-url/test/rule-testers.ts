// ESLint's own RuleTester, from ESLint 9 and from ESLint 10 (the two majors the peer range names),
// wired to vitest's describe/it so every case is a test of its own.
import { RuleTester as RuleTester9 } from 'eslint';
import { RuleTester as RuleTester10 } from 'eslint-v10';
import { describe, it } from 'vitest';

type AnyRuleTester = typeof RuleTester9;

const testers: Array<[string, AnyRuleTester]> = [
  ['ESLint 9', RuleTester9],
  ['ESLint 10', RuleTester10 as unknown as AnyRuleTester],
];

for (const [, RuleTester] of testers) {
  RuleTester.describe = describe;
  RuleTester.it = it;
  RuleTester.itOnly = it.only;
}

/** Each RuleTester class with the ESLint major it comes from. */
export const ruleTesters = testers;

/** An expected error: the code in the message, and the span at fault. */
export function error(
  code: string,
  line: number,
  column: number,
  endColumn: number,
  endLine = line,
): { message: RegExp; line: number; column: number; endLine: number; endColumn: number } {
  return { message: new RegExp(`\\(${code}\\)$`), line, column, endLine, endColumn };
}
