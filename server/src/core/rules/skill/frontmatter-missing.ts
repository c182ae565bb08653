import { defineRule, src } from '../define';
import { uploadTargets } from './support';
import { effect } from '../../load/effect';

export default defineRule({
  id: 'skill/frontmatter-missing',
  kinds: ['skill'],
  description: 'SKILL.md has no `---` YAML frontmatter block, so the skill has no name or description metadata.',
  defaultSeverity: 'warning',
  fixable: false,
  sources: [
    src('https://code.claude.com/docs/en/skills#frontmatter-reference', '2026-08-22'),
    src('https://agentskills.io/specification', '2026-08-09'),
    src('https://github.com/anthropics/skills/blob/main/skills/skill-creator/scripts/quick_validate.py', '2026-02-06'),
  ],
  check(ctx) {
    const fm = ctx.file.frontmatter;
    if (!fm || fm.present || fm.leadingOffset !== undefined) return;
    const upload = uploadTargets(ctx).length > 0;
    ctx.report({ data: { effect: effect('degraded', ['claude-code'], { loss: 'no name or description metadata' }) },
      range: { offset: 0, length: 0 },
      message: 'No YAML frontmatter: Claude Code still loads the skill under its folder name and uses the first paragraph as its description, ' +
        'but the claude.ai / Desktop / Cowork upload and the Skills API refuse it ("No YAML frontmatter found"). Add `---`, `name:` and `description:` lines at the top.',
      severity: upload && ctx.targets.explicit ? 'error' : 'warning',
    });
  },
});
