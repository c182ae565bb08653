import { defineRule } from '../define';
import { stringValue, valueOf } from '../../parse/node';
import { HOOKS_REF, MANIFEST_REF } from '../../knowledge/hooks-events';
import { forEachHandler, guardNote, hooksSites } from './sites';

/** Plugin shell-form hooks reject `${user_config.*}` (v2.1.207+): the hook fails instead of running. */
export default defineRule({
  id: 'hooks/user-config-in-shell',
  kinds: ['hooks', 'plugin'],
  description: 'A shell-form plugin hook command references ${user_config.*}, so the hook fails with an error instead of running.',
  defaultSeverity: 'warning',
  fixable: false,
  sources: [MANIFEST_REF, HOOKS_REF],
  check(ctx) {
    for (const site of hooksSites(ctx)) {
      forEachHandler(site, ({ event, handler }) => {
        if (stringValue(valueOf(handler, 'type')) !== 'command' || valueOf(handler, 'args')) return;
        const node = valueOf(handler, 'command');
        const m = /\$\{user_config\.([A-Za-z0-9_]+)\}/.exec(stringValue(node) ?? '');
        if (!node || !m) return;
        ctx.report({
          node,
          message: `Shell-form plugin hooks reject \${user_config.${m[1]}}: Claude Code fails this hook with an error instead of running it (v2.1.207+). Read $CLAUDE_PLUGIN_OPTION_${m[1].toUpperCase()} in the command instead, or switch to exec form with "args".${guardNote(event)}`,
        });
      });
    }
  },
});
