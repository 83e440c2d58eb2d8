// The names a package entry exports, types included, as TypeScript sees them: for the tests that keep
// each package README's API section complete.
import ts from 'typescript';

/** Every export of each source file (absolute paths), in file order. */
export function exportsOf(files: string[]): string[] {
  const program = ts.createProgram(files, {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  return files.flatMap((file) => {
    const source = program.getSourceFile(file);
    const symbol = source && checker.getSymbolAtLocation(source);
    if (!symbol) throw new Error(`no module symbol for ${file}`);
    return checker.getExportsOfModule(symbol).map((s) => s.getName());
  });
}

/** A README's `## heading` section, up to the next `## `. */
export function readmeSection(readme: string, heading: string): string {
  const start = readme.indexOf(`\n## ${heading}\n`);
  const end = readme.indexOf('\n## ', start + 1);
  if (start < 0) throw new Error(`the README has no "## ${heading}" section`);
  return readme.slice(start, end < 0 ? undefined : end);
}

/** Whether `section` names `name` in code: `` `name `` not followed by more of an identifier. */
export const namesInCode = (section: string, name: string): boolean =>
  new RegExp(`\`${name}(?![A-Za-z0-9_$])`).test(section);
