import { defineRule } from '../define';
import { readableFields, reportUpload } from './support';
import { SPEC_KEYS, UNEXPECTED_KEY_ERROR } from '../../knowledge/skill-spec';
import { UPLOAD_SURFACES } from '../../surfaces';
import { effect, UPLOAD_LOADERS } from '../../load/effect';

export default defineRule({
  id: 'skill/upload-unsupported-field',
  kinds: ['skill'],
  description: 'A frontmatter key outside the six Agent Skills keys, which the claude.ai upload and the Skills API refuse.',
  defaultSeverity: 'warning',
  fixable: false,
  surfaces: UPLOAD_SURFACES,
  sources: SPEC_KEYS.sources,
  check(ctx) {
    for (const f of readableFields(ctx.file) ?? []) {
      if (f.key === 'version' || SPEC_KEYS.value.includes(f.key)) continue; // version: skill/version-top-level
      reportUpload(ctx, {
        node: f.keyNode,
        data: { effect: effect('refused', UPLOAD_LOADERS, { accepts: ['claude-code'] }) },
        message: `\`${f.key}\` is not one of the six Agent Skills keys (${SPEC_KEYS.value.join(', ')}): the claude.ai / Desktop / Cowork upload and the Skills API refuse the file ("${UNEXPECTED_KEY_ERROR}: ${f.key}"). Claude Code accepts it.`,
      });
    }
  },
});
