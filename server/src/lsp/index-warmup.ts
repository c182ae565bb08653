/**
 * The workspace index built in steps before the scan validates files: on a large workspace one
 * `getWorkspaceIndex` call reads every plugin and marketplace at once (hundreds of ms), which would
 * block requests. Each plugin read here is one step; the index then finds them in its cache.
 */
import type { Workspace } from '../core/workspace';
import { getWorkspaceIndex, readMarketplace, readPlugin } from '../core/index/index';
import { INDEX_MAX_DEPTH, INDEX_SKIP_DIRS } from '../core/index/workspace-index';
import { dirname, join } from '../core/paths';


/**
 * The index's own walk lists every folder again as entries (a symlink is stat'ed): 640 ms in one piece on
 * 20,000 files. Listing them here first, one folder a step, leaves the index a walk over cached lists.
 */
function* listingSteps(ws: Workspace, dir: string, depth: number): Generator<void, void> {
  const list = ws.listDirectory(dir);
  yield;
  for (const e of list ?? []) {
    if (e.isDirectory && e.name !== '.claude-plugin' && !INDEX_SKIP_DIRS.has(e.name) && depth < INDEX_MAX_DEPTH) yield* listingSteps(ws, join(dir, e.name), depth + 1);
  }
}

export function* warmIndexSteps(ws: Workspace, files: readonly string[]): Generator<void, void> {
  yield* listingSteps(ws, ws.root, 0);
  for (const p of files) {
    if (!p.endsWith('/.claude-plugin/plugin.json')) continue;
    readPlugin(ws, dirname(dirname(p)));
    yield;
  }
  for (const p of files) {
    if (!p.endsWith('/.claude-plugin/marketplace.json')) continue;
    const market = readMarketplace(ws, p);
    yield;
    for (const e of market.entries) {
      if (!e.pluginRoot || ws.exists(`${e.pluginRoot}/.claude-plugin/plugin.json`) || !ws.isDirectory(e.pluginRoot)) continue;
      readPlugin(ws, e.pluginRoot, e.entry);
      yield;
    }
  }
  getWorkspaceIndex(ws);
}
