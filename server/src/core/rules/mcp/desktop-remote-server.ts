import { defineRule } from '../define';
import { propertyOf, stringValue, valueOf } from '../../parse/node';
import { DESKTOP_SOURCES } from '../../knowledge/mcp-transports';
import { serversOf } from './servers';
import { lineBreakOf, lineIndent } from '../../edits/json-edits';

/** Claude Desktop's config file starts local stdio servers only; remote entries there are never connected. */
export default defineRule({
  id: 'mcp/desktop-remote-server',
  kinds: ['desktop-config'],
  description: 'A remote (url) server in claude_desktop_config.json is not connected: add it as a connector or wrap it in a stdio proxy.',
  defaultSeverity: 'warning',
  fixable: true,
  fixTiers: ['suggestion'],
  sources: [DESKTOP_SOURCES.stdioOnly, DESKTOP_SOURCES.connectors],
  surfaces: ['claude-desktop-chat', 'cowork'],
  // One mistake, one finding: on the server's name, this stands in for the missing-"command" schema finding and
  // for the reach finding that the Chat tab never loads the server (audit 2026-12-06 §4.4).
  explains: ['reach/blocked-by-content'],
  check(ctx) {
    for (const s of serversOf(ctx)) {
      if (s.entry.type !== 'object' || propertyOf(s.entry, 'command')) continue;
      const urlNode = valueOf(s.entry, 'url');
      const url = stringValue(urlNode);
      if (!urlNode || !url) continue;
      const text = ctx.file.text;
      const inner = JSON.stringify({ command: 'npx', args: ['-y', 'mcp-remote', url] });
      ctx.report({
        node: s.keyNode,
        message: `Claude Desktop starts only local "command" servers from this file, so remote server "${s.name}" is never connected. Add ${url} in Settings → Connectors (custom connector), or run it through a stdio proxy: "command": "npx", "args": ["-y", "mcp-remote", "<url>"].`,
        fixes: [{
          // Replaces a remote server by a command that downloads a proxy: changes what runs, a suggestion.
          title: 'Wrap in the mcp-remote stdio proxy (npx -y mcp-remote <url>)', tier: 'suggestion',
          edits: [{ offset: s.entry.offset, length: s.entry.length, newText: reindent(inner, text, s.entry.offset) }],
        }],
      });
    }
  },
});

/** `{ "command": …, "args": […] }` laid out like the surrounding entries (multi-line when they are). */
function reindent(compact: string, text: string, offset: number): string {
  const value = JSON.parse(compact) as { command: string; args: string[] };
  const indent = lineIndent(text, offset);
  const eol = lineBreakOf(text);
  const unit = indent.includes('\t') ? '\t' : '  ';
  return `{${eol}${indent}${unit}"command": ${JSON.stringify(value.command)},${eol}${indent}${unit}"args": [${value.args.map((a) => JSON.stringify(a)).join(', ')}]${eol}${indent}}`;
}
