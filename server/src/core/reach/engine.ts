/**
 * Item-specific reach: the knowledge record for item kind × channel × surface, narrowed by the
 * component rules whose predicates hold for the item (docs/reach-channels.md, "Component rules"):
 * a rule replaces the record's verdict on its surfaces unless the record says does-not-load, and the
 * most severe matching rule wins.
 */
import { SURFACE_IDS, type SurfaceId } from '../surfaces';
import { getWorkspaceIndex, type PluginInfo } from '../index/index';
import {
  KNOWLEDGE, STATUS_RANK, channelInfo, datingOf, recordFor, sourceOf, surfaceInfo, type ComponentRule, type ReachItemKind, type ReachStatus, type Verdict,
} from './knowledge';
import { SnapshotMemo } from '../index/index-memo';
import { evaluatePredicate, type PredicateContext } from './predicates';
import { basename } from '../paths';
import type { Finding } from '../types';
import { LOADER_NAME, OUTCOME_RANK, type LoadEffect, type LoaderId } from '../load/effect';
import { loadersFor } from '../load/loaders';

/** A finding attached to an item (load/attach) with its load effect; `file` when the finding is in another file (settings). */
export interface AttachedEffect { finding: Finding; effect: LoadEffect; file?: string }

export interface ReachCell {
  status: ReachStatus;
  why: string;
  condition?: string;
  /** Source URLs, most relevant first. */
  sources: string[];
  /** Newest date among the cell's sources (YYYY-MM-DD); recording dates of undated pages count only alone. */
  asOf: string;
  /** How `asOf` was obtained when it is not the source's own publication date (a copy, a quote, a recording). */
  dateNote?: string;
  /** What decided the cell: the record id, or the component rule ids that replaced it. */
  basis: string[];
  /** The record's own verdict when a component rule or a finding replaced it. */
  base?: ReachStatus;
  /** `channel`: the channel never reaches the surface; `content`: the item's content changed the verdict. */
  cause?: 'channel' | 'content';
  /** The findings whose load effect decided the cell (rule id and offset in the item's file). */
  findings?: Array<{ ruleId: string; offset: number; file: string }>;
  /** The loaders the surface runs for this item, in order. */
  loaders?: LoaderId[];
}

export type ReachMatrix = Record<SurfaceId, ReachCell>;

/** Why a component of a plugin that the loader never enumerates reaches nothing (nested skill folders…). */
const NOT_ENUMERATED_SOURCES = ['cc-plugins-components'];

export function computeReach(ctx: PredicateContext, pluginFailure?: string, effects: readonly AttachedEffect[] = []): ReachMatrix {
  const kind = ctx.item.kind;
  const matching = rulesFor(kind, ctx.channel).filter((r) => evaluatePredicate(r.when, ctx));
  const notEnumerated = pluginFailure
    ? `Claude Code refuses to load the plugin "${ctx.plugin?.name ?? ''}", so nothing in it loads: ${pluginFailure}`
    : isNotEnumerated(ctx);
  const refusal = kind === 'plugin' ? undefined : wholePluginRefusal(ctx);
  const inputs: MatrixInputs = { matching, notEnumerated, pluginFails: !!pluginFailure, refusedWith: refusal?.at };
  // Without findings the matrix is a function of these inputs alone: items that share them share one matrix.
  const key = [kind, ctx.channel, matching.map((r) => r.id).join(','), pluginFailure ? 'F' : 'N', notEnumerated ?? '', refusal?.key ?? ''].join('\u0000');
  const base = MATRICES.get(ctx.ws, key, () => matrixOf(ctx, inputs));
  return effects.length ? withEffects(ctx, inputs, effects, base) : base;
}

/**
 * An item's findings on top of the shared matrix without them: only a surface whose cell a finding's load
 * effect replaces gets a cell of its own (the others are the shared, read-only cells). A disputed cell keeps
 * its verdict (the sources disagree about this loader: the finding's reading is one side, not the verdict).
 */
