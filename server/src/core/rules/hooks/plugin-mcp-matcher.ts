import { defineRule } from '../define';
import { isObject, readPlugin, serverNamesIn } from '../../index/index';
import { stringValue, toValue, valueOf, type Node } from '../../parse/node';
import { HOOKS_REF, PLUGIN_COMPONENTS, type HookEvent } from '../../knowledge/hooks-events';
import { join } from '../../paths';
import type { RuleContext } from '../../types';
import { forEachGroup, forEachHandler, guardNote, hooksSites } from './sites';
import { jsonStringOffset } from './shell';
import { effect } from '../../load/effect';

/**
 * A plugin's own MCP tools are named `mcp__plugin_<plugin>_<server>__<tool>`; a matcher (or `if`) written
 * against the bare server key never fires for them.
 */
export default defineRule({
  id: 'hooks/plugin-mcp-matcher',
  kinds: ['hooks', 'plugin'],
  description: 'A plugin hook matches its own MCP server as mcp__<server>__…, but plugin tools are named mcp__plugin_<plugin>_<server>__…, so it never fires.',
  defaultSeverity: 'warning',
  fixable: true,
  fixTiers: ['safe'],
  sources: [PLUGIN_COMPONENTS, HOOKS_REF],
  check(ctx) {
    for (const site of hooksSites(ctx)) {
      if (!site.pluginRoot) continue;
      const plugin = pluginInfo(ctx, site.pluginRoot);
      if (!plugin || plugin.servers.length === 0) continue;
      const visit = (node: Node | undefined, eventName: string, event: HookEvent | undefined) => {
        const value = stringValue(node);
        if (!node || value === undefined) return;
        for (const server of plugin.servers) {
          const bare = `mcp__${server}__`;
          const idx = value.indexOf(bare);
          if (idx < 0) continue;
          const scoped = `mcp__plugin_${plugin.name}_${server}__`;
          const start = jsonStringOffset(ctx.file.text, node, idx);
          const end = jsonStringOffset(ctx.file.text, node, idx + bare.length);
          ctx.report({ data: { effect: effect('dropped', ['claude-code']) },
            node,
            message: `"${server}" is this plugin's own MCP server, whose tools are named ${scoped}<tool>; "${bare}…" never matches them, so this ${eventName} hook never fires. Write "${scoped}.*".${guardNote(event)}`,
            fixes: start !== undefined && end !== undefined ? [{ title: `Use ${scoped}`, edits: [{ offset: start, length: end - start, newText: scoped }], tier: 'safe', isPreferred: true }] : undefined,
          });
        }
      };
      forEachGroup(site, (eventName, event, group) => visit(valueOf(group, 'matcher'), eventName, event));
      forEachHandler(site, ({ eventName, event, handler }) => visit(valueOf(handler, 'if'), eventName, event));
    }
  },
});

/** The plugin's name and the MCP server keys it declares (`.mcp.json` and inline `mcpServers`). */
function pluginInfo(ctx: RuleContext, root: string): { name: string; servers: string[] } | undefined {
  // The open manifest when validating plugin.json itself; otherwise the one the workspace index read.
  const manifest = ctx.file.kind === 'plugin' ? (toValue(ctx.file.root) as Record<string, unknown> | undefined) : readPlugin(ctx.workspace, root).manifest;
  const name = typeof manifest?.name === 'string' ? manifest.name : undefined;
  if (!name) return undefined;
  const servers = new Set<string>(isObject(manifest?.mcpServers) ? Object.keys(manifest.mcpServers) : []);
  for (const s of serverNamesIn(ctx.workspace, join(root, '.mcp.json')) ?? []) servers.add(s);
  return { name, servers: [...servers].filter((s) => /^[A-Za-z0-9_-]+$/.test(s)) };
}
