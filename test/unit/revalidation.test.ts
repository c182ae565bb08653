/** Re-validation passes: debounced, scoped to what edits can change, and a newer pass takes over an older one's rest. */
import { strict as assert } from 'assert';
import { RevalidationPasses } from '../../server/src/lsp/revalidation';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));
const FILES = ['/ws/a/1.md', '/ws/a/2.md', '/ws/b/1.md', '/ws/b/2.md', '/ws/c/1.md'];
const under = (dir: string) => (p: string) => p.startsWith(dir + '/');

/** Passes whose runs take `msPerFile` each file, recording what each pass was given and finished. */
function harness(msPerFile = 0) {
  const given: string[][] = [];
  const validated: string[] = [];
  let finished = 0;
  const passesDone: Array<{ paths: readonly string[]; itemsOfScope: boolean }> = [];
  const passes = new RevalidationPasses({
    scannedPaths: () => FILES,
    run: async (paths, superseded) => {
      given.push(paths);
      for (const p of paths) { if (superseded()) return false; await tick(msPerFile); validated.push(p); }
      return true;
    },
    starting: () => undefined,
    finished: (pass) => { finished++; passesDone.push(pass); },
  });
  return { passes, given, validated, finished: () => finished, passesDone };
}

describe('RevalidationPasses', () => {
  it('says a pass changed only its files\' items when every edit in it said so (a Markdown file\'s readers)', async () => {
    const h = harness();
    h.passes.schedule(5, [under('/ws/a')], true);
    await tick(40);
    h.passes.schedule(5, [under('/ws/b')], true);
    h.passes.schedule(5, [under('/ws/c')]);
    await tick(40);
    h.passes.schedule(5, 'all', true);
    await tick(40);
    assert.deepEqual(h.passesDone.map((p) => [p.paths, p.itemsOfScope]), [
      [['/ws/a/1.md', '/ws/a/2.md'], true],
      [['/ws/b/1.md', '/ws/b/2.md', '/ws/c/1.md'], false],
      [FILES, false],
    ]);
  });

  it('runs one pass for a burst of edits, over the union of what they name', async () => {
    const h = harness();
    h.passes.schedule(5, [under('/ws/a')]);
    h.passes.schedule(5, [under('/ws/c')]);
    await tick(40);
    assert.deepEqual(h.given, [['/ws/a/1.md', '/ws/a/2.md', '/ws/c/1.md']]);
    assert.equal(h.finished(), 1);
  });

  it('covers every scanned file when one of the edits names none', async () => {
    const h = harness();
    h.passes.schedule(5, [under('/ws/a')]);
    h.passes.schedule(5);
    await tick(40);
    assert.deepEqual(h.given, [FILES]);
  });

  it('a newer pass takes over what a stopped one had left, with its own edits', async () => {
    const h = harness(10);
    h.passes.schedule(0, [under('/ws/a')]);
    await tick(5); // the first pass runs (one file takes 10 ms)
    h.passes.schedule(0, [under('/ws/b')]);
    await tick(150);
    assert.deepEqual(h.given, [['/ws/a/1.md', '/ws/a/2.md'], ['/ws/a/1.md', '/ws/a/2.md', '/ws/b/1.md', '/ws/b/2.md']]);
    assert.equal(h.finished(), 1, 'the stopped pass does not finish');
    for (const f of ['/ws/a/1.md', '/ws/a/2.md', '/ws/b/1.md', '/ws/b/2.md']) assert.ok(h.validated.includes(f), f);
    // Done: the next edit's pass covers only its own files.
    h.passes.schedule(0, [under('/ws/c')]);
    await tick(40);
    assert.deepEqual(h.given[2], ['/ws/c/1.md']);
  });

  it('covers every scanned file once too many edits add up (each path is not tested against each)', async () => {
    const h = harness();
    for (let i = 0; i < 40; i++) h.passes.schedule(5, [under('/ws/a')]);
    await tick(40);
    assert.deepEqual(h.given, [FILES]);
  });
});
