import { defineRule } from '../define';
import { itemsHere, label, REACH_KINDS, REACH_SOURCES, surfaceList } from './helpers';
import type { SurfaceId } from '../../surfaces';

/**
 * For surfaces you target explicitly, the sources disagree (disputed) or say nothing (unknown) about
 * whether the item loads: test it there before relying on it. Info only, and only with explicit targets.
 */
export default defineRule({
  id: 'reach/uncertain-on-target',
  kinds: REACH_KINDS,
  description: 'Whether a surface you target loads the item is disputed or undocumented.',
  defaultSeverity: 'info',
  fixable: false,
  sources: REACH_SOURCES,
  check(ctx) {
    if (!ctx.targets.explicit) return;
    for (const r of itemsHere(ctx)) {
      const unsure = ctx.targets.surfaces.filter((s) => r.reach[s].status === 'disputed' || r.reach[s].status === 'unknown');
      if (!unsure.length) continue;
      const groups = new Map<string, SurfaceId[]>();
      for (const s of unsure) groups.set(r.reach[s].why, [...(groups.get(r.reach[s].why) ?? []), s]);
      const reasons = [...groups].map(([why, ss]) => `${surfaceList(ss)} (${r.reach[ss[0]].status}): ${why}`).join(' ');
      ctx.report({
        range: r.item.range,
        message: `${label(r)} may or may not load on ${surfaceList(unsure)}; test it there. ${reasons}`,
        surfaces: unsure,
        data: { surfaces: unsure, channel: r.channel, sources: [...new Set(unsure.flatMap((s) => r.reach[s].sources))] },
      });
    }
  },
});
