// VS Code's own SKILL.md checks (the chat prompt validator) next to Plugin Lens: what turns them off, and the
// hover that says where Plugin Lens knows more. Facts in server/src/core/knowledge/vscode-skill-checks.ts.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { loadExpectations, openFixture, fixtureUri, ours, waitForDiagnostics, hoverText } from './helpers';

const exp = loadExpectations();
const BUILTIN = /Skill name may only contain lowercase letters|should match the folder name/;
const builtin = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter(d => d.source !== exp.source && BUILTIN.test(d.message));

describe("VS Code's own SKILL.md checks", () => {
  it('run on the skill language even with chat.disableAIFeatures, beside Plugin Lens', async () => {
    assert.strictEqual(vscode.workspace.getConfiguration('chat').get('disableAIFeatures'), true, 'the runner sets chat.disableAIFeatures');
    const doc = await openFixture('skills/bad-skill/SKILL.md');
    assert.strictEqual(doc.languageId, 'skill');
    const found = await waitForDiagnostics(doc.uri, () => (builtin(doc.uri).length ? builtin(doc.uri) : undefined), "VS Code's own SKILL.md markers");
    assert.ok(found.some(d => d.severity === vscode.DiagnosticSeverity.Error), 'VS Code rates the upper-case name an error');
    await waitForDiagnostics(doc.uri, () => (ours(doc.uri, exp.source).length ? true : undefined), 'Plugin Lens findings beside them');
  });

  it('say in the name hover where Plugin Lens differs, and which setting turns the built-in check off', async () => {
    const doc = await openFixture('skills/bad-skill/SKILL.md');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(1, 2));
    const text = hoverText(hovers);
    assert.match(text, /VS Code's own SKILL\.md check/);
    assert.match(text, /files\.associations/);
  });

  it('stop when files.associations maps SKILL.md to Markdown; Plugin Lens keeps checking', async () => {
    const files = vscode.workspace.getConfiguration('files');
    await files.update('associations', { '**/SKILL.md': 'markdown' }, vscode.ConfigurationTarget.Global);
    const uri = fixtureUri('skills/Builtin_Check/SKILL.md');
    try {
      const text = (await vscode.workspace.fs.readFile(fixtureUri('skills/bad-skill/SKILL.md')));
      await vscode.workspace.fs.writeFile(uri, text);
      const doc = await openFixture('skills/Builtin_Check/SKILL.md');
      assert.strictEqual(doc.languageId, 'markdown');
      await waitForDiagnostics(doc.uri, () => (ours(doc.uri, exp.source).length ? true : undefined), 'Plugin Lens findings on a markdown SKILL.md');
      // VS Code's validator runs 200 ms after a model opens; give it ten times that to prove it stays away.
      await new Promise(r => setTimeout(r, 2000));
      assert.deepStrictEqual(builtin(doc.uri).map(d => d.message), []);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(fixtureUri('skills/Builtin_Check'), { recursive: true });
      await files.update('associations', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
