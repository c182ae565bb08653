import { defineRule, src } from '../define';
import { stringValue, valueOf } from '../../parse/node';
import { isRemote, serversOf } from './servers';
import { effect } from '../../load/effect';

/** An empty url is a placeholder connector: shown as "not configured", never connected (valid since v2.1.208). */
export default defineRule({
  id: 'mcp/empty-url',
  kinds: ['mcp', 'managed-mcp', 'plugin', 'marketplace'],
  description: 'A remote server with an empty "url" is a placeholder: Claude Code shows it as "not configured" and does not connect.',
  defaultSeverity: 'hint',
  fixable: false,
  sources: [src('https://code.claude.com/docs/en/mcp', '2026-08-22', 'Server status: an empty url shows as not configured (v2.1.208+)')],
  check(ctx) {
    for (const s of serversOf(ctx)) {
      const node = valueOf(s.entry, 'url');
      if (!node || stringValue(node) !== '' || !isRemote(s.entry)) continue;
      ctx.report({ data: { effect: effect('dropped', ['claude-code']) },
        node,
        message: `Server "${s.name}" has an empty "url": Claude Code shows it as "not configured" and does not connect until a URL is set (a placeholder for a connector configured later; before v2.1.208 it was reported as a configuration issue).`,
      });
    }
  },
});
