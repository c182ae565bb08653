// Core real-editor checks, driven by expected.json (see helpers.ts): activation, the rules of every file
// kind, field and reach hovers, re-validation after an edit, quick fixes.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { loadExpectations, openFixture, fixtureUri, ours, codeOf, waitForRules, waitForRuleGone, waitForDiagnostics, hoverText } from './helpers';
import { extensionMarks, recordMetric } from './metrics';
import type { PluginLensApi } from '../../../client/src/extension';

const exp = loadExpectations();

describe('Plugin Lens in a real editor', () => {
  it('activates in a Node extension host and starts the server', async () => {
    const t0 = Date.now();
    const ext = vscode.extensions.getExtension<PluginLensApi>(exp.extensionId);
    assert.ok(ext, `extension ${exp.extensionId} is not loaded; loaded: ${vscode.extensions.all.map(e => e.id).filter(id => !id.startsWith('vscode.')).join(', ')}`);
    const api = await ext.activate(); // usually already active: workspaceContains .claude-plugin/plugin.json
    let readyAt: number | undefined;
    const ready = api.ready.then(() => { readyAt = Date.now(); });
    await new Promise(r => setImmediate(r));
    const readyBeforeTest = readyAt !== undefined;
    await ready;
    assert.strictEqual(ext.isActive, true);
    assert.strictEqual(api.status().phase, 'running', `status: ${api.status().text}`);
    const doc = await openFixture(exp.files[0].path);
    await waitForDiagnostics(doc.uri, all => all.some(d => d.source === exp.source) || undefined, 'the first diagnostics');
    // The extension host's own performance marks time the activation even when it happened before the suite.
    const m = extensionMarks(exp.extensionId);
    if (m.willLoad !== undefined && m.didLoad !== undefined) recordMetric('extension code load', `${Math.round(m.didLoad - m.willLoad)} ms`);
    if (m.willActivate !== undefined && m.didActivate !== undefined) {
      recordMetric('activate() (host marks)', `${Math.round(m.didActivate - m.willActivate)} ms`);
      recordMetric('activation start to server ready', readyBeforeTest
        ? `< ${Math.round(t0 - m.willActivate)} ms (ready before the suite started)` : `${Math.round(readyAt! - m.willActivate)} ms`);
    }
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
        const target = typeof d.code === 'object' ? d.code.target : undefined;
        assert.ok(target?.toString().includes(rule), `${rule} has no codeDescription link to its docs`);
      }
    });
  }

  for (const f of exp.files.filter(x => x.hover)) {
    const h = f.hover!;
    it(`hovers ${f.path} at ${h.line}:${h.character} (${h.kind ?? 'field'}: /${h.match}/)`, async () => {
      const doc = await openFixture(f.path);
      await waitForRules(doc.uri, exp.source, f.rules); // the server has validated this version
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider',
        doc.uri, new vscode.Position(h.line, h.character));
      const text = hoverText(hovers);
      assert.match(text, new RegExp(h.match), `hover text was: ${JSON.stringify(text)}`);
      if (h.kind === 'reach') {
        // A reach matrix names the surfaces, not just one: require most of the ten ids or names.
        const ids = ['claude-ai-web', 'claude-desktop-chat', 'claude-mobile', 'cowork', 'claude-code-cli', 'claude-code-desktop',
          'claude-code-ide', 'claude-code-cloud', 'claude-api', 'agent-sdk'];
        const seen = ids.filter(id => text.includes(id));
        assert.ok(seen.length >= 5, `a reach matrix should list the surfaces; found ${JSON.stringify(seen)} in ${JSON.stringify(text)}`);
      }
    });
  }

  if (exp.edit) {
    const e = exp.edit;
    it(`re-validates ${e.path} after an edit and after undoing it`, async () => {
      const doc = await openFixture(e.path);
      const at = doc.getText().indexOf(e.find);
      assert.ok(at >= 0, `"${e.find}" not found in ${e.path}`);
      await waitForDiagnostics(doc.uri, all => all.some(d => d.source === exp.source && codeOf(d) === e.rule) ? undefined : true,
        `no ${e.rule} before the edit`);
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

  for (const q of exp.quickFixes ?? []) {
    it(`applies the quick fix for ${q.rule} in ${q.path} and the problem goes away`, async () => {
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
      await doc.save();
    });
  }
});
