// Editor features beyond diagnostics: completion, fix-all (code action and command), the Reach tree
// through the extension's API, and a settings change re-validating. Data in expected.json.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { loadExpectations, openFixture, codeOf, waitForRules, waitForRuleGone, waitForDiagnostics, activeApi } from './helpers';
import type { NodeModel, NodeSnapshot } from '../../../client/src/views/reach-model';

const exp = loadExpectations();
const FIX_ALL_KIND = 'source.fixAll.pluginLens';

const unquote = (label: string | vscode.CompletionItemLabel) =>
  (typeof label === 'string' ? label : label.label).replace(/^"|"$/g, '');

function describeTree(nodes: readonly NodeSnapshot[], depth = 0): string {
  return nodes.map(n => `${'  '.repeat(depth)}${n.label} [${n.description}]\n${describeTree(n.children, depth + 1)}`).join('');
}

/** Resolves once the tree has not changed for `quietMs` (at most `maxMs` in all). */
function treeQuiet(tree: { onDidChangeTreeData: vscode.Event<unknown> }, quietMs: number, maxMs: number): Promise<void> {
  return new Promise(resolve => {
    const end = setTimeout(done, maxMs);
    let timer = setTimeout(done, quietMs);
    const sub = tree.onDidChangeTreeData(() => { clearTimeout(timer); timer = setTimeout(done, quietMs); });
    function done() { clearTimeout(end); clearTimeout(timer); sub.dispose(); resolve(); }
  });
}

