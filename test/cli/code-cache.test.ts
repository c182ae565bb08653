// The V8 code cache of dist/cli-lazy.js (server/src/cli/code-cache.ts): written once, reused, never trusted
// when it is not for this exact bundle text and node, and never the reason a run fails.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { codeCacheDir, codeCacheFile } from '../../server/src/cli/code-cache';
import { tempWorkspaces } from '../support/temp-workspace';

const REPO = path.resolve(__dirname, '..', '..');
const CLI = path.join(REPO, 'dist', 'cli.js');
const BUNDLE = path.join(REPO, 'dist', 'cli-lazy.js');
const tempDir = tempWorkspaces('plugin-lens-code-cache-');

function check(cacheSetting: string) {
  const r = spawnSync(process.execPath, [CLI, 'check', 'examples', '--format', 'json'], {
    cwd: REPO, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, PLUGIN_LENS_CODE_CACHE: cacheSetting },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI: V8 code cache of the validation bundle', function () {
  this.timeout(60_000);
  let plain: ReturnType<typeof check>;
  before(() => { plain = check('off'); });

  it('is written by the first run and reused unchanged by the next, with the output of a run without it', () => {
    const dir = tempDir();
    const file = codeCacheFile(dir, BUNDLE);
    assert.deepEqual(check(dir), plain);
    const written = fs.readFileSync(file);
    assert.ok(written.length > 100_000, `cache of ${written.length} bytes`);
    assert.match(written.subarray(0, 200).toString('latin1'), /^plugin-lens-code-cache\/1 [0-9a-f]{64} v\d+/);
    assert.deepEqual(check(dir), plain);
    assert.ok(fs.readFileSync(file).equals(written), 'an accepted cache is not rewritten');
    assert.deepEqual(fs.readdirSync(dir), [path.basename(file)], 'no temporary file left behind');
  });

  it('ignores and replaces a cache made for another bundle text', () => {
    const dir = tempDir();
    const file = codeCacheFile(dir, BUNDLE);
    check(dir);
    const good = fs.readFileSync(file);
    const foreign = Buffer.from(good.toString('latin1').replace(/^(\S+) [0-9a-f]{64}/, `$1 ${'0'.repeat(64)}`), 'latin1');
    fs.writeFileSync(file, foreign);
    assert.deepEqual(check(dir), plain);
    assert.ok(fs.readFileSync(file).subarray(0, 100).equals(good.subarray(0, 100)), 'rewritten with the right key');
  });

  it('runs normally on a damaged cache (truncated, garbage) and replaces it', () => {
    const dir = tempDir();
    const file = codeCacheFile(dir, BUNDLE);
    check(dir);
    const good = fs.readFileSync(file);
    for (const damaged of [good.subarray(0, good.length >> 1), Buffer.concat([good.subarray(0, good.indexOf(0x0a) + 1), Buffer.alloc(5000, 7)]), Buffer.from('garbage')]) {
      fs.writeFileSync(file, damaged);
      assert.deepEqual(check(dir), plain);
      const replaced = fs.readFileSync(file);
      assert.ok(replaced.length > 100_000 && replaced.subarray(0, 100).equals(good.subarray(0, 100)), 'replaced by a whole cache');
    }
  });

  it('never fails a run where it cannot write, and writes nothing when off', () => {
    const blocked = path.join(tempDir({ 'a-file': 'x' }), 'a-file', 'cache');
    assert.deepEqual(check(blocked), plain);
    assert.ok(JSON.parse(plain.stdout).summary.files > 0, plain.stderr); // the run did validate
  });

  it('lives in the platform cache folder unless moved or turned off', () => {
    assert.equal(codeCacheDir({}, 'linux', '/home/u'), '/home/u/.cache/plugin-lens/code-cache');
    assert.equal(codeCacheDir({ XDG_CACHE_HOME: '/xdg' }, 'linux', '/home/u'), '/xdg/plugin-lens/code-cache');
    assert.equal(codeCacheDir({ XDG_CACHE_HOME: 'relative' }, 'linux', '/home/u'), '/home/u/.cache/plugin-lens/code-cache');
    assert.equal(codeCacheDir({}, 'darwin', '/Users/u'), '/Users/u/Library/Caches/plugin-lens/code-cache');
    assert.equal(codeCacheDir({ PLUGIN_LENS_CODE_CACHE: '/elsewhere' }, 'linux', '/home/u'), '/elsewhere');
    for (const off of ['off', '0', 'false', 'OFF']) assert.equal(codeCacheDir({ PLUGIN_LENS_CODE_CACHE: off }, 'linux', '/home/u'), undefined);
    assert.equal(codeCacheDir({}, 'linux', ''), undefined);
  });
});
