import { defineRule, src } from '../define';
import { propertiesOf, keyOf, valueOf, type Node } from '../../parse/node';

const MCPB = 'https://github.com/modelcontextprotocol/mcpb/blob/main/MANIFEST.md';
const VAR = /\$\{user_config\.([^}]*)\}/g;

/** Every string node under a node (mcp_config's command, args and env values). */
function strings(node: Node | undefined, out: Node[] = []): Node[] {
  if (!node) return out;
  if (node.type === 'string') out.push(node);
  for (const c of node.children ?? []) strings(c.type === 'property' ? c.children?.[1] : c, out);
  return out;
}

/**
 * `${user_config.KEY}` in a bundle's `mcp_config` is replaced with the user's answer to the `user_config`
 * option KEY; a KEY the manifest does not declare is never asked for, so the server starts without it.
 */
export default defineRule({
  id: 'mcpb/undeclared-user-config',
  kinds: ['mcpb'],
  description: 'mcp_config references ${user_config.KEY} for a KEY that user_config does not declare, so the value is never asked for.',
  defaultSeverity: 'warning',
  fixable: false,
  surfaces: ['claude-desktop-chat', 'cowork'],
  sources: [src(MCPB, '2025-12-03', '${user_config.KEY}: replaced with the user-provided value for configuration KEY')],
  check(ctx) {
    const root = ctx.file.root;
    const mcpConfig = valueOf(valueOf(root, 'server'), 'mcp_config');
    if (!mcpConfig) return;
    const declared = new Set(propertiesOf(valueOf(root, 'user_config')).map(keyOf));
    for (const s of strings(mcpConfig)) {
      const raw = ctx.file.text.slice(s.offset, s.offset + s.length);
      for (const m of raw.matchAll(VAR)) {
        if (declared.has(m[1])) continue;
        ctx.report({
          range: { offset: s.offset + (m.index ?? 0), length: m[0].length },
          message: `"${m[0]}" names a user_config option the manifest does not declare: Claude Desktop never asks the user for it, so the server starts without this value.${declared.size ? ` Declared options: ${[...declared].join(', ')}.` : ' Declare it under "user_config".'}`,
        });
      }
    }
  },
});
