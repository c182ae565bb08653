import { defineRule } from '../define';
import { reportUpload, uploadTargets } from './support';
import { scanSkillFolder } from './folder-scan';
import { UPLOAD_MAX_FILES, PACKAGE_EXCLUDES } from '../../knowledge/skill-spec';
import type { SurfaceId } from '../../surfaces';
import { dirname } from '../../paths';

/** The zip limit is reported by the claude.ai / Desktop / Cowork uploader; the API documents only the size limit. */
const SURFACES: SurfaceId[] = ['claude-ai-web', 'claude-desktop-chat', 'claude-mobile', 'cowork'];

export default defineRule({
  id: 'skill/upload-file-count',
  kinds: ['skill'],
  description: 'The skill folder has more than 200 files, more than the claude.ai / Desktop / Cowork upload accepts.',
  defaultSeverity: 'warning',
  fixable: false,
  surfaces: SURFACES,
  sources: [...UPLOAD_MAX_FILES.sources, ...PACKAGE_EXCLUDES.sources],
  check(ctx) {
    if (uploadTargets(ctx, SURFACES).length === 0) return;
    const scan = scanSkillFolder(ctx.workspace, dirname(ctx.file.path));
    const n = scan.files.length;
    if (n <= UPLOAD_MAX_FILES.value) return;
    reportUpload(ctx, {
      range: { offset: 0, length: 0 },
      message: `The skill folder holds ${scan.truncated ? 'at least ' : ''}${n} files (not counting __pycache__, node_modules, .DS_Store, *.pyc): the claude.ai / Desktop / Cowork upload refuses zips with more than ${UPLOAD_MAX_FILES.value} files ("Zip contains too many files").`,
    }, SURFACES);
  },
});
