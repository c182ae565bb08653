import { defineRule, src } from '../define';
import { stringValue, valueOf } from '../../parse/node';
import { replaceValue } from '../../edits/json-edits';
import { serversOf } from './servers';

/** `http://` / `ws://` to a host other than this machine: tokens and tool traffic travel unencrypted. */
export default defineRule({
  id: 'mcp/insecure-url',
  kinds: ['mcp', 'desktop-config', 'managed-mcp', 'plugin', 'marketplace'],
  description: 'A remote server URL uses plain http:// or ws:// outside localhost: headers, tokens and tool data travel unencrypted.',
  defaultSeverity: 'warning',
  fixable: true,
  fixTiers: ['suggestion'],
  sources: [
    src('https://code.claude.com/docs/en/mcp', '2026-08-22', 'remote servers use https:// endpoints; OAuth metadata must be https'),
    src('https://modelcontextprotocol.io/specification/2025-06-18/basic/authorization', '2025-06-18', 'authorization endpoints must be served over HTTPS'),
  ],
  check(ctx) {
    for (const s of serversOf(ctx)) {
      const node = valueOf(s.entry, 'url');
      const url = stringValue(node);
      if (!node || !url) continue;
      const m = /^(http|ws):\/\/(\[[^\]]*\]|[^/:?#]*)/i.exec(url);
      if (!m || isLocal(m[2])) continue;
      const secure = m[1].toLowerCase() === 'http' ? 'https' : 'wss';
      ctx.report({
        node,
        message: `Server "${s.name}" connects over plain ${m[1].toLowerCase()}:// to ${m[2]}: its headers, tokens and tool traffic travel unencrypted. Use ${secure}://.`,
        // A different URL may not answer: a suggestion.
        fixes: [{ title: `Use ${secure}://`, tier: 'suggestion', edits: replaceValue(node, url.replace(/^(http|ws):/i, `${secure}:`)) }],
      });
    }
  },
});

function isLocal(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return h === 'localhost' || h.endsWith('.localhost') || h === '[::1]' || h === '0.0.0.0' || /^127\./.test(h)
    || h === 'host.docker.internal' || h.includes('${') || h === '';
}
