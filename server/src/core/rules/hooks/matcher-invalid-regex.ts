import { defineRule } from '../define';
import { valueOf } from '../../parse/node';
import { HOOKS_REF } from '../../knowledge/hooks-events';
import { forEachGroup, guardNote, hooksSites } from './sites';
import { readMatcher } from './matcher';
import { isPermissionRule } from './matcher-never-matches';
import { effect } from '../../load/effect';

/** A matcher on the regex path that JavaScript cannot compile never matches anything. */
export default defineRule({
  id: 'hooks/matcher-invalid-regex',
  kinds: ['hooks', 'settings', 'plugin', 'agent', 'skill', 'command'],
  description: 'A matcher that is read as a JavaScript regular expression does not compile, so the hook never fires.',
  defaultSeverity: 'warning',
  fixable: false,
  sources: [HOOKS_REF],
  check(ctx) {
    for (const site of hooksSites(ctx)) {
      forEachGroup(site, (name, event, group) => {
        const node = valueOf(group, 'matcher');
        if (node?.type !== 'string' || event?.matcher === 'none' || isPermissionRule(String(node.value), event)) return;
        const reading = readMatcher(String(node.value), event);
        if (reading.kind !== 'regex' || !reading.error) return;
        ctx.report({ data: { effect: effect('dropped', ['claude-code']) },
          node,
          message: `This ${name} matcher contains non-name characters, so Claude Code reads it as a regular expression, and it does not compile (${reading.error}): the hook never fires.${guardNote(event)}`,
        });
      });
    }
  },
});
