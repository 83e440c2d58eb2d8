// The text of `kubectl get -o json` or `-o yaml` as the objects in it, for the command line's
// `links` and `parse --objects`. Pure string work (no Node): the command reads the text and hands
// it here. This is the only module that imports `yaml`, and only the command line imports it: the
// library's main entry keeps zero runtime dependencies. It loads `yaml` only for text that is not
// JSON: loading it takes as long as starting the command, which every other command should not pay.

/**
 * The input is not what `kubectl get -o json|yaml` prints. Its message is one line, made to follow
 * "cannot read FILE: ".
 *
 * @example
 * throw new ObjectsInputError('the input is empty');
 */
export class ObjectsInputError extends Error {}

/** The first line of an error message (the yaml package adds a code frame after it). */
const firstLine = (message: string): string => message.split('\n', 1)[0]?.replace(/:$/, '') ?? '';

/** The documents of a YAML stream, or why it is not YAML. */
async function yamlDocuments(text: string): Promise<unknown[]> {
  const { parseAllDocuments } = await import('yaml');
  const documents: unknown[] = [];
  // Every document of a stream (`---`); kubectl prints one `List` for several objects.
  for (const doc of parseAllDocuments(text)) {
    const [error] = doc.errors;
    if (error) throw new ObjectsInputError(`not valid YAML: ${firstLine(error.message)}`);
    // toJS refuses an alias bomb (too many aliases for the text's size) by throwing.
    documents.push(doc.toJS());
  }
  return documents;
}

const isObject = (v: unknown): boolean => typeof v === 'object' && v !== null;

/**
 * The documents in `kubectl get -o json` or `-o yaml` output: JSON is tried first (kubectl's own
 * `-o json`, and JSON's error is the one to show for text that starts like JSON), then YAML, one
 * document or several separated by `---`. A leading byte order mark is ignored. Rejects with an
 * {@link ObjectsInputError} when the text is empty, neither JSON nor YAML, or holds no object at
 * all (plain text such as kubectl's table output is one YAML string); never with another error.
 *
 * @example
 * await readObjectsText('{"kind":"List","items":[]}'); // [{ kind: 'List', items: [] }]
 * await readObjectsText('kind: Service\nmetadata: {name: web}\n---\nkind: Node\n'); // two objects
 */
export async function readObjectsText(text: string): Promise<unknown[]> {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let documents: unknown[];
  try {
    documents = [JSON.parse(source)];
  } catch (jsonError) {
    try {
      documents = await yamlDocuments(source);
    } catch (yamlError) {
      // A deep nest can overflow the YAML parser's stack: any throw is "not YAML", in one line.
      const looksLikeJson = /^\s*[[{]/.test(source);
      const message = looksLikeJson
        ? `not valid JSON: ${firstLine((jsonError as Error).message)}`
        : yamlError instanceof ObjectsInputError
          ? yamlError.message
          : `not valid YAML: ${firstLine(String((yamlError as Error)?.message ?? yamlError))}`;
      throw new ObjectsInputError(message);
    }
  }
  documents = documents.filter((d) => d !== null && d !== undefined);
  if (documents.length === 0) {
    throw new ObjectsInputError(
      'the input is empty: expected kubectl get -o json or -o yaml output',
    );
  }
  if (!documents.some(isObject)) {
    throw new ObjectsInputError(
      'not kubectl get -o json or -o yaml output: no object in it (a table? add -o json)',
    );
  }
  return documents;
}
