import { defineRule } from '../define';
import { valueOf } from '../../parse/node';
import { SUB_AGENTS } from '../../knowledge/component-fields';
import { cleanFrontmatter, componentPluginRoot, isSkillResource } from './shared';
import { renameTier } from '../../fixes';
import { effect } from '../../load/effect';

/** A `:` is reserved for plugin-scoped ids and a leading `-` is refused: since v2.1.218 such agents are skipped. */
export default defineRule({
  id: 'agent/invalid-name',
  kinds: ['agent'],
  description: 'An agent name contains ":" or starts with "-", so Claude Code skips the file (v2.1.218+).',
  defaultSeverity: 'error',
  fixable: true,
  fixTiers: ['safe', 'suggestion'],
  sources: [SUB_AGENTS],
  check(ctx) {
    const root = cleanFrontmatter(ctx.file);
    if (!root || isSkillResource(ctx)) return;
    const node = valueOf(root, 'name');
    if (node?.type !== 'string') return;
    const name = String(node.value);
    if (!name.includes(':') && !name.startsWith('-')) return;
    const plugin = componentPluginRoot(ctx);
    const fixed = name.replace(/:/g, '-').replace(/^-+/, '');
    const plain = ctx.file.text.slice(node.offset, node.offset + node.length) === name;
    ctx.report({ data: { effect: effect('dropped', ['claude-code']) },
      node,
      severity: plugin ? 'warning' : 'error',
      message: `Agent names can't ${name.includes(':') ? 'contain ":" (reserved for plugin-scoped ids such as my-plugin:reviewer)' : 'start with "-"'}: Claude Code skips this file and logs an error to the debug log${plugin ? ' (documented for project and user agents; plugin agents are named <plugin>:<name> by Claude Code itself)' : ''}.`,
      fixes: fixed && plain ? [{ title: `Rename to "${fixed}"`, tier: renameTier(String(node.value ?? ''), fixed), edits: [{ offset: node.offset, length: node.length, newText: fixed }] }] : undefined,
    });
  },
});
