/**
 * Item-specific reach: the knowledge record for item kind × channel × surface, narrowed by the
 * component rules whose predicates hold for the item (docs/reach-channels.md, "Component rules"):
 * a rule replaces the record's verdict on its surfaces unless the record says does-not-load, and the
 * most severe matching rule wins.
 */
import { SURFACE_IDS, type SurfaceId } from '../surfaces';
import {
  KNOWLEDGE, KNOWLEDGE_AS_OF, STATUS_RANK, recordFor, sourceOf, type ReachItemKind, type ReachStatus, type Verdict,
} from './knowledge';
import { evaluatePredicate, type PredicateContext } from './predicates';
import { basename } from '../paths';

export interface ReachCell {
  status: ReachStatus;
  why: string;
  condition?: string;
  /** Source URLs, most relevant first. */
  sources: string[];
  /** Newest date among the cell's sources (YYYY-MM-DD). */
  asOf: string;
  /** What decided the cell: the record id, or the component rule ids that replaced it. */
  basis: string[];
  /** The record's own verdict when a component rule replaced it. */
  base?: ReachStatus;
}

export type ReachMatrix = Record<SurfaceId, ReachCell>;

/** Why a component of a plugin that the loader never enumerates reaches nothing (nested skill folders…). */
const NOT_ENUMERATED_SOURCES = ['cc-plugins-components'];

export function computeReach(ctx: PredicateContext, pluginFailure?: string): ReachMatrix {
  const kind = ctx.item.kind;
  const matching = KNOWLEDGE.componentRules.filter((r) =>
    r.appliesTo === kind && (!r.channels || r.channels.includes(ctx.channel)) && evaluatePredicate(r.when, ctx));
  const notEnumerated = pluginFailure
    ? `Claude Code refuses to load the plugin "${ctx.plugin?.name ?? ''}", so nothing in it loads: ${pluginFailure}`
    : isNotEnumerated(ctx);
  const out = {} as ReachMatrix;
  for (const surface of SURFACE_IDS) {
    const rec = recordFor(kind, ctx.channel, surface);
    if (!rec) {
      out[surface] = cell({ status: 'unknown', why: `The knowledge base has no record for ${kind} in channel ${ctx.channel}.`, sources: [] }, []);
      continue;
    }
    let c = cell(rec, [rec.id]);
    if (notEnumerated && rec.status !== 'does-not-load') {
      c = { ...cell({ status: 'does-not-load', why: notEnumerated, sources: NOT_ENUMERATED_SOURCES }, [pluginFailure ? 'plugin-fails' : 'not-enumerated']), base: rec.status };
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
        c = { ...cell(merged, winners.map((r) => r.id)), base: rec.status };
      }
    }
    out[surface] = c;
  }
  return out;
}

function cell(v: Verdict, basis: string[]): ReachCell {
  const srcs = v.sources.map((k) => sourceOf(k)).filter((s) => s !== undefined);
  const dates = srcs.map((s) => s.date).sort();
  const c: ReachCell = {
    status: v.status, why: v.why, sources: [...new Set(srcs.map((s) => s.url))],
    asOf: dates[dates.length - 1] ?? KNOWLEDGE_AS_OF, basis,
  };
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
  const lower = item.file.toLowerCase();
  const listed = plugin.components.some((c) => (c.path === item.file || (item.kind === 'skill' && c.path.toLowerCase() === lower))
    && (MARKDOWN_COMPONENTS.has(item.kind) || (c.type === item.kind && c.name === item.name)));
  if (listed) return undefined;
  // skill.md in another case: the lowercase-filename component rule decides (case-insensitive file systems find it).
  if (item.kind === 'skill' && basename(item.file) !== 'SKILL.md') return undefined;
  const what = item.kind === 'mcp-server' ? 'an MCP server' : item.kind === 'lsp-server' ? 'an LSP server' : item.kind === 'agent' ? 'an agent' : `a ${item.kind}`;
  const todo = item.kind === 'skill'
    ? ' Move the folder to skills/<name>/ or list its parent folder in the manifest\'s "skills" paths.'
    : ' Move it into the default folder or list it in the manifest.';
  return `The plugin "${plugin.name}" does not load this file as ${what}: the loader reads only its component folders and manifest paths (skills/<name>/SKILL.md one level deep, agents/*.md at the top of agents/, the manifest's paths), so Claude never sees it.${todo}`;
}