describe('Plugin Lens editor features', () => {
  before(async () => { await activeApi(exp.extensionId); });

  for (const c of exp.completions ?? []) {
    it(`completes ${c.what} in ${c.path} at ${c.line}:${c.character}`, async () => {
      const doc = await openFixture(c.path);
      await waitForDiagnostics(doc.uri, all => all.some(d => d.source === exp.source) || undefined, 'the server has seen the file');
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider',
        doc.uri, new vscode.Position(c.line, c.character));
      const labels = (list?.items ?? []).map(i => unquote(i.label));
      for (const want of c.labels) assert.ok(labels.includes(want), `no completion "${want}"; got ${JSON.stringify(labels.slice(0, 40))}`);
    });
  }

  if (exp.keepsMisspelledKey) {
    const k = exp.keepsMisspelledKey;
    it(`"Fix all" renames ${k.key} to ${k.renamedTo} in ${k.path}, keeping its handlers; the lightbulb still offers the deletion, not preferred`, async () => {
      const doc = await openFixture(k.path);
      const original = doc.getText();
      const diag = (await waitForRules(doc.uri, exp.source, [k.rule])).find(d => codeOf(d) === k.rule && doc.getText(d.range).includes(k.key));
      assert.ok(diag, `no ${k.rule} diagnostic on ${k.key}`);
      const quick = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider',
        doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value);
      const titles = JSON.stringify((quick ?? []).map(a => `${a.title}${a.isPreferred ? ' (preferred)' : ''}`));
      const deletion = (quick ?? []).find(a => a.title.includes(k.deletion) && a.edit);
      assert.ok(deletion, `the lightbulb does not offer *${k.deletion}*; got ${titles}`);
      assert.notStrictEqual(deletion.isPreferred, true, `the deletion must not be preferred; got ${titles}`);
      const rename = (quick ?? []).find(a => a.title.includes(k.renamedTo) && a.edit);
      assert.strictEqual(rename?.isPreferred, true, `the rename should be the preferred fix; got ${titles}`);
      try {
        const whole = new vscode.Range(0, 0, doc.lineCount, 0);
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, whole, FIX_ALL_KIND);
        const fixAll = (actions ?? []).find(a => a.kind?.value === FIX_ALL_KIND && a.edit);
        assert.ok(fixAll?.edit, `no ${FIX_ALL_KIND} action with an edit`);
        assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
        const text = doc.getText();
        assert.ok(!text.includes(`"${k.key}"`), `"${k.key}" is still there:\n${text}`);
        assert.ok(text.includes(`"${k.renamedTo}"`), `"Fix all" did not rename ${k.key}:\n${text}`);
        assert.ok(text.includes(k.kept), `"Fix all" lost the hook's handler (${k.kept}):\n${text}`);
        await waitForRuleGone(doc.uri, exp.source, k.rule);
      } finally {
        // Later tests fix this file again from its original text.
        const edit = new vscode.WorkspaceEdit();
        edit.replace(doc.uri, new vscode.Range(0, 0, doc.lineCount, 0), original);
        await vscode.workspace.applyEdit(edit);
        await doc.save();
      }
    });
  }

  for (const f of exp.fixAll ?? []) {
    it(`fixes all of ${f.rules.join(', ')} in ${f.path} via ${f.via === 'command' ? 'pluginLens.fixAll' : FIX_ALL_KIND}`, async () => {
      const doc = await openFixture(f.path);
      const original = doc.getText();
      await waitForRules(doc.uri, exp.source, f.rules);
      if (f.via === 'command') {
        // The server computes the edit and sends workspace/applyEdit back; the diagnostics show the result.
        await vscode.commands.executeCommand('pluginLens.fixAll', doc.uri);
      } else {
        const whole = new vscode.Range(0, 0, doc.lineCount, 0);
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider',
          doc.uri, whole, FIX_ALL_KIND);
        const fix = (actions ?? []).find(a => a.kind?.value === FIX_ALL_KIND && a.edit);
        assert.ok(fix?.edit, `no ${FIX_ALL_KIND} action with an edit; got ${JSON.stringify((actions ?? []).map(a => `${a.kind?.value}: ${a.title}`))}`);
        assert.ok(await vscode.workspace.applyEdit(fix.edit));
      }
      for (const rule of f.rules) await waitForRuleGone(doc.uri, exp.source, rule);
      assert.notStrictEqual(doc.getText(), original, 'the document did not change');
      await doc.save();
    });
  }

  if (exp.reachTree) {
    const t = exp.reachTree;
    it(`shows the Reach tree: roots ${t.roots.join(', ')}, then ${t.path.join(' → ')}`, async () => {
      const api = await activeApi(exp.extensionId);
      await vscode.commands.executeCommand('pluginLens.refreshReach');
      const roots = await api.reachTree.snapshot();
      const shown = describeTree(roots);
      for (const r of t.roots) assert.ok(roots.some(n => n.label === r), `no root "${r}" in\n${shown}`);
      let level: readonly NodeSnapshot[] = roots;
      for (const label of t.path) {
        const node = level.find(n => n.label === label);
        assert.ok(node, `no "${label}" under ${JSON.stringify(t.path.slice(0, t.path.indexOf(label)))} in\n${shown}`);
        level = node.children;
      }
      assert.strictEqual(api.reachTree.groupedBy, 'item');
    });

    it('fills a Reach item\'s tooltip with its reasons and sources when it shows (the list carries statuses only)', async () => {
      const api = await activeApi(exp.extensionId);
      await vscode.commands.executeCommand('pluginLens.refreshReach');
      const all: NodeModel[] = [];
      const walk = (nodes: readonly NodeModel[]) => { for (const n of nodes) { all.push(n); walk(n.children); } };
      walk(await api.reachTree.getChildren());
      const node = all.find((n) => n.detail);
      assert.ok(node, 'an item with status-only reach cells');
      const text = (i: vscode.TreeItem) => (i.tooltip instanceof vscode.MarkdownString ? i.tooltip.value : String(i.tooltip));
      const before = api.reachTree.getTreeItem(node);
      assert.doesNotMatch(text(before), /\]\(https?:/, 'no source links before the tooltip is resolved');
      const after = await api.reachTree.resolveTreeItem(before, node);
      assert.match(text(after), /\]\(https?:/, 'source links once resolved');
      assert.match(text(after), /\| Why \|/);
    });

    it('updates the Reach tree after a Markdown edit with that file\'s items only, to what a whole refresh shows', async () => {
      const api = await activeApi(exp.extensionId);
      await vscode.commands.executeCommand('workbench.view.extension.pluginLens');
      await vscode.commands.executeCommand('pluginLens.reach.focus'); // shown: changes are fetched, not only marked stale
      const doc = await openFixture('skills/good-skill/SKILL.md');
      // Opening a file, and the passes earlier tests' saves started, refresh the whole tree (their
      // itemsChanged names no file, and a burst with one of those is a whole refresh): wait for quiet.
      await treeQuiet(api.reachTree, 1500, 20000);
      const uri = doc.uri.toString();
      const counts = () => JSON.stringify(api.reachTree.items?.items.filter(i => i.uri === uri).map(i => i.findings));
      const before = counts();
      const original = doc.getText();
      const edit = new vscode.WorkspaceEdit();
      edit.insert(doc.uri, new vscode.Position(1, 0), 'colour: blue\n'); // a field no loader knows: new findings
      assert.ok(await vscode.workspace.applyEdit(edit));
      try {
        const deadline = Date.now() + 20000;
        while (counts() === before) {
          if (Date.now() > deadline) {
            const view = (api.reachTree as unknown as { view?: vscode.TreeView<unknown> }).view;
            const mine = api.reachTree.items?.items.filter(i => i.uri === uri);
            const diags = vscode.languages.getDiagnostics(doc.uri).map(d => codeOf(d));
            throw new Error(`the Reach tree kept the finding counts ${before} for ${uri} (view visible: ${view?.visible}; its items: ${JSON.stringify(mine?.map(i => [i.id, i.findings]))}; diagnostics: ${diags.join(',')})`);
          }
          await new Promise(r => setTimeout(r, 100));
        }
        // At once, before any later whole refresh could replace it: the tree's answer is the server's whole list.
        const merged = JSON.stringify(api.reachTree.items!.items);
        const whole = await api.client()!.sendRequest('pluginLens/listItems', { cells: 'status' }) as { items: unknown[] };
        assert.strictEqual(merged, JSON.stringify(whole.items), 'the merged answer equals the whole list');
      } finally {
        const undo = new vscode.WorkspaceEdit();
        undo.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), original);
        await vscode.workspace.applyEdit(undo);
        await doc.save();
      }
    });

    it(`groups the Reach tree by surface (${t.surfaceRoots.join(', ')} …) and back`, async () => {
      const api = await activeApi(exp.extensionId);
      await vscode.commands.executeCommand('pluginLens.groupBySurface');
      try {
        assert.strictEqual(api.reachTree.groupedBy, 'surface');
        const roots = await api.reachTree.snapshot();
        const shown = describeTree(roots);
        for (const s of t.surfaceRoots) {
          const node = roots.find(n => n.label === s);
          assert.ok(node, `no surface root "${s}" in\n${shown}`);
          assert.ok(node.children.length > 0, `surface "${s}" has no items in\n${shown}`);
        }
      } finally {
        await vscode.commands.executeCommand('pluginLens.groupBySurface');
      }
      assert.strictEqual(api.reachTree.groupedBy, 'item');
    });
  }

  if (exp.setting) {
    const s = exp.setting;
    it(`re-validates when pluginLens.rules turns ${s.rule} off, and again when restored`, async () => {
      const doc = await openFixture(s.path);
      await waitForRules(doc.uri, exp.source, [s.rule]);
      const config = vscode.workspace.getConfiguration('pluginLens', doc.uri);
      const before = config.inspect<Record<string, string>>('rules')?.workspaceValue;
      await config.update('rules', { ...(before ?? {}), [s.rule]: 'off' }, vscode.ConfigurationTarget.Workspace);
      try {
        await waitForRuleGone(doc.uri, exp.source, s.rule);
      } finally {
        await config.update('rules', before, vscode.ConfigurationTarget.Workspace);
      }
      const back = await waitForRules(doc.uri, exp.source, [s.rule]);
      assert.ok(back.some(d => codeOf(d) === s.rule));
    });
  }
});