function withEffects(ctx: PredicateContext, inputs: MatrixInputs, effects: readonly AttachedEffect[], base: ReachMatrix): ReachMatrix {
  const kind = ctx.item.kind;
  const out = {} as ReachMatrix;
  for (const surface of SURFACE_IDS) {
    const shared = base[surface];
    out[surface] = shared;
    // Findings decide only where the record loads and the plugin is neither unlisted nor refused (matrixOf).
    const rec = recordFor(kind, ctx.channel, surface);
    if (!rec || rec.status === 'does-not-load' || inputs.notEnumerated || inputs.refusedWith?.(surface)) continue;
    const loaders = loadersFor(kind, ctx.channel, surface);
    const byFinding = effectCell(ctx, effects, loaders, rec);
    if (!byFinding) continue;
    let c: ReachCell;
    if (shared.status === 'disputed') {
      // The cell before its loaders were added (they are added last, below).
      const { loaders: _added, ...before } = shared;
      c = { ...before, why: `${shared.why} Plugin Lens's reading: ${byFinding.why}`, findings: byFinding.findings };
    } else if (STATUS_RANK[byFinding.status] >= STATUS_RANK[shared.status] && byFinding.status !== rec.status) c = byFinding;
    else continue;
    if (loaders.length) c.loaders = loaders;
    if (c.status === 'does-not-load' && c.cause === 'content' && refusedByUpload(c)) c.why = viaSyncWording(ctx.channel, surface, c.why);
    out[surface] = c;
  }
  return out;
}

/**
 * Equal matrices, computed once per workspace snapshot (the corpus: 2,988 items, 134 distinct matrices).
 * The key is everything a matrix without findings is computed from, so a hit is what the engine would compute.
 * Shared: matrices are read, never written, once built.
 */
const MATRICES = new SnapshotMemo<ReachMatrix>();

/** The component rules of a kind on a channel (static knowledge, listed once per pair). */
const RULES_FOR = new Map<string, readonly ComponentRule[]>();
function rulesFor(kind: ReachItemKind, channel: string): readonly ComponentRule[] {
  const key = `${kind}\u0000${channel}`;
  let hit = RULES_FOR.get(key);
  if (!hit) RULES_FOR.set(key, hit = KNOWLEDGE.componentRules.filter((r) => r.appliesTo === kind && (!r.channels || r.channels.includes(channel))));
  return hit;
}

/** What decides a matrix besides the kind, the channel and the findings (computeReach). */
interface MatrixInputs {
  matching: readonly ComponentRule[];
  notEnumerated?: string;
  pluginFails: boolean;
  refusedWith?: (surface: SurfaceId) => (Verdict & { rules: string[] }) | undefined;
}

