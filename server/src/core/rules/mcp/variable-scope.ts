import { defineRule, src } from '../define';
import { keyOf, propertiesOf, valueOf } from '../../parse/node';
import { replaceValue } from '../../edits/json-edits';
import type { RuleContext } from '../../types';
import { EXPANDED_FIELDS, PLUGIN_ONLY_VARS, PROJECT_DIR_VAR } from '../../knowledge/mcp-expansion';
import { findPluginRoot } from '../../targets';
import { isObject, readPlugin } from '../../index/index';
import { serversOf, stringFields, type Server } from './servers';

/** Placeholders used where Claude Code does not substitute them (per file kind and scope). */
export default defineRule({
  id: 'mcp/variable-scope',
  kinds: ['mcp', 'desktop-config', 'managed-mcp', 'plugin', 'marketplace'],
  description: 'A ${…} placeholder used where it is not substituted: plugin-only variables outside plugins, ${CLAUDE_PROJECT_DIR} without a default, ${user_config.X} in headersHelper, ${VAR} in fields that never expand.',
  defaultSeverity: 'warning',
  fixable: true,
  fixTiers: ['safe'],
  sources: [
    src('https://code.claude.com/docs/en/mcp', '2026-08-22', 'Environment variable expansion; Plugin-provided MCP servers; Option 3 (CLAUDE_PROJECT_DIR needs a default); headersHelper and user_config'),
    src('https://code.claude.com/docs/en/plugins-reference', '2026-08-22', 'plugin placeholders and user configuration'),
  ],
  check(ctx) {
    const declared = userConfigKeys(ctx);
    for (const s of serversOf(ctx)) {
      const plugin = s.map.scope === 'plugin';
      for (const f of stringFields(s.entry)) {
        const value = f.node.value as string;
        for (const m of value.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_.]*)(:-[^}]*)?\}/g)) {
          const name = m[1];
          const hasDefault = m[2] !== undefined;
          const msg = problem(s, f.field, name, hasDefault, plugin, declared);
          if (!msg) continue;
          const fix = name === PROJECT_DIR_VAR && !hasDefault
            ? { title: 'Add the default ${CLAUDE_PROJECT_DIR:-.}', tier: 'safe' as const, isPreferred: true, edits: replaceValue(f.node, value.split('${CLAUDE_PROJECT_DIR}').join('${CLAUDE_PROJECT_DIR:-.}')) }
            : undefined;
          ctx.report({ node: f.node, message: msg.text, severity: msg.severity, fixes: fix ? [fix] : undefined, data: { variable: name, field: f.field } });
          break; // one finding per string
        }
      }
      // ${VAR} in oauth values never expands.
      for (const p of propertiesOf(valueOf(s.entry, 'oauth'))) {
        const v = p.children?.[1];
        if (v?.type === 'string' && /\$\{[^}]+\}/.test(v.value as string)) {
          ctx.report({ node: v, message: `Claude Code does not expand \${…} in "oauth.${keyOf(p)}" of server "${s.name}": the literal text is used. Write the value itself.` });
        }
      }
    }
  },
});

function problem(s: Server, field: string, name: string, hasDefault: boolean, plugin: boolean, declared: Set<string> | undefined): { text: string; severity?: 'error' | 'warning' } | undefined {
  const where = `"${field}" of server "${s.name}"`;
  if (name.startsWith('user_config.')) {
    const key = name.slice('user_config.'.length);
    if (!plugin) return { text: `\${${name}} in ${where} is substituted only in a plugin's MCP config; here the literal text reaches the server.` };
    if (field === 'headersHelper') return { severity: 'error', text: `\${${name}} in ${where}: Claude Code reports a plugin headersHelper that references user_config as misconfigured and does not substitute it (the command runs in a shell). Put it in "headers" or have the helper read a file.` };
    if (declared && !declared.has(key)) return { text: `\${${name}} in ${where} names a userConfig key the plugin does not declare, so Claude Code never asks for it and cannot substitute it. Declare "${key}" under "userConfig" in plugin.json.` };
    return undefined;
  }
  if (field === 'headersHelper') return undefined; // a shell command: the shell expands its own variables
  if (!EXPANDED_FIELDS.includes(field)) {
    if (field === 'cwd' || field === 'type' || field === 'headersHelper') return { text: `Claude Code does not expand \${…} in ${where}: the literal text is used.` };
    return undefined;
  }
  if (PLUGIN_ONLY_VARS.includes(name) && !plugin) {
    const whereFile = s.map.scope === 'desktop' ? 'Claude Desktop does not substitute it' : 'outside a plugin it is an unset environment variable';
    return { text: `\${${name}} in ${where} is only substituted in a plugin's MCP config; ${whereFile}, so the literal text reaches the server. Use an absolute path${s.map.scope === 'project' ? ' or ${CLAUDE_PROJECT_DIR:-.}' : ''}.` };
  }
  if (name === PROJECT_DIR_VAR && !hasDefault && (s.map.scope === 'project' || s.map.scope === 'managed')) {
    return { text: `\${CLAUDE_PROJECT_DIR} in ${where} is set in the server's environment, not in Claude Code's, so in a ${s.map.scope === 'project' ? 'project' : 'managed'} config it expands only with a default: write \${CLAUDE_PROJECT_DIR:-.}.` };
  }
  return undefined;
}

/** userConfig keys of the plugin that owns this config (undefined when unknown: no check). */
function userConfigKeys(ctx: RuleContext): Set<string> | undefined {
  if (ctx.file.kind === 'plugin') {
    return ctx.file.root?.type === 'object' ? new Set(propertiesOf(valueOf(ctx.file.root, 'userConfig')).map(keyOf)) : undefined;
  }
  if (ctx.file.kind !== 'mcp') return undefined;
  // The plugin's manifest, as the workspace index already read it.
  const root = findPluginRoot(ctx.file.path, ctx.workspace);
  const manifest = root ? readPlugin(ctx.workspace, root).manifest : undefined;
  if (!manifest) return undefined;
  return new Set(isObject(manifest.userConfig) ? Object.keys(manifest.userConfig) : []);
}
