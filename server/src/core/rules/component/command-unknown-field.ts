import { defineRule } from '../define';
import { COMMAND_FIELDS, CLAUDE_DIRECTORY, OUTPUT_STYLES, SKILLS_DOC, SUB_AGENTS } from '../../knowledge/component-fields';
import { checkUnknownFields } from './unknown-field';

export default defineRule({
  id: 'command/unknown-field',
  kinds: ['command'],
  description: 'A command frontmatter key that Claude Code does not read.',
  defaultSeverity: 'hint',
  fixable: false,
  sources: [CLAUDE_DIRECTORY, SUB_AGENTS, SKILLS_DOC, OUTPUT_STYLES],
  check(ctx) {
    checkUnknownFields(ctx, COMMAND_FIELDS, 'command', { name: '"name" is a skill field that commands do not take (claude-directory page): the command is named after its file.', paths: '"paths" applies to skills, not commands: Claude Code ignores it here.' });
  },
});
