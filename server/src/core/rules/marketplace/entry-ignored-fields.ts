import { defineRule, src } from '../define';
import { entries, isMarketplace, MKR_DATE, MKR_URL } from './helpers';
import { keyNodeOf, propertyOf } from '../../parse/node';
import { join } from '../../paths';
import { ENTRY_FIELDS_IGNORED_WITH_MANIFEST } from '../../knowledge/plugin-paths';

export default defineRule({
  id: 'marketplace/entry-ignored-fields',
  kinds: ['marketplace'],
  description: 'Entry mcpServers/lspServers/userConfig/channels are ignored when the plugin has its own plugin.json.',
  defaultSeverity: 'warning',
  fixable: false,
  sources: [src(MKR_URL, MKR_DATE)],
  check(ctx) {
    if (!isMarketplace(ctx)) return;
    for (const e of entries(ctx)) {
      if (!e.pluginRoot || ctx.workspace.readFile(join(e.pluginRoot, '.claude-plugin', 'plugin.json')) === undefined) continue;
      for (const f of ENTRY_FIELDS_IGNORED_WITH_MANIFEST) {
        const prop = propertyOf(e.node, f);
        if (prop) ctx.report({ node: keyNodeOf(prop), message: `Entry "${f}" is ignored because the plugin has its own plugin.json: declare it in plugin.json instead.` });
      }
    }
  },
});
