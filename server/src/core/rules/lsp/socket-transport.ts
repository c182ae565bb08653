import { defineRule } from '../define';
import { valueOf, propertiesOf } from '../../parse/node';
import { LSP_MANIFEST_REF } from '../../knowledge/lsp-servers';

/** `transport: "socket"` is accepted but Claude Code still talks to the server over stdio. */
export default defineRule({
  id: 'lsp/socket-transport',
  kinds: ['lsp'],
  description: 'transport "socket" is accepted but Claude Code still runs the server over stdin/stdout.',
  defaultSeverity: 'info',
  fixable: false,
  sources: [LSP_MANIFEST_REF],
  check(ctx) {
    for (const server of propertiesOf(ctx.file.root)) {
      const node = valueOf(server.children?.[1], 'transport');
      if (node?.type !== 'string' || node.value !== 'socket') continue;
      ctx.report({
        node,
        message: 'Claude Code accepts "socket" but still starts this server over stdio: make sure it speaks LSP on stdin/stdout, or it will be treated as crashed.',
      });
    }
  },
});
