import { defineRule, src } from '../define';
import { stringValue, valueOf } from '../../parse/node';
import { replaceValue } from '../../edits/json-edits';
import { transportAlias } from '../../knowledge/mcp-transports';
import { serversOf } from './servers';
import { effect } from '../../load/effect';

/** `streamableHttp`, `websocket`…: names from the MCP spec or other clients that Claude Code rejects. */
export default defineRule({
  id: 'mcp/transport-alias',
  kinds: ['mcp', 'managed-mcp', 'plugin', 'marketplace'],
  description: 'A misspelled transport ("streamableHttp", "websocket"…) has a Claude Code name: rename it so the server loads.',
  // The schema already reports the unknown value as an error; this adds the name Claude Code expects and the rename.
  defaultSeverity: 'hint',
  fixable: true,
  fixTiers: ['safe'],
  sources: [
    src('https://code.claude.com/docs/en/mcp', '2026-08-22'),
    src('https://github.com/anthropics/claude-code/issues/45836', '2026-08-22', 'transport name confusion (landscape.md pain 22)'),
  ],
  check(ctx) {
    for (const s of serversOf(ctx)) {
      const node = valueOf(s.entry, 'type');
      const value = stringValue(node);
      if (!node || value === undefined) continue;
      const to = transportAlias(value);
      if (!to) continue;
      ctx.report({
        node,
        message: `Transport "${value}" is not a Claude Code transport name, so server "${s.name}" is dropped at load; Claude Code calls it "${to}".`,
        fixes: [{ title: `Rename the transport to "${to}"`, tier: 'safe', isPreferred: true, edits: replaceValue(node, to) }],
        data: { from: value, to, effect: effect('dropped', ['claude-code']) },
      });
    }
  },
});
