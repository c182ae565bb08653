/**
 * `pluginLens/routes` over stdio (issue 16): dist/server.js answers with the core's routes for the same
 * files, computed in-process here (routesOf over validatePath's result), for one file and the workspace,
 * and with `format: 'markdown'` the CLI's markdown of the same items.
 */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { ClientCapabilities } from 'vscode-languageserver-protocol';
import { NodeWorkspace } from '../../server/src/node/node-workspace';
import { loadConfig } from '../../server/src/node/load-config';
import { validatePath } from '../../server/src/node/validate-files';
import { routesOf, toRoutesResult } from '../../server/src/core/reach/routes';
import { SURFACE_IDS } from '../../server/src/core/surfaces';
import { routesMarkdown } from '../../server/src/cli/routes-format';
import { runRoutesCommand } from '../../server/src/cli/routes-command';
import type { RoutesResult } from '../../server/src/protocol';
import { REPO, startClient, type TestClient } from './lsp-client';
import { uriOf } from './workspace';

const CAPS: ClientCapabilities = { workspace: { configuration: true }, window: { workDoneProgress: true } };

describe('protocol: pluginLens/routes', function () {
  this.timeout(30000);
  let root: string;
  let c: TestClient;
  const PDF = 'skills/pdf-forms/SKILL.md';

  before(async () => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'plugin-lens-routes-')));
    fs.cpSync(path.join(REPO, 'examples'), root, { recursive: true });
    c = await startClient(uriOf(root, ''), CAPS);
    // Routes read the scan's results and the folder's .plugin-lens.json: wait for the initial scan.
    for (let i = 0; i < 400; i++) {
      const s = await c.conn.sendRequest('pluginLens/status') as { state: string };
      if (s.state === 'ready') break;
      await new Promise((r) => setTimeout(r, 50));
    }
  });
  after(async () => {
    if (c && c.proc.exitCode === null) c.proc.kill();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('no file open: every scanned file\'s routes, ranges included, are the CLI\'s for the same folder', async () => {
    // Scanned files keep neither text nor parse (lsp/compact.ts): their ranges and other routes come from
    // what the scan kept, and must still be what a fresh validation gives.
    const got = await c.conn.sendRequest('pluginLens/routes', {}) as RoutesResult;
    const cli = JSON.parse([...runRoutesCommand(['.', '--format', 'json'], root).output].join('')) as { items: Array<RoutesResult['items'][number] & { file: string }> };
    const key = (i: { id: string; range: unknown }) => `${i.id} ${JSON.stringify(i.range)}`;
    const want = cli.items.map(({ file, ...rest }) => ({ ...rest, uri: uriOf(root, file) })).sort((a, b) => key(a).localeCompare(key(b)));
    assert.ok(want.length > 10 && want.some((i) => i.range.start.line > 0), 'the examples declare items past line 0');
    assert.deepEqual([...got.items].sort((a, b) => key(a).localeCompare(key(b))), want);
  });

  it('one file: the same routes the core computes for it, the declared org-skill route in use', async () => {
    const text = fs.readFileSync(path.join(root, PDF), 'utf8');
    await c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: uriOf(root, PDF), languageId: 'markdown', version: 1, text } });
    const got = await c.conn.sendRequest('pluginLens/routes', { uri: uriOf(root, PDF) }) as RoutesResult;
    const ws = new NodeWorkspace(root);
    const config = loadConfig(root).config;
    const v = validatePath(path.join(root, PDF), ws, config)!;
    const want = toRoutesResult(routesOf(v.result.reach ?? [], ws, config), (r) => ({
      uri: uriOf(root, PDF),
      range: { start: v.result.parsed!.positionAt(r.item.range.offset), end: v.result.parsed!.positionAt(r.item.range.offset + r.item.range.length) },
    }));
    assert.deepEqual(got, want);
    assert.equal(got.items.length, 1);
    const orgSkill = got.items[0].routes.find((r) => r.channel === 'org-skill');
    assert.ok(orgSkill?.declared && orgSkill.inUse, 'org-skill is declared in examples/.plugin-lens.json and in use');
    assert.ok(orgSkill.surfaces.cowork.actions.some((a) => a.id === 'admin-provision-skill' && a.who === 'admin'));
    assert.match(got.knowledgeAsOf, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(got.datingNote && got.datingNote.length > 20);
  });

  it('the workspace: a marketplace plugin, an org skill and org connectors with their member actions', async () => {
    const all = await c.conn.sendRequest('pluginLens/routes', {}) as RoutesResult;
    const crm = all.items.find((i) => i.kind === 'mcp-server' && i.name === 'crm');
    const connector = crm?.routes.find((r) => r.channel === 'claude-ai-connector');
    assert.ok(connector?.inUse && connector.declared);
    assert.ok(connector.surfaces['claude-ai-web'].actions.some((a) => a.id === 'member-connect-connector' && a.who === 'member'));
    assert.ok(connector.traps.some((t) => t.id === 'org-connectors-cost-tokens-in-claude-code'));
    const plugin = all.items.find((i) => i.kind === 'plugin' && i.name === 'formatter');
    const market = plugin?.routes.find((r) => r.channel === 'plugin');
    assert.ok(market?.inUse);
    assert.ok(market.surfaces['claude-code-cli'].actions.some((a) => a.id === 'add-marketplace-by-hand'));
    for (const item of all.items) {
      for (const r of item.routes) assert.deepEqual(Object.keys(r.surfaces).sort(), [...SURFACE_IDS].sort(), `${item.id} ${r.channel}`);
    }
  });

  it('format: "markdown" (Copy Routes as Markdown) answers the CLI markdown of the file\'s items only when asked', async () => {
    const plain = await c.conn.sendRequest('pluginLens/routes', { uri: uriOf(root, PDF) }) as RoutesResult;
    assert.equal(plain.markdown, undefined);
    const got = await c.conn.sendRequest('pluginLens/routes', { uri: uriOf(root, PDF), format: 'markdown' }) as RoutesResult;
    const ws = new NodeWorkspace(root);
    const config = loadConfig(root).config;
    const v = validatePath(path.join(root, PDF), ws, config)!;
    const rows = routesOf(v.result.reach ?? [], ws, config).map((r) => ({
      file: PDF, routes: r,
      range: { start: v.result.parsed!.positionAt(r.item.range.offset), end: v.result.parsed!.positionAt(r.item.range.offset + r.item.range.length) },
    }));
    assert.equal(got.markdown, routesMarkdown(rows));
    assert.match(got.markdown!, /## How to get `pdf-forms` on each Claude app/);
    assert.deepEqual(got.items, plain.items, 'the same items either way');
  });

  it('detail: "summary" (the Routes tree) answers the same items with their routes\' headers only, much smaller', async () => {
    const full = await c.conn.sendRequest('pluginLens/routes', {}) as RoutesResult;
    const brief = await c.conn.sendRequest('pluginLens/routes', { detail: 'summary' }) as RoutesResult;
    assert.equal(full.detail, undefined);
    assert.equal(brief.detail, 'summary');
    assert.ok(full.items.length > 10);
    assert.deepEqual(brief.items, full.items.map((i) => ({
      ...i, routes: i.routes.map((r) => ({ channel: r.channel, channelName: r.channelName, declared: r.declared, inUse: r.inUse, surfaces: {}, traps: [] })),
    })));
    assert.ok(JSON.stringify(brief).length * 5 < JSON.stringify(full).length, 'much smaller');
    // What an expanded item fetches: its file's whole routes, the full answer's.
    for (const uri of new Set(full.items.map((i) => i.uri))) {
      const one = await c.conn.sendRequest('pluginLens/routes', { uri }) as RoutesResult;
      assert.deepEqual(one.items, full.items.filter((i) => i.uri === uri), uri);
    }
  });

  it('shuts down and exits cleanly', async () => {
    assert.equal(await c.stop(), 0);
  });
});
