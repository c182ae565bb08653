/**
 * Shared by the reach rules: the items of the validated file with their reach, the surfaces to judge
 * (explicit targets, else the surfaces the item's channel is meant for), and message helpers.
 */
import { memoOn } from '../../memo';
import type { RuleContext, FileKindId } from '../../types';
import type { SurfaceId } from '../../surfaces';
import { reachForFile, intendedSurfaces, surfaceName, channelInfo, type ItemReachResult } from '../../reach';
import { KNOWLEDGE, recordFor } from '../../reach/knowledge';
import { src } from '../define';

export const REACH_KINDS: readonly FileKindId[] = [
  'skill', 'agent', 'command', 'output-style', 'plugin', 'marketplace', 'hooks', 'lsp', 'mcp',
  'desktop-config', 'managed-mcp', 'mcpb', 'settings',
];

export const REACH_SOURCES = [
  src('https://code.claude.com/docs/en/plugins/components', '2026-10-08'),
  src('https://support.claude.com/en/articles/13837440', '2026-09-27', 'help center, undated; text quoted word for word on 2026-09-27'),
  src('https://code.claude.com/docs/en/skills', '2026-09-27', 'undated page; newer text quoted word for word on 2026-09-27'),
];

/**
 * Items declared in this file (not in files it references), with reach. Memoized per rule context: one
 * validation of one file (reach depends on the workspace, so a parse reused by a later validation must
 * not bring its old items along).
 */
const ITEMS_HERE = Symbol('itemsHere');
export function itemsHere(ctx: RuleContext): ItemReachResult[] {
  return memoOn(ctx, ITEMS_HERE, () => (ctx.reach ?? reachForFile(ctx.file, ctx.workspace, ctx.config)).filter((r) => r.item.file === ctx.file.path));
}

/** The surfaces to judge an item on. */
export function judgedSurfaces(ctx: RuleContext, r: ItemReachResult): readonly SurfaceId[] {
  return ctx.targets.explicit ? ctx.targets.surfaces : intendedSurfaces(r);
}

/** "claude.ai (web chat), Cowork and Claude Code CLI". */
export function surfaceList(ids: readonly SurfaceId[]): string {
  const names = ids.map(surfaceName);
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function label(r: ItemReachResult): string {
  const kind = r.item.kind === 'mcp-server' ? 'MCP server' : r.item.kind === 'lsp-server' ? 'LSP server' : r.item.kind === 'hook' ? 'hook handler' : r.item.kind;
  return `The ${kind} "${r.item.name}"`;
}

/** Channels (that can carry this kind) through which a surface loads it: the "what to do" of a channel mismatch. */
export function channelsFor(r: ItemReachResult, surface: SurfaceId): string[] {
  return KNOWLEDGE.channels
    .filter((c) => c.items.includes(r.item.kind) && recordFor(r.item.kind, c.id, surface)?.status === 'loads')
    .map((c) => c.id);
}

export function channelName(id: string): string {
  return channelInfo(id)?.name ?? id;
}

/** Components of a plugin or marketplace inherit its channel: the channel mismatch is reported once, on the plugin. */
export const CHANNEL_OWNER_KINDS = new Set(['plugin', 'marketplace']);
export const PLUGIN_FAMILY = new Set(['plugin', 'claude-ai-plugin', 'skills-dir-plugin', 'inline-plugin', 'repo-declared-plugin', 'managed-plugin']);
