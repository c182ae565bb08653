import { defineRule, src } from '../define';
import { isPluginManifest, resolvedComponentPaths, MR_DATE, MR_URL, pluginRootOf } from './helpers';

export default defineRule({
  id: 'plugin/path-outside-root',
  kinds: ['plugin'],
  description: 'A component path contains ".." or resolves outside the plugin root, so it does not load.',
  defaultSeverity: 'error',
  fixable: false,
  sources: [src(MR_URL, MR_DATE), src('https://code.claude.com/docs/en/plugins/troubleshooting', '2026-10-10')],
  check(ctx) {
    if (!isPluginManifest(ctx)) return;
    const root = pluginRootOf(ctx.file.path);
    for (const { r, ...pv } of resolvedComponentPaths(ctx.file.root, root)) {
      if (!r.inside) {
        ctx.report({ node: pv.node, message: `"${pv.value}" resolves outside the plugin root: Claude Code does not load it ("${pv.key.component} path escapes plugin directory") and claude plugin validate fails. Plugins are copied to a cache at install, so files outside the plugin break; move them inside or use a symlink inside the plugin.` });
      } else if (r.hasDotDot) {
        ctx.report({ node: pv.node, message: `"${pv.value}" contains "..": claude plugin validate fails it as a possible path traversal. Write the path without "..".` });
      }
    }
  },
});
