// Dummy server: two real-looking checks so the harness has something to assert.
//   SKILL.md: `name` must equal the folder name          -> skill/name-matches-folder
//   .claude-plugin/plugin.json: `name` must be a string  -> plugin/name-type
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, DiagnosticSeverity, Diagnostic, CodeActionKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

const connection = createConnection(ProposedFeatures.all); // --stdio or --node-ipc from argv
const documents = new TextDocuments(TextDocument);
const SOURCE = 'plugin-lens';

connection.onInitialize(() => ({ capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental, hoverProvider: true, codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] } } }));

function check(doc: TextDocument): Diagnostic[] {
  const text = doc.getText();
  const out: Diagnostic[] = [];
  if (doc.uri.endsWith('/SKILL.md')) {
    const m = /^name:[ \t]*(.*)$/m.exec(text);
    const folder = decodeURIComponent(doc.uri.split('/').slice(-2)[0]);
    if (m && m[1].trim() !== folder) {
      const start = doc.positionAt(m.index), end = doc.positionAt(m.index + m[0].length);
      out.push({ range: { start, end }, severity: DiagnosticSeverity.Error, source: SOURCE, code: 'skill/name-matches-folder',
        data: { folder }, message: `Skill name "${m[1].trim()}" must equal its folder name "${folder}"; claude.ai refuses the upload.` });
    }
  } else if (doc.uri.endsWith('/.claude-plugin/plugin.json')) {
    const m = /"name"\s*:\s*([^,\n}]*)/.exec(text);
    if (m && !m[1].trim().startsWith('"')) {
      const off = m.index + m[0].length - m[1].length;
      out.push({ range: { start: doc.positionAt(off), end: doc.positionAt(off + m[1].trimEnd().length) }, severity: DiagnosticSeverity.Error,
        source: SOURCE, code: 'plugin/name-type', message: 'plugin.json "name" must be a string; Claude Code refuses to load the plugin.' });
    }
  }
  return out;
}

documents.onDidChangeContent(e => { void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: check(e.document) }); });
documents.onDidClose(e => { void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }); });
connection.onHover(p => {
  const doc = documents.get(p.textDocument.uri);
  if (!doc) return null;
  const line = doc.getText({ start: { line: p.position.line, character: 0 }, end: { line: p.position.line + 1, character: 0 } });
  const key = /^\s*"?([A-Za-z_-]+)"?\s*:/.exec(line)?.[1];
  if (!key) return null;
  return { contents: { kind: 'markdown', value: `**${key}** (Plugin Lens e2e dummy)\n\n| surface | loads |\n|---|---|\n| claude-code-cli | yes |` } };
});

connection.onCodeAction(p => p.context.diagnostics
  .filter(d => d.code === 'skill/name-matches-folder')
  .map(d => {
    const folder = (d.data as { folder: string }).folder;
    return { title: `Set name to the folder name "${folder}"`, kind: CodeActionKind.QuickFix, diagnostics: [d],
      edit: { changes: { [p.textDocument.uri]: [{ range: d.range, newText: `name: ${folder}` }] } } };
  }));

documents.listen(connection);
connection.listen();
