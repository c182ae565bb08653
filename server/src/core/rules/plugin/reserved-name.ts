import { defineRule, src } from '../define';
import { isPluginManifest, MR_DATE, MR_URL } from './helpers';
import { valueOf } from '../../parse/node';
import { classifyReservedPluginName } from '../../knowledge/plugin-names';

export default defineRule({
  id: 'plugin/reserved-name',
  kinds: ['plugin'],
  description: 'The plugin name passes as one of Anthropic\'s own (claude-, anthropic-, cc-plugin- …), as 2.1.332 checks it.',
  defaultSeverity: 'error',
  fixable: false,
  sources: [src(MR_URL, MR_DATE)],
  check(ctx) {
    if (!isPluginManifest(ctx) || ctx.config.anthropicOwned) return;
    const node = valueOf(ctx.file.root, 'name');
    if (node?.type !== 'string' || typeof node.value !== 'string') return;
    const verdict = classifyReservedPluginName(node.value);
    if (!verdict) return;
    if (verdict.level === 'error') {
      ctx.report({ node, message: `Plugin name "${node.value}" is reserved: it passes as one of Anthropic's own (it ${verdict.reason}). claude plugin validate fails and claude plugin init/tag refuse it; Claude Code still loads it. Rename the plugin, or set "anthropicOwned": true in .plugin-lens.json for Anthropic's own repositories.` });
    } else {
      ctx.report({ node, severity: 'warning', message: `Plugin name "${node.value}" reads as one of Anthropic's own (it ${verdict.reason}); claude plugin validate warns.` });
    }
  },
});
