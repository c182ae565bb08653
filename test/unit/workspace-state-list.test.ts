/** WorkspaceState.listFiles: every folder's known files, once, however many there are. */
import { strict as assert } from 'assert';
import { WorkspaceState } from '../../server/src/lsp/workspace-state';
import type { ServerRuntime } from '../../server/src/lsp/runtime';
import { InMemoryWorkspace } from '../../server/src/core/workspace';
import { drainSteps } from '../../server/src/core/steps';

function stateWith(filesOf: (root: string) => string[]): WorkspaceState {
  const runtime = {
    // eslint-disable-next-line require-yield
    *findKnownFiles(root: string) { return filesOf(root); },
  } as unknown as ServerRuntime;
  return new WorkspaceState(runtime);
}

describe('WorkspaceState.listFiles', () => {
  it('lists 200,000 files of one folder (no argument list that overflows the stack)', () => {
    const paths = Array.from({ length: 200_000 }, (_, i) => `/w/p${i}/SKILL.md`);
    const state = stateWith(() => paths);
    state.setFolders([{ uri: 'file:///w', path: '/w' }]);
    const listed = drainSteps(state.listFiles((f) => new InMemoryWorkspace(f.root, {})));
    assert.equal(listed.length, 200_000);
    assert.equal(listed[199_999], '/w/p199999/SKILL.md');
  });

  it('lists a file two nested folders both hold once, in first-seen order', () => {
    const state = stateWith((root) => (root === '/w' ? ['/w/a/SKILL.md', '/w/b/SKILL.md'] : ['/w/b/SKILL.md', '/w/b/c/SKILL.md']));
    state.setFolders([{ uri: 'file:///w', path: '/w' }, { uri: 'file:///w/b', path: '/w/b' }]);
    const listed = drainSteps(state.listFiles((f) => new InMemoryWorkspace(f.root, {})));
    assert.deepEqual(listed, ['/w/a/SKILL.md', '/w/b/SKILL.md', '/w/b/c/SKILL.md']);
  });
});
