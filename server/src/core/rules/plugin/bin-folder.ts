import { defineRule, src } from '../define';
import { isPluginManifest, pluginRootOf } from './helpers';
import { valueOf } from '../../parse/node';
import { join } from '../../paths';
import { BIN_REFUSED_SURFACES } from '../../knowledge/plugin-paths';

export default defineRule({
  id: 'plugin/bin-folder',
  kinds: ['plugin'],
  description: 'A top-level bin/ folder makes claude.ai and Cowork refuse to install the plugin.',
  defaultSeverity: 'error',
  fixable: false,
  surfaces: BIN_REFUSED_SURFACES,
  sources: [src('https://code.claude.com/docs/en/plugins/manifest-reference', '2026-10-04'), src('https://code.claude.com/docs/en/plugins/components', '2026-10-08')],
  check(ctx) {
    if (!isPluginManifest(ctx)) return;
    if (!ctx.workspace.isDirectory(join(pluginRootOf(ctx.file.path), 'bin'))) return;
    const name = valueOf(ctx.file.root, 'name');
    ctx.report({
      node: name, range: name ? undefined : { offset: 0, length: 1 },
      // Only an upload target makes this a refusal; by default it is a heads-up.
      severity: ctx.targets.explicit ? 'error' : 'warning',
      message: 'The plugin has a top-level bin/ folder: claude.ai and Cowork refuse to install it (Claude Code adds bin/ to the Bash PATH). Move executables elsewhere, e.g. under scripts/, if the plugin must reach claude.ai or Cowork.',
    });
  },
});
