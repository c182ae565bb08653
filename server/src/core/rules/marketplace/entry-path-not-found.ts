import { defineRule, src } from '../define';
import { entries, isMarketplace } from './helpers';
import { MR_DATE, MR_URL, resolvedComponentPaths } from '../plugin/helpers';

const MKR = 'https://code.claude.com/docs/en/plugins/marketplace-reference';

/**
 * Component paths in a marketplace entry (`skills`, `commands`, `agents` … of a relative-source plugin)
 * are resolved from the plugin's folder. 2.1.332's validate does not check them (EXPECTATIONS §5.6),
 * but a path that does not exist loads nothing.
 */
export default defineRule({
  id: 'marketplace/entry-path-not-found',
  kinds: ['marketplace'],
  description: 'A component path in a marketplace entry (skills, commands, agents …) does not exist in the plugin folder, so it loads nothing.',
  defaultSeverity: 'warning',
  fixable: false,
  sources: [src(MKR, '2026-10-10', 'plugin entries accept the plugin.json component fields'), src(MR_URL, MR_DATE, 'component paths are relative to the plugin root')],
  check(ctx) {
    if (!isMarketplace(ctx)) return;
    for (const entry of entries(ctx)) {
      if (!entry.pluginRoot || !ctx.workspace.isDirectory(entry.pluginRoot)) continue; // marketplace/source-path
      for (const { r, ...pv } of resolvedComponentPaths(entry.node, entry.pluginRoot)) {
        if (!r.inside || r.hasDotDot || ctx.workspace.exists(r.abs)) continue;
        ctx.report({
          node: pv.node,
          message: `Path not found: ${pv.value} (resolved from this entry's plugin folder). Claude Code loads nothing from it, so ${entry.name ? `"${entry.name}"` : 'this plugin'} installs without the ${pv.key.key} at this path; claude plugin validate does not check paths in marketplace entries.`,
        });
      }
    }
  },
});
