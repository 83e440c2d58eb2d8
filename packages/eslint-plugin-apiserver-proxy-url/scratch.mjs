import { readFileSync } from 'node:fs';
import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import plugin from './dist/index.js';

const linter = new Linter();
const samples = JSON.parse(readFileSync(process.argv[2], 'utf8'));
for (const [f, code, opts] of samples) {
  const cfg = [
    { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
    {
      files: ['**/*'],
      plugins: { 'apiserver-proxy-url': plugin },
      rules: { 'apiserver-proxy-url/valid-proxy-url': ['error', ...(opts ? [opts] : [])] },
    },
  ];
  const msgs = linter.verify(code, cfg, f);
  console.log('---', f, code);
  for (const m of msgs)
    console.log(
      '  ',
      m.line,
      m.column,
      m.endLine,
      m.endColumn,
      m.message.replace(/.*\(/, '('),
      m.fix ? 'FIX' : '',
      m.suggestions ? 'SUG ' + JSON.stringify(m.suggestions.map((s) => s.desc)) : '',
    );
  const fixed = linter.verifyAndFix(code, cfg, f);
  if (fixed.fixed) console.log('  FIXED:', fixed.output);
  for (const m of msgs)
    for (const s of m.suggestions ?? [])
      console.log(
        '  SUGGESTED:',
        code.slice(0, s.fix.range[0]) + s.fix.text + code.slice(s.fix.range[1]),
      );
}
