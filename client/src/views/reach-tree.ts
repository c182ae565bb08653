/**
 * The Reach sidebar: a TreeDataProvider fed by `pluginLens/listItems` (never the file system),
 * refreshed on `pluginLens/itemsChanged`. The shape of the tree lives in reach-model.ts.
 */
import * as vscode from 'vscode';
import type { ListItemsResult } from '../../../server/src/protocol';
import { buildTree, errorNode, parentIndex, snapshot, type Grouping, type NodeModel, type NodeSnapshot } from './reach-model';

export const REACH_VIEW_ID = 'pluginLens.reach';

/** Fetches the items; the extension wires this to the language client. */
export type ItemSource = () => Promise<ListItemsResult>;

export class ReachTreeProvider implements vscode.TreeDataProvider<NodeModel>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<NodeModel | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: NodeModel[] = [];
  private parents = new Map<string, NodeModel>();
  private last: ListItemsResult | undefined;
  private pending: Promise<void> | undefined;
  private grouping: Grouping = 'item';
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Last fetch error, shown as a node and in the output. */
  private error: string | undefined;
  private view: vscode.TreeView<NodeModel> | undefined;

  constructor(private readonly source: ItemSource, private readonly log: (m: string) => void) {}

  /** The view showing this provider: gets a description for the grouping and a scanning message. */
  attach(view: vscode.TreeView<NodeModel>): void {
    this.view = view;
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

  /** Re-request the items now; resolves when the tree has the new data. */
  refresh(): Promise<void> {
    if (this.timer) { clearTimeout(this.timer); this.timer = undefined; }
    this.pending = this.fetch();
    return this.pending;
  }

  /** Coalesce bursts of itemsChanged notifications (a save can touch several files). */
  scheduleRefresh(delayMs = 150): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => { this.timer = undefined; void this.refresh(); }, delayMs);
  }

  private async fetch(): Promise<void> {
    try {
      this.last = await this.source();
      this.error = undefined;
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
      this.log(`Reach tree: listItems failed: ${this.error}`);
    }
    void vscode.commands.executeCommand('setContext', 'pluginLens.scanning', this.last?.scanning ?? false);
    if (this.view) this.view.message = this.last?.scanning && this.last.items.length ? 'Scanning the workspace…' : undefined;
    this.rebuild();
  }

  private rebuild(): void {
    this.roots = this.error && !this.last ? [errorNode('Could not load items', this.error)] : buildTree(this.last?.items ?? [], this.grouping);
    this.parents = parentIndex(this.roots);
    this.changed.fire(undefined);
  }

  async getChildren(element?: NodeModel): Promise<NodeModel[]> {
    if (element) return element.children;
    if (!this.last && !this.error) await (this.pending ?? this.refresh());
    return this.roots;
  }

  getParent(element: NodeModel): NodeModel | undefined {
    return this.parents.get(element.id);
  }

  getTreeItem(node: NodeModel): vscode.TreeItem {
    return toTreeItem(node);
  }

  /** Plain data of the whole tree (used by the e2e suite through the extension's API). */
  async snapshot(): Promise<NodeSnapshot[]> {
    return snapshot(await this.getChildren());
  }

  /** The last answer of the server. */
  get items(): ListItemsResult | undefined {
    return this.last;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.changed.dispose();
  }
}

/** A model node as a TreeItem (shared by the Reach and Routes views). */
export function toTreeItem(node: NodeModel): vscode.TreeItem {
  const state = node.children.length === 0 ? vscode.TreeItemCollapsibleState.None
    : node.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
  const item = new vscode.TreeItem(node.label, state);
  item.id = node.id;
  item.description = node.description;
  const tooltip = new vscode.MarkdownString(node.tooltip);
  tooltip.supportThemeIcons = true;
  item.tooltip = tooltip;
  item.iconPath = new vscode.ThemeIcon(node.icon, node.iconColor ? new vscode.ThemeColor(node.iconColor) : undefined);
  item.contextValue = node.contextValue;
  if (node.open) {
    const uri = vscode.Uri.parse(node.open.uri);
    item.resourceUri = uri;
    const r = node.open.range;
    const selection = r ? new vscode.Range(r.start.line, r.start.character, r.start.line, r.start.character) : undefined;
    item.command = { command: 'vscode.open', title: 'Open', arguments: [uri, { selection, preview: true }] };
  }
  return item;
}
