/**
 * Protocol tests: dist/server.js over stdio with a real JSON-RPC client. Expected findings come from the
 * core run in-process on the same files, so the server must deliver exactly them (rule ids and ranges).
 */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import type { ClientCapabilities, CodeAction, CompletionItem, Diagnostic, Hover, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { NodeWorkspace } from '../../server/src/node/node-workspace';
import { loadConfig } from '../../server/src/node/load-config';
import { validatePath } from '../../server/src/node/validate-files';
import { applyTextEdits, rulesOf, startClient, type TestClient } from './lsp-client';
import { FILES, makeWorkspace, uriOf } from './workspace';
import { mergeByUri } from '../../client/src/views/merge-by-uri';

function expected(root: string, rel: string): Array<{ rule: string; range: unknown }> {
  const loaded = loadConfig(root);
  const v = validatePath(path.join(root, rel), new NodeWorkspace(root), loaded.config);
  return (v?.result.findings ?? []).map((f) => ({ rule: f.ruleId, range: f.range }));
}
const shape = (diags: readonly Diagnostic[]) => diags.map((d) => ({ rule: String(d.code), range: d.range }));
const byPos = (a: { rule: string; range: unknown }, b: { rule: string; range: unknown }) => JSON.stringify(a).localeCompare(JSON.stringify(b));

const PULL_CAPS: ClientCapabilities = {
  textDocument: { diagnostic: { dynamicRegistration: false }, hover: { contentFormat: ['markdown' as const] }, completion: { completionItem: { snippetSupport: true } } },
  workspace: { configuration: true, diagnostics: { refreshSupport: true }, workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename'] } },
  window: { workDoneProgress: true },
};

describe('protocol: server over stdio (pull diagnostics)', function () {
  this.timeout(30000);
  let root: string;
  let c: TestClient;
  const open = async (rel: string, text = FILES[rel].text, version = 1) => {
    await c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: uriOf(root, rel), languageId: 'plaintext', version, text } });
  };
  /** Until a whole second passes without a notification (passes under way are done). */
  const settle = async () => { for (let n = -1; n !== c.notifications.length;) { n = c.notifications.length; await new Promise((r) => setTimeout(r, 1000)); } };
  const workspaceReport = async () =>
    ((await c.conn.sendRequest('workspace/diagnostic', { previousResultIds: [] })) as { items: Array<{ uri: string; items: Diagnostic[] }> }).items;
  const pull = async (rel: string): Promise<Diagnostic[]> =>
    ((await c.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri: uriOf(root, rel) } })) as { items: Diagnostic[] }).items;

  before(async () => {
    root = makeWorkspace();
    c = await startClient(uriOf(root, ''), PULL_CAPS);
  });
  after(async () => {
    if (c && c.proc.exitCode === null) c.proc.kill();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('announces pull diagnostics with workspace diagnostics', async () => {
    const status = await c.conn.sendRequest('pluginLens/status') as { ruleCount: number; knowledgeAsOf: string };
    assert.ok(status.ruleCount > 10);
    assert.match(status.knowledgeAsOf, /^\d{4}-\d{2}-\d{2}$/);
  });

  it('reports unopened files through workspace diagnostics', async () => {
    const report = await c.conn.sendRequest('workspace/diagnostic', { previousResultIds: [] }) as { items: Array<{ uri: string; items: Diagnostic[]; resultId: string }> };
    for (const rel of Object.keys(FILES)) {
      const entry = report.items.find((i) => i.uri === uriOf(root, rel));
      assert.ok(entry, `workspace report has ${rel}`);
      assert.deepEqual(shape(entry.items).sort(byPos), expected(root, rel).sort(byPos), rel);
    }
    // Unchanged results are not resent.
    const again = await c.conn.sendRequest('workspace/diagnostic', { previousResultIds: report.items.map((i) => ({ uri: i.uri, value: i.resultId })) }) as { items: Array<{ kind: string }> };
    assert.ok(again.items.every((i) => i.kind === 'unchanged'));
  });

  for (const [rel, f] of Object.entries(FILES)) {
    it(`pulls diagnostics for an open ${f.kind} file (${rel})`, async () => {
      await open(rel);
      const diags = await pull(rel);
      const want = expected(root, rel);
      assert.ok(want.length > 0, `fixture ${rel} must have findings`);
      assert.deepEqual(shape(diags).sort(byPos), want.sort(byPos));
      for (const d of diags) {
        assert.equal(d.source, 'plugin-lens');
        assert.match(String(d.codeDescription?.href), new RegExp(`docs/rules/${String(d.code)}\\.md$`));
        assert.equal((d.data as { ruleId: string }).ruleId, d.code);
      }
    });
  }

  it('hovers an item name with its reach matrix (surfaces, reasons, as-of date)', async () => {
    const sk = 'my-plugin/skills/demo/SKILL.md';
    const h = await c.conn.sendRequest('textDocument/hover', { textDocument: { uri: uriOf(root, sk) }, position: { line: 1, character: 7 } }) as Hover;
    const text = (h.contents as { value: string }).value;
    assert.match(text, /\*\*Reach\*\* of skill/);
    assert.match(text, /claude-code-cli/);
    assert.match(text, /Knowledge as of \d{4}-\d{2}-\d{2}/);
    const mcp = await c.conn.sendRequest('textDocument/hover', { textDocument: { uri: uriOf(root, 'my-plugin/.mcp.json') }, position: { line: 2, character: 6 } }) as Hover;
    assert.match((mcp.contents as { value: string }).value, /\*\*Reach\*\* of mcp-server/);
  });

  it('hovers a JSON field with its schema docs and a frontmatter field with its docs', async () => {
    const pj = 'my-plugin/.claude-plugin/plugin.json';
    const h = await c.conn.sendRequest('textDocument/hover', { textDocument: { uri: uriOf(root, pj) }, position: { line: 2, character: 4 } }) as Hover;
    const text = (h.contents as { value: string }).value;
    assert.match(text, /version/i);
    assert.match(text, /code\.claude\.com/);
    const sk = 'my-plugin/skills/demo/SKILL.md';
    const h2 = await c.conn.sendRequest('textDocument/hover', { textDocument: { uri: uriOf(root, sk) }, position: { line: 2, character: 3 } }) as Hover;
    assert.match((h2.contents as { value: string }).value, /Claude uses this to decide when to apply the skill/);
  });

  it('completes missing keys at a key position', async () => {
    const rel = 'my-plugin/.claude-plugin/plugin.json';
    const text = '{\n  "name": "my-plugin",\n  \n}\n';
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri: uriOf(root, rel), version: 2 }, contentChanges: [{ text }] });
    const items = await c.conn.sendRequest('textDocument/completion', { textDocument: { uri: uriOf(root, rel) }, position: { line: 2, character: 2 } }) as CompletionItem[];
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('author') && labels.includes('version'), labels.join(','));
    assert.ok(!labels.includes('name'), 'present keys are not offered');
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri: uriOf(root, rel), version: 3 }, contentChanges: [{ text: FILES[rel].text }] });
  });

  it('takes incremental changes (as VS Code sends them) to the same diagnostics as the whole new text', async () => {
    const rel = 'my-plugin/skills/typed/SKILL.md';
    const uri = uriOf(root, rel);
    const typed = '---\nname: typed\ndescription: Use when: testing things\ncolour: blue\n---\nBody\n';
    await c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'skill', version: 1, text: typed } });
    const before = await pull(rel);
    const range = (line: number, character: number, endLine = line, endCharacter = character) => ({ start: { line, character }, end: { line: endLine, character: endCharacter } });
    // 'colour' -> 'color', two lines inserted, then the first of them removed across its line break: three changes in one event.
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [
      { range: range(3, 4, 3, 5), text: '' },
      { range: range(2, 0), text: 'license: MIT\nallowed-tools: Read\n' },
      { range: range(2, 0, 3, 0), text: '' },
    ] });
    const incremental = await pull(rel);
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [
      { text: '---\nname: typed\nallowed-tools: Read\ndescription: Use when: testing things\ncolor: blue\n---\nBody\n' },
    ] });
    const whole = await pull(rel);
    await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    assert.ok(whole.length > 0 && before.length > 0);
    assert.notDeepStrictEqual(whole, before, 'the edits change the findings');
    assert.deepStrictEqual(incremental, whole);
  });

  it('applies a quick fix from diagnostic data and the finding disappears', async () => {
    const rel = 'my-plugin/.mcp.json';
    const diags = await pull(rel);
    const target = diags.find((d) => d.code === 'mcp/url-without-type');
    assert.ok(target, rulesOf(diags).join(','));
    const actions = await c.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri: uriOf(root, rel) }, range: target.range, context: { diagnostics: [target] },
    }) as CodeAction[];
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix?.edit?.documentChanges, actions.map((a) => a.title).join(' | '));
    assert.ok(actions.some((a) => a.command?.command === 'pluginLens.openRuleDocs'));
    const disable = actions.find((a) => a.title.startsWith('Disable mcp/url-without-type'));
    const cfgEdit = disable?.edit?.documentChanges?.[0] as TextDocumentEdit;
    assert.equal(cfgEdit.textDocument.uri, uriOf(root, '.plugin-lens.json'));
    assert.match((cfgEdit.edits as TextEdit[]).map((e) => e.newText).join(''), /"mcp\/url-without-type": "off"/);
    const edit = fix.edit.documentChanges[0] as TextDocumentEdit;
    const fixed = applyTextEdits(FILES[rel].text, edit.edits as TextEdit[]);
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri: uriOf(root, rel), version: 2 }, contentChanges: [{ text: fixed }] });
    const after = await pull(rel);
    assert.ok(!after.some((d) => d.code === 'mcp/url-without-type'), rulesOf(after).join(','));
  });

  it('offers source.fixAll.pluginLens only when asked for source actions', async () => {
    const rel = 'my-plugin/hooks/hooks.json';
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const only = await c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: uriOf(root, rel) }, range, context: { diagnostics: [], only: ['source.fixAll'] } }) as CodeAction[];
    assert.ok(only.length > 0 && only.every((a) => a.kind === 'source.fixAll.pluginLens'));
    const quick = await c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: uriOf(root, rel) }, range, context: { diagnostics: [], only: ['quickfix'] } }) as CodeAction[];
    assert.ok(quick.every((a) => a.kind === 'quickfix'));
  });

  it('offers "Distribute as …" refactorings on an item, writing .plugin-lens.json distribution', async () => {
    const rel = 'my-plugin/agents/reviewer.md';
    const range = { start: { line: 1, character: 7 }, end: { line: 1, character: 7 } };
    const actions = await c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: uriOf(root, rel) }, range, context: { diagnostics: [], only: ['refactor'] } }) as CodeAction[];
    const titles = actions.map((a) => a.title);
    assert.ok(actions.length > 0 && actions.every((a) => a.kind === 'refactor' && !a.isPreferred), titles.join(' | '));
    const org = actions.find((a) => a.title.endsWith('(claude-ai-plugin)'));
    assert.ok(org, titles.join(' | '));
    assert.match(org.title, /^Distribute plugin "my-plugin" as /);
    const edit = org.edit?.documentChanges?.[0] as TextDocumentEdit;
    assert.equal(edit.textDocument.uri, uriOf(root, '.plugin-lens.json'));
    const written = JSON.parse(applyTextEdits(FILES['.plugin-lens.json'].text, edit.edits as TextEdit[])) as Record<string, unknown>;
    assert.deepEqual(written.distribution, { 'my-plugin/**': 'claude-ai-plugin' });
    assert.deepEqual(written.rules, { 'skill/nonexistent': 'off' }, 'the rest of the file is kept');
    const quick = await c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: uriOf(root, rel) }, range, context: { diagnostics: [], only: ['quickfix'] } }) as CodeAction[];
    assert.ok(!quick.some((a) => a.title.startsWith('Distribute')), 'not offered as a quick fix');
  });

  it('answers the custom requests', async () => {
    type Item = { id: string; kind: string; name: string; uri: string; parentId?: string; findings: { errors: number }; reach?: { cells: Array<{ surface: string; status: string }> } };
    const list = await c.conn.sendRequest('pluginLens/listItems', {}) as { items: Item[] };
    const uris = new Set(list.items.map((i) => i.uri));
    for (const [rel] of Object.entries(FILES)) assert.ok(uris.has(uriOf(root, rel)), `listItems has an item for ${rel}`);
    const plugin = list.items.find((i) => i.kind === 'plugin' && i.name === 'my-plugin');
    assert.ok(plugin?.reach && plugin.reach.cells.length === 10, 'the plugin carries its reach on all ten surfaces');
    const skill = list.items.find((i) => i.kind === 'skill' && i.uri === uriOf(root, 'my-plugin/skills/demo/SKILL.md'));
    assert.equal(skill?.parentId, plugin.id, 'a plugin skill hangs under its plugin');
    const reach = await c.conn.sendRequest('pluginLens/reach', { uri: uriOf(root, 'my-plugin/skills/demo/SKILL.md') }) as { available: boolean; surfaces: unknown[]; items: Item[]; markdown: string };
    assert.equal(reach.available, true);
    assert.equal(reach.surfaces.length, 10);
    assert.ok(reach.items.length >= 1 && reach.items.every((i) => i.reach?.cells.length === 10));
    assert.match(reach.markdown, /claude-code-cli/);
    // Statuses only: the same items and statuses, cells without reasons and sources.
    const brief = await c.conn.sendRequest('pluginLens/listItems', { cells: 'status' }) as { items: Item[] };
    assert.deepEqual(brief.items.map((i) => [i.id, i.reach?.cells.map((x) => x.status)]), list.items.map((i) => [i.id, i.reach?.cells.map((x) => x.status)]));
    const cut = brief.items.filter((i) => i.reach);
    assert.ok(cut.length > 0 && cut.every((i) => (i.reach as { detail?: string }).detail === 'status'
      && i.reach!.cells.every((x) => JSON.stringify(x) === JSON.stringify({ surface: x.surface, status: x.status, reasons: [], sources: [] }))));
    assert.ok(JSON.stringify(brief).length * 2 < JSON.stringify(list).length, 'much smaller');
    // One file's reach is built from that file's items only: the same items as the whole list has for it.
    for (const uri of new Set(list.items.filter((i) => i.reach).map((i) => i.uri))) {
      const one = await c.conn.sendRequest('pluginLens/reach', { uri }) as { items: Item[] };
      const fromList = list.items.filter((i) => i.uri === uri && i.reach).map((i) => ({ id: i.id, name: i.name, kind: String(i.kind), uri: i.uri, reach: i.reach }));
      assert.deepEqual(one.items, fromList, uri);
    }
    // Some files' items (a tree refreshing the files an itemsChanged names): exactly the whole list's, filtered.
    const statusList = await c.conn.sendRequest('pluginLens/listItems', { cells: 'status' }) as { items: Item[] };
    const routesAll = await c.conn.sendRequest('pluginLens/routes', { detail: 'summary' }) as { items: Array<{ uri: string }> };
    const allUris = [...new Set([...statusList.items.map((i) => i.uri), ...routesAll.items.map((i) => i.uri)])];
    assert.ok(allUris.length > 3);
    for (const picked of [[allUris[0]], allUris.slice(1, 3), ['file:///nowhere/SKILL.md', allUris[3]]]) {
      const some = await c.conn.sendRequest('pluginLens/listItems', { cells: 'status', uris: picked }) as { items: Item[] };
      assert.deepEqual(some.items, statusList.items.filter((i) => picked.includes(i.uri)), picked.join(' '));
      const someRoutes = await c.conn.sendRequest('pluginLens/routes', { detail: 'summary', uris: picked }) as { items: Array<{ uri: string }> };
      assert.deepEqual(someRoutes.items, routesAll.items.filter((i) => picked.includes(i.uri)), picked.join(' '));
    }
    // The whole matrix with a limit: its first items, and how many there are (a webview cannot show 40,000 rows).
    type Matrix = { items: Item[]; total?: number };
    const whole = await c.conn.sendRequest('pluginLens/reach', {}) as Matrix;
    assert.equal(whole.total, undefined, 'no total without a limit');
    assert.ok(whole.items.length > 2);
    const first = await c.conn.sendRequest('pluginLens/reach', { limit: 2 }) as Matrix;
    assert.deepEqual(first.items, whole.items.slice(0, 2));
    assert.equal(first.total, whole.items.length);
    const roomy = await c.conn.sendRequest('pluginLens/reach', { limit: 1000 }) as Matrix;
    assert.deepEqual(roomy, { ...whole, total: whole.items.length }, 'under the limit: the whole matrix');
    const rules = await c.conn.sendRequest('pluginLens/listRules') as Array<{ id: string; docsUrl: string }>;
    assert.ok(rules.some((r) => r.id === 'mcp/url-without-type'));
  });

  it('re-validates when settings change (rule turned off in pluginLens.rules)', async () => {
    const rel = 'my-plugin/.claude-plugin/plugin.json';
    assert.ok((await pull(rel)).some((d) => d.code === 'plugin/unknown-key'));
    c.settings = { rules: { 'plugin/unknown-key': 'off' } };
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    // The server re-reads settings and revalidates; poll the pull result (no sleeps-as-assertions).
    let diags = await pull(rel);
    for (let i = 0; i < 100 && diags.some((d) => d.code === 'plugin/unknown-key'); i++) {
      await new Promise((r) => setTimeout(r, 50));
      diags = await pull(rel);
    }
    assert.ok(!diags.some((d) => d.code === 'plugin/unknown-key'), rulesOf(diags).join(','));
    c.settings = {};
  });

  it('names the edited file in itemsChanged after a Markdown edit, and after a manifest edit also the files of its plugin', async function () {
    this.timeout(60_000);
    const changes = () => c.notifications.filter((n) => n.method === 'pluginLens/itemsChanged').map((n) => n.params as { uris?: string[] });
    const skill = 'my-plugin/skills/demo/SKILL.md';
    await open(skill);
    await new Promise((r) => setTimeout(r, 400)); // the open's own notification is out
    const before = changes().length;
    type Listed = { items: Array<{ uri: string; findings: { warnings: number } }> };
    const lastList = await c.conn.sendRequest('pluginLens/listItems', { cells: 'status' }) as Listed;
    const lastRoutes = await c.conn.sendRequest('pluginLens/routes', { detail: 'summary' }) as Listed;
    // A field the loader ignores: the skill's finding counts change, nothing else does.
    const edited = FILES[skill].text.replace(/^---\n/, '---\ncolour: blue\n');
    assert.notEqual(edited, FILES[skill].text);
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri: uriOf(root, skill), version: 2 }, contentChanges: [{ text: edited }] });
    const markdown = await c.waitFor(() => changes()[before], 'itemsChanged after the skill edit');
    assert.deepEqual(markdown.uris, [uriOf(root, skill)], 'the edited file (one spelling here: the client\'s equals the server\'s)');
    // No diagnostics pulled yet: asking for the file's items validates its buffer first.
    // What the trees do with it: the last whole answers with those files' answers merged in equal new whole answers.
    const someList = await c.conn.sendRequest('pluginLens/listItems', { cells: 'status', uris: markdown.uris }) as Listed;
    const wholeList = await c.conn.sendRequest('pluginLens/listItems', { cells: 'status' }) as Listed;
    assert.notDeepEqual(wholeList.items, lastList.items, 'the edit changed the list');
    assert.deepEqual(mergeByUri(lastList.items, markdown.uris!, someList.items), wholeList.items);
    const someRoutes = await c.conn.sendRequest('pluginLens/routes', { detail: 'summary', uris: markdown.uris }) as Listed;
    const wholeRoutes = await c.conn.sendRequest('pluginLens/routes', { detail: 'summary' }) as Listed;
    assert.deepEqual(mergeByUri(lastRoutes.items, markdown.uris!, someRoutes.items), wholeRoutes.items);
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri: uriOf(root, skill), version: 3 }, contentChanges: [{ text: FILES[skill].text }] });
    const manifest = 'my-plugin/.claude-plugin/plugin.json';
    await open(manifest);
    await settle();
    const mark = changes().length;
    const listBefore = await c.conn.sendRequest('pluginLens/listItems', { cells: 'status' }) as Listed;
    const routesBefore = await c.conn.sendRequest('pluginLens/routes', { detail: 'summary' }) as Listed;
    // Renamed: the plugin item's id changes, and so does the parent of every component item under it.
    const renamed = FILES[manifest].text.replace('"my-plugin"', '"renamed-plugin"');
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri: uriOf(root, manifest), version: 2 }, contentChanges: [{ text: renamed }] });
    const json = await c.waitFor(() => changes()[mark], 'itemsChanged after the manifest edit');
    assert.deepEqual(json.uris, [uriOf(root, manifest)], 'the manifest at once');
    await settle();
    const named = changes().slice(mark);
    assert.ok(named.every((ch) => ch.uris), 'then the files its pass re-validated, by name');
    const uris = [...new Set(named.flatMap((ch) => ch.uris!))];
    assert.ok(uris.includes(uriOf(root, 'my-plugin/agents/reviewer.md')), uris.join(', '));
    const listAfter = await c.conn.sendRequest('pluginLens/listItems', { cells: 'status' }) as Listed;
    const routesAfter = await c.conn.sendRequest('pluginLens/routes', { detail: 'summary' }) as Listed;
    assert.notDeepEqual(listAfter.items, listBefore.items);
    const listNamed = await c.conn.sendRequest('pluginLens/listItems', { cells: 'status', uris }) as Listed;
    const routesNamed = await c.conn.sendRequest('pluginLens/routes', { detail: 'summary', uris }) as Listed;
    assert.deepEqual(mergeByUri(listBefore.items, uris, listNamed.items), listAfter.items);
    assert.deepEqual(mergeByUri(routesBefore.items, uris, routesNamed.items), routesAfter.items);
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri: uriOf(root, manifest), version: 3 }, contentChanges: [{ text: FILES[manifest].text }] });
    await settle();
  });

  it('a file changed on disk: an open file\'s save re-validates nothing; an unopened one re-validates it and its readers, and names them', async function () {
    this.timeout(60_000);
    const changes = () => c.notifications.filter((n) => n.method === 'pluginLens/itemsChanged').map((n) => n.params as { uris?: string[] });
    const watched = (rel: string) => c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(root, rel), type: 2 }] });
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    // Saved: every validation reads the open file's buffer, the same text.
    const agent = 'my-plugin/agents/reviewer.md';
    await open(agent);
    await pull(agent);
    await settle();
    const mark = changes().length;
    const refreshes = c.refreshes;
    await watched(agent);
    await sleep(1500); // a pass starts 600 ms after a change and takes a few ms on this workspace
    assert.equal(changes().length, mark, 'no items changed');
    assert.equal(c.refreshes, refreshes, 'no diagnostics refresh');
    await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri: uriOf(root, agent) } });
    // Changed on disk and not open: that file is validated again, and only its items are said to change.
    const command = 'my-plugin/commands/deploy.md';
    const abs = path.join(root, command);
    await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri: uriOf(root, command) } }); // opened by an earlier test
    await settle();
    const wasReported = (await workspaceReport()).find((i) => i.uri === uriOf(root, command))!;
    assert.ok(rulesOf(wasReported.items).includes('command/unknown-field'));
    await settle();
    const mark2 = changes().length;
    fs.writeFileSync(abs, FILES[command].text.replace('bogus: 1\n', ''));
    try {
      await watched(command);
      const named = await c.waitFor(() => changes().slice(mark2).find((ch) => ch.uris), 'itemsChanged naming the file');
      // The file and the manifest around it (a manifest reads the component files it alone names).
      const readers = [command, 'my-plugin/.claude-plugin/plugin.json'].map((rel) => decodeURIComponent(uriOf(root, rel)));
      assert.ok(named.uris!.some((u) => decodeURIComponent(u) === readers[0]), named.uris!.join(', '));
      assert.ok(named.uris!.every((u) => readers.includes(decodeURIComponent(u))), named.uris!.join(', '));
      const report = (await workspaceReport()).find((i) => i.uri === uriOf(root, command))!;
      assert.deepEqual(shape(report.items).sort(byPos), expected(root, command).sort(byPos));
      assert.ok(!rulesOf(report.items).includes('command/unknown-field'), 'the new text');
      await sleep(800);
      assert.ok(changes().slice(mark2).every((ch) => ch.uris), 'no other file\'s items');
    } finally {
      fs.writeFileSync(abs, FILES[command].text);
      await watched(command);
      await sleep(800);
    }
  });

  it('sees a manifest edit at once: the plugin item is renamed and its own diagnostics follow the text', async () => {
    const manifest = 'my-plugin/.claude-plugin/plugin.json';
    const uri = uriOf(root, manifest);
    await open(manifest);
    type Listed = { items: Array<{ kind: string; name: string; uri: string }> };
    const plugins = async () => ((await c.conn.sendRequest('pluginLens/listItems', { cells: 'status' })) as Listed).items.filter((i) => i.kind === 'plugin').map((i) => i.name);
    assert.ok((await plugins()).includes('my-plugin'));
    const renamed = FILES[manifest].text.replace('"my-plugin"', '"renamed-plugin"').replace('"bogusKey": true', '"bogusKey": true,\n  "commands": ["./nowhere.md"]');
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 10 }, contentChanges: [{ text: renamed }] });
    assert.ok(rulesOf(await pull(manifest)).includes('plugin/path-not-found'), 'the new text, read against the workspace');
    const names = await plugins();
    assert.ok(names.includes('renamed-plugin') && !names.includes('my-plugin'), names.join(', '));
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 11 }, contentChanges: [{ text: FILES[manifest].text }] });
    assert.ok(!rulesOf(await pull(manifest)).includes('plugin/path-not-found'));
    assert.ok((await plugins()).includes('my-plugin'), 'and back');
  });

  it('lists an item of a file only its manifest names once, under that file, with that file\'s findings', async () => {
    const helper = uriOf(root, 'other-plugin/custom/helper.md');
    await settle(); // the scan is done
    type Listed = { items: Array<{ uri: string; kind: string; name: string; findings: { warnings: number; infos: number } }> };
    const list = (await c.conn.sendRequest('pluginLens/listItems', { cells: 'status' }) as Listed).items.filter((i) => i.uri === helper);
    assert.deepEqual(list.map((i) => [i.kind, i.name]), [['agent', 'helper']]);
    // Its own diagnostics: from the workspace report, or pulled when an earlier test left it open.
    const own = (await workspaceReport()).find((i) => i.uri === helper)?.items ?? await pull('other-plugin/custom/helper.md');
    assert.ok(own.length > 0);
    assert.equal(list[0].findings.warnings + list[0].findings.infos, own.filter((d) => d.severity === 2 || d.severity === 3).length);
    const routes = (await c.conn.sendRequest('pluginLens/routes', { detail: 'summary' }) as Listed).items.filter((i) => i.uri === helper);
    assert.equal(routes.length, 1);
  });

  it('checks a file as soon as a manifest edit names it, and stops when the manifest no longer does', async function () {
    this.timeout(30_000);
    const manifest = 'other-plugin/.claude-plugin/plugin.json';
    const late = 'other-plugin/extra/late.md';
    const abs = path.join(root, late);
    const reported = async () => (await workspaceReport()).find((i) => i.uri === uriOf(root, late))?.items ?? [];
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, '---\nname: late\ndescription: Comes later\ncolour: red\n---\nLate.\n');
    try {
      await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(root, late), type: 1 }] });
      await settle();
      assert.deepEqual(await reported(), [], 'no manifest names it yet: a Markdown file of no kind');
      await open(manifest);
      const named = FILES[manifest].text.replace('["./custom/helper.md"]', '["./custom/helper.md", "./extra/late.md"]');
      await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri: uriOf(root, manifest), version: 2 }, contentChanges: [{ text: named }] });
      await settle();
      assert.ok(rulesOf(await reported()).includes('agent/unknown-field'), 'checked as the agent the manifest makes it');
      await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri: uriOf(root, manifest), version: 3 }, contentChanges: [{ text: FILES[manifest].text }] });
      await settle();
      assert.deepEqual(await reported(), [], 'named no more');
    } finally {
      await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri: uriOf(root, manifest) } });
      fs.rmSync(path.dirname(abs), { recursive: true, force: true });
      await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(root, late), type: 3 }] });
      await settle();
    }
  });

  it('answers reach, the list and routes for a buffer just opened, before anyone pulled its diagnostics', async () => {
    const rel = 'my-plugin/skills/fresh/SKILL.md';
    const uri = uriOf(root, rel);
    await c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'skill', version: 1, text: '---\nname: fresh\ndescription: Use when testing a new buffer\n---\nBody\n' } });
    try {
      const reach = await c.conn.sendRequest('pluginLens/reach', { uri }) as { items: Array<{ name: string }> };
      assert.deepEqual(reach.items.map((i) => i.name), ['fresh'], 'the buffer is validated for the request');
      const list = await c.conn.sendRequest('pluginLens/listItems', { cells: 'status' }) as { items: Array<{ uri: string; name: string }> };
      assert.ok(list.items.some((i) => i.uri === uri && i.name === 'fresh'));
      const routes = await c.conn.sendRequest('pluginLens/routes', { detail: 'summary' }) as { items: Array<{ uri: string }> };
      assert.ok(routes.items.some((i) => i.uri === uri));
    } finally {
      await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
  });

  it('survives an exception in a handler', async () => {
    await assert.rejects(c.conn.sendRequest('textDocument/hover', { textDocument: null, position: { line: 0, character: 0 } }));
    const status = await c.conn.sendRequest('pluginLens/status') as { state: string };
    assert.ok(['ready', 'scanning'].includes(status.state));
  });

  it('shuts down and exits cleanly', async () => {
    const code = await c.stop();
    assert.equal(code, 0);
    assert.equal(c.proc.exitCode, 0);
  });
});

