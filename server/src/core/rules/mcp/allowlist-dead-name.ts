import { defineRule, src } from '../define';
import { itemsOf, propertyOf, valueOf } from '../../parse/node';
import { removeMember } from '../../edits/json-edits';

const MMCP = 'https://code.claude.com/docs/en/managed-mcp';

/**
 * In `allowedMcpServers`, a `serverName` entry counts only for a transport whose kind of entry is absent:
 * with both `serverUrl` and `serverCommand` entries present it can never match anything.
 */
export default defineRule({
  id: 'mcp/allowlist-dead-name',
  kinds: ['settings', 'managed-mcp'],
  description: 'A serverName entry in allowedMcpServers that can never match, because the list also has serverUrl and serverCommand entries.',
  defaultSeverity: 'warning',
  fixable: true,
  fixTiers: ['suggestion'],
  sources: [src(MMCP, '2026-08-22', 'a serverName match counts only when the allowlist has no serverUrl (remote) / serverCommand (stdio) entries')],
  check(ctx) {
    const list = valueOf(ctx.file.root, 'allowedMcpServers');
    if (list?.type !== 'array') return;
    const entries = itemsOf(list).filter((e) => e.type === 'object');
    const hasUrl = entries.some((e) => propertyOf(e, 'serverUrl'));
    const hasCommand = entries.some((e) => propertyOf(e, 'serverCommand'));
    if (!hasUrl || !hasCommand) return;
    for (const entry of entries) {
      const name = valueOf(entry, 'serverName');
      if (!name || propertyOf(entry, 'serverUrl') || propertyOf(entry, 'serverCommand')) continue;
      ctx.report({
        node: name,
        message: `This serverName entry never matches: the allowlist also has serverUrl and serverCommand entries, so Claude Code admits remote servers only by URL and stdio servers only by command. A name is not a security control anyway (any server can be called "${String(name.value)}").`,
        fixes: [{ title: 'Remove the entry that never matches', tier: 'suggestion', edits: removeMember(ctx.file.text, entry) }],
      });
    }
  },
});
