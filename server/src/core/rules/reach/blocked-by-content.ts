import { defineRule } from '../define';
import { itemsHere, judgedSurfaces, label, REACH_KINDS, REACH_SOURCES, surfaceList } from './helpers';
import type { SurfaceId } from '../../surfaces';
import { COPY_ROUTE } from '../../reach/api';

/**
 * An item whose own content (fields, name, folder layout, transport) keeps it off a surface its channel
 * normally reaches. With no explicit targets this judges only the channel's own surfaces, so it fires
 * only where the author expected the item to load.
 */
export default defineRule({
  id: 'reach/blocked-by-content',
  kinds: REACH_KINDS,
  description: 'The item\'s content keeps it from loading on a surface its distribution channel reaches (or one you target).',
  defaultSeverity: 'warning',
  fixable: false,
  sources: REACH_SOURCES,
  check(ctx) {
    for (const r of itemsHere(ctx)) {
      const judged = judgedSurfaces(ctx, r);
      // Content-caused: the base record would let it load, a component rule (or the loader layout) says no.
      // A cell decided by another finding's load effect is already reported by that finding.
      // A refused plugin takes its components down: its manifest's error already says so, once.
      const blocked = judged.filter((s) => r.reach[s].status === 'does-not-load' && r.reach[s].cause === 'content' && !r.reach[s].findings
        && !r.reach[s].basis.includes('plugin-fails'));
      if (!blocked.length) continue;
      const groups = new Map<string, SurfaceId[]>();
      for (const s of blocked) groups.set(r.reach[s].why, [...(groups.get(r.reach[s].why) ?? []), s]);
      const reasons = [...groups].map(([why, ss]) => (groups.size > 1 ? `${surfaceList(ss)}: ${why}` : why)).join(' ');
      const route = r.channel === 'skill-upload' ? ' when uploaded to claude.ai' : r.channel === COPY_ROUTE ? ' when copied into .claude/skills/' : '';
      ctx.report({
        range: r.item.range,
        message: `${label(r)} will not load${route} on ${surfaceList(blocked)}. ${reasons}`,
        surfaces: ctx.targets.explicit ? blocked : undefined,
        data: {
          surfaces: blocked, channel: r.channel,
          basis: [...new Set(blocked.flatMap((s) => r.reach[s].basis))],
          sources: [...new Set(blocked.flatMap((s) => r.reach[s].sources))],
        },
      });
    }
  },
});
