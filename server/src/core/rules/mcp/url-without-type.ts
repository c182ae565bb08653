import { defineRule, src } from '../define';
import { keyNodeOf, keyOf, propertyOf, stringValue, valueOf, type Node } from '../../parse/node';
import type { Edit } from '../../types';
import { insertProperty } from '../../edits/json-edits';
import { transportAlias, transportForUrl } from '../../knowledge/mcp-transports';
import { serversOf } from './servers';
import { effect } from '../../load/effect';

/** A remote entry with `url` but no `type` is read as stdio and dropped for lacking `command`. */
export default defineRule({
  id: 'mcp/url-without-type',
  kinds: ['mcp', 'managed-mcp', 'plugin', 'marketplace'],
  description: 'A server with a "url" but no "type" is read as a stdio server and silently dropped at load.',
  defaultSeverity: 'error',
  fixable: true,
  fixTiers: ['safe'],
  sources: [
    src('https://code.claude.com/docs/en/mcp', '2026-08-22', 'From an mcpServers JSON block: a url with no type fails'),
    src('https://github.com/excalidraw/excalidraw-mcp/issues/64', '2026-08-22', 'landscape.md pain 21'),
  ],
  check(ctx) {
    for (const s of serversOf(ctx)) {
      if (s.entry.type !== 'object' || propertyOf(s.entry, 'type') || propertyOf(s.entry, 'command')) continue;
      const urlProp = propertyOf(s.entry, 'url');
      const url = stringValue(valueOf(s.entry, 'url'));
      if (!urlProp || url === undefined) continue;
      // A misspelled `transport` key usually carries the intended transport.
      const transportProp = propertyOf(s.entry, 'transport');
      const transportValue = stringValue(valueOf(s.entry, 'transport'));
      const intended = transportValue ? transportAlias(transportValue) ?? (['http', 'sse', 'ws'].includes(transportValue) ? transportValue : undefined) : undefined;
      const type = intended && intended !== 'stdio' ? (intended === 'streamable-http' ? 'http' : intended) : transportForUrl(url);
      ctx.report({
        node: s.keyNode,
        message: `MCP server "${s.name}" has a "url" but no "type": Claude Code reads it as a stdio server, finds no "command" and silently drops it at load. Add "type": "${type}"${type === 'http' ? ' (or "sse" / "ws" to match the endpoint)' : ''}.`,
        fixes: [{ title: `Add "type": "${type}"`, tier: 'safe', isPreferred: true, edits: transportProp && intended ? renameTransport(transportProp, type) : insertProperty(ctx.file.text, s.entry, 'type', type) }],
        data: { server: s.name, type, key: keyOf(s.prop), effect: effect('dropped', ['claude-code']) },
      });
    }
  },
});

/** The same edits as mcp/ignored-key's rename, so applying both fixes never adds "type" twice. */
function renameTransport(prop: Node, type: string): Edit[] {
  const key = keyNodeOf(prop);
  const value = prop.children![1];
  return [{ offset: key.offset, length: key.length, newText: '"type"' }, { offset: value.offset, length: value.length, newText: JSON.stringify(type) }];
}
