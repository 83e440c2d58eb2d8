// Pasted `kubectl get … -o json` or `-o yaml` output, read into plain objects for the library.
// Reading is all this does: which objects and ports count, and every URL, come from
// `linksFromObjects` and `resolveProxyTarget`.

/** What the YAML reader (`yaml-reader.ts`, loaded with the mode) gives back. */
export type YamlRead =
  | { ok: true; documents: unknown[] }
  | { ok: false; message: string; line: number | null; column: number | null };

export type YamlReader = (text: string) => YamlRead;

export type TextFormat = 'json' | 'yaml';

export type ReadText =
  /** Nothing but white space. */
  | { kind: 'empty' }
  /** YAML, and the YAML reader has not loaded yet. */
  | { kind: 'pending' }
  | { kind: 'objects'; format: TextFormat; objects: unknown }
  /** Neither JSON nor YAML: where the parser stopped (1-based; `null` when it did not say). */
  | {
      kind: 'error';
      format: TextFormat;
      message: string;
      line: number | null;
      column: number | null;
    };

/** 1-based line and column of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lastBreak = before.lastIndexOf('\n');
  let line = 1;
  for (let i = before.indexOf('\n'); i !== -1; i = before.indexOf('\n', i + 1)) line++;
  return { line, column: before.length - lastBreak };
}

/**
 * `JSON.parse`'s complaint, with the place it names, if any: engines say "at position N" (an offset
 * into the text they were given, `text` from `lead` on), some add "(line L column C)".
 */
function jsonError(
  text: string,
  lead: number,
  error: unknown,
): Extract<ReadText, { kind: 'error' }> {
  const raw = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(raw);
  const where = position ? lineColumn(text, lead + Number(position[1])) : null;
  // The place is shown apart, in the page's language: keep the parser's own words only.
  const message = raw.replace(/\s*(?:in JSON\s*)?at position \d+.*$/s, '').trim() || raw;
  return {
    kind: 'error',
    format: 'json',
    message,
    line: where?.line ?? null,
    column: where?.column ?? null,
  };
}

/**
 * Reads pasted objects: JSON when the text starts with `{` or `[` (what `kubectl get -o json`
 * prints), YAML otherwise (`-o yaml`, several documents allowed). JSON that does not parse is tried
 * as YAML (a flow mapping), and reported as JSON if that fails too. Never throws.
 */
export function readObjectsText(text: string, yaml: YamlReader | null): ReadText {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  let failedJson: Extract<ReadText, { kind: 'error' }> | null = null;
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return { kind: 'objects', format: 'json', objects: JSON.parse(trimmed) };
    } catch (error) {
      // The place in the text as pasted, leading white space included.
      failedJson = jsonError(text, text.length - text.trimStart().length, error);
    }
  }
  if (yaml === null) return failedJson ?? { kind: 'pending' };
  let read: YamlRead;
  try {
    read = yaml(text);
  } catch (error) {
    read = { ok: false, message: String(error), line: null, column: null };
  }
  if (read.ok) return { kind: 'objects', format: 'yaml', objects: read.documents };
  return failedJson ?? { kind: 'error', format: 'yaml', ...read };
}
