/**
 * The Reach sidebar: a tree over `pluginLens/listItems` (never the file system), refreshed on
 * `pluginLens/itemsChanged`. The shape of the tree lives in reach-model.ts.
 */
import * as vscode from 'vscode';
import type { ListItemsResult } from '../../../server/src/protocol';
import { buildTree, type Grouping, type NodeModel } from './reach-model';
import { ServerTreeProvider } from './server-tree';

export const REACH_VIEW_ID = 'pluginLens.reach';

/** Fetches the items; the extension wires this to the language client. */
export type ItemSource = () => Promise<ListItemsResult>;

export class ReachTreeProvider extends ServerTreeProvider<ListItemsResult> {
  private grouping: Grouping = 'item';

  constructor(source: ItemSource, log: (m: string) => void) {
    super(source, log, 'Reach tree: listItems failed', 'Could not load items');
  }

  get groupedBy(): Grouping {
    return this.grouping;
  }

  /** Switch between item and surface grouping (no refetch needed). */
  setGrouping(grouping: Grouping): void {
    this.grouping = grouping;
    void vscode.commands.executeCommand('setContext', 'pluginLens.groupedBySurface', grouping === 'surface');
    if (this.view) this.view.description = grouping === 'surface' ? 'by surface' : undefined;
    this.rebuild();
  }

  protected build(last: ListItemsResult | undefined): NodeModel[] {
    return buildTree(last?.items ?? [], this.grouping);
  }

  protected answered(): void {
    void vscode.commands.executeCommand('setContext', 'pluginLens.scanning', this.last?.scanning ?? false);
    if (this.view) this.view.message = this.last?.scanning && this.last.items.length ? 'Scanning the workspace…' : undefined;
  }

  /** The last answer of the server. */
  get items(): ListItemsResult | undefined {
    return this.last;
  }
}
