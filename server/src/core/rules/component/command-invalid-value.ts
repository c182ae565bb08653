import { defineRule } from '../define';
import { COMMAND_FIELDS, CLAUDE_DIRECTORY, OUTPUT_STYLES, SKILLS_DOC, SUB_AGENTS } from '../../knowledge/component-fields';
import { checkFieldValues } from './field-values';

export default defineRule({
  id: 'command/invalid-value',
  kinds: ['command'],
  description: 'A command frontmatter field has the wrong type or a value outside its documented set (model, effort, color, permissionMode…).',
  defaultSeverity: 'warning',
  fixable: true,
  fixTiers: ['safe', 'suggestion'],
  sources: [SUB_AGENTS, SKILLS_DOC, OUTPUT_STYLES, CLAUDE_DIRECTORY],
  check(ctx) {
    checkFieldValues(ctx, COMMAND_FIELDS, 'command');
  },
});
