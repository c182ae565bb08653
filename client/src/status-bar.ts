/** The status bar item: server state, problem count, knowledge as-of date; click opens a small menu. */
import * as vscode from 'vscode';
import type { StatusResult } from '../../server/src/protocol';
import { formatStatus, type ClientPhase } from './status-format';

import { COMMANDS } from './command-ids';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('pluginLens.status', vscode.StatusBarAlignment.Right, 100);
  phase: ClientPhase = 'starting';
  status: StatusResult | undefined;

  constructor() {
    this.item.name = 'Plugin Lens';
    this.item.command = COMMANDS.showStatusMenu;
    this.render();
    this.item.show();
  }

  setPhase(phase: ClientPhase): void {
    this.phase = phase;
    if (phase !== 'running') this.status = undefined;
    this.render();
  }

  setStatus(status: StatusResult): void {
    this.status = status;
    this.render();
  }

  get text(): string {
    return this.item.text;
  }

  private render(): void {
    const view = formatStatus(this.phase, this.status);
    this.item.text = view.text;
    const tooltip = new vscode.MarkdownString(view.tooltip);
    tooltip.supportThemeIcons = true;
    this.item.tooltip = tooltip;
    this.item.backgroundColor = view.background ? new vscode.ThemeColor(`statusBarItem.${view.background}Background`) : undefined;
  }

  dispose(): void {
    this.item.dispose();
  }
}
