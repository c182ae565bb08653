/**
 * `--fix` never loses the author's work, over every repository of the public corpus (on copies): the
 * report after --fix equals a fresh check, a second --fix changes nothing, no value is lost except by a
 * rename or a move that keeps it, and no surface loads fewer items. See test/cli/fix-properties.test.ts.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CORPUS } from './corpus-root';
import { checkFixProperties } from '../support/fix-properties';

describe('corpus: --fix properties', function () {
  this.timeout(1_800_000);
  const repos = fs.readdirSync(CORPUS, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

  it('covers the corpus repositories', () => assert.ok(repos.length >= 10, `${repos.length} repositories`));

  let changed = 0;
  for (const repo of repos) {
    it(`hold for ${repo}`, () => {
      const r = checkFixProperties(path.join(CORPUS, repo));
      changed += r.changedFiles;
      assert.deepEqual(r.problems, []);
    });
  }

  // The corpus has fixable mistakes (unknown keys, unquoted placeholders …): the property is not vacuous.
  it('changed corpus files with --fix', () => assert.ok(changed > 0, `--fix changed ${changed} corpus files`));
});
