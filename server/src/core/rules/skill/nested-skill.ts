import { defineRule, src } from '../define';
import { nestedSkill } from './support';
import { effect } from '../../load/effect';

export default defineRule({
  id: 'skill/nested-skill',
  kinds: ['skill'],
  description: 'A SKILL.md nested deeper than `skills/<name>/SKILL.md`, which Claude Code never loads as a skill.',
  defaultSeverity: 'warning',
  fixable: false,
  sources: [
    src('https://code.claude.com/docs/en/skills#where-skills-live', '2026-08-22'),
    src('https://code.claude.com/docs/en/plugins-reference', '2026-08-22', 'plugin skills are skills/<name>/SKILL.md'),
  ],
  check(ctx) {
    const nested = nestedSkill(ctx);
    if (!nested) return;
    const { parts, where } = nested;
    const top = parts[0];
    ctx.report({ data: { effect: effect('dropped', ['claude-code']) },
      range: ctx.file.frontmatter?.present ? ctx.file.frontmatter.open : { offset: 0, length: 0 },
      message: `This SKILL.md is ${parts.length - 1} folders deep under the ${where} skills folder: Claude Code loads only \`skills/<name>/SKILL.md\`, so it never loads this one as a skill (it is only reachable if another skill links to it). Move it to \`skills/${parts[parts.length - 2]}/SKILL.md\` or link it from \`${top}\`.`,
    });
  },
});
