/**
 * `pluginLens/routes` with `format: 'markdown'` (the editor's "Copy Routes as Markdown"): the server
 * answers the CLI's markdown rendering of the same items, computed in-process here from the same files.
 */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { ClientCapabilities } from 'vscode-languageserver-protocol';
import { NodeWorkspace } from '../../server/src/node/node-workspace';
import { loadConfig } from '../../server/src/node/load-config';
import { validatePath } from '../../server/src/node/validate-files';
import { routesOf } from '../../server/src/core/reach/routes';
import { routesMarkdown } from '../../server/src/cli/routes-format';
import type { RoutesResult } from '../../server/src/protocol';
import { REPO, startClient, type TestClient } from './lsp-client';
import { uriOf } from './workspace';

const CAPS: ClientCapabilities = { workspace: { configuration: true }, window: { workDoneProgress: true } };

describe('protocol: pluginLens/routes as markdown', function () {
  this.timeout(30000);
  let root: string;
  let c: TestClient;
  const PDF = 'skills/pdf-forms/SKILL.md';

  before(async () => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'plugin-lens-routes-md-')));
    fs.cpSync(path.join(REPO, 'examples'), root, { recursive: true });
    c = await startClient(uriOf(root, ''), CAPS);
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

  it('answers the CLI markdown of the file\'s items only when asked', async () => {
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

  it('shuts down and exits cleanly', async () => {
    assert.equal(await c.stop(), 0);
  });
});
