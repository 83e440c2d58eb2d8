// The YAML reader: its own chunk, imported (dynamic `import()`) when the Cluster objects mode opens,
// so the page's first load never carries a YAML parser.
import { parseAllDocuments } from 'yaml';
import type { YamlRead } from './read-text.ts';

/** The first line of a YAML error, without the place (the page says that in its own language). */
const plain = (message: string): string =>
  (message.split('\n')[0] ?? message).replace(/\s*at line \d+, column \d+:?\s*$/, '');

/**
 * Every document of a YAML stream (`---` between them) as plain values, or the first error. Empty
 * documents are left out. Aliases are capped by the parser (`maxAliasCount`), so a pasted "billion
 * laughs" ends in an error, not a frozen page.
 */
export function readYaml(text: string): YamlRead {
  const documents: unknown[] = [];
  for (const doc of parseAllDocuments(text)) {
    const error = doc.errors[0];
    if (error) {
      const at = error.linePos?.[0];
      return {
        ok: false,
        message: plain(error.message),
        line: at?.line ?? null,
        column: at?.col ?? null,
      };
    }
    try {
      const value: unknown = doc.toJS({ maxAliasCount: 100 });
      if (value !== null && value !== undefined) documents.push(value);
    } catch (e) {
      return {
        ok: false,
        message: e instanceof Error ? e.message : String(e),
        line: null,
        column: null,
      };
    }
  }
  return { ok: true, documents };
}
