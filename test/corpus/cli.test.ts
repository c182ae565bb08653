/** The CLI on the whole corpus, as CI runs it. */
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as os from 'os';
import * as path from 'path';
import { CORPUS } from './corpus-root';

const CLI = path.resolve(__dirname, '..', '..', 'dist', 'cli.js');
const run = (args: string[], cwd: string) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('corpus: CLI', () => {
  it('writes large output to a pipe completely (the whole corpus as JSON)', function () {
    this.timeout(120_000);
    const r = run(['check', CORPUS, '--format', 'json'], os.tmpdir());
    assert.notEqual(r.code, 2, r.err);
    const j = JSON.parse(r.out);
    assert.ok(j.summary.files > 1000 && j.diagnostics.length > 1000);
  });
});
