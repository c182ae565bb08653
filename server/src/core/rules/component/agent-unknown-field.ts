import { defineRule } from '../define';
import { AGENT_FIELDS, CLAUDE_DIRECTORY, OUTPUT_STYLES, SKILLS_DOC, SUB_AGENTS } from '../../knowledge/component-fields';
import { checkUnknownFields } from './unknown-field';

export default defineRule({
  id: 'agent/unknown-field',
  kinds: ['agent'],
  description: 'A agent frontmatter key that Claude Code does not read.',
  defaultSeverity: 'hint',
  fixable: false,
  sources: [CLAUDE_DIRECTORY, SUB_AGENTS, SKILLS_DOC, OUTPUT_STYLES],
  check(ctx) {
    checkUnknownFields(ctx, AGENT_FIELDS, 'agent', {
      'allowed-tools': '"allowed-tools" is the skill and command spelling: agents read "tools" (and "disallowedTools"), so Claude Code ignores this key and the agent gets every tool.',
      'disallowed-tools': '"disallowed-tools" is the skill and command spelling: agents read "disallowedTools", so Claude Code ignores this key.',
    });
  },
});
