import { defineRule, src } from '../define';
import { readableFields, uploadTargets } from './support';

export default defineRule({
  id: 'skill/description-missing',
  kinds: ['skill'],
  description: 'The frontmatter has no (or an empty) `description`, the text Claude matches requests against.',
  defaultSeverity: 'warning',
  fixable: false,
  sources: [
    src('https://code.claude.com/docs/en/skills#frontmatter-reference', '2026-08-22'),
    src('https://agentskills.io/specification', '2026-08-09'),
    src('https://github.com/anthropics/skills/blob/main/skills/skill-creator/scripts/quick_validate.py', '2026-02-06'),
  ],
  check(ctx) {
    const fm = ctx.file.frontmatter;
    if (!fm?.present || fm.unclosed) return;
    const fields = readableFields(ctx.file);
    if (!fields) return;
    const f = [...fields].reverse().find((x) => x.key === 'description');
    const empty = f && (f.value.type === 'null' || (f.value.type === 'string' && String(f.value.value).trim() === ''));
    if (f && !empty) return;
    const upload = uploadTargets(ctx).length > 0;
    ctx.report({
      ...(f ? { node: f.keyNode } : { range: fm.open }),
      message: `${f ? 'The `description` is empty' : 'No `description`'}: Claude Code falls back to the first paragraph of the body, which rarely says when to use the skill, so Claude may not pick it; ` +
        'the claude.ai / Desktop / Cowork upload and the Skills API refuse the file, and other Agent Skills clients skip it.',
      severity: upload && ctx.targets.explicit ? 'error' : 'warning',
    });
  },
});
