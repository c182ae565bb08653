import { defineRule } from '../define';
import { valueOf, stringValue } from '../../parse/node';
import { DEFAULT_TIMEOUT, HOOKS_GUIDE, HOOKS_REF, SESSION_END_MAX_BUDGET, type HandlerType } from '../../knowledge/hooks-events';
import { forEachHandler, hooksSites } from './sites';

/** Timeouts are seconds: 5000 is almost 1.5 hours; SessionEnd hooks get at most 60 s whatever they ask for. */
export default defineRule({
  id: 'hooks/timeout',
  kinds: ['hooks', 'settings', 'plugin', 'agent', 'skill', 'command'],
  description: 'A hook timeout that looks like milliseconds (timeouts are seconds), or a SessionEnd timeout above the 60-second budget.',
  defaultSeverity: 'info',
  fixable: true,
  fixTiers: ['suggestion'],
  sources: [HOOKS_REF, HOOKS_GUIDE],
  check(ctx) {
    for (const site of hooksSites(ctx)) {
      forEachHandler(site, ({ eventName, handler }) => {
        const node = valueOf(handler, 'timeout');
        if (node?.type !== 'number' || typeof node.value !== 'number') return;
        const seconds = node.value;
        const type = stringValue(valueOf(handler, 'type')) as HandlerType | undefined;
        const def = type && DEFAULT_TIMEOUT[type] !== undefined ? DEFAULT_TIMEOUT[type] : 600;
        if (seconds >= 1000 && Number.isInteger(seconds) && seconds % 1000 === 0) {
          const s = seconds / 1000;
          ctx.report({
            node,
            message: `Hook timeouts are in seconds: ${seconds} means ${Math.round(seconds / 60)} minutes before Claude Code cancels this hook (default ${def} s). If you meant ${seconds} ms, write ${s}.`,
            // Dividing by 1000 changes what the value means: a guess at the author's intent.
            fixes: [{ title: `Use ${s} seconds`, tier: 'suggestion', edits: [{ offset: node.offset, length: node.length, newText: String(s) }] }],
          });
        } else if (eventName === 'SessionEnd' && seconds > SESSION_END_MAX_BUDGET) {
          ctx.report({
            node, severity: 'warning',
            message: `SessionEnd hooks share a budget that a longer timeout raises only up to ${SESSION_END_MAX_BUDGET} seconds, so Claude Code cancels this hook after ${SESSION_END_MAX_BUDGET} s, not ${seconds} s.`,
          });
        }
      });
    }
  },
});
