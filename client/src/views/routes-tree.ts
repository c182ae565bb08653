/**
 * The Routes sidebar, beside Reach: a tree over `pluginLens/routes` (the whole workspace), refreshed with
 * Reach on `pluginLens/itemsChanged`. The shape of the tree lives in routes-model.ts.
 */
import type { RoutesResult } from '../../../server/src/protocol';
import type { NodeModel } from './reach-model';
import { buildRoutesTree, routesChildren } from './routes-model';
import { PerFileRequests, ServerTreeProvider } from './server-tree';

export const ROUTES_VIEW_ID = 'pluginLens.routes';

export type RoutesSource = () => Promise<RoutesResult>;
/** One file's whole routes (`pluginLens/routes` with its uri): a summary item's children when expanded. */
export type RoutesDetailSource = (uri: string) => Promise<RoutesResult>;
/** The routes of some files' items only (`routes` with `uris`), as the whole answer has them. */
export type SomeRoutesSource = (uris: readonly string[]) => Promise<RoutesResult>;

export class RoutesTreeProvider extends ServerTreeProvider<RoutesResult> {
  /** One file's whole routes per answer. */
  private readonly details: PerFileRequests<RoutesResult> | undefined;

  constructor(source: RoutesSource, log: (m: string) => void, detailSource?: RoutesDetailSource, someSource?: SomeRoutesSource) {
    super(source, log, 'Routes tree: routes request failed', 'Could not load routes', someSource);
    this.details = detailSource && new PerFileRequests(detailSource, log, 'Routes tree: routes');
  }

  /** A summary item's children are built from its file's whole routes the first time it is expanded. */
  async getChildren(element?: NodeModel): Promise<NodeModel[]> {
    if (!element?.childrenFrom || element.children.length || !this.details) return super.getChildren(element);
    const children = routesChildren(element, await this.details.get(element.childrenFrom.uri));
    if (!children) return [];
    element.children = children;
    this.adopt(element);
    return children;
  }

  protected build(last: RoutesResult | undefined): NodeModel[] {
    return buildRoutesTree(last);
  }

  protected answered(): void {
    this.details?.clear();
    if (this.view) this.view.description = this.last ? `knowledge as of ${this.last.knowledgeAsOf}` : undefined;
  }

  /** The root node of an item (by file URI, and name when given), for reveal and the e2e suite. */
  itemNode(uri: string, name?: string): NodeModel | undefined {
    const items = this.last?.items ?? [];
    const hit = items.find((i) => i.uri === uri && (!name || i.name === name));
    return hit ? this.roots.find((n) => n.id === `routes:${hit.id}`) : undefined;
  }

  get result(): RoutesResult | undefined {
    return this.last;
  }
}
