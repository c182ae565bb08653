import { defineRule, src } from '../define';
import { entries, isMarketplace, MKR_DATE, MKR_URL } from './helpers';
import { keyNodeOf, propertyOf } from '../../parse/node';
import { join } from '../../paths';
import { ENTRY_COMPONENT_FIELDS } from '../../knowledge/plugin-paths';

export default defineRule({
  id: 'marketplace/strict-conflict',
  kinds: ['marketplace'],
  description: '"strict": false with component fields on an entry whose plugin has plugin.json: conflicting manifests, load error.',
  defaultSeverity: 'error',
  fixable: false,
  sources: [src(MKR_URL, MKR_DATE)],
  check(ctx) {
    if (!isMarketplace(ctx)) return;
    for (const e of entries(ctx)) {
      if (e.value.strict !== false || !e.pluginRoot) continue;
      if (ctx.workspace.readFile(join(e.pluginRoot, '.claude-plugin', 'plugin.json')) === undefined) continue;
      const fields = ENTRY_COMPONENT_FIELDS.filter((f) => e.value[f] !== undefined);
      if (fields.length === 0) continue;
      const prop = propertyOf(e.node, fields[0]);
      ctx.report({
        node: prop ? keyNodeOf(prop) : e.nameNode,
        message: `Plugin ${e.name ?? ''} has conflicting manifests: both plugin.json and marketplace entry specify components (${fields.join(', ')}) with "strict": false, so the plugin fails to load. Move them into plugin.json, or drop "strict": false. claude plugin validate does not report this.`,
      });
    }
  },
});
