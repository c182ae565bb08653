/**
 * The workspace index after a text edit of an existing JSON file (what the server does while a manifest
 * is typed into): refreshed instead of rebuilt, and indistinguishable from a rebuild — the same plugins,
 * marketplaces, files a manifest gives a kind, and the same findings and reach for every file.
 */
import { strict as assert } from 'assert';
import { InMemoryWorkspace } from '../../server/src/core/workspace';
import { getWorkspaceIndex, hasWorkspaceIndex, indexAfterMarkdownEdit, indexAfterTextEdit } from '../../server/src/core/index/index';
import { referencedComponentFiles } from '../../server/src/core/index/referenced-files';
import { validateFile } from '../../server/src/core/validate';

const SK = (name: string) => `---\nname: ${name}\ndescription: Use when testing ${name}\n---\nBody\n`;
const FILES: Record<string, string> = {
  '.claude-plugin/marketplace.json': JSON.stringify({ name: 'm', owner: { name: 'o' }, plugins: [
    { name: 'a', source: './plugins/a' }, { name: 'b', source: './plugins/b' }, { name: 'c', source: './plugins/c', skills: ['./extra/'] }] }, null, 2),
  'plugins/a/.claude-plugin/plugin.json': JSON.stringify({ name: 'a', version: '1.0.0', description: 'A' }, null, 2),
  'plugins/a/skills/x/SKILL.md': SK('x'),
  'plugins/a/agents/y.md': '---\nname: y\ndescription: Reviews\n---\nYou review.\n',
  'plugins/a/hooks/hooks.json': JSON.stringify({ hooks: { Stop: [{ hooks: [{ type: 'command', command: 'echo a' }] }] } }),
  'plugins/a/.mcp.json': JSON.stringify({ mcpServers: { db: { command: 'db' } } }),
  'plugins/b/.claude-plugin/plugin.json': JSON.stringify({ name: 'b', agents: ['./custom/agent.md'] }, null, 2),
  'plugins/b/custom/agent.md': '---\nname: agent\ndescription: Helps\n---\nHelp.\n',
  'plugins/b/custom/other.md': '---\nname: other\ndescription: Helps too\n---\nHelp.\n',
  'plugins/c/extra/z/SKILL.md': SK('z'),
  'plugins/c/extra/z/reference.md': '# Reference\n',
  'plugins/d/.claude-plugin/plugin.json': JSON.stringify({ name: 'd', description: 'D' }, null, 2),
  'plugins/d/SKILL.md': SK('d-skill'),
  'skills/solo/SKILL.md': SK('solo'),
  '.mcp.json': JSON.stringify({ mcpServers: { web: { type: 'http', url: 'https://example.com/mcp' } } }),
  '.claude/settings.json': JSON.stringify({ enabledPlugins: { 'a@m': true } }),
};

/** Everything a validation of the workspace says, as plain data. */
function everything(ws: InMemoryWorkspace, files: Record<string, string>) {
  const idx = getWorkspaceIndex(ws);
  const plain = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;
  return {
    marketplaces: plain(idx.marketplaces),
    plugins: plain(idx.plugins),
    containing: Object.keys(files).map((rel) => idx.pluginContaining(`/ws/${rel}`)?.root),
    referenced: [...referencedComponentFiles(ws)].sort(),
    results: Object.keys(files).sort().map((rel) => {
      const r = validateFile({ path: `/ws/${rel}`, text: ws.readFile(`/ws/${rel}`)! }, { workspace: ws });
      return { rel, findings: plain(r.findings), reach: plain((r.reach ?? []).map((x) => ({ item: x.item.name, kind: x.item.kind, channel: x.channel, reach: x.reach }))) };
    }),
  };
}

/** [what, file, edit, refreshed (else rebuilt), scoped (the files it can change are named, else all may change)] */
const EDITS: Array<[string, string, (text: string) => string, boolean, boolean]> = [
  ['a plugin\'s name', 'plugins/a/.claude-plugin/plugin.json', (t) => t.replace('"name": "a"', '"name": "a2"'), true, true],
  ['a plugin\'s component paths', 'plugins/b/.claude-plugin/plugin.json', (t) => t.replace('./custom/agent.md', './custom/other.md'), true, true],
  ['a plugin\'s manifest made invalid JSON', 'plugins/b/.claude-plugin/plugin.json', (t) => t.slice(0, -3), true, true],
  ['a plugin\'s hooks.json', 'plugins/a/hooks/hooks.json', (t) => t.replace('Stop', 'pretooluse'), true, true],
  ['a plugin\'s .mcp.json', 'plugins/a/.mcp.json', (t) => t.replace('"db"', '"db2"'), true, true],
  ['a JSON file outside every plugin', '.mcp.json', (t) => t.replace('http', 'sse'), true, false],
  ['the settings', '.claude/settings.json', (t) => t.replace('a@m', 'b@m'), true, false],
  ['the marketplace (rebuilt: its entries shape the index)', '.claude-plugin/marketplace.json', (t) => t.replace('"./plugins/b"', '"./plugins/c"'), false, false],
];

