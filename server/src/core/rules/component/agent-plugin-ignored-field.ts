import { defineRule } from '../define';
import { keyNodeOf, propertyOf } from '../../parse/node';
import { COMPONENTS, PLUGIN_AGENT_IGNORED, SUB_AGENTS } from '../../knowledge/component-fields';
import { cleanFrontmatter, componentPluginRoot, removeYamlProperty } from './shared';

/** Plugin agents ignore permissionMode, hooks, mcpServers and initialPrompt "for security reasons". */
export default defineRule({
  id: 'agent/plugin-ignored-field',
  kinds: ['agent'],
  description: 'A plugin agent sets permissionMode, hooks, mcpServers or initialPrompt, which Claude Code ignores for plugin agents.',
  defaultSeverity: 'warning',
  fixable: true,
  fixTiers: ['suggestion'],
  sources: [SUB_AGENTS, COMPONENTS],
  check(ctx) {
    const root = cleanFrontmatter(ctx.file);
    if (!root || !componentPluginRoot(ctx)) return;
    for (const key of PLUGIN_AGENT_IGNORED) {
      const prop = propertyOf(root, key);
      if (!prop) continue;
      const edit = removeYamlProperty(ctx.file, prop);
      const instead = key === 'hooks' ? ' Declare it as a plugin hook (hooks/hooks.json) instead.'
        : key === 'mcpServers' ? ' Declare the server in the plugin\'s .mcp.json instead.'
          : key === 'permissionMode' ? ' Copy the agent into .claude/agents/ if it needs its own permission mode.' : '';
      ctx.report({
        node: keyNodeOf(prop),
        message: `"${key}" is ignored for plugin agents: Claude Code loads this agent without it.${instead}`,
        fixes: edit ? [{ title: `Remove "${key}"`, tier: 'suggestion', edits: [edit] }] : undefined,
      });
    }
  },
});
