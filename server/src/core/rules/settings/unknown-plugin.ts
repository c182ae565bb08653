import { defineRule } from '../define';
import { effect } from '../../load/effect';
import { keyNodeOf, keyOf, propertiesOf, valueOf } from '../../parse/node';
import { getWorkspaceIndex } from '../../index/index';
import { relative } from '../../paths';
import { splitPluginId } from '../../settings/declared';
import { SETTINGS_REF } from '../../knowledge/settings-keys';
import { suggest } from '../../suggest';
import { renameString, safeFix } from './helpers';

const MKR = { url: 'https://code.claude.com/docs/en/plugins/marketplace-reference', date: '2026-10-10' };

/**
 * A plugin enabled from a marketplace whose marketplace.json is in this workspace (same `name`), but
 * that marketplace lists no plugin of that name: Claude Code reports it as not found.
 */
export default defineRule({
  id: 'settings/unknown-plugin',
  kinds: ['settings'],
  description: 'enabledPlugins names a plugin that the marketplace of that name in this workspace does not list.',
  defaultSeverity: 'warning',
  fixable: true,
  fixTiers: ['safe'],
  sources: [{ ...SETTINGS_REF, note: 'enabledPlugins keys are plugin-name@marketplace-name' }, { ...MKR, note: 'plugin entries are found by name' }],
  check(ctx) {
    const map = valueOf(ctx.file.root, 'enabledPlugins');
    if (map?.type !== 'object') return;
    const marketplaces = getWorkspaceIndex(ctx.workspace).marketplaces;
    for (const prop of propertiesOf(map)) {
      const parts = splitPluginId(keyOf(prop));
      if (!parts || prop.children?.[1]?.value === false) continue;
      const same = marketplaces.filter((m) => m.name === parts.marketplace);
      if (same.length !== 1) continue; // none here, or ambiguous: nothing to compare with
      const names = same[0].entries.map((e) => e.name).filter((n): n is string => typeof n === 'string');
      if (names.includes(parts.plugin)) continue;
      const close = suggest(parts.plugin, names);
      const key = keyNodeOf(prop);
      ctx.report({
        node: key,
        message: `Marketplace "${parts.marketplace}" (${relative(ctx.workspace.root, same[0].path) || same[0].path}) lists no plugin "${parts.plugin}": Claude Code reports it as not found and loads nothing for this entry.${close ? ` Did you mean "${close.name}"?` : ''}`,
        fixes: close?.clear ? [safeFix(`Rename to "${close.name}@${parts.marketplace}"`, renameString(key, `${close.name}@${parts.marketplace}`))] : undefined,
        data: { plugin: parts.plugin, marketplace: parts.marketplace, effect: effect('dropped', ['claude-code']) },
      });
    }
  },
});
