/**
 * The Routes sidebar, beside Reach: a tree over `pluginLens/routes` (the whole workspace), refreshed with
 * Reach on `pluginLens/itemsChanged`. The shape of the tree lives in routes-model.ts.
 */
import type { RoutesResult } from '../../../server/src/protocol';
import type { NodeModel } from './reach-model';
import { buildRoutesTree } from './routes-model';
import { ServerTreeProvider } from './server-tree';

export const ROUTES_VIEW_ID = 'pluginLens.routes';

export type RoutesSource = () => Promise<RoutesResult>;

export class RoutesTreeProvider extends ServerTreeProvider<RoutesResult> {
  constructor(source: RoutesSource, log: (m: string) => void) {
    super(source, log, 'Routes tree: routes request failed', 'Could not load routes');
  }

  protected build(last: RoutesResult | undefined): NodeModel[] {
    return buildRoutesTree(last);
  }

  protected answered(): void {
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
