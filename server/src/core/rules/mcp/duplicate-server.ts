import { defineRule, src } from '../define';
import { isObject, readPlugin, serverNamesIn } from '../../index/index';
import { findPluginRoot } from '../../targets';
import { dirname, join } from '../../paths';
import type { RuleContext } from '../../types';
import { isPluginMcp, serversOf } from './servers';

/** The same server name twice in one file, or in two places that share a scope; say which one wins. */
export default defineRule({
  id: 'mcp/duplicate-server',
  kinds: ['mcp', 'desktop-config', 'managed-mcp', 'plugin'],
  description: 'The same MCP server name is defined twice (in one file, or in a plugin\'s .mcp.json and plugin.json): only one definition is used.',
  defaultSeverity: 'warning',
  fixable: false,
  sources: [
    src('https://code.claude.com/docs/en/mcp', '2026-08-22', 'Scope hierarchy and precedence: entries are not merged'),
    src('https://code.claude.com/docs/en/desktop', '2026-08-22', 'the Code tab uses claude_desktop_config.json servers and they win name clashes'),
  ],
  check(ctx) {
    const servers = serversOf(ctx);
    const seen = new Map<string, number>();
    for (const s of servers) seen.set(s.name, (seen.get(s.name) ?? 0) + 1);
    const reported = new Set<string>();
    for (const s of servers) {
      if ((seen.get(s.name) ?? 0) > 1 && !reported.has(s.name)) {
        reported.add(s.name);
        ctx.report({ node: s.keyNode, message: `Server "${s.name}" is defined more than once in this file: JSON keeps only the last definition, so this one is ignored.` });
      }
    }
    const other = otherDefinitions(ctx);
    if (!other) return;
    for (const s of servers) {
      if (reported.has(s.name) || !other.names.has(s.name)) continue;
      ctx.report({ node: s.keyNode, severity: other.severity, message: other.message(s.name) });
    }
  },
});

interface Other { names: Set<string>; severity: 'warning' | 'info'; message(name: string): string }

function otherDefinitions(ctx: RuleContext): Other | undefined {
  if (ctx.file.kind === 'plugin') {
    // plugin.json inline servers vs the plugin's default .mcp.json.
    const names = namesIn(ctx, join(dirname(dirname(ctx.file.path)), '.mcp.json'));
    return names && { names, severity: 'warning', message: (n) => `Server "${n}" is also defined in the plugin's .mcp.json: a later declaration of the same name replaces the earlier one, so only one of them loads. Keep one definition.` };
  }
  if (ctx.file.kind === 'mcp' && isPluginMcp(ctx)) {
    const root = findPluginRoot(ctx.file.path, ctx.workspace)!;
    const inline = readPlugin(ctx.workspace, root).manifest?.mcpServers;
    if (!isObject(inline)) return undefined;
    return { names: new Set(Object.keys(inline)), severity: 'warning', message: (n) => `Server "${n}" is also defined inline in plugin.json "mcpServers": a later declaration of the same name replaces the earlier one, so only one of them loads. Keep one definition.` };
  }
  if (ctx.file.kind === 'mcp') {
    // A project .mcp.json vs a Claude Desktop config in the workspace: in the Desktop Code tab, Desktop's wins.
    const desktop = namesIn(ctx, join(ctx.workspace.root, 'claude_desktop_config.json'));
    return desktop && { names: desktop, severity: 'info', message: (n) => `Server "${n}" is also defined in claude_desktop_config.json: in the Claude Desktop Code tab that definition wins; the CLI and IDE use this one. Fields are never merged.` };
  }
  return undefined;
}

function namesIn(ctx: RuleContext, path: string): Set<string> | undefined {
  return path === ctx.file.path ? undefined : serverNamesIn(ctx.workspace, path);
}
