import { defineRule, src } from '../define';
import { readableFields, reportUploadOrSpec, locate } from './support';

export default defineRule({
  id: 'skill/name-missing',
  kinds: ['skill'],
  description: 'The frontmatter has no `name`: Claude Code uses the folder name, but the spec and the uploaders require it.',
  defaultSeverity: 'info',
  fixable: false,
  sources: [
    src('https://agentskills.io/specification', '2026-08-09'),
    src('https://code.claude.com/docs/en/skills#frontmatter-reference', '2026-08-22'),
    src('https://github.com/anthropics/skills/blob/main/skills/skill-creator/scripts/quick_validate.py', '2026-02-06'),
  ],
  check(ctx) {
    const fm = ctx.file.frontmatter;
    if (!fm?.present || fm.unclosed) return;
    const fields = readableFields(ctx.file);
    if (!fields || fields.some((f) => f.key === 'name')) return;
    const folder = locate(ctx).folder;
    reportUploadOrSpec(ctx, {
      range: fm.open,
      uploadMessage: `No \`name\` field: Claude Code names the skill after its folder (\`${folder}\`), but the claude.ai / Desktop / Cowork upload and the Skills API refuse a SKILL.md without \`name\`.`,
      specMessage: `No \`name\` field: Claude Code names the skill after its folder (\`${folder}\`), but the Agent Skills spec requires \`name\`, so other clients may skip the skill.`,
    });
  },
});
