import { defineRule, src } from '../define';
import { entries, isMarketplace, MKR_DATE, MKR_URL } from './helpers';
import { valueOf } from '../../parse/node';

export default defineRule({
  id: 'marketplace/entry-hooks-path',
  kinds: ['marketplace'],
  description: 'Entry `hooks` written as a file path or array passes validate but fails at load.',
  defaultSeverity: 'error',
  fixable: false,
  explains: ['marketplace/entry-path-not-found'],
  sources: [src(MKR_URL, MKR_DATE)],
  check(ctx) {
    if (!isMarketplace(ctx)) return;
    for (const e of entries(ctx)) {
      const hooks = valueOf(e.node, 'hooks');
      if (!hooks || hooks.type === 'object') continue;
      if (hooks.type !== 'string' && hooks.type !== 'array') continue;
      ctx.report({ node: hooks, message: `Entry "hooks" is a ${hooks.type === 'string' ? 'file path' : 'list'}: file-based hooks are "not yet supported in a marketplace entry", so these hooks never run and Claude Code reports a load error for the plugin (claude plugin validate passes it). Write an inline hooks object, or move the file into the plugin's hooks/hooks.json.` });
    }
  },
});
