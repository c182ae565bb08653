// Minimal language client: forks dist/server.js over IPC, like the real client will.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  client = new LanguageClient('pluginLensDummy', 'Plugin Lens (e2e dummy)',
    { run: { module, transport: TransportKind.ipc }, debug: { module, transport: TransportKind.ipc } },
    { documentSelector: [
      { scheme: 'file', pattern: '**/SKILL.md' },
      { scheme: 'file', pattern: '**/.claude-plugin/plugin.json' },
    ] });
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
