/**
 * Distribution routes (issue 16): for every reach item, each channel its kind can be distributed
 * through, side by side. Every route's cells come from the same load model as reach (`reachOnChannel`
 * with the item's attached load effects); the in-use route IS the item's reach (ValidateResult.reach).
 * Member / admin actions and traps come from routes-knowledge.json (routes-data.ts).
 */
import type { Workspace } from '../workspace';
import type { ResolvedConfig } from '../config';
import { SURFACE_IDS, type SurfaceId } from '../surfaces';
import { relative } from '../paths';
import { settingsDeclaredChannels } from './channels';
import { channelAllows, channelInfo } from './knowledge';
import { PLUGIN_CHANNELS, type ReachMatrix } from './engine';
import { reachOnChannel, type ItemReachResult } from './api';
import type { ReachItem } from './items';
import {
  ROUTES_KNOWLEDGE, ROUTES_AS_OF, DATING_NOTE, actionsFor, newestDate, repackageFor, sourceUrls, trapsFor, type TrapRecord,
} from './routes-data';
import type { Route, RouteAction, RouteCell, RouteTrap, RoutesItem, RoutesResult } from '../../protocol';

export type {
  RoutesParams, RoutesResult, RoutesItem, Route, RouteCell, RouteAction, RouteTrap,
} from '../../protocol';
export { ROUTES_AS_OF, DATING_NOTE } from './routes-data';

/** One route of an item in core form: the protocol route plus the matrix it was rendered from (none in a summary). */
export interface RouteView extends Route { matrix?: ReachMatrix }

/** The routes of one item (core form: offsets, absolute path). */
export interface ItemRoutes {
  /** Stable: `${kind}:${file}#${name}` with the file relative to the workspace root (`~2`… for a repeated name in one file). */
  id: string;
  item: ReachItem;
  /** The item's own reach results (one per in-use route), as validation computed them. */
  results: ItemReachResult[];
  routes: RouteView[];
}

/**
 * Routes of the items of the given reach results (one file's or many files'). Results of the same item
 * (a standalone skill's upload and copy routes) are grouped into one item. `summary` (the Routes tree's
 * `detail: 'summary'`): each route's header only, the same channels and flags, with no cells, actions or
 * traps, so the matrix of a route not in use is not computed.
 */
export function routesOf(results: readonly ItemReachResult[], ws: Workspace, config: ResolvedConfig, opts: { summary?: boolean } = {}): ItemRoutes[] {
  const groups = new Map<ReachItem, ItemReachResult[]>();
  for (const r of results) groups.set(r.item, [...(groups.get(r.item) ?? []), r]);
  const out: ItemRoutes[] = [];
  const seen = new Map<string, number>();
  for (const [item, own] of groups) {
    const declared = declaredChannels(item, own[0], ws, config);
    const standalone = !inPluginFamily(item, own);
    const routes = candidateChannels(item, own).map((channel) => {
      const inUse = own.find((r) => r.channel === channel);
      if (opts.summary) return routeHeader(channel, !!inUse, declared.has(channel));
      const matrix = inUse ? inUse.reach : reachOnChannel(item, channel, ws, own[0].load);
      const repackage = inUse || !standalone ? undefined : repackageFor(channel, item.kind);
      return routeView(item, channel, matrix, !!inUse, declared.has(channel), repackage);
    });
    const base = `${item.kind}:${relative(ws.root, item.file)}#${item.name}`;
    // Two identical hook handlers in one file share a name: the later ones get `~2`, `~3` (ids must be unique in a tree).
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    out.push({ id: n === 1 ? base : `${base}~${n}`, item, results: own, routes });
  }
  return out;
}

/**
 * The channels to show, in-use first: a plugin, its marketplace and its components get the plugin
 * family; a standalone item the channels its kind can be distributed through without leaving its
 * shape (those that need repackaging are marked); a frontmatter hook travels with its skill or agent.
 * Only channels the knowledge base has records for this kind are kept.
 */
export function candidateChannels(item: ReachItem, own: readonly ItemReachResult[]): string[] {
  const sets = ROUTES_KNOWLEDGE.routeSets;
  const inUse = own.map((r) => r.channel);
  const set = inUse.includes('frontmatter') ? sets.frontmatter.channels
    : inPluginFamily(item, own) ? sets['plugin-family'].channels
      : sets.standalone[item.kind] ?? [];
  return [...new Set([...inUse, ...set])].filter((c) => channelAllows(c, item.kind));
}

/** A plugin, a marketplace, or an item inside a plugin (or in a plugin channel). */
function inPluginFamily(item: ReachItem, own: readonly ItemReachResult[]): boolean {
  return !!own[0]?.load.plugin || item.kind === 'plugin' || item.kind === 'marketplace' || own.some((r) => PLUGIN_CHANNELS.has(r.channel));
}

