/** The extension's commands. Each one is registered once; the client they talk to may restart. */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { ListRulesRequest, ReachRequest, RoutesRequest, ServerCommands, type ReachResult, type RoutesResult, type RuleInfo } from '../../server/src/protocol';
import type { NodeModel } from './views/reach-model';
import type { ReachTreeProvider } from './views/reach-tree';
import type { RoutesTreeProvider } from './views/routes-tree';
import type { ReachMatrixPanel } from './reach-matrix-panel';
import { matrixIsCut } from './reach-matrix-html';
import { COMMANDS } from './command-ids';

export { COMMANDS };

export interface CommandDeps {
  client(): LanguageClient | undefined;
  restart(): Promise<void>;
  output: vscode.OutputChannel;
  tree: ReachTreeProvider;
  routes: RoutesTreeProvider;
  matrix: ReachMatrixPanel;
}

function running(deps: CommandDeps): LanguageClient {
  const client = deps.client();
  if (!client?.isRunning()) throw new Error('The Plugin Lens server is not running. Run "Plugin Lens: Restart Server".');
  return client;
}

/** Wraps a command so failures are shown, logged, and do not reject into the command palette. */
function safe<A extends unknown[], R>(deps: CommandDeps, fn: (...args: A) => Promise<R>) {
  return async (...args: A): Promise<R | undefined> => {
    try {
      return await fn(...args);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      deps.output.appendLine(`[command] ${message}`);
      void vscode.window.showErrorMessage(`Plugin Lens: ${message}`);
      return undefined;
    }
  };
}

async function openRuleDocs(deps: CommandDeps, ruleId?: string, url?: string): Promise<string | undefined> {
  let rule: Pick<RuleInfo, 'id' | 'docsUrl'> | undefined = ruleId && url ? { id: ruleId, docsUrl: url } : undefined;
  if (!rule) {
    const rules = await running(deps).sendRequest(ListRulesRequest);
    rule = ruleId ? rules.find((r) => r.id === ruleId) : await pickRule(rules);
    if (!rule) return undefined;
  }
  await vscode.env.openExternal(vscode.Uri.parse(rule.docsUrl));
  return rule.id;
}

async function pickRule(rules: RuleInfo[]): Promise<RuleInfo | undefined> {
  const picked = await vscode.window.showQuickPick(
    rules.map((r) => ({ label: r.id, description: `${r.defaultSeverity}${r.fixable ? ' · fixable' : ''}`, detail: r.description, rule: r })),
    { placeHolder: `${rules.length} rules — pick one to open its documentation`, matchOnDescription: true, matchOnDetail: true },
  );
  return picked?.rule;
}

/** Target of a file command: an explicit URI (or tree node), else the active editor. */
function targetUri(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  if (typeof arg === 'string') return vscode.Uri.parse(arg);
  const node = arg as NodeModel | undefined;
  if (node?.open?.uri) return vscode.Uri.parse(node.open.uri);
  return vscode.window.activeTextEditor?.document.uri;
}

async function fixAll(deps: CommandDeps, arg?: unknown): Promise<void> {
  const uri = targetUri(arg);
  if (!uri) throw new Error('Open a file to fix.');
  await running(deps).sendRequest(ExecuteCommandRequest.type, { command: ServerCommands.fixAll, arguments: [uri.toString()] });
}

/** Rows of the whole workspace's matrix: a webview cannot show a 20,000-file workspace's 40,000 rows (~10 KB each with reasons and sources). */
export const MATRIX_ROW_LIMIT = 1000;

