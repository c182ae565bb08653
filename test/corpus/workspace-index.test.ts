/** The workspace index on the real corpus: the component totals the official validator enumerates. */
import { strict as assert } from 'assert';
import { CORPUS } from './corpus-root';
import { getWorkspaceIndex } from '../../server/src/core/index/index';
import { NodeWorkspace } from '../../server/src/node/node-workspace';

describe('corpus: workspace index', () => {
  it('matches the corpus component totals the official validator enumerates (EXPECTATIONS §8)', function () {
    const corpus = CORPUS;
    this.timeout(20000);
    const idx = getWorkspaceIndex(new NodeWorkspace(corpus));
    const count = (repo: string, type: string) => idx.plugins.filter((p) => p.manifestPath && p.root.startsWith(`${corpus}/${repo}/`)).reduce((n, p) => n + p.components.filter((c) => c.type === type).length, 0);
    assert.equal(count('VoltAgent__awesome-claude-code-subagents', 'agent'), 157);
    assert.equal(count('anthropics__knowledge-work-plugins', 'skill'), 185);
    assert.equal(count('anthropics__knowledge-work-plugins', 'mcp-server'), 153);
    assert.equal(count('dex-it__claude-code-marketplace', 'command'), 97);
    assert.equal(count('dex-it__claude-code-marketplace', 'agent'), 55);
    assert.equal(count('dex-it__claude-code-marketplace', 'hook'), 10);
  });
});