describe('workspace index after a text edit of a JSON file', () => {
  for (const [what, rel, edit, refreshed, scoped] of EDITS) {
    it(`${what}: ${refreshed ? 'refreshed' : 'invalidated'}, the same as a rebuild${scoped ? ', and only files it names changed' : ''}`, () => {
      const ws = new InMemoryWorkspace('/ws', FILES);
      const before = everything(ws, FILES); // every memo, the index and the map of referenced files built
      const after = { ...FILES, [rel]: edit(FILES[rel]) };
      assert.notEqual(after[rel], FILES[rel], 'the edit changes the text');
      ws.set(`/ws/${rel}`, after[rel]);
      const { affected } = indexAfterTextEdit(ws, `/ws/${rel}`);
      assert.equal(hasWorkspaceIndex(ws), refreshed);
      const rebuilt = everything(new InMemoryWorkspace('/ws', after), after);
      assert.deepEqual(everything(ws, after), rebuilt);
      assert.equal(affected !== undefined, scoped);
      if (!affected) return;
      const changed = rebuilt.results.filter((r, i) => JSON.stringify(r) !== JSON.stringify(before.results[i])).map((r) => r.rel);
      // A manifest's edit reaches its plugin's files (the check below has something to check).
      if (rel.endsWith('plugin.json')) assert.ok(changed.some((c) => c !== rel), `${what}: other files' results change too (${changed.join(', ')})`);
      for (const c of changed) if (c !== rel) assert.ok(affected(`/ws/${c}`), `${c} changed but is not among the files the edit can change`);
      assert.ok(!affected('/ws/plugins/c/extra/z/SKILL.md') || rel.includes('/c/'), 'another plugin\'s skill is not');
    });
  }

  it('a plugin manifest the index does not know (no index yet): invalidated', () => {
    const ws = new InMemoryWorkspace('/ws', FILES);
    indexAfterTextEdit(ws, '/ws/plugins/a/.claude-plugin/plugin.json');
    assert.equal(hasWorkspaceIndex(ws), false);
  });
});

/** [what, file, edit, the files it must name besides itself (that read its text)] */
const MARKDOWN_EDITS: Array<[string, string, (text: string) => string, string[]]> = [
  ['a skill\'s frontmatter (a field the loader ignores)', 'plugins/a/skills/x/SKILL.md', (t) => t.replace('name: x', 'name: x\ncolour: blue'), []],
  ['a skill made invalid YAML', 'plugins/a/skills/x/SKILL.md', (t) => t.replace('name: x', 'name: [x'), []],
  ['an agent the default layout finds', 'plugins/a/agents/y.md', (t) => t.replace('name: y', 'name: y2\ncolour: blue'), []],
  ['an agent only its manifest names (its items are the manifest\'s)', 'plugins/b/custom/agent.md', (t) => t.replace('name: agent', 'name: agent2\ncolour: blue'), ['plugins/b/.claude-plugin/plugin.json']],
  ['a file inside a skill folder (the folder\'s size)', 'plugins/c/extra/z/reference.md', (t) => t + 'More.\n', ['plugins/c/extra/z/SKILL.md']],
  ['a plugin\'s root SKILL.md (its name is the plugin\'s skill: the index is refreshed)', 'plugins/d/SKILL.md', (t) => t.replace('name: d-skill', 'name: d-renamed'), ['plugins/d/.claude-plugin/plugin.json']],
  ['a skill outside every plugin', 'skills/solo/SKILL.md', (t) => t.replace('name: solo', 'name: Solo'), []],
];

describe('workspace index after a text edit of a Markdown file', () => {
  for (const [what, rel, edit, readers] of MARKDOWN_EDITS) {
    it(`${what}: the same as a rebuild, and only the file${readers.length ? ' and the files that read it' : ''} changed`, () => {
      const ws = new InMemoryWorkspace('/ws', FILES);
      const before = everything(ws, FILES);
      const after = { ...FILES, [rel]: edit(FILES[rel]) };
      assert.notEqual(after[rel], FILES[rel], 'the edit changes the text');
      ws.set(`/ws/${rel}`, after[rel]);
      const { affected } = indexAfterMarkdownEdit(ws, `/ws/${rel}`);
      assert.ok(hasWorkspaceIndex(ws), 'the index is kept (or refreshed), not dropped');
      const rebuilt = everything(new InMemoryWorkspace('/ws', after), after);
      assert.deepEqual(everything(ws, after), rebuilt);
      assert.ok(affected, 'scoped');
      const changed = rebuilt.results.filter((r, i) => JSON.stringify(r) !== JSON.stringify(before.results[i])).map((r) => r.rel);
      if (rel.endsWith('SKILL.md') || rel.includes('agent')) assert.ok(changed.includes(rel), `${what}: the file's own results change (${changed.join(', ')})`);
      for (const c of changed) if (c !== rel) assert.ok(affected(`/ws/${c}`), `${c} changed but is not among the files the edit can change`);
      for (const r of readers) assert.ok(affected(`/ws/${r}`), `${r} reads the file`);
      // Not named: other plugins' files, and (but for a root SKILL.md) the marketplace and the settings. The
      // manifest around the file is named whether or not it lists the file (no index needed to tell).
      const aroundManifest = (f: string) => f.endsWith('/.claude-plugin/plugin.json') && rel.startsWith(f.slice(0, -'.claude-plugin/plugin.json'.length));
      const others = Object.keys(FILES).filter((f) => f !== rel && !readers.includes(f) && !aroundManifest(f) && !(rel === 'plugins/d/SKILL.md' && (f.startsWith('plugins/d/') || f.endsWith('marketplace.json') || f.includes('settings'))));
      for (const o of others) assert.ok(!affected(`/ws/${o}`), `${o} does not read ${rel}`);
    });
  }

  it('an upload-size reader is every SKILL.md of the folders around the file, only those', () => {
    const ws = new InMemoryWorkspace('/ws', FILES);
    const { affected } = indexAfterMarkdownEdit(ws, '/ws/plugins/c/extra/z/deep/notes.md');
    assert.ok(affected!('/ws/plugins/c/extra/z/SKILL.md') && affected!('/ws/plugins/c/extra/z/skill.md'));
    assert.ok(!affected!('/ws/plugins/c/extra/zz/SKILL.md') && !affected!('/ws/plugins/c/extra/z/deep/notes.md'));
  });
});
