import { defineRule } from '../define';
import { effect as loadEffect } from '../../load/effect';
import { keyNodeOf, keyOf, propertiesOf, toValue, valueOf } from '../../parse/node';
import { knownMarketplaceNames, splitPluginId } from '../../settings/declared';
import { SETTINGS_REF } from '../../knowledge/settings-keys';
import { suggest } from '../../suggest';
import { renameString, safeFix, scopeOf } from './helpers';

const PMKT = { url: 'https://code.claude.com/docs/en/plugin-marketplaces', date: '2026-08-22' };
const LOADING = {
  url: 'https://code.claude.com/docs/en/plugins/loading', date: '2026-10-04',
  note: '`marketplace add` also writes extraKnownMarketplaces to user settings; known_marketplaces.json is per user, so a marketplace added in one project is known in every project',
};

/**
 * `enabledPlugins` names `plugin@marketplace`; Claude Code resolves the marketplace among the ones the
 * machine knows. A shared file (project, managed) must register it in `extraKnownMarketplaces`, or
 * members who open the repository get "not found" instead of the plugin.
 */
export default defineRule({
  id: 'settings/unknown-marketplace',
  kinds: ['settings'],
  description: 'A plugin in enabledPlugins comes from a marketplace that no extraKnownMarketplaces entry registers (and that Claude Code does not register itself).',
  defaultSeverity: 'error',
  fixable: true,
  fixTiers: ['safe'],
  sources: [
    { ...SETTINGS_REF, note: 'enabledPlugins, extraKnownMarketplaces; "The official Anthropic marketplace is the only one Claude Code registers automatically"' },
    PMKT, LOADING,
  ],
  check(ctx) {
    const map = valueOf(ctx.file.root, 'enabledPlugins');
    if (map?.type !== 'object') return;
    const scope = scopeOf(ctx);
    const known = knownMarketplaceNames(ctx.workspace, ctx.file.path, toValue(ctx.file.root));
    for (const prop of propertiesOf(map)) {
      const id = keyOf(prop);
      const parts = splitPluginId(id);
      if (!parts || known.has(parts.marketplace)) continue;
      if (prop.children?.[1]?.value === false) continue; // switching a plugin off needs no marketplace
      const key = keyNodeOf(prop);
      const close = suggest(parts.marketplace, known);
      const shared = scope === 'project' || scope === 'managed';
      const effect = shared
        ? `on every machine that has not added it by hand, Claude Code reports "${parts.plugin}" as not found and does not load it. Register the marketplace in extraKnownMarketplaces (honoured after the workspace trust dialog) so members get it`
        : `unless this machine added it with /plugin marketplace add, Claude Code reports "${parts.plugin}" as not found and does not load it`;
      ctx.report({
        node: key,
        severity: shared ? 'error' : 'warning',
        message: `Marketplace "${parts.marketplace}" is not registered in this settings file: ${effect}.${close ? ` Did you mean "${close.name}"?` : ''}`,
        fixes: close?.clear ? [safeFix(`Rename to "${parts.plugin}@${close.name}"`, renameString(key, `${parts.plugin}@${close.name}`))] : undefined,
        // Members get "not found": the plugin this entry enables never loads for them (reach reads this).
        data: { plugin: parts.plugin, marketplace: parts.marketplace, effect: loadEffect('dropped', ['claude-code']) },
      });
    }
  },
});
