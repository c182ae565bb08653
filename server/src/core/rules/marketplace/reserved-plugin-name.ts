import { defineRule, src } from '../define';
import { entries, isMarketplace, marketplaceName, MKR_DATE, MKR_URL } from './helpers';
import { classifyReservedPluginName } from '../../knowledge/plugin-names';
import { OFFICIAL_MARKETPLACE_NAMES } from '../../knowledge/marketplace-names';

export default defineRule({
  id: 'marketplace/reserved-plugin-name',
  kinds: ['marketplace'],
  description: 'A plugin entry name passes as one of Anthropic\'s own plugins (claude-, anthropic-, cc-plugin- …).',
  defaultSeverity: 'error',
  fixable: false,
  sources: [src(MKR_URL, MKR_DATE), src('https://code.claude.com/docs/en/plugins/manifest-reference', '2026-10-04')],
  check(ctx) {
    if (!isMarketplace(ctx) || ctx.config.anthropicOwned) return;
    // 2.1.332 passes Anthropic's official marketplace listing its own claude-* plugins (EXPECTATIONS §3.2).
    const mk = marketplaceName(ctx);
    if (mk && OFFICIAL_MARKETPLACE_NAMES.includes(mk)) return;
    for (const e of entries(ctx)) {
      if (!e.name || !e.nameNode) continue;
      const v = classifyReservedPluginName(e.name);
      if (!v) continue;
      if (v.level === 'error') {
        ctx.report({ node: e.nameNode, message: `Plugin name "${e.name}" is reserved: it passes as one of Anthropic's own (it ${v.reason}). claude plugin validate fails the whole marketplace on this entry. Rename the plugin, or set "anthropicOwned": true in .plugin-lens.json.` });
      } else {
        ctx.report({ node: e.nameNode, severity: 'warning', message: `Plugin name "${e.name}" reads as one of Anthropic's own (it ${v.reason}); claude plugin validate warns.` });
      }
    }
  },
});
