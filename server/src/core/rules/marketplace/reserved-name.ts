import { defineRule, src } from '../define';
import { isMarketplace, MKR_DATE, MKR_URL } from './helpers';
import { valueOf } from '../../parse/node';
import { classifyMarketplaceName } from '../../knowledge/marketplace-names';

export default defineRule({
  id: 'marketplace/reserved-name',
  kinds: ['marketplace'],
  description: 'The marketplace name is reserved, impersonates an official marketplace, or is another spelling of one.',
  defaultSeverity: 'error',
  fixable: false,
  sources: [src(MKR_URL, MKR_DATE)],
  check(ctx) {
    if (!isMarketplace(ctx)) return;
    const node = valueOf(ctx.file.root, 'name');
    if (node?.type !== 'string' || typeof node.value !== 'string') return;
    const v = classifyMarketplaceName(node.value);
    if (!v) return;
    // Anthropic's own repositories may use the official names (source under github.com/anthropics/).
    if (ctx.config.anthropicOwned && (v.kind === 'official' || v.kind === 'spelling' || v.kind === 'impersonation')) return;
    // validate 2.1.332 passes official names (oracles M06); only `marketplace add` from a non-Anthropic source refuses.
    ctx.report({ node, message: v.message + '.', severity: v.kind === 'official' ? 'warning' : undefined });
  },
});
