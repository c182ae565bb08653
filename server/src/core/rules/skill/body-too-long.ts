import { defineRule } from '../define';
import { BODY_MAX_LINES } from '../../knowledge/skill-spec';
import { splitLines } from '../../parse/frontmatter';

export default defineRule({
  id: 'skill/body-too-long',
  kinds: ['skill'],
  description: 'The SKILL.md body is over 500 lines; the whole body enters Claude\'s context each time the skill runs.',
  defaultSeverity: 'info',
  fixable: false,
  sources: BODY_MAX_LINES.sources,
  check(ctx) {
    const start = ctx.file.frontmatter?.present && !ctx.file.frontmatter.unclosed ? ctx.file.frontmatter.bodyStart : 0;
    const lines = splitLines(ctx.file.text.slice(start));
    if (lines.length <= BODY_MAX_LINES.value) return;
    const over = lines[BODY_MAX_LINES.value];
    ctx.report({
      range: { offset: start + over.offset, length: over.text.length },
      message: `The skill body is ${lines.length} lines (recommended under ${BODY_MAX_LINES.value}): Claude loads the whole body into context every time the skill is invoked and it stays there for the session. Move reference material into separate files that SKILL.md links to.`,
    });
  },
});
