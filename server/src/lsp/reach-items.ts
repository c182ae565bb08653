/**
 * The sidebar's items with their reach, and the reach hover: the reach engine run over validated files.
 * Items link to their parent through `parentId` (marketplace → plugin → component), as the client's
 * tree expects. Reach per file is memoized on its ValidateResult (a new validation makes a new object).
 */
import type { ValidateResult } from '../core/validate';
import type { Workspace } from '../core/workspace';
import type { ResolvedConfig } from '../core/config';
import type { ParsedFile } from '../core/types';
import { reachForFile, manifestFailure, itemAt, renderReachMarkdown, toProtocolReach, type ItemReachResult, type ReachOptions } from '../core/reach';
import { getWorkspaceIndex, type PluginInfo } from '../core/index/index';
import type { FindingCounts, WorkspaceItem } from '../protocol';
import type { ReachHoverProvider } from '../core/features/reach-hover';
import { countFindings } from './items';
import { pathToUri } from './uri';

export interface ValidatedSource { uri: string; path: string; result: ValidateResult }

const MEMO = new WeakMap<ValidateResult, ItemReachResult[]>();

/** Reach results of one validated file (memoized on the result object). */
export function reachOfResult(result: ValidateResult, ws: Workspace, config: ResolvedConfig, opts: ReachOptions): ItemReachResult[] {
  if (!result.parsed) return [];
  let hit = MEMO.get(result);
  if (!hit) {
    try { hit = reachForFile(result.parsed, ws, config, opts); } catch { hit = []; }
    MEMO.set(result, hit);
  }
  return hit;
}

/** A plugin fails to load when its manifest has an error-severity finding (Claude Code refuses it). */
export function pluginFailureFrom(resultOf: (path: string) => ValidateResult | undefined): ReachOptions['pluginFailure'] {
  return (plugin: PluginInfo) => {
    if (!plugin.manifestPath) return undefined;
    const result = resultOf(plugin.manifestPath);
    return result ? manifestFailure(result.findings) : undefined;
  };
}

/** Workspace items with reach and parent links, for the files given (open and scanned). */
export function reachItems(sources: readonly ValidatedSource[], ws: Workspace, config: ResolvedConfig, opts: ReachOptions): WorkspaceItem[] {
  const items: WorkspaceItem[] = [];
  const byPath = new Map(sources.map((s) => [s.path, s]));
  const index = getWorkspaceIndex(ws);
  const pluginIds = new Map<string, string>();
  const marketplaceOfPlugin = new Map<string, string>();
  for (const m of index.marketplaces) for (const e of m.entries) if (e.pluginRoot) marketplaceOfPlugin.set(e.pluginRoot, `marketplace:${m.path}`);
  const pending: Array<{ item: WorkspaceItem; plugin?: string; kind: string }> = [];
  for (const s of sources) {
    for (const r of reachOfResult(s.result, ws, config, opts)) {
      const parsed = r.item.file === s.path ? s.result.parsed : byPath.get(r.item.file)?.result.parsed;
      const id = idOf(r);
      const item: WorkspaceItem = {
        id, kind: r.item.kind, name: r.item.name, uri: pathToUri(r.item.file),
        findings: countsInside(s.result, r, s.path), reach: toProtocolReach(r),
      };
      if (parsed) item.range = rangeOf(parsed, r.item.range);
      const plugin = r.item.kind === 'plugin' ? undefined : r.item.pluginRoot ?? index.pluginContaining(r.item.file)?.root;
      if (r.item.kind === 'plugin') pluginIds.set(pluginRootOf(r), id);
      pending.push({ item, plugin, kind: r.item.kind });
    }
  }
  for (const p of pending) {
    if (p.kind === 'plugin') p.item.parentId = marketplaceOfPlugin.get(pluginRootFromId(p.item.id));
    else if (p.kind !== 'marketplace' && p.plugin) p.item.parentId = pluginIds.get(p.plugin);
    if (p.item.id === p.item.parentId) delete p.item.parentId;
    items.push(p.item);
  }
  return items;
}

/** The reach hover for one open file: the matrix of the item whose name is under the cursor. */
export function reachHover(ws: Workspace, config: ResolvedConfig, opts: ReachOptions, result: ValidateResult): ReachHoverProvider {
  return ({ item }) => {
    const hit = itemAt(reachOfResult(result, ws, config, opts), item.node.offset);
    return hit ? renderReachMarkdown(hit) : undefined;
  };
}

function idOf(r: ItemReachResult): string {
  if (r.item.kind === 'plugin') return `plugin:${pluginRootOf(r)}`;
  if (r.item.kind === 'marketplace') return `marketplace:${r.item.file}`;
  return `${pathToUri(r.item.file)}#${r.item.kind}:${r.item.name}:${r.item.range.offset}`;
}

/** A plugin item is declared by `<root>/.claude-plugin/plugin.json` or a marketplace entry (pluginRoot). */
function pluginRootOf(r: ItemReachResult): string {
  return r.item.pluginRoot ?? r.item.file.replace(/\/\.claude-plugin\/plugin\.json$/, '');
}

function pluginRootFromId(id: string): string {
  return id.slice('plugin:'.length);
}

function rangeOf(parsed: ParsedFile, range: { offset: number; length: number }) {
  return { start: parsed.positionAt(range.offset), end: parsed.positionAt(range.offset + range.length) };
}

/** Findings of the item's own file (file-level items) — the whole file's counts. */
function countsInside(result: ValidateResult, r: ItemReachResult, path: string): FindingCounts {
  return r.item.file === path ? countFindings(result.findings) : { errors: 0, warnings: 0, infos: 0, hints: 0 };
}

const SYMBOL: Record<string, string> = { loads: '✓', 'does-not-load': '✗', conditional: '~', unknown: '?', disputed: '!' };

/** A workspace reach matrix (items × surfaces) as a markdown table, for the matrix preview. */
export function matrixMarkdown(items: readonly WorkspaceItem[]): string {
  const withReach = items.filter((i) => i.reach);
  if (!withReach.length) return '_No items with reach data._';
  const surfaces = withReach[0].reach!.cells.map((c) => c.surface);
  const rows = withReach.map((i) => `| ${i.kind} | ${i.name.replace(/\|/g, '\\|')} | ${i.reach!.cells.map((c) => SYMBOL[c.status] ?? '?').join(' | ')} |`);
  return [
    `| kind | item | ${surfaces.join(' | ')} |`, `|---|---|${surfaces.map(() => ':-:').join('|')}|`, ...rows, '',
    `_✓ loads · ✗ does not load · ~ conditional · ? unknown · ! disputed. Knowledge as of ${withReach[0].reach!.asOf}._`,
  ].join('\n');
}
