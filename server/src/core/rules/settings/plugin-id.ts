import { defineRule } from '../define';
import { keyNodeOf, keyOf, propertiesOf, valueOf } from '../../parse/node';
import { splitPluginId } from '../../settings/declared';
import { SETTINGS_REF } from '../../knowledge/settings-keys';

/** An `enabledPlugins` key must be `plugin-name@marketplace-name`; a bare name matches no installed plugin. */
export default defineRule({
  id: 'settings/plugin-id',
  kinds: ['settings'],
  description: 'An enabledPlugins key is not of the form plugin-name@marketplace-name.',
  defaultSeverity: 'warning',
  fixable: false,
  sources: [{ ...SETTINGS_REF, note: 'enabledPlugins: object mapping plugin-name@marketplace-name to a Boolean' }],
  check(ctx) {
    const map = valueOf(ctx.file.root, 'enabledPlugins');
    if (map?.type !== 'object') return;
    for (const prop of propertiesOf(map)) {
      const id = keyOf(prop);
      if (splitPluginId(id)) continue;
      ctx.report({
        node: keyNodeOf(prop),
        message: `"${id}" is not a plugin id: enabledPlugins keys are "plugin-name@marketplace-name", so Claude Code matches this entry to no plugin and it has no effect.`,
      });
    }
  },
});
