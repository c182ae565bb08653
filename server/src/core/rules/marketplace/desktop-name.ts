import { defineRule, src } from '../define';
import { entries, isMarketplace, MKR_DATE, MKR_URL } from './helpers';
import { valueOf } from '../../parse/node';
import { DESKTOP_RESERVED_MARKETPLACE_NAMES } from '../../knowledge/marketplace-names';
import { DESKTOP_NAME } from '../../knowledge/plugin-names';

const DESKTOP = ['claude-desktop-chat', 'cowork', 'claude-code-desktop'] as const;

export default defineRule({
  id: 'marketplace/desktop-name',
  kinds: ['marketplace'],
  description: 'A marketplace or plugin name Claude Desktop rejects (org/org-provisioned/unknown, over 128 characters).',
  defaultSeverity: 'warning',
  fixable: false,
  surfaces: DESKTOP,
  sources: [src(MKR_URL, MKR_DATE)],
  check(ctx) {
    if (!isMarketplace(ctx)) return;
    const node = valueOf(ctx.file.root, 'name');
    if (node?.type === 'string' && typeof node.value === 'string') {
      if (DESKTOP_RESERVED_MARKETPLACE_NAMES.includes(node.value.toLowerCase())) {
        ctx.report({ node, message: `Marketplace name "${node.value}" is reserved in Claude Desktop: Claude Desktop rejects the marketplace.` });
      } else if (node.value.length > DESKTOP_NAME.maxLength) {
        ctx.report({ node, message: `Marketplace name is not accepted by Claude Desktop (max ${DESKTOP_NAME.maxLength} chars): Claude Desktop rejects the marketplace.` });
      }
    }
    for (const e of entries(ctx)) {
      if (e.nameNode && e.name && e.name.length > DESKTOP_NAME.maxLength) {
        ctx.report({ node: e.nameNode, message: `Plugin name "${e.name.slice(0, 40)}…" is not accepted by Claude Desktop (max ${DESKTOP_NAME.maxLength} chars): Claude Desktop drops this entry.` });
      }
    }
  },
});
