// Lines of a text read a chunk at a time (`parse` reading URLs from stdin), so that memory holds one
// chunk and one line, not the whole input. Pure string work.

/**
 * Turns chunks of text into the text of their complete lines: what each chunk completes, up to its
 * last '\n' (excluded), then at the end what is left. Only a line still without its '\n' is kept
 * between chunks, and only the new chunk is searched: a long line costs its length once.
 */
export class CompleteLines {
  #rest = '';

  /** The text of the lines that `chunk` completes, or `null` when it completes none. */
  push(chunk: string): string | null {
    const newline = chunk.lastIndexOf('\n');
    if (newline < 0) {
      this.#rest += chunk;
      return null;
    }
    const text = this.#rest + chunk.slice(0, newline);
    this.#rest = chunk.slice(newline + 1);
    return text;
  }

  /** The last line, when the text does not end with a newline; else `null`. */
  end(): string | null {
    const text = this.#rest;
    this.#rest = '';
    return text === '' ? null : text;
  }
}

/**
 * Turns chunks of text into their complete lines: split at '\n', a '\r' before it dropped (CRLF
 * files), the last line given by {@link Lines.end} when the text does not end with a newline.
 *
 * @example
 * const lines = new Lines();
 * lines.push('/api/v1/nodes/a/proxy/\r\n/api/v1/no'); // ['/api/v1/nodes/a/proxy/']
 * lines.push('des/b/proxy/');                          // []
 * lines.end();                                         // ['/api/v1/nodes/b/proxy/']
 */
export class Lines {
  readonly #lines = new CompleteLines();

  /** The lines that `chunk` completes. */
  push(chunk: string): string[] {
    const text = this.#lines.push(chunk);
    return text === null ? [] : text.split('\n').map(withoutCr);
  }

  /** The last line, when the text does not end with a newline. */
  end(): string[] {
    const text = this.#lines.end();
    return text === null ? [] : [withoutCr(text)];
  }
}

const withoutCr = (line: string): string => (line.endsWith('\r') ? line.slice(0, -1) : line);
