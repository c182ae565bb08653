/**
 * The workspace index built in steps before the scan validates files: on a large workspace one
 * `getWorkspaceIndex` call reads every plugin and marketplace at once (hundreds of ms), which would
 * block requests. Each plugin read here is one step; the index then finds them in its cache.
 */
import type { Workspace } from '../core/workspace';
import { getWorkspaceIndex, readMarketplace, readPlugin } from '../core/index/index';
import { dirname } from '../core/paths';

export function* warmIndexSteps(ws: Workspace, files: readonly string[]): Generator<void, void> {
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
