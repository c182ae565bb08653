/** The workspace reach matrix in a webview panel (one panel, reused; no scripts). */
import * as vscode from 'vscode';
import type { ReachResult } from '../../server/src/protocol';
import { reachMatrixHtml } from './reach-matrix-html';

export class ReachMatrixPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  /** The HTML last shown (the e2e suite reads it through the extension API). */
  lastHtml = '';

  show(result: ReachResult, title = 'Plugin Lens: Reach Matrix'): void {
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('pluginLens.reachMatrix', title, vscode.ViewColumn.Active,
        { enableScripts: false, enableFindWidget: true, retainContextWhenHidden: false });
      this.panel.onDidDispose(() => { this.panel = undefined; });
    } else {
      this.panel.title = title;
      this.panel.reveal();
    }
    this.lastHtml = reachMatrixHtml(result, this.panel.webview.cspSource);
    this.panel.webview.html = this.lastHtml;
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
