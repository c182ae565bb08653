import { defineRule, src } from '../define';
import { keyNodeOf, propertyOf, stringValue, valueOf } from '../../parse/node';
import { isCredentialName } from '../../knowledge/mcp-secrets';
import { isStdio, serversOf } from './servers';

/** headersHelper trust and credential behaviour per scope, and helpers on servers that never use them. */
export default defineRule({
  id: 'mcp/headers-helper',
  kinds: ['mcp', 'managed-mcp', 'plugin', 'marketplace'],
  description: 'headersHelper pitfalls: credential variables it reads are removed for project and plugin servers, it runs only after workspace trust, and stdio servers ignore it.',
  defaultSeverity: 'warning',
  fixable: false,
  sources: [src('https://code.claude.com/docs/en/mcp', '2026-08-22', 'Use dynamic headers: where the helper runs, which variables it can read, trust')],
  check(ctx) {
    for (const s of serversOf(ctx)) {
      const prop = propertyOf(s.entry, 'headersHelper');
      const node = valueOf(s.entry, 'headersHelper');
      const cmd = stringValue(node);
      if (!prop || !node || cmd === undefined) continue;
      if (isStdio(s.entry)) {
        ctx.report({ node: keyNodeOf(prop), severity: 'info', message: `Server "${s.name}" is a stdio server: Claude Code runs headersHelper only for remote (http, sse, ws) servers, so it is ignored here.` });
        continue;
      }
      const stripped = s.map.scope === 'project' || s.map.scope === 'plugin';
      if (!stripped) continue;
      const creds = [...cmd.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]).filter((n) => isCredentialName(n) && !n.startsWith('CLAUDE_'));
      const origin = s.map.scope === 'plugin' ? 'a plugin' : 'a project .mcp.json';
      if (creds.length > 0) {
        ctx.report({
          node,
          message: `The headersHelper of server "${s.name}" reads $${creds[0]}, but for servers from ${origin} Claude Code removes credential-like variables (names with TOKEN, KEY, SECRET, AUTH…) from the helper's environment, so it sees nothing. Have the helper read the credential from a file or a credential store.`,
        });
      } else if (s.map.scope === 'project') {
        ctx.report({
          node, severity: 'info',
          message: `Claude Code runs the headersHelper of project server "${s.name}" only after the folder's workspace trust dialog is accepted (until then it connects with static "headers" only), from the directory Claude Code started in, and without credential variables from your environment.`,
        });
      }
    }
  },
});
