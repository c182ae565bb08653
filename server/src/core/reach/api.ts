/**
 * Reach for the items of one file: collect items, infer each channel, compute the matrix. This is what
 * the CLI, the reach rules, the hover provider and the sidebar call.
 */
import type { Finding, ParsedFile } from '../types';
import type { Workspace } from '../workspace';
import type { ResolvedConfig } from '../config';
import { SURFACE_IDS, type SurfaceId } from '../surfaces';
import { dirname, join } from '../paths';
import { declaredSettings } from '../settings/declared-snapshot';
import { SnapshotMemo } from '../index/index-memo';
import { collectItems } from './collect';
import { inferChannel, type ChannelOptions } from './channels';
import { computeReach, type AttachedEffect, type ReachCell, type ReachMatrix } from './engine';
import { effectOf } from '../load/effect';
import { itemsOfEffect, scopeIndex, type ScopeIndex } from '../load/attach';
import { recordFor, type ReachStatus } from './knowledge';
import type { ReachItem } from './items';
import type { PluginInfo } from '../index/index';
import { PLUGIN_CHANNELS } from './engine';

export interface ReachOptions extends ChannelOptions {
  /** The user's declared claude.ai plan; `account-*` component rules apply only when set. */
  plan?: string;
  /**
   * Why Claude Code refuses to load a plugin (its manifest has load errors), if it does. The engine can't
   * validate a manifest itself (the reach rules run inside validation), so hosts that can inject this.
   */
  pluginFailure?: (plugin: PluginInfo) => string | undefined;
  /**
   * The findings of a file (before the reach rules), whose load effects decide the cells: the load
   * stage. Without it reach is the channel knowledge and the component rules only.
   */
  findingsOf?: (path: string) => readonly Finding[];
}

/**
 * Why Claude Code refuses a plugin, from its manifest's findings: the first error that is not itself a
 * reach finding. Shared by the CLI and the server so both judge a failing plugin the same way.
 */
export function manifestFailure(findings: readonly Finding[]): string | undefined {
  const err = findings.find((f) => f.severity === 'error' && !f.ruleId.startsWith('reach/'));
  return err ? `${err.message} (plugin.json line ${err.range.start.line + 1}, ${err.ruleId}).` : undefined;
}

export interface ItemReachResult {
  item: ReachItem;
  channel: string;
  /** `location` or `override:<glob>`. */
  channelVia: string;
  reach: ReachMatrix;
  /** Configuration problems met while resolving this item (e.g. an override to a channel that can't carry it). */
  problems: string[];
  /** What the load model used besides the channel, so another route of the item is computed the same way (routes.ts). */
  load: ItemLoadContext;
}

/** The inputs of `computeReach` other than the channel: the item's plugin, its attached load effects, the plugin's failure. */
export interface ItemLoadContext {
  plugin?: PluginInfo;
  effects: readonly AttachedEffect[];
  /** Why Claude Code refuses the item's plugin, if it does (applies on plugin channels only). */
  pluginFailure?: string;
  plan?: string;
  home?: string;
}

/** Reach of every item a parsed file declares (items no Claude product reads from this location are left out). */
export function reachForFile(file: ParsedFile, ws: Workspace, config: ResolvedConfig, opts: ReachOptions = {}): ItemReachResult[] {
  const out: ItemReachResult[] = [];
  const items = collectItems(file, ws).filter((item) => !isSkillResource(item, ws));
  const effects = opts.findingsOf ? attachEffects(items, opts.findingsOf) : new Map<ReachItem, AttachedEffect[]>();
  // The items of one file mostly share a plugin: judge its manifest once.
  const failures = new Map<PluginInfo, string | undefined>();
  const judge = opts.pluginFailure;
  const itemOpts: ReachOptions = judge ? {
    ...opts,
    pluginFailure: (p) => { if (!failures.has(p)) failures.set(p, judge(p)); return failures.get(p); },
  } : opts;
  for (const item of items) {
    for (const r of reachOfItem(item, ws, config, itemOpts, effects.get(item))) out.push(r);
  }
  return out;
}

/**
 * `agents/*.md`, `commands/*.md` inside a skill folder are files the skill reads, not components
 * (EXPECTATIONS 4.2): they are no item of any surface.
 */
function isSkillResource(item: ReachItem, ws: Workspace): boolean {
  if (item.kind !== 'agent' && item.kind !== 'command' && item.kind !== 'output-style') return false;
  let dir = dirname(dirname(item.file));
  for (let i = 0; i < 4 && dir.length > ws.root.length; i++) {
    const folder = dir;
    if (SKILL_FOLDERS.get(ws, folder, () => ws.exists(join(folder, 'SKILL.md')))) return true;
    dir = dirname(dir);
  }
  return false;
}

/** Whether a folder holds a SKILL.md, per workspace snapshot: the components of one plugin share their ancestors. */
const SKILL_FOLDERS = new SnapshotMemo<boolean>();

/**
 * The reach of one item on each of its routes: usually one channel; a standalone skill folder has two
 * (uploaded to claude.ai, or copied into `.claude/skills/`), so an upload-only refusal never reads as
 * "does not load in Claude Code" and a Claude Code-only field never hides the upload problem.
 */
export function reachOfItem(item: ReachItem, ws: Workspace, config: ResolvedConfig, opts: ReachOptions = {}, effects: readonly AttachedEffect[] = []): ItemReachResult[] {
  const ch = inferChannel(item, ws, config, opts);
  if (!ch.channel) return [];
  const pluginFailure = opts.pluginFailure && ch.plugin ? opts.pluginFailure(ch.plugin) : undefined;
  const all = opts.findingsOf ? [...effects, ...declaringEffects(item, ch.channel, ch.plugin, ws, opts.findingsOf)] : effects;
  const load: ItemLoadContext = { plugin: ch.plugin, effects: all, pluginFailure, plan: opts.plan, home: opts.home };
  const channels = ch.channel === 'skill-upload' && ch.via === 'location' ? ['skill-upload', COPY_ROUTE] : [ch.channel];
  return channels.map((channel) => ({
    item, channel, channelVia: ch.via, reach: reachOnChannel(item, channel, ws, load),
    problems: ch.problem ? [ch.problem] : [], load,
  }));
}

