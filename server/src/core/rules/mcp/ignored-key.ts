import { defineRule, src } from '../define';
import { keyNodeOf, keyOf, propertiesOf, propertyOf, stringValue, type Node } from '../../parse/node';
import { removeMember } from '../../edits/json-edits';
import type { Edit, Fix } from '../../types';
import { HARMLESS_KEYS, KNOWN_ENTRY_KEYS, MISSPELLED_KEYS, OTHER_CLIENT_KEYS, transportAlias } from '../../knowledge/mcp-transports';
import { serversOf } from './servers';

/** Keys Claude Code does not read on a server entry (`transport`, `environment`…): silently ignored. */
export default defineRule({
  id: 'mcp/ignored-key',
  kinds: ['mcp', 'desktop-config', 'managed-mcp', 'plugin', 'marketplace'],
  description: 'A server entry key that Claude Code does not read ("transport", "environment"…) is silently ignored.',
  defaultSeverity: 'warning',
  fixable: true,
  fixTiers: ['safe', 'suggestion'],
  sources: [
    src('https://code.claude.com/docs/en/mcp', '2026-08-22'),
    src('https://github.com/pantheon-org/tekhne/pull/226', '2026-08-22', '`transport`/`environment` silently ignored (landscape.md pain 22)'),
  ],
  check(ctx) {
    for (const s of serversOf(ctx)) {
      for (const prop of propertiesOf(s.entry)) {
        const key = keyOf(prop);
        if (KNOWN_ENTRY_KEYS.includes(key) || HARMLESS_KEYS.includes(key)) continue;
        const client = ctx.file.kind === 'desktop-config' ? 'Claude Desktop' : 'Claude Code';
        const meant = MISSPELLED_KEYS[key];
        if (meant) {
          const taken = propertyOf(s.entry, meant) !== undefined;
          ctx.report({
            node: keyNodeOf(prop),
            message: `${client} does not read "${key}" on server "${s.name}" and silently ignores it; the key it reads is "${meant}".`
              + (taken ? ` "${meant}" is already set, so remove "${key}".` : ''),
            fixes: [taken ? removeFix(ctx.file.text, key, prop) : renameFix(key, meant, prop)],
            data: { key, meant },
          });
          continue;
        }
        const other = OTHER_CLIENT_KEYS[key];
        ctx.report({
          node: keyNodeOf(prop),
          severity: 'info',
          message: other ? `"${key}" on server "${s.name}": ${other.replace('Claude Code', client)}.` : `${client} does not read "${key}" on server "${s.name}" and ignores it.`,
          data: { key },
        });
      }
    }
  },
});

function renameFix(key: string, meant: string, prop: Node): Fix {
  const keyNode = keyNodeOf(prop);
  const edits: Edit[] = [{ offset: keyNode.offset, length: keyNode.length, newText: JSON.stringify(meant) }];
  // `"transport": "streamableHttp"` becomes `"type": "http"`, not an unknown type.
  const value = prop.children?.[1];
  const v = stringValue(value);
  if (meant === 'type' && value && v !== undefined) {
    const to = transportAlias(v);
    if (to) edits.push({ offset: value.offset, length: value.length, newText: JSON.stringify(to === 'streamable-http' ? 'http' : to) });
  }
  return { title: `Rename "${key}" to "${meant}"`, tier: 'safe', isPreferred: true, edits };
}

function removeFix(text: string, key: string, prop: Node): Fix {
  return { title: `Remove "${key}"`, tier: 'suggestion', edits: removeMember(text, prop) };
}
