// The package README's "Command line" section: its ```console blocks, as commands and the output each
// printed. Tests run the commands again and compare, so the README shows real output.
import { readFileSync } from 'node:fs';

export interface ConsoleCommand {
  /** The text after `$ `. */
  command: string;
  /** What it printed, stdout and stderr together, ending with a newline. */
  output: string;
}

/** Every `$ command` of the ```console blocks in the README's "Command line" section. */
export function readmeCommands(): ConsoleCommand[] {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const start = readme.indexOf('\n## Command line\n');
  const end = readme.indexOf('\n## ', start + 1);
  if (start < 0) throw new Error('README.md has no "## Command line" section');
  const section = readme.slice(start, end < 0 ? undefined : end);
  const commands: ConsoleCommand[] = [];
  for (const block of section.split('```console\n').slice(1)) {
    const body = block.slice(0, block.indexOf('```\n'));
    for (const piece of body.split(/^\$ /m).slice(1)) {
      const newline = piece.indexOf('\n');
      commands.push({ command: piece.slice(0, newline), output: piece.slice(newline + 1) });
    }
  }
  return commands;
}
