import { defineRule } from '../define';
import { itemsOf, stringValue, valueOf } from '../../parse/node';
import { DESKTOP_SOURCES } from '../../knowledge/mcp-transports';
import { serversOf } from './servers';

/** Claude Desktop starts servers from its own working directory: relative and `~` paths don't resolve. */
export default defineRule({
  id: 'mcp/desktop-relative-path',
  kinds: ['desktop-config'],
  description: 'A relative or "~" path in a Claude Desktop server command/args does not resolve: Desktop needs absolute paths.',
  defaultSeverity: 'warning',
  fixable: false,
  sources: [DESKTOP_SOURCES.local],
  surfaces: ['claude-desktop-chat', 'cowork'],
  check(ctx) {
    for (const s of serversOf(ctx)) {
      const candidates = [valueOf(s.entry, 'command'), ...itemsOf(valueOf(s.entry, 'args'))];
      for (const node of candidates) {
        const v = stringValue(node);
        if (!node || v === undefined || !isRelativePath(v)) continue;
        ctx.report({
          node,
          message: `"${v}" in server "${s.name}" is a relative path: Claude Desktop starts servers from its own working directory${v.startsWith('~') ? ' and does not expand "~"' : ''}, so the server fails to start. Use an absolute path.`,
        });
      }
    }
  },
});

/** ./x, ../x, ~/x, or a bare file path with a folder and a script/binary extension (src/server.js). */
export function isRelativePath(v: string): boolean {
  if (/^(\.{1,2}[/\\]|~[/\\])/.test(v)) return true;
  return /^[A-Za-z0-9_.-]+[/\\][^\s]*\.(js|mjs|cjs|ts|py|sh|exe|jar)$/i.test(v);
}
