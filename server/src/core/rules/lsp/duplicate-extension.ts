import { defineRule } from '../define';
import { keyNodeOf, keyOf, propertiesOf, valueOf } from '../../parse/node';
import { LSP_COMPONENTS, LSP_MANIFEST_REF } from '../../knowledge/lsp-servers';

/** Two servers in one `.lsp.json` map the same extension: the first wins and the second is never used for it. */
export default defineRule({
  id: 'lsp/duplicate-extension',
  kinds: ['lsp'],
  description: 'Two LSP servers claim the same file extension; Claude Code uses the first and never starts the second for those files.',
  defaultSeverity: 'warning',
  fixable: false,
  sources: [LSP_COMPONENTS, LSP_MANIFEST_REF],
  check(ctx) {
    const root = ctx.file.root;
    if (root?.type !== 'object') return;
    const owner = new Map<string, string>();
    for (const server of propertiesOf(root)) {
      const name = keyOf(server);
      for (const ext of propertiesOf(valueOf(server.children?.[1], 'extensionToLanguage'))) {
        const e = keyOf(ext);
        const first = owner.get(e);
        if (first === undefined) { owner.set(e, name); continue; }
        if (first === name) continue;
        ctx.report({
          node: keyNodeOf(ext),
          message: `"${e}" is already claimed by LSP server "${first}": the first declaration wins, so Claude Code logs 'LSP server "${name}" is not used for ${e} files' and never uses "${name}" for them.`,
        });
      }
    }
  },
});
