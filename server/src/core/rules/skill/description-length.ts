import { defineRule, src } from '../define';
import { field, stringOf, reportUploadOrSpec } from './support';
import { DESCRIPTION_MAX } from '../../knowledge/skill-spec';

export default defineRule({
  id: 'skill/description-length',
  kinds: ['skill'],
  description: '`description` is longer than 1,024 characters, the limit of the spec and of every upload path.',
  defaultSeverity: 'info',
  fixable: false,
  sources: [
    ...DESCRIPTION_MAX.sources, src('https://github.com/keboola/cli/issues/447', '2026-06-19', '"must be at most 1024 characters"'),
    src('https://support.claude.com/en/articles/12512198', '2026-07-22', 'help center, undated: "(200 characters maximum)", quoted 2026-09-28; disputed against the 1,024 of the spec and the API'),
  ],
  check(ctx) {
    const f = field(ctx.file, 'description');
    const value = stringOf(f);
    if (!f || value === undefined || value.length <= DESCRIPTION_MAX.value) return;
    reportUploadOrSpec(ctx, {
      node: f.keyNode,
      uploadMessage: `\`description\` is ${value.length} characters long: the claude.ai / Desktop / Cowork upload and the Skills API refuse descriptions over ${DESCRIPTION_MAX.value} characters (the claude.ai help center even states 200, which is disputed). Claude Code accepts it (its listing cap is separate).`,
      specMessage: `\`description\` is ${value.length} characters long, over the Agent Skills limit of ${DESCRIPTION_MAX.value}. Claude Code accepts it, but uploads to claude.ai or the Skills API would be refused.`,
    });
  },
});
