import { defineRule, src } from '../define';
import { isPluginManifest, MR_DATE, MR_URL, pluginRootOf } from './helpers';
import { nodeAtPointer, keyNodeOf, owningProperty, toValue } from '../../parse/node';
import { scanComponents } from '../../index/components';

export default defineRule({
  id: 'plugin/default-folder-ignored',
  kinds: ['plugin'],
  description: 'A default folder (commands/, agents/, output-styles/…) is skipped because a manifest key replaces it.',
  defaultSeverity: 'warning',
  fixable: false,
  sources: [src(MR_URL, MR_DATE)],
  check(ctx) {
    if (!isPluginManifest(ctx)) return;
    // Scan from the text being validated (not the cached index), so unsaved edits count.
    const plugin = scanComponents(ctx.workspace, pluginRootOf(ctx.file.path), toValue(ctx.file.root) as Record<string, unknown>, ctx.file.path);
    for (const d of plugin.ignoredDefaults) {
      const value = nodeAtPointer(ctx.file.root, '/' + d.key.replace('.', '/'))
        ?? nodeAtPointer(ctx.file.root, '/' + d.key.replace('experimental.', ''));
      const prop = value ? owningProperty(value) : undefined;
      ctx.report({
        node: prop ? keyNodeOf(prop) : value,
        message: `Default ${d.folder}/ folder is ignored because the manifest sets "${d.key}": Claude Code loads only the listed paths, so files in ${d.folder}/ never load. List "./${d.folder}/" in "${d.key}" to keep them.`,
      });
    }
  },
});