/** The matrix without findings (shared; `withEffects` applies an item's findings on top). */
function matrixOf(ctx: PredicateContext, inputs: MatrixInputs): ReachMatrix {
  const kind = ctx.item.kind;
  const { matching, notEnumerated, refusedWith } = inputs;
  const pluginFailure = inputs.pluginFails;
  const out = {} as ReachMatrix;
  for (const surface of SURFACE_IDS) {
    const rec = recordFor(kind, ctx.channel, surface);
    if (!rec) {
      out[surface] = cell({ status: 'unknown', why: `The knowledge base has no record for ${kind} in channel ${ctx.channel}.`, sources: [] }, []);
      continue;
    }
    let c = cell(rec, [rec.id]);
    const loaders = loadersFor(kind, ctx.channel, surface);
    if (rec.status === 'does-not-load') c.cause = 'channel';
    const refusal = refusedWith?.(surface);
    if (notEnumerated && rec.status !== 'does-not-load') {
      c = { ...cell({ status: 'does-not-load', why: notEnumerated, sources: NOT_ENUMERATED_SOURCES }, [pluginFailure ? 'plugin-fails' : 'not-enumerated']), base: rec.status, cause: 'content' };
    } else if (refusal && rec.status !== 'does-not-load') {
      // The plugin's own cell reports the refusal (reach/blocked-by-content on the manifest), once: basis plugin-fails.
      c = { ...cell(refusal, ['plugin-fails', ...refusal.rules]), base: rec.status, cause: 'content' };
    } else if (rec.status !== 'does-not-load') {
      const here = matching.filter((r) => r.surfaces.includes(surface));
      if (here.length) {
        const top = Math.max(...here.map((r) => STATUS_RANK[r.status]));
        const winners = here.filter((r) => STATUS_RANK[r.status] === top);
        const merged: Verdict = {
          status: winners[0].status,
          why: winners.map((r) => r.why).join(' '),
          condition: winners.map((r) => r.condition).filter(Boolean).join('; ') || undefined,
          sources: [...new Set(winners.flatMap((r) => r.sources))],
        };
        c = { ...cell(merged, winners.map((r) => r.id)), base: rec.status, cause: 'content' };
      }
    }
    if (loaders.length) c.loaders = loaders;
    if (c.status === 'does-not-load' && c.cause === 'content' && refusedByUpload(c)) c.why = viaSyncWording(ctx.channel, surface, c.why);
    out[surface] = c;
  }
  return out;
}

const UPLOAD_RULES = new Set(KNOWLEDGE.componentRules.filter((r) => r.refusedByUpload).map((r) => r.id));
/** The cell is ✗ because the upload refuses the item: by an upload rule, or a finding whose effect is on the upload validator. */
function refusedByUpload(c: ReachCell): boolean {
  if (c.findings) return c.why.startsWith(UPLOAD_HEAD);
  return c.basis.some((b) => UPLOAD_RULES.has(b));
}
const UPLOAD_HEAD = `${LOADER_NAME.upload.charAt(0).toUpperCase()}${LOADER_NAME.upload.slice(1)} `;

/**
 * A Claude Code surface that an uploaded item reaches only through account sync: when the upload is
 * refused, say so, so the ✗ never reads as "Claude Code rejects this" (audit 2026-12-06 §4.1).
 */
function viaSyncWording(channel: string, surface: SurfaceId, why: string): string {
  if (channelInfo(channel)?.loader !== 'upload' || surfaceInfo(surface)?.family !== 'claude-code' || why.startsWith('Not via account sync')) return why;
  const copy = channel === 'claude-ai-plugin' ? 'the same plugin installed from a marketplace or with --plugin-dir would load' : 'a local copy in .claude/skills/ or in a plugin would load';
  return `Not via account sync: the upload is refused, so nothing syncs from the account; ${copy}. ${why}`;
}

/**
 * For a component (or a marketplace) of a plugin that a `wholePlugin` component rule refuses on some
 * surfaces (bin/ or a non-kebab name on claude.ai sync): the verdict per surface, so nothing in the
 * refused plugin shows as loading there (audit 2026-12-06 §4.2).
 */
