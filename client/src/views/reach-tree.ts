/**
 * The Reach sidebar: a tree over `pluginLens/listItems` (never the file system), refreshed on
 * `pluginLens/itemsChanged`. The shape of the tree lives in reach-model.ts.
 */
import * as vscode from 'vscode';
import type { ListItemsResult, ReachResult } from '../../../server/src/protocol';
import { buildTree, detailedTooltip, type Grouping, type NodeModel } from './reach-model';
import { PerFileRequests, ServerTreeProvider, markdownTooltip } from './server-tree';

export const REACH_VIEW_ID = 'pluginLens.reach';

/** Fetches the items; the extension wires this to the language client. */
export type ItemSource = () => Promise<ListItemsResult>;
/** One file's whole reach cells (`pluginLens/reach` with its uri), for tooltips of status-only items. */
export type DetailSource = (uri: string) => Promise<ReachResult>;
/** The items of some files only (`listItems` with `uris`), as the whole list has them. */
export type SomeItemsSource = (uris: readonly string[]) => Promise<ListItemsResult>;

export class ReachTreeProvider extends ServerTreeProvider<ListItemsResult> {
  private grouping: Grouping = 'item';
  /** One file's whole cells per answer. */
  private readonly details: PerFileRequests<ReachResult> | undefined;

  constructor(source: ItemSource, log: (m: string) => void, detailSource?: DetailSource, someSource?: SomeItemsSource) {
    super(source, log, 'Reach tree: listItems failed', 'Could not load items', someSource);
    this.details = detailSource && new PerFileRequests(detailSource, log, 'Reach tree: reach');
  }

  /** The tooltip of a status-only item, from its file's whole cells; the status tooltip stays on failure. */
  async resolveTreeItem(treeItem: vscode.TreeItem, node: NodeModel): Promise<vscode.TreeItem> {
    if (!node.detail || !this.details) return treeItem;
    const full = (await this.details.get(node.detail.item.uri))?.items.find((i) => i.id === node.detail!.item.id)?.reach;
    const text = detailedTooltip(node, full);
    if (text !== undefined) treeItem.tooltip = markdownTooltip(text);
    return treeItem;
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
    this.details?.clear();
    void vscode.commands.executeCommand('setContext', 'pluginLens.scanning', this.last?.scanning ?? false);
    if (this.view) this.view.message = this.last?.scanning && this.last.items.length ? 'Scanning the workspace…' : undefined;
  }

  /** The last answer of the server. */
  get items(): ListItemsResult | undefined {
    return this.last;
  }
}
