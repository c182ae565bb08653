import { defineRule } from '../define';
import { keyNodeOf, propertyOf } from '../../parse/node';
import { OUTPUT_STYLES } from '../../knowledge/component-fields';
import { cleanFrontmatter, componentPluginRoot, removeYamlProperty } from './shared';

/** `force-for-plugin` applies to plugin output styles only. */
export default defineRule({
  id: 'output-style/force-outside-plugin',
  kinds: ['output-style'],
  description: 'force-for-plugin is set on an output style that is not part of a plugin, where Claude Code ignores it.',
  defaultSeverity: 'warning',
  fixable: true,
  fixTiers: ['suggestion'],
  sources: [OUTPUT_STYLES],
  check(ctx) {
    const root = cleanFrontmatter(ctx.file);
    const prop = propertyOf(root, 'force-for-plugin');
    if (!prop || componentPluginRoot(ctx)) return;
    const edit = removeYamlProperty(ctx.file, prop);
    ctx.report({
      node: keyNodeOf(prop),
      message: '"force-for-plugin" applies only to output styles shipped in a plugin: here Claude Code ignores it, and the style is used only when selected with /output-style or the outputStyle setting.',
      fixes: edit ? [{ title: 'Remove "force-for-plugin"', tier: 'suggestion', edits: [edit] }] : undefined,
    });
  },
});
