import { defineRule } from '../define';
import { keyNodeOf, keyOf, propertiesOf } from '../../parse/node';
import { eventByCaseInsensitive, HOOKS_REF, TROUBLESHOOTING } from '../../knowledge/hooks-events';
import { hooksSites } from './sites';
import { effect } from '../../load/effect';

/** `pretooluse`, `pre_tool_use`: event names are case-sensitive, so the entry never fires. */
export default defineRule({
  id: 'hooks/event-name-case',
  kinds: ['hooks', 'settings', 'plugin', 'agent', 'skill', 'command'],
  description: 'A hook event name differs from a documented event only in case or separators; event names are case-sensitive.',
  defaultSeverity: 'warning',
  fixable: true,
  fixTiers: ['safe'],
  explains: ['hooks/unknown-key', 'plugin/unknown-key', 'settings/unknown-key'],
  sources: [TROUBLESHOOTING, HOOKS_REF],
  check(ctx) {
    for (const site of hooksSites(ctx)) {
      for (const prop of propertiesOf(site.eventMap)) {
        const name = keyOf(prop);
        const event = eventByCaseInsensitive(name);
        if (!event) continue;
        const key = keyNodeOf(prop);
        const quoted = ctx.file.text[key.offset] === '"' || ctx.file.text[key.offset] === "'";
        const q = quoted ? ctx.file.text[key.offset] : '';
        ctx.report({
          node: key,
          severity: event.guard ? 'error' : 'warning',
          message: `Hook event "${name}" is not an event: names are case-sensitive, so Claude Code ignores this entry and it never runs. Did you mean "${event.name}"?`
            + (event.guard ? ` A ${event.name} hook may be what guards a permission.` : ''),
          fixes: [{ title: `Rename to "${event.name}"`, edits: [{ offset: key.offset, length: key.length, newText: `${q}${event.name}${q}` }], tier: 'safe', isPreferred: true }],
          data: { effect: effect('dropped', ['claude-code']) },
        });
      }
    }
  },
});
