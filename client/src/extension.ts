/**
 * Plugin Lens for VS Code: starts the language server, the status bar item, the Reach sidebar and the
 * commands. Everything is disposed through context.subscriptions; deactivate() stops the client.
 */
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import {
  ItemsChangedNotification, ListItemsPartialResult, ListItemsRequest, ReachRequest, RoutesPartialResult, RoutesRequest, StatusNotification, StatusRequest, type StatusResult,
} from '../../server/src/protocol';
import { createLanguageClient } from './language-client';
import { StatusBar } from './status-bar';
import { registerCommands } from './commands';
import { requestWithPartialResults } from './partial-results';
import { ReachTreeProvider, REACH_VIEW_ID } from './views/reach-tree';
import { RoutesTreeProvider, ROUTES_VIEW_ID } from './views/routes-tree';
import { ReachMatrixPanel } from './reach-matrix-panel';
import type { ClientPhase } from './status-format';

/** What activate() returns: lets tests (and other extensions) inspect the tree and the status. */
export interface PluginLensApi {
  readonly reachTree: ReachTreeProvider;
  readonly routesTree: RoutesTreeProvider;
  readonly reachMatrix: ReachMatrixPanel;
  /** Resolves once the first start attempt finished (rejects if the server could not start). */
  readonly ready: Promise<void>;
  client(): LanguageClient | undefined;
  status(): { phase: ClientPhase; status?: StatusResult; text: string };
}

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): PluginLensApi {
  const output = vscode.window.createOutputChannel('Plugin Lens', { log: true });
  const statusBar = new StatusBar();
  const matrix = new ReachMatrixPanel();
  const log = (m: string) => output.appendLine(`[client] ${m}`);
  const lc = createLanguageClient(context, output);
  client = lc;
  // Settles (never rejects) when the latest start attempt is over; set below, after the state handlers.
  const started: { promise?: Promise<void> } = {};
  const tree = new ReachTreeProvider(async () => {
    await started.promise; // the view may ask before the first start finished
    if (!lc.isRunning()) throw new Error('the server is not running');
    // Statuses only: a large workspace's whole cells are hundreds of MB; tooltips fetch one file's cells.
    // Partial results: tens of MB on a large workspace, in chunks that neither side decodes in one block.
    return requestWithPartialResults(lc, ListItemsRequest, ListItemsPartialResult, { cells: 'status' });
  }, log, (uri) => lc.sendRequest(ReachRequest, { uri }), (uris) => lc.sendRequest(ListItemsRequest, { cells: 'status', uris: [...uris] }));
  const view = vscode.window.createTreeView(REACH_VIEW_ID, { treeDataProvider: tree, showCollapseAll: true });
  tree.attach(view);
  const routes = new RoutesTreeProvider(async () => {
    await started.promise;
    if (!lc.isRunning()) throw new Error('the server is not running');
    // Summary: a large workspace's whole routes exceed one JSON string; tooltips fetch one file's routes.
    return requestWithPartialResults(lc, RoutesRequest, RoutesPartialResult, { detail: 'summary' });
  }, log, (uri) => lc.sendRequest(RoutesRequest, { uri }), (uris) => lc.sendRequest(RoutesRequest, { detail: 'summary', uris: [...uris] }));
  const routesView = vscode.window.createTreeView(ROUTES_VIEW_ID, { treeDataProvider: routes, showCollapseAll: true });
  routes.attach(routesView);
  context.subscriptions.push(output, statusBar, matrix, tree, view, routes, routesView);
  void vscode.commands.executeCommand('setContext', 'pluginLens.groupedBySurface', false);
  const showStatus = (s: StatusResult) => {
    statusBar.setStatus(s);
    const problems = s.findings.errors + s.findings.warnings;
    view.badge = problems ? { value: problems, tooltip: `Plugin Lens: ${s.findings.errors} errors, ${s.findings.warnings} warnings` } : undefined;
  };

  context.subscriptions.push(
    lc.onDidChangeState((e) => {
      statusBar.setPhase(e.newState === State.Running ? 'running' : e.newState === State.Starting ? 'starting' : 'stopped');
      if (e.newState === State.Running) void afterStart(lc, showStatus, tree, log).then(() => routes.refresh());
    }),
    // Handlers registered before start() survive restarts.
    lc.onNotification(StatusNotification, showStatus),
    // Routes refresh with Reach: the same validation results feed both.
    // With uris: only those files' items changed; the trees ask for theirs and keep the rest.
    lc.onNotification(ItemsChangedNotification, (p) => { tree.scheduleRefresh(150, p?.uris); routes.scheduleRefresh(150, p?.uris); }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('pluginLens')) { tree.scheduleRefresh(500); routes.scheduleRefresh(500); }
    }),
  );

  const start = async () => {
    try {
      await lc.start();
    } catch (e) {
      statusBar.setPhase('stopped');
      log(`the server failed to start: ${e instanceof Error ? e.message : String(e)}`);
      throw e;
    }
  };
  const settle = (p: Promise<void>) => { started.promise = p.then(() => undefined, () => undefined); return p; };
  const ready = settle(start());
  ready.catch(() => undefined); // reported in the output and the status bar

  context.subscriptions.push(...registerCommands({
    client: () => client,
    restart: async () => {
      await settle(lc.isRunning() ? lc.restart() : start());
    },
    output,
    tree,
    routes,
    matrix,
  }));

  return {
    reachTree: tree,
    routesTree: routes,
    reachMatrix: matrix,
    ready,
    client: () => client,
    status: () => ({ phase: statusBar.phase, status: statusBar.status, text: statusBar.text }),
  };
}

/** After every (re)start: pull the status once and reload the tree. */
async function afterStart(lc: LanguageClient, showStatus: (s: StatusResult) => void, tree: ReachTreeProvider, log: (m: string) => void): Promise<void> {
  try {
    showStatus(await lc.sendRequest(StatusRequest));
  } catch (e) {
    log(`status request failed: ${e instanceof Error ? e.message : String(e)}`);
  }
  await tree.refresh();
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c?.isRunning()) await c.stop();
}
