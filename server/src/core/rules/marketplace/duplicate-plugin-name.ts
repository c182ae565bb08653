import { defineRule, src } from '../define';
import { entries, isMarketplace, MKR_DATE, MKR_URL } from './helpers';

export default defineRule({
  id: 'marketplace/duplicate-plugin-name',
  kinds: ['marketplace'],
  description: 'Two plugin entries share a name; validate fails and only one can be installed.',
  defaultSeverity: 'error',
  fixable: false,
  sources: [src(MKR_URL, MKR_DATE)],
  check(ctx) {
    if (!isMarketplace(ctx)) return;
    const seen = new Map<string, number>();
    for (const e of entries(ctx)) {
      if (!e.name || !e.nameNode) continue;
      const first = seen.get(e.name);
      if (first === undefined) { seen.set(e.name, e.index); continue; }
      ctx.report({ node: e.nameNode, message: `Duplicate plugin name "${e.name}" found in marketplace (also plugins[${first}]): claude plugin validate fails, and users can install only one plugin as "${e.name}@<marketplace>".` });
    }
  },
});
