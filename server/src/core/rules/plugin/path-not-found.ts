import { defineRule, src } from '../define';
import { isPluginManifest, resolvedComponentPaths, MR_DATE, MR_URL, pluginRootOf } from './helpers';
import { join } from '../../paths';

export default defineRule({
  id: 'plugin/path-not-found',
  kinds: ['plugin'],
  description: 'A component path in plugin.json does not exist, or is a file where a skills directory is required.',
  defaultSeverity: 'error',
  fixable: false,
  sources: [src(MR_URL, MR_DATE), src('https://code.claude.com/docs/en/plugins/troubleshooting', '2026-10-10')],
  check(ctx) {
    if (!isPluginManifest(ctx)) return;
    const root = pluginRootOf(ctx.file.path);
    for (const { r, ...pv } of resolvedComponentPaths(ctx.file.root, root)) {
      if (!r.inside || r.hasDotDot) continue; // plugin/path-outside-root
      if (!r.dotSlash && pv.value !== '.') continue; // the schema reports the missing "./"
      const unchecked = pv.key.validateChecks ? '' : ' (claude plugin validate checks this key only from v2.1.283)';
      if (!ctx.workspace.exists(r.abs)) {
        const mcp = pv.key.key === 'mcpServers' ? ' The plugin loader skips a missing MCP servers file without reporting it, so none of its servers load.' : '';
        ctx.report({ node: pv.node, message: `Path not found: ${pv.value}. Claude Code does not load it ("${pv.key.component} path not found")${unchecked}.${mcp}` });
      } else if (pv.key.key === 'skills' && !ctx.workspace.isDirectory(r.abs)) {
        ctx.report({ node: pv.node, message: `"${pv.value}" is a file; skills entries must be directories containing SKILL.md (or folders of skill directories). claude plugin validate fails it and the skill does not load.` });
      } else if (pv.key.key === 'skills' && r.abs !== root && !ctx.workspace.exists(join(r.abs, 'SKILL.md'))
        && !(ctx.workspace.listDirectory(r.abs) ?? []).some((e) => e.isDirectory && ctx.workspace.exists(join(r.abs, e.name, 'SKILL.md')))) {
        ctx.report({ node: pv.node, severity: 'warning', message: `"${pv.value}" holds no SKILL.md and no <name>/SKILL.md folders, so this skills entry loads nothing.` });
      }
    }
  },
});
