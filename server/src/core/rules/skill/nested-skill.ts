import { defineRule, src } from '../define';
import { locate } from './support';
import { relative, segments, join } from '../../paths';

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
    const loc = locate(ctx);
    let parts: string[] | undefined;
    let where = '';
    if (loc.pluginRoot) {
      const rel = segments(relative(loc.pluginRoot, ctx.file.path));
      // A plugin.json `skills` path may point anywhere: then the layout is the author's choice.
      const manifest = ctx.workspace.readFile(join(loc.pluginRoot, '.claude-plugin', 'plugin.json')) ?? '';
      if (rel[0] !== 'skills' || /"skills"\s*:/.test(manifest)) return;
      parts = rel.slice(1);
      where = 'plugin';
    } else {
      const i = ctx.file.path.lastIndexOf('/.claude/skills/');
      if (i < 0) return;
      parts = segments(ctx.file.path.slice(i + '/.claude/skills/'.length));
      where = '.claude/skills';
      if (parts[0]?.toLowerCase() === 'synced') return; // Claude Code's own download folder
    }
    if (parts.length <= 2) return;
    const top = parts[0];
    ctx.report({
      range: ctx.file.frontmatter?.present ? ctx.file.frontmatter.open : { offset: 0, length: 0 },
      message: `This SKILL.md is ${parts.length - 1} folders deep under the ${where} skills folder: Claude Code loads only \`skills/<name>/SKILL.md\`, so it never loads this one as a skill (it is only reachable if another skill links to it). Move it to \`skills/${parts[parts.length - 2]}/SKILL.md\` or link it from \`${top}\`.`,
    });
  },
});
