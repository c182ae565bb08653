import { defineRule } from '../define';
import { effect } from '../../load/effect';
import { keyOf, propertiesOf, stringValue, valueOf } from '../../parse/node';
import { POLICY_ONLY_SOURCES, SETTINGS_REF } from '../../knowledge/settings-keys';
import { renameString, suggestionFix } from './helpers';

const MKR = { url: 'https://code.claude.com/docs/en/plugins/marketplace-reference', date: '2026-10-10' };

/**
 * extraKnownMarketplaces sources that cannot register: `npm` (not implemented for marketplaces), the
 * policy-only types, and an inline `settings` marketplace whose `name` is not its key.
 */
export default defineRule({
  id: 'settings/marketplace-source',
  kinds: ['settings'],
  description: 'An extraKnownMarketplaces entry whose source Claude Code cannot register (npm, a policy-only type, or an inline marketplace named differently from its key).',
  defaultSeverity: 'error',
  fixable: true,
  fixTiers: ['suggestion'],
  sources: [
    { ...SETTINGS_REF, note: 'extraKnownMarketplaces § Marketplace source types: settings `name` must match the marketplace key' },
    { ...MKR, note: 'npm marketplace sources: "NPM marketplace sources not yet implemented"; skills-dir / hostPattern / pathPattern: policy lists only' },
  ],
  check(ctx) {
    for (const key of ['extraKnownMarketplaces', 'additionalMarketplaces']) {
      for (const prop of propertiesOf(valueOf(ctx.file.root, key))) {
        const name = keyOf(prop);
        // The marketplace is never registered, so plugins enabled from it never load (reach reads this).
        const data = { marketplace: name, effect: effect('refused', ['claude-code']) };
        const source = valueOf(prop.children?.[1], 'source');
        const typeNode = valueOf(source, 'source');
        const type = stringValue(typeNode);
        if (!typeNode || type === undefined) continue;
        if (type === 'npm') {
          ctx.report({ node: typeNode, message: `Claude Code cannot register marketplace "${name}": npm marketplace sources are not implemented ("NPM marketplace sources not yet implemented"), so plugins enabled from it are not found. Publish the marketplace in a git repository or at a URL.`, data });
        } else if (POLICY_ONLY_SOURCES.includes(type)) {
          ctx.report({ node: typeNode, message: `Source type "${type}" belongs in strictKnownMarketplaces / blockedMarketplaces (policy lists) only: Claude Code refuses it here ("Unsupported marketplace source type"), so marketplace "${name}" is not registered.`, data });
        } else if (type === 'settings') {
          const inner = valueOf(source, 'name');
          const innerName = stringValue(inner);
          if (inner && innerName !== undefined && innerName !== name) {
            ctx.report({
              node: inner,
              message: `An inline marketplace's name must equal its key: "${innerName}" is not "${name}", so Claude Code does not register marketplace "${name}".`,
              fixes: [suggestionFix(`Set the name to "${name}"`, renameString(inner, name))],
              data,
            });
          }
        }
      }
    }
  },
});
