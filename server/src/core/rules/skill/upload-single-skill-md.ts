import { defineRule } from '../define';
import { reportUpload, uploadTargets } from './support';
import { scanSkillFolder } from './folder-scan';
import { UPLOAD_ONE_SKILL_MD } from '../../knowledge/skill-spec';
import { UPLOAD_SURFACES } from '../../surfaces';
import { basename, dirname, relative } from '../../paths';

export default defineRule({
  id: 'skill/upload-single-skill-md',
  kinds: ['skill'],
  description: 'The skill folder contains other SKILL.md files, but an upload must contain exactly one.',
  defaultSeverity: 'warning',
  fixable: false,
  surfaces: UPLOAD_SURFACES,
  sources: UPLOAD_ONE_SKILL_MD.sources,
  check(ctx) {
    if (uploadTargets(ctx).length === 0) return;
    const dir = dirname(ctx.file.path);
    const others = scanSkillFolder(ctx.workspace, dir).files
      .filter((f) => f !== ctx.file.path && basename(f).toLowerCase() === 'skill.md');
    if (others.length === 0) return;
    reportUpload(ctx, {
      range: { offset: 0, length: 0 },
      message: `This skill folder contains ${others.length} more SKILL.md file${others.length > 1 ? 's' : ''} (${others.slice(0, 3).map((f) => relative(dir, f)).join(', ')}${others.length > 3 ? ', …' : ''}): the claude.ai / Desktop / Cowork upload refuses it ("Zip must contain exactly one SKILL.md file"). Upload each skill folder on its own.`,
    });
  },
});
