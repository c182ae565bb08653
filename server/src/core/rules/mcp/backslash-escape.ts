import { defineRule, src } from '../define';
import { serversOf, stringFields } from './servers';

/** `"C:\tools\new"`: in JSON `\t` and `\n` are a tab and a newline, so the Windows path is silently wrong. */
export default defineRule({
  id: 'mcp/backslash-escape',
  kinds: ['mcp', 'desktop-config', 'managed-mcp', 'plugin', 'marketplace'],
  description: 'A Windows path with single backslashes: JSON reads "\\t", "\\n"… as control characters, so the path the server gets is wrong.',
  defaultSeverity: 'error',
  fixable: true,
  fixTiers: ['safe'],
  sources: [
    src('https://www.rfc-editor.org/rfc/rfc8259#section-7', '2017-12-01', 'JSON string escapes'),
    src('https://modelcontextprotocol.io/docs/develop/connect-local-servers', '2026-08-22', 'Windows paths in claude_desktop_config.json use double backslashes'),
  ],
  check(ctx) {
    const text = ctx.file.text;
    for (const s of serversOf(ctx)) {
      for (const f of stringFields(s.entry)) {
        if (!['command', 'args', 'env', 'cwd'].includes(f.field)) continue;
        const raw = text.slice(f.node.offset, f.node.offset + f.node.length);
        const value = f.node.value as string;
        // A control character from an escape, inside something that looks like a Windows path.
        if (!/[\t\n\r\b\f]/.test(value) || !looksLikePath(raw)) continue;
        if (!/(?<!\\)(\\\\)*\\[ntrbf]/.test(raw)) continue;
        const fixed = raw.replace(/(?<!\\)((?:\\\\)*)\\([ntrbf])/g, '$1\\\\$2');
        ctx.report({
          node: f.node,
          message: `The path in "${f.field}" of server "${s.name}" contains ${describe(value)}: in JSON a single backslash starts an escape, so the server gets a different path and fails to start. Double every backslash (\\\\) or use forward slashes.`,
          fixes: [{ title: 'Double the backslashes', tier: 'safe', isPreferred: true, edits: [{ offset: f.node.offset, length: f.node.length, newText: fixed }] }],
        });
      }
    }
  },
});

function describe(value: string): string {
  if (value.includes('\t')) return 'a tab ("\\t")';
  if (value.includes('\n')) return 'a newline ("\\n")';
  if (value.includes('\r')) return 'a carriage return ("\\r")';
  return 'a control character ("\\b" or "\\f")';
}

/** A drive letter, an escaped backslash, or several escapes: a Windows path rather than intended text. */
function looksLikePath(raw: string): boolean {
  return /^"[A-Za-z]:\\/.test(raw) || raw.includes('\\\\') || (raw.match(/\\[ntrbf]/g) ?? []).length >= 2;
}
