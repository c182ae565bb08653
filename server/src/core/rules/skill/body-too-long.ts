import { defineRule } from '../define';
import { BODY_MAX_LINES } from '../../knowledge/skill-spec';

export default defineRule({
  id: 'skill/body-too-long',
  kinds: ['skill'],
  description: 'The SKILL.md body is over 500 lines; the whole body enters Claude\'s context each time the skill runs.',
  defaultSeverity: 'info',
  fixable: false,
  sources: BODY_MAX_LINES.sources,
  check(ctx) {
    const text = ctx.file.text;
    const start = ctx.file.frontmatter?.present && !ctx.file.frontmatter.unclosed ? ctx.file.frontmatter.bodyStart : 0;
    const { lines, overStart } = countLines(text, start);
    if (lines <= BODY_MAX_LINES.value) return;
    const eol = /\r\n|\n|\r/.exec(text.slice(overStart));
    ctx.report({
      range: { offset: overStart, length: eol ? eol.index : text.length - overStart },
      message: `The skill body is ${lines} lines (recommended under ${BODY_MAX_LINES.value}): Claude loads the whole body into context every time the skill is invoked and it stays there for the session. Move reference material into separate files that SKILL.md links to.`,
    });
  },
});

/** Lines from `start`, and where line BODY_MAX_LINES + 1 starts (-1 if none); no split, no match objects. */
function countLines(text: string, start: number): { lines: number; overStart: number } {
  let lines = start < text.length ? 1 : 0;
  let overStart = -1;
  if (text.indexOf('\r', start) < 0) {
    // The common case, LF only: the native indexOf walks the body.
    for (let at = text.indexOf('\n', start); at >= 0; at = text.indexOf('\n', at + 1)) {
      if (at + 1 >= text.length) break; // a final line break ends the last line, it starts none
      if (++lines === BODY_MAX_LINES.value + 1) overStart = at + 1;
    }
    return { lines, overStart };
  }
  const breaks = /\r\n|\n|\r/g;
  breaks.lastIndex = start;
  while (breaks.exec(text)) {
    if (breaks.lastIndex >= text.length) break;
    if (++lines === BODY_MAX_LINES.value + 1) overStart = breaks.lastIndex;
  }
  return { lines, overStart };
}
