import { defineRule } from '../define';
import { itemsOf, stringValue, valueOf, type Node } from '../../parse/node';
import { HOOKS_REF, PLUGIN_COMPONENTS } from '../../knowledge/hooks-events';
import { join } from '../../paths';
import type { RuleContext } from '../../types';
import { forEachHandler, hooksSites } from './sites';
import type { HookEvent } from '../../knowledge/hooks-events';
import { jsonStringOffset, pluginPaths } from './shell';

/** A hook runs `${CLAUDE_PLUGIN_ROOT}/scripts/x.sh` and that file is not in the plugin. Nothing is executed. */
export default defineRule({
  id: 'hooks/missing-script',
  kinds: ['hooks', 'plugin'],
  description: 'A plugin hook runs a ${CLAUDE_PLUGIN_ROOT}/… path that does not exist in the plugin, so the hook fails every time it fires.',
  defaultSeverity: 'warning',
  fixable: false,
  sources: [HOOKS_REF, PLUGIN_COMPONENTS],
  check(ctx) {
    for (const site of hooksSites(ctx)) {
      const root = site.pluginRoot;
      if (!root) continue;
      forEachHandler(site, ({ eventName, event, handler }) => {
        if (stringValue(valueOf(handler, 'type')) !== 'command') return;
        const nodes: Node[] = [valueOf(handler, 'command'), ...itemsOf(valueOf(handler, 'args'))].filter((n): n is Node => n?.type === 'string');
        for (const node of nodes) check(ctx, node, root, eventName, event);
      });
    }
  },
});

function check(ctx: RuleContext, node: Node, root: string, eventName: string, event: HookEvent | undefined): void {
  for (const span of pluginPaths(String(node.value))) {
    if (ctx.workspace.exists(join(root, span.name))) continue;
    const start = jsonStringOffset(ctx.file.text, node, span.index);
    const end = jsonStringOffset(ctx.file.text, node, span.index + span.length);
    ctx.report({
      ...(start !== undefined && end !== undefined ? { range: { offset: start, length: end - start } } : { node }),
      message: `This ${eventName} hook runs ./${span.name}, which does not exist in the plugin: the command fails every time the hook fires`
        + (event?.guard ? ', and a failing hook does not block the tool call.' : '.'),
    });
  }
}
