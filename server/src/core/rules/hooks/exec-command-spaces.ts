import { defineRule } from '../define';
import { stringValue, valueOf } from '../../parse/node';
import { HOOKS_REF } from '../../knowledge/hooks-events';
import { forEachHandler, guardNote, hooksSites } from './sites';

/** Exec form (`args` set): `command` is one executable; `node script.js` is not an executable name. */
export default defineRule({
  id: 'hooks/exec-command-spaces',
  kinds: ['hooks', 'settings', 'plugin', 'agent', 'skill', 'command'],
  description: 'An exec-form hook ("args" set) has a bare command with spaces, so the spawn fails.',
  defaultSeverity: 'warning',
  fixable: false,
  sources: [HOOKS_REF],
  check(ctx) {
    for (const site of hooksSites(ctx)) {
      forEachHandler(site, ({ event, handler }) => {
        if (stringValue(valueOf(handler, 'type')) !== 'command' || valueOf(handler, 'args')?.type !== 'array') return;
        const node = valueOf(handler, 'command');
        const cmd = stringValue(node);
        if (!node || cmd === undefined || !/^[^\s/\\]+\s+\S/.test(cmd.trim())) return;
        ctx.report({
          node,
          message: `With "args", Claude Code spawns "command" directly as one executable, and there is no executable named "${cmd}": the hook fails to start. Move the extra words into "args".${guardNote(event)}`,
        });
      });
    }
  },
});
