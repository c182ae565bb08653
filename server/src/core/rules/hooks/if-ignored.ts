import { defineRule } from '../define';
import { keyNodeOf, propertyOf } from '../../parse/node';
import { HOOKS_REF } from '../../knowledge/hooks-events';
import { forEachHandler, hooksSites } from './sites';
import { effect } from '../../load/effect';

/** `if` is evaluated only on the five tool events; anywhere else a hook with `if` never runs. */
export default defineRule({
  id: 'hooks/if-ignored',
  kinds: ['hooks', 'settings', 'plugin', 'agent', 'skill', 'command'],
  description: 'A handler sets "if" on an event that is not a tool event, so the hook never runs.',
  defaultSeverity: 'warning',
  fixable: false,
  sources: [HOOKS_REF],
  check(ctx) {
    for (const site of hooksSites(ctx)) {
      forEachHandler(site, ({ eventName, event, handler }) => {
        const prop = propertyOf(handler, 'if');
        if (!prop || !event || event.matcher === 'tool') return;
        ctx.report({ data: { effect: effect('dropped', ['claude-code']) },
          node: keyNodeOf(prop),
          message: `"if" is only evaluated on tool events (PreToolUse, PostToolUse, PostToolUseFailure, PermissionRequest, PermissionDenied); on ${eventName} a hook with "if" never runs. Remove "if" or move the hook to a tool event.`,
        });
      });
    }
  },
});
