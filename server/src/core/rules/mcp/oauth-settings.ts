import { defineRule, src } from '../define';
import { itemsOf, keyNodeOf, propertyOf, stringValue, valueOf } from '../../parse/node';
import { replaceValue } from '../../edits/json-edits';
import { serversOf } from './servers';

/** oauth: scopes as a list (join them), http:// metadata URL (use https), a client secret in the file. */
export default defineRule({
  id: 'mcp/oauth-settings',
  kinds: ['mcp', 'managed-mcp', 'plugin', 'marketplace'],
  description: 'OAuth settings Claude Code cannot use: "scopes" as a list instead of one space-separated string, an http:// metadata URL, a client secret in the file.',
  // Type and pattern failures are already schema errors; this rule adds the repair and the secret check.
  defaultSeverity: 'hint',
  fixable: true,
  fixTiers: ['safe', 'suggestion'],
  sources: [src('https://code.claude.com/docs/en/mcp', '2026-08-22', 'Restrict OAuth scopes; Override OAuth metadata discovery; Use pre-configured OAuth credentials')],
  check(ctx) {
    for (const s of serversOf(ctx)) {
      const oauth = valueOf(s.entry, 'oauth');
      if (oauth?.type !== 'object') continue;
      const scopes = valueOf(oauth, 'scopes');
      const list = itemsOf(scopes).map(stringValue);
      if (scopes?.type === 'array' && list.length > 0 && list.every((x) => x !== undefined)) {
        const joined = list.join(' ');
        ctx.report({
          node: scopes,
          message: `"oauth.scopes" of server "${s.name}" must be one space-separated string (RFC 6749 §3.3), not a list: write "${joined}".`,
          fixes: [{ title: 'Join the scopes into one space-separated string', tier: 'safe', isPreferred: true, edits: replaceValue(scopes, joined) }],
        });
      }
      const meta = valueOf(oauth, 'authServerMetadataUrl');
      const metaUrl = stringValue(meta);
      if (meta && metaUrl && /^http:\/\//i.test(metaUrl)) {
        ctx.report({
          node: meta,
          message: `"oauth.authServerMetadataUrl" of server "${s.name}" must use https://.`,
          fixes: [{ title: 'Use https://', tier: 'suggestion', edits: replaceValue(meta, metaUrl.replace(/^http:/i, 'https:')) }],
        });
      }
      for (const key of ['clientSecret', 'client_secret', 'secret']) {
        const prop = propertyOf(oauth, key);
        if (!prop) continue;
        ctx.report({
          node: keyNodeOf(prop), severity: 'warning',
          message: `Claude Code does not read "oauth.${key}" from the file: the client secret is stored in the keychain with \`claude mcp add … --client-secret\`. Remove it from this file (and rotate it if it was committed).`,
        });
      }
    }
  },
});
