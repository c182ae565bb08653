import { defineRule, src } from '../define';
import { isPluginManifest } from './helpers';
import { itemsOf, nodeAtPointer, valueOf, type Node } from '../../parse/node';
import { checkDependencyNodes } from './dependency-check';

export default defineRule({
  id: 'plugin/dependency-version',
  kinds: ['plugin'],
  description: 'A dependency names an invalid plugin id or gives a version that is not an npm semver range.',
  defaultSeverity: 'error',
  fixable: false,
  sources: [
    src('https://code.claude.com/docs/en/plugin-dependencies', '2026-08-22'),
    src('https://code.claude.com/docs/en/plugins/manifest-reference', '2026-10-04'),
  ],
  check(ctx) {
    if (!isPluginManifest(ctx)) return;
    const deps: Node | undefined = nodeAtPointer(ctx.file.root, '/dependencies');
    if (deps?.type === 'array') checkDependencyNodes(itemsOf(deps), ctx.report, valueOf);
  },
});
