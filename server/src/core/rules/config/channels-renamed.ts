import { defineRule, src } from '../define';
import { keyNodeOf, propertyOf } from '../../parse/node';
import { migrateChannels } from '../../edits/distribution-edits';
import type { Fix } from '../../types';

/**
 * `channels` in .plugin-lens.json is the predecessor of `distribution`: still read, but `distribution`
 * names several channels per path and wins where both name the same glob.
 */
export default defineRule({
  id: 'config/channels-renamed',
  kinds: ['config'],
  description: '`channels` in .plugin-lens.json is renamed to `distribution` (which also takes an array of channel ids); it is still read.',
  defaultSeverity: 'info',
  fixable: true,
  fixTiers: ['safe', 'suggestion'],
  sources: [src('https://github.com/plugin-lens/plugin-lens/blob/main/docs/reach-channels.md', '2026-12-06', 'declaring the distribution')],
  check(ctx) {
    const root = ctx.file.root;
    const prop = propertyOf(root, 'channels');
    if (!root || !prop || ctx.file.syntaxErrors.length) return;
    const both = propertyOf(root, 'distribution') !== undefined;
    const migration = migrateChannels(ctx.file.text, root);
    const fixes: Fix[] = [];
    if (migration?.edits.length) {
      // A glob both keys name gains the `channels` value as a further declared channel: that changes the
      // routes marked declared, so it is offered, not applied in bulk.
      const safe = migration.overlaps.length === 0;
      fixes.push({
        title: both ? 'Move the `channels` entries into `distribution`' : 'Rename `channels` to `distribution`',
        tier: safe ? 'safe' : 'suggestion', isPreferred: safe, edits: migration.edits,
      });
    }
    ctx.report({
      node: keyNodeOf(prop),
      message: both
        ? 'Plugin Lens reads both `channels` and `distribution`; where both name the same glob, `distribution` wins and the `channels` value is ignored. Move the entries into `distribution`.'
        : '`channels` is renamed to `distribution`, which also takes an array of channel ids per path; Plugin Lens still reads `channels` the same way.',
      fixes,
      data: migration?.overlaps.length ? { overlaps: migration.overlaps } : undefined,
    });
  },
});
