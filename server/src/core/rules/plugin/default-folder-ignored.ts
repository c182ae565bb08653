import { defineRule, src } from '../define';
import { isPluginManifest, manifestScan, MR_DATE, MR_URL } from './helpers';
import { nodeAtPointer, keyNodeOf, owningProperty } from '../../parse/node';

export default defineRule({
  id: 'plugin/default-folder-ignored',
  kinds: ['plugin'],
  description: 'A default folder (commands/, agents/, output-styles/…) is skipped because a manifest key replaces it.',
  defaultSeverity: 'warning',
  fixable: false,
  sources: [src(MR_URL, MR_DATE)],
  check(ctx) {
    if (!isPluginManifest(ctx)) return;
    const plugin = manifestScan(ctx);
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
