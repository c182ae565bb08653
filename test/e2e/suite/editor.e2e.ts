// Core real-editor checks, driven by the expectation file (see helpers.ts) so the same suite fits the
// real extension and the harness's dummy.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { loadExpectations, openFixture, fixtureUri, ours, codeOf, waitForRules, waitForRuleGone, waitForDiagnostics, hoverText } from './helpers';

const exp = loadExpectations();

describe('Plugin Lens in a real editor', () => {
  it('activates in a Node extension host', async () => {
    const ext = vscode.extensions.getExtension(exp.extensionId);
    assert.ok(ext, `extension ${exp.extensionId} is not loaded; loaded: ${vscode.extensions.all.map(e => e.id).filter(id => !id.startsWith('vscode.')).join(', ')}`);
    await openFixture(exp.files[0].path); // activation is by workspace contents / language, not '*'
    await ext.activate();
    assert.strictEqual(ext.isActive, true);
    assert.strictEqual(typeof process.versions.node, 'string');
    console.log(`    host: vscode ${vscode.version}, app ${vscode.env.appName}, node ${process.version}`);
  });

  for (const f of exp.files) {
    it(`reports ${f.rules.join(', ')} for ${f.path}`, async () => {
      const doc = await openFixture(f.path);
      if (f.languageId) assert.strictEqual(doc.languageId, f.languageId);
      const diags = await waitForRules(doc.uri, exp.source, f.rules);
      for (const rule of f.rules) {
        const d = diags.find(x => codeOf(x) === rule)!;
        assert.ok(d.message.length > 0, `${rule} has an empty message`);
        assert.ok(d.range.start.line < doc.lineCount, `${rule} range is outside the document`);
      }
    });

    if (f.hover) {
      const h = f.hover;
      it(`hovers ${f.path} at ${h.line}:${h.character}`, async () => {
        const doc = await openFixture(f.path);
        await waitForDiagnostics(doc.uri, all => all.some(d => d.source === exp.source) || undefined,
          `any ${exp.source} diagnostic (the server has seen the file)`);
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider',
          doc.uri, new vscode.Position(h.line, h.character));
        const text = hoverText(hovers);
        assert.match(text, new RegExp(h.match), `hover text was: ${JSON.stringify(text)}`);
      });
    }
  }

  if (exp.edit) {
    const e = exp.edit;
    it(`re-validates ${e.path} after an edit and after undoing it`, async () => {
      const doc = await openFixture(e.path);
      const at = doc.getText().indexOf(e.find);
      assert.ok(at >= 0, `"${e.find}" not found in ${e.path}`);
      const range = new vscode.Range(doc.positionAt(at), doc.positionAt(at + e.find.length));
      const broken = new vscode.WorkspaceEdit();
      broken.replace(doc.uri, range, e.replace);
      assert.ok(await vscode.workspace.applyEdit(broken));
      await waitForRules(doc.uri, exp.source, [e.rule]);
      const fixed = new vscode.WorkspaceEdit();
      fixed.replace(doc.uri, new vscode.Range(range.start, doc.positionAt(at + e.replace.length)), e.find);
      assert.ok(await vscode.workspace.applyEdit(fixed));
      await waitForRuleGone(doc.uri, exp.source, e.rule);
      await doc.save();
    });
  }

  if (exp.quickFix) {
    const q = exp.quickFix;
    it(`applies the quick fix for ${q.rule} and the problem goes away`, async () => {
      const doc = await openFixture(q.path);
      const original = doc.getText();
      const diag = (await waitForRules(doc.uri, exp.source, [q.rule])).find(d => codeOf(d) === q.rule)!;
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider',
        doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value);
      const fix = (actions ?? []).find(a => a.title.includes(q.title) && a.edit);
      assert.ok(fix?.edit, `no quick fix titled *${q.title}*; got ${JSON.stringify((actions ?? []).map(a => a.title))}`);
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      await waitForRuleGone(doc.uri, exp.source, q.rule);
      assert.notStrictEqual(doc.getText(), original);
      assert.strictEqual(ours(fixtureUri(q.path), exp.source).some(d => codeOf(d) === q.rule), false);
    });
  }
});
