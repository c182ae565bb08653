import { defineRule } from '../define';
import { keyNodeOf, propertyOf } from '../../parse/node';
import { HOOKS_REF } from '../../knowledge/hooks-events';
import { forEachHandler, hooksSites } from './sites';
import { effect } from '../../load/effect';

/** `once` is honoured only in skill frontmatter hooks; elsewhere the hook runs every time. */
export default defineRule({
  id: 'hooks/once-ignored',
  kinds: ['hooks', 'settings', 'plugin', 'agent'],
  description: '"once" is honoured only for hooks in skill frontmatter; here it is ignored and the hook runs every time.',
  defaultSeverity: 'warning',
  fixable: false,
  sources: [HOOKS_REF],
  check(ctx) {
    for (const site of hooksSites(ctx)) {
      forEachHandler(site, ({ handler }) => {
        const prop = propertyOf(handler, 'once');
        if (!prop || prop.children?.[1]?.value !== true) return;
        ctx.report({ data: { effect: effect('degraded', ['claude-code'], { loss: 'runs every time: "once" is ignored' }) },
          node: keyNodeOf(prop),
          message: '"once" is only honoured for hooks declared in skill frontmatter: Claude Code ignores it here, so this hook runs on every matching event.',
        });
      });
    }
  },
});
