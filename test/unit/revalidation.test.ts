/** Re-validation passes: debounced, scoped to what edits can change, and a newer pass takes over an older one's rest. */
import { strict as assert } from 'assert';
import { RevalidationPasses } from '../../server/src/lsp/revalidation';
import { advance, inScope, scopeOf, unionOf } from '../../server/src/lsp/pass-scope';

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
      return paths;
    },
    starting: () => undefined,
    finished: (pass) => { finished++; passesDone.push(pass); },
  });
  return { passes, given, validated, finished: () => finished, passesDone };
}

describe('RevalidationPasses', () => {
  it('says a pass changed only its files\' items when every edit in it said so (a Markdown file\'s readers)', async () => {
    const h = harness();
    h.passes.schedule(5, scopeOf('/ws/a/edited.json', under('/ws/a')), true);
    await tick(40);
    h.passes.schedule(5, scopeOf('/ws/b/edited.json', under('/ws/b')), true);
    h.passes.schedule(5, scopeOf('/ws/c/edited.json', under('/ws/c')));
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
    h.passes.schedule(5, scopeOf('/ws/a/edited.json', under('/ws/a')));
    h.passes.schedule(5, scopeOf('/ws/c/edited.json', under('/ws/c')));
    await tick(40);
    assert.deepEqual(h.given, [['/ws/a/1.md', '/ws/a/2.md', '/ws/c/1.md']]);
    assert.equal(h.finished(), 1);
  });

  it('covers every scanned file when one of the edits names none', async () => {
    const h = harness();
    h.passes.schedule(5, scopeOf('/ws/a/edited.json', under('/ws/a')));
    h.passes.schedule(5);
    await tick(40);
    assert.deepEqual(h.given, [FILES]);
  });

  it('a newer pass takes over what a stopped one had left, with its own edits', async () => {
    const h = harness(10);
    h.passes.schedule(0, scopeOf('/ws/a/edited.json', under('/ws/a')));
    await tick(5); // the first pass runs (one file takes 10 ms)
    h.passes.schedule(0, scopeOf('/ws/b/edited.json', under('/ws/b')));
    await tick(150);
    assert.deepEqual(h.given, [['/ws/a/1.md', '/ws/a/2.md'], ['/ws/a/1.md', '/ws/a/2.md', '/ws/b/1.md', '/ws/b/2.md']]);
    assert.equal(h.finished(), 1, 'the stopped pass does not finish');
    for (const f of ['/ws/a/1.md', '/ws/a/2.md', '/ws/b/1.md', '/ws/b/2.md']) assert.ok(h.validated.includes(f), f);
    // Done: the next edit's pass covers only its own files.
    h.passes.schedule(0, scopeOf('/ws/c/edited.json', under('/ws/c')));
    await tick(40);
    assert.deepEqual(h.given[2], ['/ws/c/1.md']);
  });

  it('covers every scanned file once too many files were edited (each path is not tested against each)', async () => {
    const h = harness();
    for (let i = 0; i < 40; i++) h.passes.schedule(5, scopeOf(`/ws/a/edited-${i}.json`, under('/ws/a')));
    await tick(40);
    assert.deepEqual(h.given, [FILES]);
  });

  it('typing on in one file keeps its scope: what its first edit and its latest name (not everything)', async () => {
    const h = harness();
    // Each keystroke's test names what read the file then: a component path dropped, another added.
    for (let i = 0; i < 40; i++) h.passes.schedule(5, scopeOf('/ws/a/edited.json', (p) => p === (i === 0 ? '/ws/b/1.md' : i === 39 ? '/ws/c/1.md' : '/ws/b/2.md')));
    await tick(40);
    assert.deepEqual(h.given, [['/ws/b/1.md', '/ws/c/1.md']]);
  });

  it('scopes: edits in a row keep each file\'s first and latest test, a union keeps every test; everything absorbs', () => {
    const test = (x: string) => scopeOf('/f', (p) => p === x);
    const typed = advance(advance(test('/x'), test('/y')), test('/z'))!;
    assert.deepEqual(['/x', '/y', '/z'].map((p) => inScope(typed, p)), [true, false, true]);
    const both = unionOf(typed, test('/y'))!;
    assert.deepEqual(['/x', '/y', '/z'].map((p) => inScope(both, p)), [true, true, true]);
    assert.equal(unionOf(both, 'all'), 'all');
    assert.equal(advance(undefined, both), both);
    let many: ReturnType<typeof unionOf> = test('/0');
    for (let i = 1; i < 12; i++) many = unionOf(many, test(`/${i}`));
    assert.equal(many, 'all', 'a file whose passes keep being stopped: everything, past a few tests');
  });

  it('a pass that takes over a stopped one keeps both passes\' tests of a file (its components then and now)', async () => {
    const h = harness(10);
    h.passes.schedule(0, scopeOf('/ws/p.json', (p) => p === '/ws/a/1.md' || p === '/ws/a/2.md'));
    await tick(5); // running: '/ws/a/1.md' validated, '/ws/a/2.md' not yet
    h.passes.schedule(0, scopeOf('/ws/p.json', (p) => p === '/ws/c/1.md'));
    await tick(150);
    assert.deepEqual(h.given[1], ['/ws/a/1.md', '/ws/a/2.md', '/ws/c/1.md']);
  });
});
