/**
 * The reach memos (issue 15) answer what the engine would compute: equal matrices are one object, an
 * edit of an item's content (a markdown edit keeps the workspace index) gets its own matrix, and the
 * answers owned by the workspace snapshot (declaring settings, skill folders) follow an edit once the
 * host drops the index, as the server does after a JSON edit or a created file.
 */
import { strict as assert } from 'node:assert';
import { InMemoryWorkspace } from '../../server/src/core/workspace';
import { resolveConfig } from '../../server/src/core/config';
import { validateFile } from '../../server/src/core/validate';
import { invalidateWorkspaceIndex } from '../../server/src/core/index/index';
import type { ItemReachResult } from '../../server/src/core/reach';
import { AGENT, PLUGIN, SKILL, ROOT } from './reach-helpers';

const config = resolveConfig({});
const reachOf = (ws: InMemoryWorkspace, rel: string): ItemReachResult[] => {
  const path = `${ROOT}/${rel}`;
  return validateFile({ path, text: ws.readFile(path)! }, { workspace: ws, config }).reach ?? [];
};
/** The same file's reach computed in a workspace of its own (no memo shared with `ws`). */
const fresh = (ws: InMemoryWorkspace, files: string[], rel: string): ItemReachResult[] => {
  const copy = new InMemoryWorkspace(ROOT);
  for (const f of files) copy.set(`${ROOT}/${f}`, ws.readFile(`${ROOT}/${f}`)!);
  return reachOf(copy, rel);
};
const plugin = (name: string) => ({ [`${name}/.claude-plugin/plugin.json`]: PLUGIN(name) });

describe('reach memos', () => {
  it('two skills with the same content facts share one matrix, equal to what a fresh workspace computes', () => {
    const files = { ...plugin('p'), 'p/skills/a/SKILL.md': SKILL('a'), 'p/skills/b/SKILL.md': SKILL('b') };
    const ws = new InMemoryWorkspace(ROOT, files);
    const a = reachOf(ws, 'p/skills/a/SKILL.md')[0];
    const b = reachOf(ws, 'p/skills/b/SKILL.md')[0];
    assert.equal(a.reach, b.reach);
    assert.deepEqual(a.reach, fresh(ws, Object.keys(files), 'p/skills/a/SKILL.md')[0].reach);
  });

  it('a markdown edit that changes a component rule gives the item its own matrix in the same snapshot', () => {
    const files = { 'up/a/SKILL.md': SKILL('a'), 'up/b/SKILL.md': SKILL('b') };
    const ws = new InMemoryWorkspace(ROOT, files);
    const before = reachOf(ws, 'up/a/SKILL.md')[0];
    assert.notEqual(before.reach['claude-ai-web'].status, 'does-not-load');
    // A description over 1,024 characters: the upload refuses it (a component rule), no index rebuild.
    ws.set(`${ROOT}/up/a/SKILL.md`, `---\nname: a\ndescription: ${'x'.repeat(1100)}\n---\nBody\n`);
    const after = reachOf(ws, 'up/a/SKILL.md')[0];
    assert.notEqual(after.reach, before.reach);
    assert.equal(after.reach['claude-ai-web'].status, 'does-not-load');
    assert.deepEqual(after.reach, fresh(ws, Object.keys(files), 'up/a/SKILL.md')[0].reach);
    assert.equal(reachOf(ws, 'up/b/SKILL.md')[0].reach, before.reach);
  });

  it('enabling a plugin in .claude/settings.json changes its channel once the index is dropped', () => {
    const ws = new InMemoryWorkspace(ROOT, plugin('ops'));
    assert.equal(reachOf(ws, 'ops/.claude-plugin/plugin.json')[0].channel, 'plugin');
    ws.set(`${ROOT}/.claude/settings.json`, JSON.stringify({ enabledPlugins: { 'ops@corp': true } }));
    invalidateWorkspaceIndex(ws);
    assert.equal(reachOf(ws, 'ops/.claude-plugin/plugin.json')[0].channel, 'repo-declared-plugin');
    ws.set(`${ROOT}/.claude/settings.local.json`, JSON.stringify({ enabledPlugins: { 'ops@corp': false } }));
    invalidateWorkspaceIndex(ws);
    assert.equal(reachOf(ws, 'ops/.claude-plugin/plugin.json')[0].channel, 'plugin');
  });

  it('an agent file becomes a skill resource when a SKILL.md is created beside its folder (index dropped)', () => {
    const ws = new InMemoryWorkspace(ROOT, { ...plugin('p'), 'p/tools/x/agents/helper.md': AGENT('helper') });
    const agents = () => reachOf(ws, 'p/tools/x/agents/helper.md').filter((r) => r.item.kind === 'agent');
    assert.equal(agents().length, 1);
    ws.set(`${ROOT}/p/tools/x/SKILL.md`, SKILL('x'));
    invalidateWorkspaceIndex(ws);
    assert.equal(agents().length, 0);
  });
});