async function showReachMatrix(deps: CommandDeps, arg?: unknown): Promise<ReachResult> {
  // From the tree's context menu the argument is a node: show that item's file only.
  const node = arg as NodeModel | undefined;
  const uri = node?.open?.uri ?? (arg instanceof vscode.Uri ? arg.toString() : undefined);
  const client = running(deps);
  // The route select; the matrix still shows reach when the routes request fails.
  const routesOf = (params: { uri?: string }) => client.sendRequest(RoutesRequest, params).then((r) => r, (e: unknown) => {
    deps.output.appendLine(`[command] routes request failed: ${e instanceof Error ? e.message : String(e)}`);
    return undefined;
  });
  let result: ReachResult;
  let routes: RoutesResult | undefined;
  if (uri) {
    [result, routes] = await Promise.all([client.sendRequest(ReachRequest, { uri }), routesOf({ uri })]);
  } else {
    result = await client.sendRequest(ReachRequest, { limit: MATRIX_ROW_LIMIT });
    // A cut matrix goes without routes: the whole workspace's routes are the largest answer of all.
    if (!matrixIsCut(result)) routes = await routesOf({});
  }
  deps.matrix.show(result, uri ? `Reach: ${node?.label ?? vscode.Uri.parse(uri).path.split('/').pop()}` : 'Plugin Lens: Reach Matrix', routes);
  return result;
}

/** The server's markdown routes of one item's file (a Routes node) or the active file, on the clipboard. */
async function copyRoutesMarkdown(deps: CommandDeps, arg?: unknown): Promise<string | undefined> {
  const uri = targetUri(arg);
  if (!uri) throw new Error('Open a file, or use the Routes view, to copy its routes.');
  const result: RoutesResult = await running(deps).sendRequest(RoutesRequest, { uri: uri.toString(), format: 'markdown' });
  if (!result.markdown || !result.items.length) {
    void vscode.window.showInformationMessage('Plugin Lens: this file declares no item with distribution routes.');
    return undefined;
  }
  await vscode.env.clipboard.writeText(result.markdown);
  void vscode.window.showInformationMessage(`Plugin Lens: copied the routes of ${result.items.map((i) => i.name).join(', ')} as markdown.`);
  return result.markdown;
}

async function statusMenu(): Promise<void> {
  const options = [
    { label: '$(output) Show Output', command: COMMANDS.showOutput },
    { label: '$(book) Show Rules…', command: COMMANDS.openRuleDocs },
    { label: '$(table) Show Reach Matrix', command: COMMANDS.showReachMatrix },
    { label: '$(debug-restart) Restart Server', command: COMMANDS.restartServer },
  ];
  const picked = await vscode.window.showQuickPick(options, { placeHolder: 'Plugin Lens' });
  if (picked) await vscode.commands.executeCommand(picked.command);
}

export function registerCommands(deps: CommandDeps): vscode.Disposable[] {
  const reg = (id: string, fn: (...args: never[]) => unknown) => vscode.commands.registerCommand(id, fn as (...args: unknown[]) => unknown);
  return [
    reg(COMMANDS.restartServer, safe(deps, () => deps.restart())),
    reg(COMMANDS.showOutput, () => deps.output.show(true)),
    reg(COMMANDS.openRuleDocs, safe(deps, (ruleId?: string, url?: string) => openRuleDocs(deps, ruleId, url))),
    reg(COMMANDS.fixAll, safe(deps, (arg?: unknown) => fixAll(deps, arg))),
    reg(COMMANDS.showReachMatrix, safe(deps, (arg?: unknown) => showReachMatrix(deps, arg))),
    reg(COMMANDS.groupBySurface, () => deps.tree.setGrouping(deps.tree.groupedBy === 'surface' ? 'item' : 'surface')),
    reg(COMMANDS.groupByItem, () => deps.tree.setGrouping('item')),
    reg(COMMANDS.refreshReach, () => Promise.all([deps.tree.refresh(), deps.routes.refresh()])),
    reg(COMMANDS.refreshRoutes, () => deps.routes.refresh()),
    reg(COMMANDS.copyRoutesMarkdown, safe(deps, (arg?: unknown) => copyRoutesMarkdown(deps, arg))),
    reg(COMMANDS.showStatusMenu, safe(deps, statusMenu)),
  ];
}
