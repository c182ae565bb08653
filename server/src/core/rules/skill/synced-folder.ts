import { defineRule } from '../define';
import { locate } from './support';
import { RESERVED_SKILL_FOLDERS } from '../../knowledge/skill-names';
import { basename, dirname } from '../../paths';
import { effect } from '../../load/effect';

export default defineRule({
  id: 'skill/synced-folder',
  kinds: ['skill'],
  description: 'A skill folder named `synced` (any case) in a skills location, a name Claude Code reserves and skips.',
  defaultSeverity: 'warning',
  fixable: false,
  sources: RESERVED_SKILL_FOLDERS.sources,
  check(ctx) {
    const loc = locate(ctx);
    if (!loc.inClaudeSkills || !RESERVED_SKILL_FOLDERS.names.includes(loc.folder.toLowerCase())) return;
    if (basename(dirname(loc.dir)) !== 'skills') return;
    ctx.report({ data: { effect: effect('dropped', ['claude-code']) },
      range: ctx.file.frontmatter?.present ? ctx.file.frontmatter.open : { offset: 0, length: 0 },
      message: `The folder name \`${loc.folder}\` is reserved in Claude Code's skills locations (it downloads claude.ai skills into \`skills/synced/\`), so Claude Code skips a skill you author there. Rename the folder.`,
    });
  },
});