function wholePluginRefusal(ctx: PredicateContext): { key: string; at: (surface: SurfaceId) => (Verdict & { rules: string[] }) | undefined } | undefined {
  const rules = rulesFor('plugin', ctx.channel).filter((r) => r.wholePlugin);
  if (!rules.length || !PLUGIN_CHANNELS.has(ctx.channel)) return undefined;
  const refusing = (plugin: PluginInfo) => rules.filter((r) => evaluatePredicate(r.when, { ...ctx, plugin }));
  let plugins: PluginInfo[];
  if (ctx.item.kind === 'marketplace') {
    const m = getWorkspaceIndex(ctx.ws).marketplaces.find((x) => x.path === ctx.item.file);
    // Judge the marketplace only when every entry is a plugin folder here: a remote entry may still sync.
    if (!m?.entries.length || m.entries.some((e) => !e.pluginRoot)) return undefined;
    plugins = m.entries.map((e) => getWorkspaceIndex(ctx.ws).pluginAt(e.pluginRoot!));
  } else {
    if (!ctx.plugin) return undefined;
    plugins = [ctx.plugin];
  }
  const byPlugin = plugins.map((p) => ({ p, rules: refusing(p) }));
  if (byPlugin.some((x) => !x.rules.length)) return undefined;
  // The verdicts depend on the plugins' names and refusing rules only (and the item's kind, in the matrix key).
  const key = byPlugin.map((x) => `${x.p.name}\u0001${x.rules.map((r) => r.id).join(',')}`).join('\u0002');
  const at = (surface: SurfaceId): (Verdict & { rules: string[] }) | undefined => {
    const here = byPlugin.map((x) => ({ p: x.p, rules: x.rules.filter((r) => r.surfaces.includes(surface) && r.status === 'does-not-load') }));
    if (here.some((x) => !x.rules.length)) return undefined;
    const all = here.flatMap((x) => x.rules);
    const names = here.map((x) => `"${x.p.name}"`).join(', ');
    const why = ctx.item.kind === 'marketplace'
      ? `Every plugin of this marketplace (${names}) is refused here, so the marketplace brings nothing: ${[...new Set(all.map((r) => r.why))].join(' ')}`
      : `The plugin ${names} is refused here, so nothing in it loads: ${[...new Set(all.map((r) => r.why))].join(' ')}`;
    return { status: 'does-not-load', why, sources: [...new Set(all.flatMap((r) => r.sources))], rules: [...new Set(all.map((r) => r.id))] };
  };
  return { key, at };
}

function cell(v: Verdict, basis: string[]): ReachCell {
  const srcs = v.sources.map((k) => sourceOf(k)).filter((s) => s !== undefined);
  const { asOf, dateNote } = datingOf(v.sources);
  const c: ReachCell = { status: v.status, why: v.why, sources: [...new Set(srcs.map((s) => s.url))], asOf, basis };
  if (dateNote) c.dateNote = dateNote;
  if (v.condition) c.condition = v.condition;
  return c;
}

const MARKDOWN_COMPONENTS: ReadonlySet<ReachItemKind> = new Set(['skill', 'agent', 'command', 'output-style']);
const FILE_COMPONENTS: ReadonlySet<ReachItemKind> = new Set(['hook', 'mcp-server', 'lsp-server']);
export const PLUGIN_CHANNELS: ReadonlySet<string> = new Set(['plugin', 'claude-ai-plugin', 'skills-dir-plugin', 'inline-plugin', 'repo-declared-plugin', 'managed-plugin']);

/**
 * A markdown file inside a plugin folder that the plugin loader does not list as a component (a nested
 * `skills/<group>/<name>/SKILL.md`, `agents/*.md` inside a skill folder, a default folder the manifest
 * replaced) reaches no surface as that component. Returns the reason, or undefined.
 */
function isNotEnumerated(ctx: PredicateContext): string | undefined {
  const { item, plugin } = ctx;
  if (!plugin || item.origin !== 'file' || plugin.manifestProblem || !PLUGIN_CHANNELS.has(ctx.channel)) return undefined;
  if (!MARKDOWN_COMPONENTS.has(item.kind) && !FILE_COMPONENTS.has(item.kind)) return undefined;
  const listed = listedComponents(plugin);
  const isListed = MARKDOWN_COMPONENTS.has(item.kind)
    ? listed.paths.has(item.file) || (item.kind === 'skill' && listed.lowerPaths.has(item.file.toLowerCase()))
    : listed.typed.has(item.kind === 'hook' ? `${item.kind}\u0000${item.file}` : `${item.kind}\u0000${item.file}\u0000${item.name}`);
  if (isListed) return undefined;
  // skill.md in another case: the lowercase-filename component rule decides (case-insensitive file systems find it).
  if (item.kind === 'skill' && basename(item.file) !== 'SKILL.md') return undefined;
  const what = item.kind === 'mcp-server' ? 'an MCP server' : item.kind === 'lsp-server' ? 'an LSP server' : item.kind === 'agent' ? 'an agent' : `a ${item.kind}`;
  const todo = item.kind === 'skill'
    ? ' Move the folder to skills/<name>/ or list its parent folder in the manifest\'s "skills" paths.'
    : ' Move it into the default folder or list it in the manifest.';
  return `The plugin "${plugin.name}" does not load this file as ${what}: the loader reads only its component folders and manifest paths (skills/<name>/SKILL.md one level deep, agents/*.md at the top of agents/, the manifest's paths), so Claude never sees it.${todo}`;
}

