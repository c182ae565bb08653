/**
 * Where the public corpus is: `../shared/corpus` beside the clone (CI has it), or `PLUGIN_LENS_CORPUS`.
 * The corpus suites fail loudly when it is missing; they never skip.
 */
import * as fs from 'fs';
import * as path from 'path';

export const CORPUS = path.resolve(process.env.PLUGIN_LENS_CORPUS ?? path.join(__dirname, '..', '..', '..', 'shared', 'corpus'));

if (!fs.existsSync(path.join(CORPUS, 'EXPECTATIONS.md'))) {
  throw new Error(`The corpus suites need the public corpus at ${CORPUS} (set PLUGIN_LENS_CORPUS to use another path). ` +
    '`npm test` does not need it; `npm run test:corpus` does.');
}
