/**
 * What the Reach and Routes sidebars share: a TreeDataProvider over one server answer (never the file
 * system), refetched on demand or after a burst of `pluginLens/itemsChanged` (only while its view shows:
 * see refresh-gate.ts), with an error node when the first answer failed and a parent index for reveal.
 * Subclasses say how the answer becomes nodes.
 */
import * as vscode from 'vscode';
import { errorNode, parentIndex, snapshot, type NodeModel, type NodeSnapshot } from './reach-model';
import { RefreshGate } from './refresh-gate';
import { mergeByUri } from './merge-by-uri';

/** A server answer the trees show: items with the file URI each belongs to, sorted by it first. */
export interface ItemsAnswer { items: ReadonlyArray<{ uri: string }> }

export abstract class ServerTreeProvider<T extends ItemsAnswer> implements vscode.TreeDataProvider<NodeModel>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<NodeModel | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  protected roots: NodeModel[] = [];
  private parents = new Map<string, NodeModel>();
  protected last: T | undefined;
  /** Last fetch error, shown as a node and in the output. */
  private error: string | undefined;
  private pending: Promise<void> | undefined;
  private readonly gate = new RefreshGate((uris) => this.fetchNow(uris), () => this.view?.visible ?? true);
  private visibility: vscode.Disposable | undefined;
  protected view: vscode.TreeView<NodeModel> | undefined;

  /**
   * `failure`: the log line's start when the request fails; `errorLabel`: the error node's label;
   * `someSource`: the answer for some files only (`uris`), merged into the last one when an itemsChanged
   * names its files (else every change refetches all).
   */
  constructor(
    private readonly source: () => Promise<T>, private readonly log: (m: string) => void,
    private readonly failure: string, private readonly errorLabel: string, private readonly someSource?: (uris: readonly string[]) => Promise<T>,
  ) {}

  /** The nodes of an answer (the last one, or undefined when there is none yet). */
  protected abstract build(last: T | undefined): NodeModel[];

  /** Called after each answer, before the tree is rebuilt (view messages, context keys). */
  protected answered(): void {}

  /** The view showing this provider. */
  attach(view: vscode.TreeView<NodeModel>): void {
    this.view = view;
    this.visibility?.dispose();
    this.visibility = view.onDidChangeVisibility((e) => { void this.gate.visibilityChanged(e.visible); });
  }

  /** Re-request now; resolves when the tree has the new data. */
  refresh(): Promise<void> {
    return this.gate.now();
  }

  /** One fetch at a time, in order: a slower earlier answer never replaces a later one. */
  private fetchNow(uris?: readonly string[]): Promise<void> {
    const run = () => this.fetch(uris);
    this.pending = (this.pending ?? Promise.resolve()).then(run, run);
    return this.pending;
  }

  /**
   * Coalesce bursts of itemsChanged notifications (a save can touch several files); `uris`: the files the
   * notification names (only their items changed). Hidden: only mark the answer stale.
   */
  scheduleRefresh(delayMs = 150, uris?: readonly string[]): void {
    this.gate.schedule(delayMs, this.someSource ? uris : undefined);
  }

  private async fetch(uris?: readonly string[]): Promise<void> {
    try {
      const merged = uris && this.last && this.someSource ? await this.merged(this.last, uris, this.someSource) : undefined;
      this.last = merged ?? await this.source();
      this.error = undefined;
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
      this.log(`${this.failure}: ${this.error}`);
    }
    this.answered();
    this.rebuild();
  }

  /** The last answer with those files' fresh items in place; undefined when only a whole refetch can say. */
  private async merged(last: T, uris: readonly string[], someSource: (uris: readonly string[]) => Promise<T>): Promise<T | undefined> {
    const fresh = await someSource(uris);
    const items = mergeByUri(last.items, uris, fresh.items);
    return items && { ...fresh, items };
  }

  protected rebuild(): void {
    this.roots = this.error && !this.last ? [errorNode(this.errorLabel, this.error)] : this.build(this.last);
    this.parents = parentIndex(this.roots);
    this.changed.fire(undefined);
  }

  async getChildren(element?: NodeModel): Promise<NodeModel[]> {
    if (element) return element.children;
    // Stale: changes came while the view was hidden (anyone asking for the roots gets the current answer).
    if (this.gate.isStale) await this.refresh();
    else if (!this.last && !this.error) await (this.pending ?? this.refresh());
    return this.roots;
  }

  /** Index children built after the tree (an expanded node's fetched children) for getParent. */
  protected adopt(parent: NodeModel): void {
    for (const [id, p] of parentIndex([parent])) this.parents.set(id, p);
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

  dispose(): void {
    this.gate.dispose();
    this.visibility?.dispose();
    this.changed.dispose();
  }
}

/**
 * One request per file for the current answer (a tooltip's or an expanded node's detail), shared by the
 * callers asking meanwhile; cleared when a new answer arrives. A failure is logged and asked again next time.
 */
export class PerFileRequests<D> {
  private readonly pending = new Map<string, Promise<D | undefined>>();

  constructor(private readonly request: (uri: string) => Promise<D>, private readonly log: (m: string) => void, private readonly what: string) {}

  get(uri: string): Promise<D | undefined> {
    let hit = this.pending.get(uri);
    if (!hit) {
      hit = this.request(uri).then((r) => r, (e: unknown) => {
        this.pending.delete(uri);
        this.log(`${this.what} of ${uri} failed: ${e instanceof Error ? e.message : String(e)}`);
        return undefined;
      });
      this.pending.set(uri, hit);
    }
    return hit;
  }

  clear(): void {
    this.pending.clear();
  }
}

/** A node's markdown tooltip (theme icons allowed). */
export function markdownTooltip(text: string): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString(text);
  tooltip.supportThemeIcons = true;
  return tooltip;
}

/** A model node as a TreeItem (shared by the Reach and Routes views). */
export function toTreeItem(node: NodeModel): vscode.TreeItem {
  const state = node.children.length === 0 && !node.childrenFrom ? vscode.TreeItemCollapsibleState.None
    : node.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
  const item = new vscode.TreeItem(node.label, state);
  item.id = node.id;
  item.description = node.description;
  item.tooltip = markdownTooltip(node.tooltip);
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
