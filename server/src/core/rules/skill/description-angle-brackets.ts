import { defineRule } from '../define';
import { field, stringOf, reportUpload } from './support';
import { DESCRIPTION_NO_ANGLE_BRACKETS } from '../../knowledge/skill-spec';
import { UPLOAD_SURFACES } from '../../surfaces';

export default defineRule({
  id: 'skill/description-angle-brackets',
  kinds: ['skill'],
  description: '`description` contains `<` or `>`, which the claude.ai upload and the Skills API refuse as XML tags.',
  defaultSeverity: 'warning',
  fixable: false,
  surfaces: UPLOAD_SURFACES,
  sources: DESCRIPTION_NO_ANGLE_BRACKETS.sources,
  check(ctx) {
    const f = field(ctx.file, 'description');
    const value = stringOf(f);
    if (!f || value === undefined) return;
    const m = /[<>]/.exec(value);
    if (!m) return;
    // Point at the bracket when the value is written on one line as-is, else at the whole value.
    const raw = ctx.file.text.slice(f.value.offset, f.value.offset + f.value.length);
    const at = raw.indexOf(m[0]);
    reportUpload(ctx, {
      ...(at >= 0 ? { range: { offset: f.value.offset + at, length: 1 } } : { node: f.value }),
      message: `\`description\` contains "${m[0]}": the claude.ai / Desktop / Cowork upload and the Skills API refuse it ("cannot contain XML tags"), and Claude Code escapes angle brackets in skills synced from claude.ai. Rephrase without < and >.`,
    });
  },
});