describe('protocol: server over stdio (push diagnostics)', function () {
  this.timeout(30000);
  let root: string;
  let c: TestClient;
  before(async () => {
    root = makeWorkspace();
    c = await startClient(uriOf(root, ''), {});
  });
  after(() => {
    if (c && c.proc.exitCode === null) c.proc.kill();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('pushes diagnostics for unopened files after the workspace scan', async () => {
    const rel = 'my-plugin/hooks/hooks.json';
    const p = await c.waitFor(() => c.pushed.get(uriOf(root, rel)), 'hooks.json diagnostics');
    assert.deepEqual(p.diagnostics.map((d) => ({ rule: String(d.code), range: d.range })).sort(byPos), expected(root, rel).sort(byPos));
  });

  it('pushes the latest version only (debounce + stale-version guard)', async () => {
    const rel = 'my-plugin/skills/demo/SKILL.md';
    const uri = uriOf(root, rel);
    await c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'skill', version: 1, text: FILES[rel].text } });
    const clean = '---\nname: demo\ndescription: "Use when testing"\n---\nBody\n';
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: clean }] });
    const p = await c.waitFor(() => { const x = c.pushed.get(uri); return x?.version === 2 ? x : undefined; }, 'version 2 diagnostics');
    assert.ok(!p.diagnostics.some((d) => d.code === 'skill/unknown-field' || d.code === 'skill/yaml-unquoted-colon'), rulesOf(p.diagnostics).join(','));
  });

  it('shuts down and exits cleanly', async () => {
    assert.equal(await c.stop(), 0);
  });
});
