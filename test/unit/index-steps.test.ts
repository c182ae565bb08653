/**
 * The workspace index and the referenced-component map built in steps (the server drives them in time
 * slices) equal the ones built at once (the CLI), and a stepwise build that spans an edit is not cached.
 */
import { strict as assert } from 'assert';
import * as path from 'path';
import { InMemoryWorkspace, type Workspace } from '../../server/src/core/workspace';
import { NodeWorkspace } from '../../server/src/node/node-workspace';
import { toPosix } from '../../server/src/node/scan';
import { getWorkspaceIndex, hasWorkspaceIndex, invalidateWorkspaceIndex, workspaceIndexSteps, type WorkspaceIndex } from '../../server/src/core/index/index';
import { referencedComponentFiles, referencedComponentFilesSteps } from '../../server/src/core/index/referenced-files';
import { releasingTexts, warmIndexSteps } from '../../server/src/lsp/index-warmup';
import { scanPaths } from '../../server/src/node/scan';

const EXAMPLES = toPosix(path.resolve(__dirname, '../../examples'));

/** What the index holds, without its lookup functions. */
const data = (idx: WorkspaceIndex) => JSON.parse(JSON.stringify({ marketplaces: idx.marketplaces, plugins: idx.plugins }));

function drain<T>(steps: Generator<unknown, T>): { value: T; steps: number } {
  let n = 0;
  for (;;) { const s = steps.next(); if (s.done) return { value: s.value, steps: n }; n++; }
}

describe('workspace index in steps', () => {
  it('builds the same index over the examples as one call, in many steps, and caches it', () => {
    const once = getWorkspaceIndex(new NodeWorkspace(EXAMPLES));
    const ws = new NodeWorkspace(EXAMPLES);
    const stepped = drain(workspaceIndexSteps(ws));
    assert.ok(once.plugins.length >= 2 && once.marketplaces.length > 0, 'the examples hold plugins and marketplaces');
    assert.ok(stepped.steps > once.plugins.length, `one step per folder and plugin (${stepped.steps})`);
    assert.deepEqual(data(stepped.value), data(once));
    assert.equal(getWorkspaceIndex(ws), stepped.value, 'the stepped index is the cached one');
    assert.equal(drain(workspaceIndexSteps(ws)).steps, 0, 'a cached index takes no step');
    for (const p of once.plugins) assert.equal(stepped.value.pluginContaining(p.root + '/x')?.root, once.pluginContaining(p.root + '/x')?.root);
  });

  it('the server warm-up leaves the index and the referenced files as one call builds them', () => {
    const files = scanPaths([EXAMPLES]).files.map(toPosix);
    const ws = new NodeWorkspace(EXAMPLES);
    drain(warmIndexSteps(ws, files));
    const fresh = new NodeWorkspace(EXAMPLES);
    assert.deepEqual(data(getWorkspaceIndex(ws)), data(getWorkspaceIndex(fresh)));
    assert.deepEqual([...referencedComponentFiles(ws)], [...referencedComponentFiles(fresh)]);
  });

  it('the warm-up that forgets its Markdown texts between steps builds the same index (the server at 100,000 files)', () => {
    const files = scanPaths([EXAMPLES]).files.map(toPosix);
    const ws = new NodeWorkspace(EXAMPLES);
    let releases = 0;
    const steps = drain(releasingTexts(warmIndexSteps(ws, files), () => { releases++; ws.releaseTexts((p) => !p.endsWith('.json')); }, -1));
    assert.equal(releases, steps.steps, 'a release between every two steps when the interval is spent each time');
    const fresh = new NodeWorkspace(EXAMPLES);
    assert.deepEqual(data(getWorkspaceIndex(ws)), data(getWorkspaceIndex(fresh)));
    assert.deepEqual([...referencedComponentFiles(ws)], [...referencedComponentFiles(fresh)]);
  });

  it('releasingTexts passes every step and the result through, and releases only once the interval passed', () => {
    function* three(): Generator<string, number> { yield 'a'; yield 'b'; yield 'c'; return 7; }
    let releases = 0;
    const seen: string[] = [];
    const g = releasingTexts(three(), () => releases++, 60_000);
    let r = g.next();
    for (; !r.done; r = g.next()) seen.push(r.value);
    assert.deepEqual(seen, ['a', 'b', 'c']);
    assert.equal(r.value, 7);
    assert.equal(releases, 0, 'no release before the interval');
  });

  it('referenced component files in steps equal one call, one step per plugin (after the index steps)', () => {
    const files = {
      'p/.claude-plugin/plugin.json': JSON.stringify({ name: 'p', agents: ['./team/a.md'] }),
      'p/team/a.md': '---\nname: a\ndescription: d\n---\n',
      'q/.claude-plugin/plugin.json': JSON.stringify({ name: 'q', commands: ['./cmd/c.md', './cmd/missing.md'] }),
      'q/cmd/c.md': 'c',
    };
    const ws: Workspace = new InMemoryWorkspace('/ws', files);
    const once = referencedComponentFiles(new InMemoryWorkspace('/ws', files));
    const indexed: Workspace = new InMemoryWorkspace('/ws', files);
    getWorkspaceIndex(indexed);
    assert.equal(drain(referencedComponentFilesSteps(indexed)).steps, 2, 'one step per plugin once the index exists');
    const stepped = drain(referencedComponentFilesSteps(ws));
    assert.ok(stepped.steps > 2, 'without an index, the index is built in steps first');
    assert.deepEqual([...stepped.value].sort(), [...once].sort());
    assert.equal(stepped.value.get('/ws/p/team/a.md'), 'agent');
    assert.equal(stepped.value.get('/ws/q/cmd/c.md'), 'command');
    assert.equal(stepped.value.has('/ws/q/cmd/missing.md'), false, 'a listed file that does not exist is not a component file');
    assert.equal(referencedComponentFiles(ws), stepped.value, 'cached with the index');
  });

  it('an edit between two steps: the stale index is not cached, the next call sees the edit', () => {
    const ws = new InMemoryWorkspace('/ws', { 'a/.claude-plugin/plugin.json': '{"name":"a"}', 'b/x/y.md': 'x' });
    const steps = workspaceIndexSteps(ws);
    steps.next(); // the root is listed
    ws.set('/ws/b/.claude-plugin/plugin.json', '{"name":"b"}');
    invalidateWorkspaceIndex(ws);
    const stale = drain(steps).value;
    assert.equal(hasWorkspaceIndex(ws), false, 'nothing cached: the server rebuilds it in steps before the next validation step');
    const now = getWorkspaceIndex(ws);
    assert.equal(hasWorkspaceIndex(ws), true);
    assert.notEqual(now, stale);
    assert.deepEqual(now.plugins.map((p) => p.name), ['a', 'b']);
  });
});
