import { defineRule, src } from '../define';
import { basename, dirname, join } from '../../paths';

export default defineRule({
  id: 'skill/file-name',
  kinds: ['skill'],
  description: 'The skill file must be named exactly `SKILL.md`; other casings are ignored on case-sensitive file systems.',
  defaultSeverity: 'error',
  fixable: true,
  fixTiers: ['safe'],
  sources: [
    src('https://code.claude.com/docs/en/skills#where-skills-live', '2026-08-22'),
    src('https://agentskills.io/client-implementation/adding-skills-support', '2026-03-10'),
    src('https://github.com/anthropics/skills/issues/314', '2026-01-30', 'lower-case skill.md is silently ignored'),
  ],
  check(ctx) {
    const name = basename(ctx.file.path);
    if (name === 'SKILL.md') return;
    const to = join(dirname(ctx.file.path), 'SKILL.md');
    // On a case-sensitive disk both can exist; renaming would clobber the real one.
    const clash = ctx.workspace.listDirectory(dirname(ctx.file.path))?.some((e) => e.name === 'SKILL.md');
    ctx.report({
      range: { offset: 0, length: 0 },
      message: `This file is named \`${name}\`, but Claude Code, the claude.ai upload and the Skills API look for exactly \`SKILL.md\`: on Linux and in cloud sessions (case-sensitive file systems) the skill is silently ignored.` +
        (clash ? ' A `SKILL.md` also exists in this folder, so this file is never read.' : ''),
      fixes: clash ? [] : [{ title: 'Rename to SKILL.md', tier: 'safe', edits: [], rename: { from: ctx.file.path, to }, isPreferred: true }],
    });
  },
});
