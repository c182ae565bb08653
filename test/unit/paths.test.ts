/** The core's path helpers answer exactly as node's path.posix (their fast paths are shortcuts, not new rules). */
import assert from 'node:assert/strict';
import { posix } from 'node:path';
import { basename, dirname, join } from '../../server/src/core/paths';

/** Every string of up to `max` characters over an alphabet that holds the tricky parts: slashes, dots. */
function* strings(alphabet: string[], max: number): Generator<string> {
  yield '';
  let level = [''];
  for (let n = 1; n <= max; n++) {
    const next: string[] = [];
    for (const s of level) for (const c of alphabet) { next.push(s + c); yield s + c; }
    level = next;
  }
}

const ALPHABET = ['/', '.', 'a', 'b'];

describe('core paths: dirname, basename, join', () => {
  it('dirname and basename equal path.posix for every short path (slashes, dots, empty segments)', () => {
    for (const p of strings(ALPHABET, 6)) {
      assert.equal(dirname(p), posix.dirname(p), `dirname(${JSON.stringify(p)})`);
      assert.equal(basename(p), posix.basename(p), `basename(${JSON.stringify(p)})`);
      assert.equal(basename(p, '.a'), posix.basename(p, '.a'), `basename(${JSON.stringify(p)}, '.a')`);
    }
  });

  it('join equals path.posix.join for every pair of short paths and for longer argument lists', () => {
    const short = [...strings(ALPHABET, 4)];
    for (const a of short) for (const b of short) assert.equal(join(a, b), posix.join(a, b), `join(${JSON.stringify(a)}, ${JSON.stringify(b)})`);
    for (const a of short) for (const b of short) for (const c of ['', '.', 'x', 'x/', '/x', '..', 'x/..']) {
      assert.equal(join('/ws' + a, b, c), posix.join('/ws' + a, b, c), `join(${JSON.stringify('/ws' + a)}, ${JSON.stringify(b)}, ${JSON.stringify(c)})`);
    }
    assert.equal(join('/ws/plugin', 'skills', '../agents/x.md'), posix.join('/ws/plugin', 'skills', '../agents/x.md'));
    assert.equal(join('/ws/plugin', './skills/a/'), '/ws/plugin/skills/a/');
    assert.equal(join('/ws/plugin', 'skills/a'), '/ws/plugin/skills/a');
  });
});
