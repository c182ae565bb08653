import { defineRule } from '../define';
import { field, stringOf } from './support';
import { LISTING_MAX_CHARS } from '../../knowledge/skill-claude-code';
import { CLAUDE_CODE_SURFACES } from '../../surfaces';

export default defineRule({
  id: 'skill/listing-too-long',
  kinds: ['skill'],
  description: '`description` + `when_to_use` exceed 1,536 characters, so Claude Code cuts the text in the skill listing.',
  defaultSeverity: 'warning',
  fixable: false,
  surfaces: [...CLAUDE_CODE_SURFACES, 'agent-sdk'],
  sources: LISTING_MAX_CHARS.sources,
  check(ctx) {
    const d = field(ctx.file, 'description');
    const w = field(ctx.file, 'when_to_use');
    const total = (stringOf(d)?.length ?? 0) + (stringOf(w)?.length ?? 0);
    if (total <= LISTING_MAX_CHARS.value) return;
    const at = w && stringOf(w) !== undefined ? w : d;
    if (!at) return;
    ctx.report({
      node: at.keyNode,
      message: `\`description\`${w ? ' + `when_to_use`' : ''} is ${total} characters: Claude Code cuts the combined text at ${LISTING_MAX_CHARS.value} characters in the skill listing Claude sees, so trigger words past that point never reach Claude. Put the key use case first or shorten it.`,
    });
  },
});
