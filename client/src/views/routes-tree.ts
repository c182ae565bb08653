/**
 * The Routes sidebar, beside Reach: a TreeDataProvider fed by `pluginLens/routes` (the whole workspace),
 * refreshed with Reach on `pluginLens/itemsChanged`. The shape of the tree lives in routes-model.ts.
 */
import * as vscode from 'vscode';
import type { RoutesResult } from '../../../server/src/protocol';
import { errorNode, parentIndex, snapshot, type NodeModel, type NodeSnapshot } from './reach-model';
import { buildRoutesTree } from './routes-model';
import { toTreeItem } from './reach-tree';

export const ROUTES_VIEW_ID = 'pluginLens.routes';

export type RoutesSource = () => Promise<RoutesResult>;

export class RoutesTreeProvider implements vscode.TreeDataProvider<NodeModel>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<NodeModel | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: NodeModel[] = [];
  private parents = new Map<string, NodeModel>();
  private last: RoutesResult | undefined;
  private error: string | undefined;
  private pending: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private view: vscode.TreeView<NodeModel> | undefined;

  constructor(private readonly source: RoutesSource, private readonly log: (m: string) => void) {}

  attach(view: vscode.TreeView<NodeModel>): void {
    this.view = view;
  }

  refresh(): Promise<void> {
    if (this.timer) { clearTimeout(this.timer); this.timer = undefined; }
    this.pending = this.fetch();
    return this.pending;
  }

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
      this.log(`Routes tree: routes request failed: ${this.error}`);
    }
    if (this.view) this.view.description = this.last ? `knowledge as of ${this.last.knowledgeAsOf}` : undefined;
    this.roots = this.error && !this.last ? [errorNode('Could not load routes', this.error)] : buildRoutesTree(this.last);
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

  /** The root node of an item (by file URI, and name when given), for reveal and the e2e suite. */
  itemNode(uri: string, name?: string): NodeModel | undefined {
    const items = this.last?.items ?? [];
    const hit = items.find((i) => i.uri === uri && (!name || i.name === name));
    return hit ? this.roots.find((n) => n.id === `routes:${hit.id}`) : undefined;
  }

  /** Plain data of the whole tree (used by the e2e suite through the extension's API). */
  async snapshot(): Promise<NodeSnapshot[]> {
    return snapshot(await this.getChildren());
  }

  get result(): RoutesResult | undefined {
    return this.last;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.changed.dispose();
  }
}
