import { defineRule } from '../define';
import { itemsOf, valueOf } from '../../parse/node';
import { serverNamesIn } from '../../index/index';
import { dirname, join } from '../../paths';
import { MCP_DOC, SETTINGS_REF } from '../../knowledge/settings-keys';
import { suggest } from '../../suggest';
import { renameString, safeFix, scopeOf } from './helpers';

const LISTS = ['enabledMcpjsonServers', 'disabledMcpjsonServers'] as const;

/**
 * enabledMcpjsonServers / disabledMcpjsonServers name servers of the project's `.mcp.json`. In project and
 * local settings, a name that .mcp.json does not define approves or rejects nothing; a name in both lists
 * is rejected (rejection wins).
 */
export default defineRule({
  id: 'settings/mcpjson-server',
  kinds: ['settings'],
  description: 'enabledMcpjsonServers / disabledMcpjsonServers name a server the project .mcp.json does not define, or the same server in both lists.',
  defaultSeverity: 'warning',
  fixable: true,
  fixTiers: ['safe'],
  sources: [
    { ...SETTINGS_REF, note: 'disabledMcpjsonServers: "Rejection takes precedence over enabledMcpjsonServers and enableAllProjectMcpServers"' },
    MCP_DOC,
  ],
  check(ctx) {
    const root = ctx.file.root;
    const disabled = new Set(itemsOf(valueOf(root, 'disabledMcpjsonServers')).map((n) => n.value).filter((v): v is string => typeof v === 'string'));
    const scope = scopeOf(ctx);
    // The project's .mcp.json sits beside the .claude folder; user and managed lists apply to every project.
    const servers = scope === 'project' || scope === 'local' ? serverNamesIn(ctx.workspace, join(dirname(dirname(ctx.file.path)), '.mcp.json')) : undefined;
    for (const list of LISTS) {
      for (const item of itemsOf(valueOf(root, list))) {
        if (item.type !== 'string') continue;
        const name = String(item.value);
        if (list === 'enabledMcpjsonServers' && disabled.has(name)) {
          ctx.report({ node: item, message: `"${name}" is also in disabledMcpjsonServers, and rejection wins: Claude Code never connects this server.` });
          continue;
        }
        if (!servers || servers.has(name)) continue;
        const close = suggest(name, servers);
        const verb = list === 'enabledMcpjsonServers' ? 'approves' : 'rejects';
        ctx.report({
          node: item,
          message: `The project .mcp.json defines no server "${name}", so this entry ${verb} nothing.${close ? ` Did you mean "${close.name}"?` : ''}`,
          fixes: close?.clear ? [safeFix(`Rename to "${close.name}"`, renameString(item, close.name))] : undefined,
        });
      }
    }
  },
});
