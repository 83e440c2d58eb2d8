// The package's folder, and the shared helpers that run real command-line tools.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export { assertBuilt, type Run, runNode, tempCopy } from '../../../scripts/run-node.js';

export const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
