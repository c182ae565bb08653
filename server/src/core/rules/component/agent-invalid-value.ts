import { defineRule } from '../define';
import { AGENT_FIELDS, CLAUDE_DIRECTORY, OUTPUT_STYLES, SKILLS_DOC, SUB_AGENTS } from '../../knowledge/component-fields';
import { checkFieldValues } from './field-values';

export default defineRule({
  id: 'agent/invalid-value',
  kinds: ['agent'],
  description: 'A agent frontmatter field has the wrong type or a value outside its documented set (model, effort, color, permissionMode…).',
  defaultSeverity: 'warning',
  fixable: true,
  fixTiers: ['safe', 'suggestion'],
  sources: [SUB_AGENTS, SKILLS_DOC, OUTPUT_STYLES, CLAUDE_DIRECTORY],
  check(ctx) {
    checkFieldValues(ctx, AGENT_FIELDS, 'agent');
  },
});
