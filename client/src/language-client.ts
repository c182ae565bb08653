/** Creates the LanguageClient over the bundled server (`dist/server.js`, Node IPC). */
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SETTINGS_SECTION } from '../../server/src/protocol';
import { documentFilters, watcherGlobs } from './file-kinds';
import SERVER_PROCESS from './server-process.json';

/** The client id: `pluginLens.trace.server` is read by vscode-languageclient under this id. */
export const CLIENT_ID = 'pluginLens';

/**
 * Node flags of the server process. Small semi-spaces: validation garbage is short-lived, and with the
 * default 16 MB ones a workspace scan's heap (and RSS) grew to twice what the server holds. A heap that
 * grows by 20% between major collections (V8's default factor is up to 4×): on a 10,000-file workspace the
 * RSS after the scan went from 372 to 241 MB at the same scan time, with no cap a huge workspace could hit
 * (measured by `npm run bench`, rows 5 and 11a). Both live in server-process.json, which the bench reads too.
 */
export const SERVER_NODE_ARGS: string[] = SERVER_PROCESS.nodeArgs;

/**
 * glibc malloc settings of the server process (ignored elsewhere): two arenas instead of one per thread, and
 * a fixed trim threshold (its default value; setting it turns off the dynamic threshold that, once the
 * large buffers of a burst of didOpen messages are freed, keeps that memory in the process for good). With
 * every corpus file open the RSS went from ~153 to ~140 MB with the same heap (`npm run bench`, row 5).
 */
export const SERVER_ENV: Record<string, string> = SERVER_PROCESS.env;

export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: SERVER_NODE_ARGS, env: SERVER_ENV } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_ARGS, '--nolazy', '--inspect=6019'], env: SERVER_ENV } },
  };
  const watchers = watcherGlobs().map((glob) => vscode.workspace.createFileSystemWatcher(glob));
  context.subscriptions.push(...watchers);
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentFilters(),
    synchronize: {
      // Sends didChangeConfiguration on `pluginLens.*` changes; the server then re-pulls per resource.
      configurationSection: SETTINGS_SECTION,
      fileEvents: watchers,
    },
    outputChannel: output,
    traceOutputChannel: output,
    diagnosticPullOptions: { onChange: true, onSave: true },
    markdown: { isTrusted: false, supportHtml: false },
  };
  return new LanguageClient(CLIENT_ID, 'Plugin Lens', serverOptions, clientOptions);
}
