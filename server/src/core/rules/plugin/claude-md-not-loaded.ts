import { defineRule, src } from '../define';
import { isPluginManifest, pluginRootOf } from './helpers';
import { valueOf } from '../../parse/node';
import { join } from '../../paths';

export default defineRule({
  id: 'plugin/claude-md-not-loaded',
  kinds: ['plugin'],
  description: 'A CLAUDE.md at the plugin root is not loaded as context.',
  defaultSeverity: 'warning',
  fixable: false,
  sources: [src('https://code.claude.com/docs/en/plugins/components', '2026-10-08'), src('https://code.claude.com/docs/en/plugins/manifest-reference', '2026-10-04')],
  check(ctx) {
    if (!isPluginManifest(ctx)) return;
    const root = pluginRootOf(ctx.file.path);
    if (ctx.workspace.readFile(join(root, 'CLAUDE.md')) === undefined) return;
    const name = valueOf(ctx.file.root, 'name');
    ctx.report({
      node: name ?? ctx.file.root,
      range: name ? undefined : { offset: 0, length: 1 },
      message: 'CLAUDE.md at the plugin root is not loaded as project context: Claude never sees it. Put instructions that should reach Claude in a skill.',
    });
  },
});
