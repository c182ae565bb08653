/** Diagnostics and reach tell one story on the whole public corpus (the load-stage consistency checks). */
import { strict as assert } from 'assert';
import { CORPUS } from './corpus-root';
import { NodeWorkspace } from '../../server/src/node/node-workspace';
import { findKnownFiles, validatePath } from '../../server/src/node/validate-files';
import { toPosix } from '../../server/src/node/scan';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { consistencyProblems } from '../support/load-consistency';

describe('corpus: load stage consistency', () => {
  it('every finding\'s load effect matches reach, and every content ✗ has a finding', function () {
    this.timeout(600_000);
    const ws = new NodeWorkspace(toPosix(CORPUS));
    const { files } = findKnownFiles([CORPUS]);
    const problems: string[] = [];
    let effects = 0;
    for (const f of files) {
      const v = validatePath(f, ws, DEFAULT_CONFIG);
      if (!v?.result.kind) continue;
      effects += v.result.findings.filter((x) => x.data?.effect).length;
      problems.push(...consistencyProblems(toPosix(f), v.result));
    }
    assert.ok(files.length > 1000 && effects > 20, `${files.length} files, ${effects} findings with a load effect`);
    assert.deepEqual(problems.slice(0, 40), [], `${problems.length} problems`);
  });
});