/**
 * Channels the author declared for the item: every `.plugin-lens.json` `distribution` / `channels`
 * entry whose glob matches the file (several may share a glob), and for a plugin, its components and
 * its marketplace the repository's committed settings (`repo-declared-plugin`) and a workspace
 * `managed-settings.json` (`managed-plugin`).
 */
export function declaredChannels(item: ReachItem, r: ItemReachResult | undefined, ws: Workspace, config: ResolvedConfig): Set<string> {
  const out = new Set<string>();
  const rel = config.channels.length ? relative(ws.root, item.file) : '';
  for (const o of config.channels) if (o.match(rel) && channelAllows(o.channel, item.kind)) out.add(o.channel);
  // The settings routes come from the same reading channel inference uses (one truth).
  const name = item.kind === 'marketplace' || item.kind === 'plugin' ? item.name : r?.load.plugin?.name;
  if (name) for (const c of settingsDeclaredChannels(ws, item.kind === 'marketplace' ? 'marketplace' : 'plugin', name)) out.add(c);
  return out;
}

function routeHeader(channel: string, inUse: boolean, declared: boolean): RouteView {
  return { channel, channelName: channelName(channel), declared, inUse, surfaces: {} as Route['surfaces'], traps: [] };
}

function channelName(channel: string): string {
  return channelInfo(channel)?.name ?? channel;
}

function routeView(item: ReachItem, channel: string, matrix: ReachMatrix, inUse: boolean, declared: boolean, repackage: string | undefined): RouteView {
  const surfaces = routeCells(matrix, channel, item.kind);
  const route: RouteView = {
    channel, channelName: channelName(channel), declared, inUse, surfaces,
    traps: trapsFor(channel, item.kind, (when) => holds(when, item)).map(toTrap), matrix,
  };
  if (repackage) route.repackage = repackage;
  return route;
}

/**
 * A route's cells: a function of its matrix, channel and kind only. Equal matrices are one object
 * (engine.ts), so the routes of a workspace share their cells too (read-only, like the matrices).
 */
const CELLS = new WeakMap<ReachMatrix, Map<string, Record<SurfaceId, RouteCell>>>();
function routeCells(matrix: ReachMatrix, channel: string, kind: ReachItem['kind']): Record<SurfaceId, RouteCell> {
  let byRoute = CELLS.get(matrix);
  if (!byRoute) CELLS.set(matrix, byRoute = new Map());
  const key = `${channel}\u0000${kind}`;
  const hit = byRoute.get(key);
  if (hit) return hit;
  const surfaces = {} as Record<SurfaceId, RouteCell>;
  for (const s of SURFACE_IDS) {
    const c = matrix[s];
    const cell: RouteCell = {
      status: c.status, reason: c.why,
      // No action makes an item arrive where it does not load.
      actions: c.status === 'does-not-load' ? [] : actionsFor(channel, kind, s).map(toAction),
      sources: c.sources,
    };
    if (c.condition) cell.condition = c.condition;
    surfaces[s] = cell;
  }
  byRoute.set(key, surfaces);
  return surfaces;
}

// One shared (read-only) object per action and trap: a workspace's routes repeat them on every cell.
const ACTIONS = new Map<string, RouteAction>();
const TRAPS = new Map<string, RouteTrap>();

function toAction(a: { id: string; who: 'member' | 'admin'; text: string; sources: string[] }): RouteAction {
  let out = ACTIONS.get(a.id);
  if (!out) ACTIONS.set(a.id, out = { id: a.id, who: a.who, text: a.text, sources: sourceUrls(a.sources), asOf: newestDate(a.sources) });
  return out;
}

function toTrap(t: TrapRecord): RouteTrap {
  let out = TRAPS.get(t.id);
  if (!out) TRAPS.set(t.id, out = { id: t.id, title: t.title, text: t.text, surfaces: [...t.surfaces], sources: sourceUrls(t.sources), asOf: newestDate(t.sources) });
  return out;
}

/** Item predicates of traps (`when`). */
function holds(when: NonNullable<TrapRecord['when']>, item: ReachItem): boolean {
  if (when === 'mcp-server-github') {
    if (item.kind !== 'mcp-server') return false;
    return /github/i.test(item.name) || /github/i.test(JSON.stringify(item.value ?? {}));
  }
  return false;
}

/**
 * The protocol shape: ranges and file names from the adapter (LSP positions, URIs or display paths).
 */
export function toRoutesResult(
  list: readonly ItemRoutes[],
  place: (r: ItemRoutes) => { uri: string; range: RoutesItem['range'] },
): RoutesResult {
  const items: RoutesItem[] = list.map((r) => ({
    id: r.id, kind: r.item.kind, name: r.item.name, ...place(r),
    routes: r.routes.map(({ matrix: _matrix, ...route }) => route),
  }));
  return { knowledgeAsOf: ROUTES_AS_OF, datingNote: DATING_NOTE, items };
}
