// Lines of a text read a chunk at a time (`parse` reading URLs from stdin), so that memory holds one
// chunk and one line, not the whole input. Pure string work.

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
  #rest = '';

  /** The lines that `chunk` completes. */
  push(chunk: string): string[] {
    // Only the new chunk is searched: a long line costs its length once.
    const newline = chunk.lastIndexOf('\n');
    if (newline < 0) {
      this.#rest += chunk;
      return [];
    }
    const text = this.#rest + chunk.slice(0, newline);
    this.#rest = chunk.slice(newline + 1);
    return text.split('\n').map(withoutCr);
  }

  /** The last line, when the text does not end with a newline. */
  end(): string[] {
    const text = this.#rest;
    this.#rest = '';
    return text === '' ? [] : [withoutCr(text)];
  }
}

const withoutCr = (line: string): string => (line.endsWith('\r') ? line.slice(0, -1) : line);