/** The item's reach if it were distributed through `channel`: the same load model as its own route. */
export function reachOnChannel(item: ReachItem, channel: string, ws: Workspace, load: ItemLoadContext): ReachMatrix {
  const failure = PLUGIN_CHANNELS.has(channel) ? load.pluginFailure : undefined;
  return computeReach({ item, channel, plugin: load.plugin, ws, plan: load.plan, home: load.home }, failure, load.effects);
}

/**
 * A plugin (and its components, or a marketplace) that settings declare is judged by the load effects of
 * those settings' findings about it too: an unregistered or refused marketplace, an entry the marketplace
 * does not list. The settings findings carry `data.plugin` / `data.marketplace`; the settings module
 * decides which files declare the route (one truth with channels.ts).
 */
function declaringEffects(item: ReachItem, channel: string, plugin: PluginInfo | undefined, ws: Workspace, findingsOf: (path: string) => readonly Finding[]): AttachedEffect[] {
  if (channel !== 'repo-declared-plugin' && channel !== 'managed-plugin') return [];
  const declared = declaredSettings(ws);
  const files = channel === 'managed-plugin' ? declared.files.managed : declared.files.repo;
  const pluginName = item.kind === 'marketplace' ? undefined : plugin?.name;
  const marketplaces = new Set<string>();
  if (item.kind === 'marketplace') marketplaces.add(item.name);
  const out: AttachedEffect[] = [];
  for (const file of files) {
    if (!declared.present.has(file)) continue;
    if (pluginName) for (const d of declared.pluginsIn(file)) if (d.plugin === pluginName) marketplaces.add(d.marketplace);
    for (const finding of findingsOf(file)) {
      const e = effectOf(finding);
      const data = finding.data as { plugin?: unknown; marketplace?: unknown } | undefined;
      if (!e || e.everyItemOfKind || !data || typeof data.marketplace !== 'string' || !marketplaces.has(data.marketplace)) continue;
      if (data.plugin !== undefined && data.plugin !== pluginName) continue;
      out.push({ finding, effect: e, file });
    }
  }
  return out;
}

/** The second route of a standalone skill folder: copied into a project's `.claude/skills/`. */
export const COPY_ROUTE = 'claude-code-project';

/** Each item's findings with a load effect, from the findings of the file that declares it (load/attach). */
function attachEffects(items: readonly ReachItem[], findingsOf: (path: string) => readonly Finding[]): Map<ReachItem, AttachedEffect[]> {
  const out = new Map<ReachItem, AttachedEffect[]>();
  const byFile = new Map<string, ReachItem[]>();
  for (const it of items) {
    const list = byFile.get(it.file);
    if (list) list.push(it); else byFile.set(it.file, [it]);
  }
  for (const [path, list] of byFile) {
    let scoped: ScopeIndex<{ item: ReachItem; kind: ReachItem['kind']; scope: ReachItem['range'][] }> | undefined;
    for (const finding of findingsOf(path)) {
      const e = effectOf(finding);
      if (!e) continue;
      scoped ??= scopeIndex(list.map((item) => ({ item, kind: item.kind, scope: item.scope ?? [item.range] })));
      for (const s of itemsOfEffect(scoped, finding)) {
        const attached = out.get(s.item);
        if (attached) attached.push({ finding, effect: e }); else out.set(s.item, [{ finding, effect: e }]);
      }
    }
  }
  return out;
}

/** The item whose range contains (or is nearest before) an offset: the hover target. */
export function itemAt(results: readonly ItemReachResult[], offset: number): ItemReachResult | undefined {
  const inside = results.filter((r) => offset >= r.item.range.offset && offset <= r.item.range.offset + r.item.range.length);
  return inside.sort((a, b) => a.item.range.length - b.item.range.length)[0];
}

/**
 * The surfaces an item is meant for when the user chose no targets: those its channel reaches by the
 * base records (loads or conditional). Warning there is signal; warning about surfaces the channel was
 * never meant for would be noise. One array per kind and channel, shared: read it, never change it.
 */
export function intendedSurfaces(r: ItemReachResult): readonly SurfaceId[] {
  const key = `${r.item.kind}\u0000${r.channel}`;
  let hit = INTENDED.get(key);
  if (!hit) {
    hit = SURFACE_IDS.filter((s) => {
      const st = recordFor(r.item.kind, r.channel, s)?.status;
      return st === 'loads' || st === 'conditional';
    });
    INTENDED.set(key, hit);
  }
  return hit;
}
/** Per kind and channel: the base records are static. */
const INTENDED = new Map<string, readonly SurfaceId[]>();

export interface TargetCell { surface: SurfaceId; cell: ReachCell }

/**
 * The cells of the targeted surfaces whose status is in `statuses` (default: does-not-load). With no
 * explicit targets, the item's intended surfaces are used.
 */
export function reachForTargets(
  r: ItemReachResult, targets: readonly SurfaceId[] | undefined,
  statuses: readonly ReachStatus[] = ['does-not-load'],
): TargetCell[] {
  const surfaces = targets?.length ? targets : intendedSurfaces(r);
  return surfaces.filter((s) => statuses.includes(r.reach[s].status)).map((s) => ({ surface: s, cell: r.reach[s] }));
}
