import { defineRule } from '../define';
import { CLAUDE_CODE_SERVER_NAME, MCP_SOURCES, RESERVED_SERVER_NAMES } from '../../knowledge/mcp-transports';
import { serversOf } from './servers';
import { renameTier } from '../../fixes';
import { effect } from '../../load/effect';

/** Reserved built-in names are skipped at load; names outside [A-Za-z0-9_-] are rejected by `claude mcp`. */
export default defineRule({
  id: 'mcp/server-name',
  kinds: ['mcp', 'desktop-config', 'managed-mcp', 'plugin', 'marketplace'],
  description: 'Server names reserved for built-in servers are skipped at load; names with characters other than letters, digits, "-" and "_" are rejected by Claude Code\'s mcp commands (Desktop allows them).',
  defaultSeverity: 'info',
  fixable: true,
  fixTiers: ['safe', 'suggestion'],
  sources: [MCP_SOURCES.MCP],
  check(ctx) {
    const desktop = ctx.file.kind === 'desktop-config';
    const names = new Set(serversOf(ctx).map((s) => s.name));
    for (const s of serversOf(ctx)) {
      if (!desktop && RESERVED_SERVER_NAMES.includes(s.name)) {
        ctx.report({
          node: s.keyNode, severity: 'error', data: { effect: effect('dropped', ['claude-code']) },
          message: `"${s.name}" is reserved for a Claude Code built-in server: Claude Code skips this server at load and asks you to rename it.`,
          // Keeps the name as a prefix and makes a skipped server load: safe.
          fixes: [rename(s.keyNode, `${slug(s.name)}-server`, names, 'safe')],
        });
        continue;
      }
      if (CLAUDE_CODE_SERVER_NAME.test(s.name)) continue;
      const to = slug(s.name);
      ctx.report({
        node: s.keyNode,
        
        message: desktop
          ? `Claude Desktop accepts the server name "${s.name}", but Claude Code allows only letters, digits, "-" and "_": \`claude mcp add-from-claude-desktop\` skips it. Rename it to "${to}" to use it in both.`
          : `Server name "${s.name}" has characters other than letters, digits, "-" and "_": Claude Code loads it from this file, but \`claude mcp add\`/\`add-json\` reject such names and its tool names (mcp__…) get those characters replaced with "_". Rename it to "${to}" to keep names consistent.`,
        fixes: [rename(s.keyNode, to, names)],
      });
    }
  },
});

function slug(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'server';
}

function rename(keyNode: import('../../parse/node').Node, to: string, taken: Set<string>, tier?: 'safe') {
  let name = to;
  for (let i = 2; taken.has(name); i++) name = `${to}-${i}`;
  return { title: `Rename the server to "${name}"`, tier: tier ?? renameTier(keyNode.value as string, name), isPreferred: true, edits: [{ offset: keyNode.offset, length: keyNode.length, newText: JSON.stringify(name) }] };
}
