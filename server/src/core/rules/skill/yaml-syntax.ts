import { defineRule, src } from '../define';
import { frontmatterView, uploadTargets } from './support';
import { MALFORMED_YAML_EFFECT } from '../../knowledge/skill-claude-code';

export default defineRule({
  id: 'skill/yaml-syntax',
  kinds: ['skill'],
  description: 'The frontmatter is not valid YAML: Claude Code drops all metadata and the uploaders refuse the file.',
  defaultSeverity: 'error',
  fixable: false,
  sources: [
    ...MALFORMED_YAML_EFFECT.sources,
    src('https://github.com/anthropics/skills/blob/main/skills/skill-creator/scripts/quick_validate.py', '2026-02-06'),
  ],
  check(ctx) {
    // One-line `key: a: b` values are skill/yaml-unquoted-colon: Claude Code recovers those.
    const first = frontmatterView(ctx.file).fatal[0];
    if (!first) return;
    const more = frontmatterView(ctx.file).fatal.length - 1;
    const upload = uploadTargets(ctx).length > 0;
    // An error at the end of the YAML (e.g. an unclosed quote) belongs on the last content line, not the fence.
    const end = ctx.file.frontmatter!.contentEnd;
    const offset = first.offset >= end ? Math.max(ctx.file.frontmatter!.contentStart, end - 1) : first.offset;
    ctx.report({
      range: { offset, length: Math.max(1, Math.min(first.length, end - offset)) },
      message: `Invalid YAML frontmatter: ${first.message}${more > 0 ? ` (${more} more after it)` : ''}. ${MALFORMED_YAML_EFFECT.claudeCode}` +
        (upload ? `; ${MALFORMED_YAML_EFFECT.upload}.` : '.') + ' Quote values that contain `: `, `#` or start with a special character.',
      data: { code: first.code },
    });
  },
});
