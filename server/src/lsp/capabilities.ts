/** What the server announces at initialize, and the files it asks the client to watch. */
import { CodeActionKind, TextDocumentSyncKind, type ServerCapabilities } from 'vscode-languageserver';
import { FIX_ALL_KIND } from '../core/features/code-actions';
import { ServerCommands } from '../protocol';
import { CONFIG_FILE } from './workspace-state';

/** `pull`: the client pulls diagnostics (textDocument/diagnostic and workspace/diagnostic). */
export function serverCapabilities(pull: boolean): ServerCapabilities {
  return {
    textDocumentSync: TextDocumentSyncKind.Incremental,
    hoverProvider: true,
    completionProvider: { triggerCharacters: ['"', ':'] },
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.Refactor, FIX_ALL_KIND] },
    executeCommandProvider: { commands: [ServerCommands.fixAll] },
    ...(pull ? { diagnosticProvider: { identifier: 'plugin-lens', interFileDependencies: true, workspaceDiagnostics: true } } : {}),
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
  };
}

/** Watched through the client (dynamic registration): Markdown and JSON files, and the config. */
export const WATCHERS = [{ globPattern: '**/*.{md,MD,json}' }, { globPattern: `**/${CONFIG_FILE}` }];
