import { defineRule } from '../define';
import { field, reportUpload } from './support';
import { RESERVED_NAME_WORDS } from '../../knowledge/skill-spec';
import { UPLOAD_SURFACES } from '../../surfaces';

export default defineRule({
  id: 'skill/name-reserved-word',
  kinds: ['skill'],
  description: '`name` contains a reserved word (`claude`, `anthropic`), which the claude.ai upload and the Skills API refuse.',
  defaultSeverity: 'warning',
  fixable: false,
  surfaces: UPLOAD_SURFACES,
  sources: RESERVED_NAME_WORDS.sources,
  check(ctx) {
    const f = field(ctx.file, 'name');
    if (f?.value.type !== 'string') return;
    const name = String(f.value.value).toLowerCase();
    const word = RESERVED_NAME_WORDS.value.find((w) => name.includes(w));
    if (!word) return;
    reportUpload(ctx, {
      node: f.value,
      message: `\`name\` contains the reserved word "${word}": the claude.ai / Desktop / Cowork upload and the Skills API refuse it ("cannot contain the reserved word '${word}'"), even as part of a longer name. Claude Code accepts it.`,
      ...(ctx.config.anthropicOwned ? { severity: 'info' as const } : {}),
    });
  },
});
