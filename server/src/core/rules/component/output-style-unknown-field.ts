import { defineRule } from '../define';
import { OUTPUT_STYLE_FIELDS, CLAUDE_DIRECTORY, OUTPUT_STYLES, SKILLS_DOC, SUB_AGENTS } from '../../knowledge/component-fields';
import { checkUnknownFields } from './unknown-field';

export default defineRule({
  id: 'output-style/unknown-field',
  kinds: ['output-style'],
  description: 'A output style frontmatter key that Claude Code does not read.',
  defaultSeverity: 'hint',
  fixable: false,
  sources: [CLAUDE_DIRECTORY, SUB_AGENTS, SKILLS_DOC, OUTPUT_STYLES],
  check(ctx) {
    checkUnknownFields(ctx, OUTPUT_STYLE_FIELDS, 'output style');
  },
});
