/** The workspace index on the real corpus: the component totals the official validator enumerates; a refresh after an edit equals a rebuild. */
import { strict as assert } from 'assert';
import { CORPUS } from './corpus-root';
import { getWorkspaceIndex, hasWorkspaceIndex, indexAfterMarkdownEdit, indexAfterTextEdit } from '../../server/src/core/index/index';
import { detectKind, MARKDOWN_KINDS } from '../../server/src/core/kinds/detect';
import { referencedComponentFiles } from '../../server/src/core/index/referenced-files';
import { validateFile } from '../../server/src/core/validate';
import { NodeWorkspace } from '../../server/src/node/node-workspace';
import { scanPaths, toPosix } from '../../server/src/node/scan';

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

describe('corpus: the workspace index after a text edit of a plugin.json', () => {
  it('refreshed equals rebuilt for plugins across the corpus (index data, referenced files, the plugin\'s files and the marketplaces validated)', function () {
    this.timeout(300_000);
    const base = new NodeWorkspace(CORPUS);
    const all = getWorkspaceIndex(base);
    const manifests = all.plugins.filter((p) => p.manifestPath).map((p) => p.manifestPath!).sort();
    assert.ok(manifests.length > 100);
    const picked = manifests.filter((_, i) => i % Math.ceil(manifests.length / 24) === 0);
    for (const manifest of picked) {
      const text = base.readFile(manifest)!;
      // Renamed, and a component path added: the plugin's own data and its files' findings change.
      const edited = text.replace(/"name"\s*:\s*"/, '"name": "edited-').replace(/^\s*\{/, '{ "commands": ["./nowhere.md"],');
      assert.notEqual(edited, text, manifest);
      const ws = new NodeWorkspace(CORPUS);
      const before = everything(ws, manifest);
      ws.overlays.set(manifest, edited);
      ws.invalidate(manifest);
      indexAfterTextEdit(ws, manifest);
      assert.ok(hasWorkspaceIndex(ws), `${manifest}: refreshed, not rebuilt`);
      const refreshed = everything(ws, manifest);
      const rebuilt = everything(new NodeWorkspace(CORPUS, new Map([[manifest, edited]])), manifest);
      assert.notDeepEqual(refreshed, before, `${manifest}: the edit shows`);
      assert.deepEqual(refreshed, rebuilt, manifest);
    }
  });
});

/** What the index and validation say about a plugin's files and every marketplace, as plain data. */
function everything(ws: NodeWorkspace, manifest: string) {
  const idx = getWorkspaceIndex(ws);
  const root = manifest.replace(/\/\.claude-plugin\/plugin\.json$/, '');
  const files = [manifest, ...idx.marketplaces.map((m) => m.path), ...[...referencedComponentFiles(ws).keys()].filter((p) => p.startsWith(root + '/'))];
  const plain = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;
  return {
    plugins: plain(idx.plugins),
    marketplaces: plain(idx.marketplaces),
    referenced: [...referencedComponentFiles(ws)].sort(),
    results: files.map((p) => {
      const r = validateFile({ path: p, text: ws.readFile(p)! }, { workspace: ws });
      return { p, findings: plain(r.findings), reach: plain((r.reach ?? []).map((x) => ({ item: x.item.name, channel: x.channel, reach: x.reach }))) };
    }),
  };
}

describe('corpus: the files a plugin.json edit can change', () => {
  it('are the files the refresh names: no other corpus file\'s findings or reach change (8 plugins)', function () {
    this.timeout(300_000);
    const files = scanPaths([CORPUS]).files.map(toPosix);
    const resultsOf = (ws: NodeWorkspace) => resultsOfFiles(ws, files);
    const base = new NodeWorkspace(CORPUS);
    const before = resultsOf(base);
    const manifests = getWorkspaceIndex(base).plugins.filter((p) => p.manifestPath).map((p) => p.manifestPath!).sort();
    let checked = 0;
    let changedElsewhere = 0;
    for (const manifest of manifests.filter((_, i) => i % Math.ceil(manifests.length / 8) === 3)) {
      const edited = base.readFile(manifest)!.replace(/"name"\s*:\s*"/, '"name": "edited-').replace(/^\s*\{/, '{ "commands": ["./nowhere.md"],');
      const ws = new NodeWorkspace(CORPUS);
      getWorkspaceIndex(ws);
      ws.overlays.set(manifest, edited);
      ws.invalidate(manifest);
      const { affected } = indexAfterTextEdit(ws, manifest);
      if (!affected) continue; // a nested plugin: everything is re-validated
      const after = resultsOf(new NodeWorkspace(CORPUS, new Map([[manifest, edited]])));
      const changed = files.filter((p) => p !== manifest && after.get(p) !== before.get(p));
      for (const p of changed) assert.ok(affected(p), `${manifest} changed ${p}, which it does not name`);
      checked++;
      changedElsewhere += changed.length;
    }
    assert.ok(checked >= 6, `${checked} plugins checked`);
    assert.ok(changedElsewhere > checked, `the edits changed ${changedElsewhere} other files' results (the check has something to check)`);
  });
});

describe('corpus: the files a Markdown edit can change', () => {
  it('are the file and the readers indexAfterMarkdownEdit names: no other corpus file\'s findings or reach change', function () {
    this.timeout(300_000);
    const files = scanPaths([CORPUS]).files.map(toPosix);
    const resultsOf = (ws: NodeWorkspace) => resultsOfFiles(ws, files);
    const base = new NodeWorkspace(CORPUS);
    const before = resultsOf(base);
    const index = getWorkspaceIndex(base);
    const markdown = files.filter((p) => MARKDOWN_KINDS.includes(detectKind(p)!)).sort();
    // Spread over the corpus, plus the Markdown files other files read: plugins' root SKILL.md files and
    // component files only a manifest names (their items are the manifest's).
    const rootSkills = index.plugins.filter((p) => p.manifestPath && p.components.some((c) => c.path === `${p.root}/SKILL.md`)).map((p) => `${p.root}/SKILL.md`);
    const unnamed = [...referencedComponentFiles(base).keys()].filter((p) => /\.md$/i.test(p));
    const picked = [...new Set([...markdown.filter((_, i) => i % Math.ceil(markdown.length / 10) === 5), ...rootSkills.slice(0, 3), ...unnamed.slice(0, 3)])];
    let changedElsewhere = 0;
    let ownChanged = 0;
    for (const path of picked) {
      const text = base.readFile(path)!;
      const edited = (/^name:.*$/m.test(text) ? text.replace(/^name:.*$/m, 'name: edited-name') : text) + '\nMore.\n';
      const ws = new NodeWorkspace(CORPUS);
      getWorkspaceIndex(ws);
      ws.overlays.set(path, edited);
      ws.invalidate(path);
      const { affected } = indexAfterMarkdownEdit(ws, path);
      assert.ok(affected, `${path}: scoped`);
      const after = resultsOf(new NodeWorkspace(CORPUS, new Map([[path, edited]])));
      if (after.get(path) !== before.get(path)) ownChanged++;
      const changed = files.filter((p) => p !== path && after.get(p) !== before.get(p));
      for (const p of changed) assert.ok(affected(p), `${path} changed ${p}, which it does not name`);
      changedElsewhere += changed.length;
    }
    assert.ok(picked.length >= 12 && unnamed.length > 0, `${picked.length} files (${rootSkills.length} root skills, ${unnamed.length} unnamed components)`);
    assert.ok(ownChanged >= picked.length / 2, `${ownChanged} of ${picked.length} edits show in the file's own results`);
    console.log(`      (${picked.length} files, ${ownChanged} own results changed, ${changedElsewhere} other files changed)`);
    assert.ok(changedElsewhere > 0, 'some edits changed other files\' results (the check has something to check)');
  });
});

/** Every file's findings and reach (as JSON, to compare) in a workspace. */
function resultsOfFiles(ws: NodeWorkspace, files: readonly string[]): Map<string, string> {
  return new Map(files.map((p) => {
    const text = ws.readFile(p);
    const r = text === undefined ? undefined : validateFile({ path: p, text }, { workspace: ws });
    return [p, JSON.stringify(r && { findings: r.findings, reach: (r.reach ?? []).map((x) => ({ item: x.item.name, channel: x.channel, reach: x.reach })) })];
  }));
}
