import { defineRule } from '../define';
import { propertyOf, keyNodeOf } from '../../parse/node';
import { HOOKS_GUIDE, HOOKS_REF } from '../../knowledge/hooks-events';
import { removeMember } from '../../edits/json-edits';
import { forEachGroup, hooksSites } from './sites';
import { effect } from '../../load/effect';

/** A `matcher` on an event without matcher support is silently ignored: the hook fires on every occurrence. */
export default defineRule({
  id: 'hooks/matcher-ignored',
  kinds: ['hooks', 'settings', 'plugin', 'agent', 'skill', 'command'],
  description: 'A matcher on an event without matcher support is silently ignored, so the hook fires on every occurrence.',
  defaultSeverity: 'warning',
  fixable: true,
  fixTiers: ['suggestion'],
  sources: [HOOKS_REF, HOOKS_GUIDE],
  check(ctx) {
    const json = ctx.file.kind === 'hooks' || ctx.file.kind === 'settings' || ctx.file.kind === 'plugin';
    for (const site of hooksSites(ctx)) {
      forEachGroup(site, (name, event, group) => {
        const prop = propertyOf(group, 'matcher');
        if (!prop || event?.matcher !== 'none') return;
        const value = prop.children?.[1];
        if (value?.type === 'string' && (value.value === '' || value.value === '*')) return;
        ctx.report({ data: { effect: effect('degraded', ['claude-code'], { loss: 'fires on every occurrence: the matcher is ignored' }) },
          node: keyNodeOf(prop),
          message: `${name} has no matcher support: Claude Code silently ignores this matcher and runs the hook on every ${name}. Remove the matcher, or filter inside the hook script.`,
          fixes: json ? [{ title: 'Remove the ignored matcher', tier: 'suggestion', edits: removeMember(ctx.file.text, prop) }] : undefined,
        });
      });
    }
  },
});
