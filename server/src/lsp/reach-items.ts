/**
 * The sidebar's items with their reach, and the reach hover: the reach engine run over validated files.
 * Items link to their parent through `parentId` (marketplace → plugin → component), as the client's
 * tree expects. Reach is the load stage's result on each ValidateResult: computed once, in validation.
 */
import type { ValidateResult } from '../core/validate';
import type { Workspace } from '../core/workspace';
import type { Positions } from './compact';
import { itemAt, renderReachMarkdown, toProtocolReach, toProtocolStatuses, type ItemReachResult } from '../core/reach';
import { COPY_ROUTE } from '../core/reach/api';
import { getWorkspaceIndex } from '../core/index/index';
import type { FindingCounts, WorkspaceItem } from '../protocol';
import type { ReachHoverProvider } from '../core/features/reach-hover';
import { countFindings, NO_FINDINGS } from './items';
import { drainSteps, eachStep } from '../core/steps';
import { pathToUri } from './uri';

/**
 * A validated file: open ones carry their parse (`positions` is the ParsedFile), scanned ones a line
 * table and the file item computed while their parse existed (see compact.ts).
 */
export interface ValidatedSource { uri: string; path: string; result: ValidateResult; positions?: Positions; item?: WorkspaceItem }

/** Reach results of one validated file: the load stage ran inside validation. */
export function reachOfResult(result: ValidateResult): ItemReachResult[] {
  return result.reach ?? [];
}

/**
 * The reach results `source` lists: a manifest's result also carries the items of files only it names
 * (a root hooks.json, agents listed by path); a file validated in its own right lists those itself, with
 * its findings, so the manifest's copy is left out (else the sidebar shows each such item twice).
 */
export function listedBy(source: ValidatedSource, byPath: ReadonlyMap<string, unknown>): ItemReachResult[] {
  const all = reachOfResult(source.result);
  return all.some((r) => r.item.file !== source.path && byPath.has(r.item.file)) ? all.filter((r) => r.item.file === source.path || !byPath.has(r.item.file)) : all;
}

export interface ReachItemsOptions {
  /** Only the items these files declare (paths); their parent links still point at items of other files. */
  onlyFiles?: ReadonlySet<string>;
  /** Cells with surface and status only (listItems `cells: 'status'`). */
  statusOnly?: boolean;
}

/** Workspace items with reach and parent links, for the files given (open and scanned). */
export function reachItems(sources: readonly ValidatedSource[], ws: Workspace, opts: ReachItemsOptions = {}): WorkspaceItem[] {
  return drainSteps(reachItemsSteps(sources, ws, opts));
}

/** `reachItems` one file a step (the server answers other requests between steps on a large workspace). */
export function* reachItemsSteps(sources: readonly ValidatedSource[], ws: Workspace, opts: ReachItemsOptions = {}): Generator<void, WorkspaceItem[]> {
  const { onlyFiles } = opts;
  const protocolReach = opts.statusOnly ? toProtocolStatuses : toProtocolReach;
  const items: WorkspaceItem[] = [];
  const byPath = new Map<string, ValidatedSource>();
  const pluginIds = new Map<string, string>();
  // Every plugin item's id, also those of files not asked for (`onlyFiles`): components hang under them.
  yield* eachStep(sources, (s) => {
    byPath.set(s.path, s);
    for (const r of reachOfResult(s.result)) if (r.item.kind === 'plugin') pluginIds.set(pluginRootOf(r), idOf(r));
  });
  const index = getWorkspaceIndex(ws);
  const marketplaceOfPlugin = new Map<string, string>();
  for (const m of index.marketplaces) for (const e of m.entries) if (e.pluginRoot) marketplaceOfPlugin.set(e.pluginRoot, `marketplace:${m.path}`);
  yield;
  const pending: Array<{ item: WorkspaceItem; plugin?: string; kind: string }> = [];
  for (const s of sources) {
    let ownUri: string | undefined; // pathToUri of the file, which may differ from how the client spelled s.uri
    for (const r of listedBy(s, byPath)) {
      if (onlyFiles && !onlyFiles.has(r.item.file)) continue;
      const declaring = r.item.file === s.path ? s : byPath.get(r.item.file);
      const positions = declaring?.positions ?? declaring?.result.parsed;
      const id = idOf(r);
      const item: WorkspaceItem = {
        id, kind: r.item.kind, name: r.channel === COPY_ROUTE ? `${r.item.name} (copied into .claude/skills)` : r.item.name,
        uri: r.item.file === s.path ? (ownUri ??= pathToUri(s.path)) : pathToUri(r.item.file), findings: countsInside(s.result, r, s.path), reach: protocolReach(r),
      };
      if (positions) item.range = rangeOf(positions, r.item.range);
      const plugin = r.item.kind === 'plugin' ? undefined : r.item.pluginRoot ?? index.pluginContaining(r.item.file)?.root;
      pending.push({ item, plugin, kind: r.item.kind });
    }
    yield;
  }
  yield* eachStep(pending, (p) => {
    if (p.kind === 'plugin') p.item.parentId = marketplaceOfPlugin.get(pluginRootFromId(p.item.id));
    else if (p.kind !== 'marketplace' && p.plugin) p.item.parentId = pluginIds.get(p.plugin);
    if (p.item.id === p.item.parentId) delete p.item.parentId;
    items.push(p.item);
  });
  return items;
}

/** The reach hover for one open file: the matrix of the item whose name is under the cursor. */
export function reachHover(result: ValidateResult): ReachHoverProvider {
  return ({ item }) => {
    const all = reachOfResult(result);
    const hit = itemAt(all, item.node.offset);
    // A standalone skill has two routes (upload, copy into .claude/skills/): show both matrices.
    return hit ? all.filter((r) => r.item === hit.item).map(renderReachMarkdown).join('\n\n---\n\n') : undefined;
  };
}

function idOf(r: ItemReachResult): string {
  if (r.item.kind === 'plugin') return `plugin:${pluginRootOf(r)}`;
  if (r.item.kind === 'marketplace') return `marketplace:${r.item.file}`;
  // The copy-into-.claude/skills route of a standalone skill is a second row of the same item.
  return `${pathToUri(r.item.file)}#${r.item.kind}:${r.item.name}:${r.item.range.offset}${r.channel === COPY_ROUTE ? `@${COPY_ROUTE}` : ''}`;
}

/** A plugin item is declared by `<root>/.claude-plugin/plugin.json` or a marketplace entry (pluginRoot). */
function pluginRootOf(r: ItemReachResult): string {
  return r.item.pluginRoot ?? r.item.file.replace(/\/\.claude-plugin\/plugin\.json$/, '');
}

function pluginRootFromId(id: string): string {
  return id.slice('plugin:'.length);
}

function rangeOf(positions: Positions, range: { offset: number; length: number }) {
  return { start: positions.positionAt(range.offset), end: positions.positionAt(range.offset + range.length) };
}

/** Findings of the item's own file (file-level items) — the whole file's counts. */
function countsInside(result: ValidateResult, r: ItemReachResult, path: string): FindingCounts {
  return r.item.file === path && result.findings.length ? countFindings(result.findings) : NO_FINDINGS;
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
