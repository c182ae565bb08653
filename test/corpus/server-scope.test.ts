/**
 * The language server on the whole corpus: after an edit of a Markdown file (a skill, an agent only its
 * manifest names, a command) or of a plugin manifest, `itemsChanged` names the edited file and then the
 * files its readers' pass re-validated (never "everything"), and a sidebar that merges the named files' answers into its last whole
 * answers (client/src/views/merge-by-uri.ts) shows exactly the new whole answers, which are those of a
 * fresh server that saw the edited file from its start: no file outside the named ones changed its items
 * or routes. Buffer edits only: the corpus on disk is never written.
 */
import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import type { ClientCapabilities } from 'vscode-languageserver-protocol';
import { CORPUS } from './corpus-root';
import { startClient, type TestClient } from '../protocol/lsp-client';
import { uriOf } from '../protocol/workspace';
import { referencedComponentFiles } from '../../server/src/core/index/referenced-files';
import { NodeWorkspace } from '../../server/src/node/node-workspace';
import { findKnownFiles } from '../../server/src/node/validate-files';
import { toPosix } from '../../server/src/node/scan';
import { mergeByUri } from '../../client/src/views/merge-by-uri';

const CAPS: ClientCapabilities = {
  textDocument: { diagnostic: { dynamicRegistration: false } },
  workspace: { configuration: true, diagnostics: { refreshSupport: true } },
  window: { workDoneProgress: true },
};
type Listed = { items: Array<{ uri: string }> };

/** A server of its own per edit: what it says then depends on that edit alone. */
async function namedAfterEdit(path: string, edit: (text: string) => string, languageId: string) {
  const ready = async (t: TestClient) => {
    for (let state = ''; state !== 'ready';) {
      await new Promise((r) => setTimeout(r, 500));
      state = ((await t.conn.sendRequest('pluginLens/status')) as { state: string }).state;
    }
  };
  const settleOf = async (t: TestClient) => { for (let n = -1; n !== t.notifications.length;) { n = t.notifications.length; await new Promise((r) => setTimeout(r, 1000)); } };
  const wholeOf = async (t: TestClient) => ({
    list: ((await t.conn.sendRequest('pluginLens/listItems', { cells: 'status' })) as Listed).items,
    routes: ((await t.conn.sendRequest('pluginLens/routes', { detail: 'summary' })) as Listed).items,
  });
  const client = await startClient(uriOf(CORPUS, ''), CAPS);
  try {
    await ready(client);
    const changes = () => client.notifications.filter((n) => n.method === 'pluginLens/itemsChanged').map((n) => n.params as { uris?: string[] });
    const uri = uriOf(path, '');
    const text = readFileSync(path, 'utf8');
    const edited = edit(text);
    assert.notEqual(edited, text, path);
    await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    await settleOf(client);
    const before = await wholeOf(client);
    const mark = changes().length;
    await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
    await client.waitFor(() => changes()[mark], `itemsChanged after editing ${path}`);
    await settleOf(client);
    const named = changes().slice(mark);
    assert.ok(named.every((ch) => ch.uris), `${path}: every notification names its files`);
    const uris = [...new Set(named.flatMap((ch) => ch.uris!))];
    const now = await wholeOf(client);
    const list = mergeByUri(before.list, uris, ((await client.conn.sendRequest('pluginLens/listItems', { cells: 'status', uris })) as Listed).items);
    const routes = mergeByUri(before.routes, uris, ((await client.conn.sendRequest('pluginLens/routes', { detail: 'summary', uris })) as Listed).items);
    // Undefined: the merge cannot place an item (the client then fetches the whole answer); else exact.
    if (list) assert.deepEqual(list, now.list, `${path}: the list`);
    if (routes) assert.deepEqual(routes, now.routes, `${path}: the routes`);
    // And those are the answers of a server that saw the edited file from its start: the pass
    // re-validated every file the edit changes.
    const fresh = await startClient(uriOf(CORPUS, ''), CAPS);
    try {
      await fresh.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text: edited } });
      await ready(fresh);
      await settleOf(fresh);
      const truth = await wholeOf(fresh);
      assert.deepEqual(now.list, truth.list, `${path}: the list after the pass is a fresh server's`);
      assert.deepEqual(now.routes, truth.routes, `${path}: the routes after the pass are a fresh server's`);
    } finally { await fresh.stop().catch(() => fresh.proc.kill()); }
    return {
      merged: Boolean(list && routes),
      shown: JSON.stringify(now.list) !== JSON.stringify(before.list),
      readers: uris.filter((u) => decodeURIComponent(u) !== decodeURIComponent(uri)).length,
    };
  } finally { await client.stop().catch(() => client.proc.kill()); }
}

describe('corpus: the files the server names after an edit', () => {
  const unnamed = () => [...referencedComponentFiles(new NodeWorkspace(CORPUS)).entries()];

  it('of a Markdown file are the only ones whose items or routes change (files across the corpus)', async function () {
    this.timeout(600_000);
    const markdown = findKnownFiles([CORPUS]).files.map(toPosix).filter((p) => /\.md$/i.test(p)).sort();
    // Spread over the corpus, and agents only a manifest names (their items are also the manifest's).
    const agents = unnamed().map(([p]) => p).filter((p) => /\.md$/i.test(p)).sort();
    const picked = [...markdown.filter((_, i) => i % Math.ceil(markdown.length / 4) === 7), agents[0], agents[Math.floor(agents.length / 2)]];
    let merged = 0;
    let readersNamed = 0;
    let shown = 0;
    for (const path of picked) {
      // Renamed (its items' names change) and a field no loader knows (its findings change).
      const r = await namedAfterEdit(path, (text) => /^name:.*$/m.test(text) ? text.replace(/^name:.*$/m, 'name: edited-name\ncolour: blue') : text.replace(/^---\n/, '---\ncolour: blue\n'), 'markdown');
      if (r.merged) merged++;
      if (r.shown) shown++;
      readersNamed += r.readers;
    }
    assert.ok(picked.length >= 5 && merged >= picked.length - 1, `${merged} of ${picked.length} edits merged`);
    assert.ok(shown >= 3, `${shown} edits changed the list (the checks have something to check)`);
    assert.ok(readersNamed > 0, 'some edits named files that read the edited one (the manifest of an agent it names)');
  });

  it('of a manifest name the files it changes, also those whose kind it gives or takes (a plugin.json made invalid, one renamed)', async function () {
    this.timeout(600_000);
    // The manifest of the first agent only its manifest names: invalid JSON drops the plugin and every component it named.
    const agent = unnamed().map(([p]) => p).filter((p) => /\.md$/i.test(p)).sort()[0];
    const manifests = findKnownFiles([CORPUS]).files.map(toPosix).filter((p) => p.endsWith('/.claude-plugin/plugin.json')).sort();
    const owner = manifests.filter((m) => agent.startsWith(m.slice(0, -'.claude-plugin/plugin.json'.length))).sort((a, b) => b.length - a.length)[0];
    assert.ok(owner, agent);
    const other = manifests.find((m) => m !== owner && /"name"\s*:/.test(readFileSync(m, 'utf8')))!;
    const results = [
      await namedAfterEdit(owner, (text) => text.replace('{', '{ "broken": '), 'json'),
      await namedAfterEdit(other, (text) => text.replace(/"name"\s*:\s*"[^"]*"/, '"name": "edited-name"'), 'json'),
    ];
    assert.ok(results.every((r) => r.merged && r.shown), JSON.stringify(results));
    assert.ok(results.every((r) => r.readers > 0), 'the plugin\'s other files are named');
  });
});
