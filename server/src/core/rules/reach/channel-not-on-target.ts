import { defineRule } from '../define';
import {
  CHANNEL_OWNER_KINDS, PLUGIN_FAMILY, channelName, channelsFor, itemsHere, label, REACH_KINDS, REACH_SOURCES, surfaceList,
} from './helpers';
import type { SurfaceId } from '../../surfaces';

/**
 * You target a surface the item's distribution channel never reaches (a project skill and claude.ai,
 * a Desktop config server and Claude Code CLI). Only with explicit targets: without them each item is
 * judged on its own channel's surfaces, so a channel mismatch is impossible by construction.
 */
export default defineRule({
  id: 'reach/channel-not-on-target',
  kinds: REACH_KINDS,
  description: 'A surface you target never loads items from this item\'s distribution channel.',
  defaultSeverity: 'warning',
  fixable: false,
  sources: REACH_SOURCES,
  check(ctx) {
    if (!ctx.targets.explicit) return;
    for (const r of itemsHere(ctx)) {
      // Plugin components share the plugin's channel: say it once, on the plugin (or marketplace).
      if (PLUGIN_FAMILY.has(r.channel) && !CHANNEL_OWNER_KINDS.has(r.item.kind)) continue;
      // An item with several routes (a standalone skill: upload, or copy into .claude/skills/) misses a
      // surface only when no route reaches it.
      const routes = itemsHere(ctx).filter((o) => o.item === r.item);
      if (routes[0] !== r) continue;
      const missed = ctx.targets.surfaces.filter((s) => routes.every((o) => o.reach[s].status === 'does-not-load' && o.reach[s].cause === 'channel'));
      if (!missed.length) continue;
      const first: SurfaceId = missed[0];
      const alternatives = [...new Set(missed.flatMap((s) => channelsFor(r, s)))].filter((c) => c !== r.channel);
      const todo = alternatives.length
        ? ` To reach ${surfaceList(missed)}, distribute it as ${alternatives.slice(0, 3).map((c) => `"${channelName(c)}" (${c})`).join(' or ')}; if it already is, declare it for this path in .plugin-lens.json "distribution".`
        : ` No channel for a ${r.item.kind} reaches ${surfaceList(missed)}; drop ${missed.length > 1 ? 'them' : 'it'} from your targets for this path.`;
      ctx.report({
        range: r.item.range,
        message: `${label(r)} does not load on ${surfaceList(missed)} through its channel "${channelName(r.channel)}" (${r.channel}): ${r.reach[first].why}${todo}`,
        surfaces: missed,
        data: { surfaces: missed, channel: r.channel, alternatives, sources: [...new Set(missed.flatMap((s) => r.reach[s].sources))] },
      });
    }
  },
});
