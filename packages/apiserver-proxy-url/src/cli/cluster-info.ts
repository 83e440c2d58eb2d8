// `kubectl cluster-info` output read a chunk at a time, so that the command's memory does not grow
// with its input. Pure string work (the command line feeds it the chunks it reads).

import { type ClusterInfoEntry, parseClusterInfo } from '../cluster-info.js';
import { CompleteLines } from './lines.js';

/**
 * Turns chunks of text into the entries of their complete lines. parseClusterInfo reads each line
 * ('\n'-separated, as it splits them) on its own, so the entries of a text are the entries of its
 * lines, in order: those of the complete lines of each chunk, then of what is left at the end.
 * Only a line still without its '\n' is kept between chunks.
 *
 * @example
 * const lines = new ClusterInfoLines();
 * lines.push('kube-dns is running at https://h/api/v1/namespaces/kube-system/se'); // []
 * lines.push('rvices/kube-dns:dns/proxy\nKubernetes'); // [{ name: 'kube-dns', ... }]
 * lines.end(); // []
 */
export class ClusterInfoLines {
  readonly #lines = new CompleteLines();

  /** The entries of the lines that `chunk` completes. */
  push(chunk: string): ClusterInfoEntry[] {
    const text = this.#lines.push(chunk);
    return text === null ? [] : parseClusterInfo(text);
  }

  /** The entries of the last line, when the input does not end with '\n'. */
  end(): ClusterInfoEntry[] {
    const text = this.#lines.end();
    return text === null ? [] : parseClusterInfo(text);
  }
}
