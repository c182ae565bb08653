import { defineRule, src } from '../define';
import { uploadTargets } from './support';

export default defineRule({
  id: 'skill/bom',
  kinds: ['skill'],
  description: 'SKILL.md starts with a UTF-8 byte order mark, so the frontmatter does not start at byte 0.',
  defaultSeverity: 'warning',
  fixable: false,
  sources: [
    src('https://github.com/agentskills/agentskills/tree/main/skills-ref', '2026-08-09', 'checks that the file starts with ---'),
    src('https://github.com/anthropics/skills/blob/main/skills/skill-creator/scripts/quick_validate.py', '2026-02-06'),
  ],
  check(ctx) {
    if (!ctx.file.bom) return;
    const upload = uploadTargets(ctx).length > 0;
    ctx.report({
      range: { offset: 0, length: 0 },
      message: 'This file starts with a UTF-8 byte order mark (BOM): the upload validator and other Agent Skills clients check that the file starts with `---`, find the BOM instead, ' +
        'and refuse the upload or load the skill without metadata. Save the file as UTF-8 without BOM.',
      severity: upload && ctx.targets.explicit ? 'error' : 'warning',
    });
  },
});
