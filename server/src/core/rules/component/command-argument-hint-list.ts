import { defineRule } from '../define';
import { valueOf } from '../../parse/node';
import { SKILLS_DOC } from '../../knowledge/component-fields';
import { cleanFrontmatter } from './shared';

/** `argument-hint: [name]` is a YAML list, not the text "[name]"; Claude Code accepts it, the hint may render differently. */
export default defineRule({
  id: 'command/argument-hint-list',
  kinds: ['command'],
  description: 'argument-hint written as [name] parses as a YAML list rather than the text shown in autocomplete; quote it.',
  defaultSeverity: 'hint',
  fixable: true,
  fixTiers: ['safe'],
  sources: [SKILLS_DOC],
  check(ctx) {
    const node = valueOf(cleanFrontmatter(ctx.file), 'argument-hint');
    if (node?.type !== 'array' && node?.type !== 'object') return;
    const raw = ctx.file.text.slice(node.offset, node.offset + node.length);
    if (raw.includes('\n')) return;
    ctx.report({
      node,
      message: `In YAML, ${raw} is a ${node.type === 'array' ? 'list' : 'mapping'}, not the text "${raw}". Claude Code accepts it, but other tools reject it and the autocomplete hint may not show as written. Quote it: "${raw}".`,
      fixes: [{ title: 'Quote the hint', tier: 'safe', edits: [{ offset: node.offset, length: node.length, newText: JSON.stringify(raw) }], isPreferred: true }],
    });
  },
});
