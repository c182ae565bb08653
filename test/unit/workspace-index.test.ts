/** Workspace index: plugin discovery, default folders vs manifest keys, marketplace entries, corpus totals. */
import { strict as assert } from 'assert';
import { InMemoryWorkspace } from '../../server/src/core/workspace';
import { getWorkspaceIndex, readPlugin } from '../../server/src/core/index/index';

const SK = '---\nname: s\ndescription: d\n---\n';
const names = (list: { type: string; name: string }[], type: string) => list.filter((c) => c.type === type).map((c) => c.name).sort();

describe('workspace index', () => {
  it('scans default folders and applies replace / add / merge keys', () => {
    const ws = new InMemoryWorkspace('/ws', {
      'p/.claude-plugin/plugin.json': JSON.stringify({ name: 'p', commands: ['./extra/x.md'], skills: ['./more/'], hooks: { hooks: { Stop: [{ hooks: [{ type: 'command', command: 'a' }] }] } } }),
      'p/commands/ignored.md': 'x', 'p/extra/x.md': 'x',
      'p/skills/a/SKILL.md': SK, 'p/more/b/SKILL.md': SK, 'p/skills/g/nested/SKILL.md': SK,
      'p/agents/review/sec.md': 'x', 'p/hooks/hooks.json': JSON.stringify({ hooks: { Stop: [{ hooks: [{ type: 'command', command: 'b' }] }] } }),
      'p/.mcp.json': JSON.stringify({ mcpServers: { db: { command: 'x' } } }),
    });
    const p = readPlugin(ws, '/ws/p');
    assert.deepEqual(names(p.components, 'command'), ['x']);
    assert.deepEqual(names(p.components, 'skill'), ['a', 'b']); // nested skills/g/nested is not loaded
    assert.deepEqual(names(p.components, 'agent'), ['review:sec']);
    assert.equal(names(p.components, 'hook').length, 2); // hooks.json merges with inline hooks
    assert.deepEqual(names(p.components, 'mcp-server'), ['db']);
    assert.deepEqual(p.ignoredDefaults, [{ folder: 'commands', key: 'commands' }]);
  });

  it('finds manifest-less plugins through marketplace entries and caches per workspace', () => {
    const ws = new InMemoryWorkspace('/ws', {
      '.claude-plugin/marketplace.json': JSON.stringify({ name: 'm', owner: { name: 'o' }, metadata: { pluginRoot: './plugins' }, plugins: [{ name: 'bare', source: 'bare' }, { name: 'gh', source: { source: 'github', repo: 'o/r' } }] }),
      'plugins/bare/skills/s/SKILL.md': SK,
      'SKILL.md': SK,
    });
    const idx = getWorkspaceIndex(ws);
    assert.equal(idx.marketplaces.length, 1);
    assert.deepEqual(idx.marketplaces[0].entries.map((e) => e.sourceType), ['relative', 'github']);
    const bare = idx.pluginAt('/ws/plugins/bare');
    assert.equal(bare.name, 'bare');
    assert.equal(bare.manifestPath, undefined);
    assert.deepEqual(names(bare.components, 'skill'), ['s']);
    assert.equal(idx.pluginContaining('/ws/plugins/bare/skills/s/SKILL.md')?.root, '/ws/plugins/bare');
    assert.equal(getWorkspaceIndex(ws), idx);
  });
});
