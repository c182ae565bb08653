// The Routes view (issue 16) through the extension's API, and "Distribute as …": the refactoring writes
// .plugin-lens.json `distribution` and the view then marks that route declared. Data in expected.json.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activeApi, fixtureUri, loadExpectations, openFixture } from './helpers';
import type { NodeModel } from '../../../client/src/views/reach-model';

const exp = loadExpectations();

function describe_(nodes: readonly NodeModel[], depth = 0): string {
  return nodes.map(n => `${'  '.repeat(depth)}${n.label} [${n.description}]\n${depth < 2 ? describe_(n.children, depth + 1) : ''}`).join('');
}

/**
 * The item's routes as the view shows them once expanded: the tree asks for route headers only
 * (`detail: 'summary'`) and fetches an item's file's whole routes when it is expanded.
 */
async function expand(item: NodeModel): Promise<NodeModel> {
  const api = await activeApi(exp.extensionId);
  assert.ok(item.childrenFrom, 'a summary item: children come on expand');
  await api.routesTree.getChildren(item);
  return item;
}

/** Resolves when the Routes tree (refreshed on every itemsChanged) satisfies `check`; `ms` bounds the wait. */
async function waitForRoutes<T>(check: (roots: readonly NodeModel[]) => Promise<T | undefined>, what: string, ms = 20000): Promise<T> {
  const api = await activeApi(exp.extensionId);
  const deadline = Date.now() + ms;
  for (;;) {
    const roots = await api.routesTree.getChildren();
    const hit = await check(roots);
    if (hit !== undefined) return hit;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; Routes now:\n${describe_(roots)}`);
    await new Promise<void>(resolve => {
      const sub = api.routesTree.onDidChangeTreeData(() => { sub.dispose(); clearTimeout(t); resolve(); });
      const t = setTimeout(() => { sub.dispose(); resolve(); }, 500);
    });
  }
}

if (exp.routes) {
  const r = exp.routes;
  describe('Plugin Lens Routes view', () => {
    before(async () => { await activeApi(exp.extensionId); });

    it(`lists the routes of ${r.item}, with a member action on ${r.memberActionSurface} in "${r.memberActionRoute}"`, async () => {
      await vscode.commands.executeCommand('pluginLens.refreshRoutes');
      const item = await waitForRoutes(async roots => {
        const hit = roots.find(n => n.label === r.item);
        return hit && await expand(hit);
      }, `item ${r.item}`);
      assert.strictEqual(item.open?.uri, fixtureUri(r.path).toString());
      assert.ok(item.children.length >= 2, `several routes:\n${describe_([item])}`);
      assert.ok(item.children.some(n => /in use/.test(n.description)), `one route in use:\n${describe_([item])}`);
      assert.ok(item.children.some(n => /what if/.test(n.description)), `"what if" routes:\n${describe_([item])}`);
      const route = item.children.find(n => n.label === r.memberActionRoute);
      assert.ok(route, `no route "${r.memberActionRoute}":\n${describe_([item])}`);
      const surface = route.children.find(n => n.label === r.memberActionSurface);
      assert.ok(surface, `no surface "${r.memberActionSurface}" under "${r.memberActionRoute}"`);
      const member = surface.children.find(n => n.contextValue === 'routeAction.member');
      assert.ok(member, `no member action on ${r.memberActionSurface}: ${surface.children.map(n => n.label).join(' | ')}`);
      assert.match(member.tooltip, /as of \d{4}-\d{2}-\d{2}/);
      assert.match(surface.tooltip.split('\n')[2] ?? '', /\S/, `the reason as tooltip: ${surface.tooltip}`);
    });

    it(`"Distribute as …" on ${r.item} writes ${r.distribute.channel} into .plugin-lens.json, and the route shows declared`, async () => {
      const config = fixtureUri('.plugin-lens.json');
      const before = (await vscode.workspace.fs.readFile(config)).toString();
      const doc = await openFixture(r.path);
      const at = new vscode.Position(r.distribute.line, r.distribute.character);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider', doc.uri, new vscode.Range(at, at), vscode.CodeActionKind.Refactor.value);
      const titles = actions.map(a => a.title);
      const action = actions.find(a => a.title.startsWith('Distribute') && a.title.endsWith(`(${r.distribute.channel})`));
      assert.ok(action?.edit, `no "Distribute as … (${r.distribute.channel})" in: ${titles.join(' | ')}`);
      assert.ok(action.kind && vscode.CodeActionKind.Refactor.contains(action.kind), `kind ${action.kind?.value}`);
      assert.notStrictEqual(action.isPreferred, true);
      try {
        assert.ok(await vscode.workspace.applyEdit(action.edit));
        const cfg = await vscode.workspace.openTextDocument(config);
        await cfg.save();
        const written = JSON.parse(cfg.getText()) as { distribution?: Record<string, unknown>; targets?: unknown };
        assert.deepStrictEqual(Object.values(written.distribution ?? {}), [r.distribute.channel], cfg.getText());
        assert.deepStrictEqual(written.targets, JSON.parse(before).targets, 'the rest of the file is kept');
        const route = await waitForRoutes(async roots => {
          const hit = roots.find(n => n.label === r.item);
          const node = hit && (await expand(hit)).children.find(n => n.label === r.distribute.routeName);
          return node && /✓ declared/.test(node.description) ? node : undefined;
        }, `"${r.distribute.routeName}" of ${r.item} marked declared`);
        assert.strictEqual(route.contextValue, 'route.declared');
      } finally {
        // Later suites read the original configuration.
        const cfg = await vscode.workspace.openTextDocument(config);
        const all = new vscode.Range(cfg.positionAt(0), cfg.positionAt(cfg.getText().length));
        const undo = new vscode.WorkspaceEdit();
        undo.replace(config, all, before);
        await vscode.workspace.applyEdit(undo);
        await cfg.save();
      }
    });

    it('switches the reach matrix between routes (a select, the route in use by default)', async () => {
      const api = await activeApi(exp.extensionId);
      await vscode.commands.executeCommand('pluginLens.showReachMatrix');
      const html = api.reachMatrix.lastHtml;
      assert.match(html, /<select id="route"><option value="in-use" selected>/);
      assert.match(html, new RegExp(`<option value="${r.distribute.channel}">`));
      assert.match(html, /<tbody data-route="in-use">/);
      assert.match(html, /<script nonce="[^"]+">/);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    });

    it('copies an item\'s routes as the server\'s markdown', async () => {
      const api = await activeApi(exp.extensionId);
      const item = (await api.routesTree.getChildren()).find(n => n.label === r.item);
      assert.ok(item);
      const markdown = await vscode.commands.executeCommand<string | undefined>('pluginLens.copyRoutesMarkdown', item);
      assert.match(markdown ?? '', new RegExp(`## How to get \`${r.item}\` on each Claude app`));
      assert.strictEqual(await vscode.env.clipboard.readText(), markdown);
    });
  });
}