/** A plugin's components by path (and by type, path and name): what the loader enumerates, looked up per item. */
interface ListedComponents { paths: ReadonlySet<string>; lowerPaths: ReadonlySet<string>; typed: ReadonlySet<string> }
const LISTED = new WeakMap<PluginInfo, ListedComponents>();
function listedComponents(plugin: PluginInfo): ListedComponents {
  let hit = LISTED.get(plugin);
  if (!hit) {
    const typed = new Set<string>();
    for (const c of plugin.components) { typed.add(`${c.type}\u0000${c.path}`); typed.add(`${c.type}\u0000${c.path}\u0000${c.name}`); }
    hit = { paths: new Set(plugin.components.map((c) => c.path)), lowerPaths: new Set(plugin.components.map((c) => c.path.toLowerCase())), typed };
    LISTED.set(plugin, hit);
  }
  return hit;
}

const VERB: Record<LoadEffect['outcome'], string> = { refused: 'refuses', dropped: 'silently drops', degraded: 'loads but degrades' };

/**
 * The verdict the findings' load effects give a surface whose loaders are `loaders`: the worst outcome
 * among the effects on those loaders (refused / dropped → does not load, degraded → conditional).
 * The reason is generated from the outcome and the loader, followed by the finding's own explanation.
 */
function effectCell(ctx: PredicateContext, effects: readonly AttachedEffect[], loaders: readonly LoaderId[], rec: Verdict): ReachCell | undefined {
  const here = effects.filter((e) => e.effect.loaders.some((l) => loaders.includes(l)));
  if (!here.length) return undefined;
  const top = Math.max(...here.map((e) => OUTCOME_RANK[e.effect.outcome]));
  const winners = here.filter((e) => OUTCOME_RANK[e.effect.outcome] === top);
  const outcome = winners[0].effect.outcome;
  const what = `${ctx.item.kind === 'mcp-server' ? 'MCP server' : ctx.item.kind === 'lsp-server' ? 'LSP server' : ctx.item.kind} "${ctx.item.name}"`;
  const why = winners.map((e) => {
    const loader = LOADER_NAME[e.effect.loaders.find((l) => loaders.includes(l))!];
    const head = `${loader.charAt(0).toUpperCase()}${loader.slice(1)} ${VERB[outcome]} the ${what}${e.effect.loss ? ` (${e.effect.loss})` : ''}`;
    return `${head} — ${e.finding.ruleId}: ${e.finding.message}`;
  });
  const c: ReachCell = {
    ...cell({ status: 'does-not-load', why: [...new Set(why)].join(' '), sources: rec.sources }, []),
    status: outcome === 'degraded' ? 'conditional' : 'does-not-load',
    basis: [...new Set(winners.map((e) => e.finding.ruleId))], base: rec.status, cause: 'content',
    findings: winners.map((e) => ({ ruleId: e.finding.ruleId, offset: e.finding.offset, file: e.file ?? ctx.item.file })),
  };
  if (outcome === 'degraded') c.condition = winners.map((e) => e.effect.loss).filter(Boolean).join('; ') || undefined;
  if (!c.condition) delete c.condition;
  return c;
}
