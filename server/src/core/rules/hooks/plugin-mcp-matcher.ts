import { defineRule } from '../define';
import { parseTree } from 'jsonc-parser';
import { propertiesOf, keyOf, stringValue, valueOf, type Node } from '../../parse/node';
import { HOOKS_REF, PLUGIN_COMPONENTS, type HookEvent } from '../../knowledge/hooks-events';
import { join } from '../../paths';
import type { RuleContext } from '../../types';
import { forEachGroup, forEachHandler, guardNote, hooksSites } from './sites';
import { jsonStringOffset } from './shell';

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
          ctx.report({
            node,
            message: `"${server}" is this plugin's own MCP server, whose tools are named ${scoped}<tool>; "${bare}…" never matches them, so this ${eventName} hook never fires. Write "${scoped}.*".${guardNote(event)}`,
            fixes: start !== undefined && end !== undefined ? [{ title: `Use ${scoped}`, edits: [{ offset: start, length: end - start, newText: scoped }], isPreferred: true }] : undefined,
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
  const manifest = ctx.file.kind === 'plugin' ? ctx.file.root : parseTree(ctx.workspace.readFile(join(root, '.claude-plugin', 'plugin.json')) ?? '');
  const name = stringValue(valueOf(manifest, 'name'));
  if (!name) return undefined;
  const servers = new Set<string>();
  const inline = valueOf(manifest, 'mcpServers');
  if (inline?.type === 'object') for (const p of propertiesOf(inline)) servers.add(keyOf(p));
  const mcp = parseTree(ctx.workspace.readFile(join(root, '.mcp.json')) ?? '');
  const map = valueOf(mcp, 'mcpServers') ?? mcp;
  if (map?.type === 'object') for (const p of propertiesOf(map)) servers.add(keyOf(p));
  servers.delete('mcpServers');
  return { name, servers: [...servers].filter((s) => /^[A-Za-z0-9_-]+$/.test(s)) };
}
