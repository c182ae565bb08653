import { defineRule } from '../define';
import { OUTPUT_STYLE_FIELDS, CLAUDE_DIRECTORY, OUTPUT_STYLES, SKILLS_DOC, SUB_AGENTS } from '../../knowledge/component-fields';
import { checkFieldValues } from './field-values';

export default defineRule({
  id: 'output-style/invalid-value',
  kinds: ['output-style'],
  description: 'A output style frontmatter field has the wrong type or a value outside its documented set (model, effort, color, permissionMode…).',
  defaultSeverity: 'warning',
  fixable: false,
  sources: [SUB_AGENTS, SKILLS_DOC, OUTPUT_STYLES, CLAUDE_DIRECTORY],
  check(ctx) {
    checkFieldValues(ctx, OUTPUT_STYLE_FIELDS, 'output style');
  },
});
