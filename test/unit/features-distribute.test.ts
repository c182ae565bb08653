/** "Distribute as …": which channels an item is offered, for which glob, and the `.plugin-lens.json` it writes. */
import assert from 'node:assert/strict';
import { distributeActions, REFACTOR_KIND } from '../../server/src/core/features/distribute-actions';
import { applyEdits } from '../../server/src/core/fixes';
import { resolveConfig } from '../../server/src/core/config';
import { validateFile } from '../../server/src/core/validate';
import { InMemoryWorkspace } from '../../server/src/core/workspace';
import { KNOWLEDGE } from '../../server/src/core/reach/knowledge';

const ROOT = '/w';
const FILES: Record<string, string> = {
  'skills/pdf/SKILL.md': '---\nname: pdf\ndescription: Fill PDF forms. Use when the user has a PDF form.\n---\nBody\n',
  'plugins/team/.claude-plugin/plugin.json': '{ "name": "team", "version": "1.0.0" }\n',
  'plugins/team/skills/review/SKILL.md': '---\nname: review\ndescription: Review a pull request. Use when asked for a review.\n---\nBody\n',
  '.mcp.json': '{\n  "mcpServers": {\n    "docs": { "type": "http", "url": "https://example.com/mcp" }\n  }\n}\n',
};

function actionsAt(rel: string, needle: string, configText?: string) {
  const ws = new InMemoryWorkspace(ROOT, { ...FILES, ...(configText ? { '.plugin-lens.json': configText } : {}) });
  const text = FILES[rel];
  const result = validateFile({ path: `${ROOT}/${rel}`, text }, { workspace: ws, config: resolveConfig(undefined) });
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, needle);
  return distributeActions({ results: result.reach ?? [], offset, ws, config: { path: `${ROOT}/.plugin-lens.json`, text: configText } });
}

const channelOf = (title: string) => /\(([a-z-]+)\)$/.exec(title)?.[1];

describe('features: Distribute as …', () => {
  it('offers a standalone skill its routes that need no repackaging, in-use first, for its folder', () => {
    const actions = actionsAt('skills/pdf/SKILL.md', 'name: pdf');
    const ids = actions.map((a) => channelOf(a.title));
    assert.deepEqual(ids.slice(0, 2), ['skill-upload', 'claude-code-project'], 'the in-use routes first (upload, copy into .claude/skills)');
    for (const id of ['org-skill', 'skills-api', 'claude-code-personal']) assert.ok(ids.includes(id), `${id} in ${ids.join()}`);
    assert.ok(!ids.includes('plugin') && !ids.includes('claude-ai-plugin'), 'a plugin route needs the skill repackaged: not declared as is');
    for (const id of ids) assert.ok(KNOWLEDGE.channels.find((c) => c.id === id)?.items.includes('skill'), id);
    for (const a of actions) assert.equal(a.kind, REFACTOR_KIND);
    assert.ok(actions.every((a) => !a.isPreferred), 'not preferred: no problem is being fixed');
    const org = actions.find((a) => channelOf(a.title) === 'org-skill')!;
    assert.deepEqual(org.changes, [{ type: 'create', path: '/w/.plugin-lens.json', text: '{\n  "distribution": {\n    "skills/pdf/**": "org-skill"\n  }\n}\n' }]);
  });

  it('offers a component of a plugin the plugin channels, declared for the plugin folder', () => {
    const actions = actionsAt('plugins/team/skills/review/SKILL.md', 'description');
    const ids = actions.map((a) => channelOf(a.title));
    assert.ok(ids.includes('claude-ai-plugin') && ids.includes('plugin'), ids.join());
    assert.ok(!ids.includes('org-skill'), 'a plugin component is not uploaded on its own');
    assert.match(actions[0].title, /plugin "team"/);
    const change = actions.find((a) => channelOf(a.title) === 'claude-ai-plugin')!.changes![0];
    assert.equal(change.type, 'create');
    assert.deepEqual(JSON.parse(change.type === 'create' ? change.text : ''), { distribution: { 'plugins/team/**': 'claude-ai-plugin' } });
  });

  it('offers an MCP server the server channels for its file, and merges into an existing entry', () => {
    const config = '{\n  "distribution": {\n    ".mcp.json": "project-mcp"\n  }\n}\n';
    const actions = actionsAt('.mcp.json', '"docs"', config);
    const ids = actions.map((a) => channelOf(a.title));
    assert.ok(ids.includes('claude-ai-connector'), ids.join());
    assert.ok(!ids.includes('project-mcp'), 'already declared: not offered again');
    const change = actions.find((a) => channelOf(a.title) === 'claude-ai-connector')!.changes![0];
    assert.equal(change.type, 'edit');
    const out = applyEdits(config, change.type === 'edit' ? change.edits : []).text;
    assert.equal(out, '{\n  "distribution": {\n    ".mcp.json": ["project-mcp", "claude-ai-connector"]\n  }\n}\n');
  });

  it('offers nothing outside an item', () => {
    assert.deepEqual(actionsAt('.mcp.json', '"mcpServers"').length, 0);
  });
});
