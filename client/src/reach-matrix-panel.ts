/** The workspace reach matrix in a webview panel (one panel, reused; the only script is the route select's). */
import * as crypto from 'crypto';
import * as vscode from 'vscode';
import type { ReachResult, RoutesResult } from '../../server/src/protocol';
import { reachMatrixHtml } from './reach-matrix-html';

export class ReachMatrixPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  /** The HTML last shown (the e2e suite reads it through the extension API). */
  lastHtml = '';

  show(result: ReachResult, title = 'Plugin Lens: Reach Matrix', routes?: RoutesResult): void {
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('pluginLens.reachMatrix', title, vscode.ViewColumn.Active,
        { enableScripts: true, enableFindWidget: true, retainContextWhenHidden: false, localResourceRoots: [] });
      this.panel.onDidDispose(() => { this.panel = undefined; });
    } else {
      this.panel.title = title;
      this.panel.reveal();
    }
    this.lastHtml = reachMatrixHtml(result, this.panel.webview.cspSource, routes, crypto.randomBytes(16).toString('base64'));
    this.panel.webview.html = this.lastHtml;
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
