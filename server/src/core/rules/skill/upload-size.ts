import { defineRule } from '../define';
import { reportUpload, uploadTargets } from './support';
import { scanSkillFolder } from './folder-scan';
import { UPLOAD_MAX_BYTES } from '../../knowledge/skill-spec';
import { dirname } from '../../paths';

/** UTF-8 byte length without Buffer (the core stays runtime-neutral). */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) { n += 4; i++; }
    else n += 3;
  }
  return n;
}

export default defineRule({
  id: 'skill/upload-size',
  kinds: ['skill'],
  description: 'The skill folder is over 30 MB uncompressed, the upload limit of claude.ai / Desktop / Cowork and the Skills API.',
  defaultSeverity: 'warning',
  fixable: false,
  surfaces: ['claude-ai-web', 'claude-desktop-chat', 'claude-mobile', 'cowork', 'claude-api'],
  sources: UPLOAD_MAX_BYTES.sources,
  check(ctx) {
    if (uploadTargets(ctx).length === 0) return;
    // The workspace gives text, not sizes: measure what it can read (binary files decode to about their size).
    let bytes = 0;
    let unread = 0;
    for (const file of scanSkillFolder(ctx.workspace, dirname(ctx.file.path)).files) {
      const text = ctx.workspace.readFile(file);
      if (text === undefined) { unread++; continue; }
      bytes += utf8Length(text);
      if (bytes > UPLOAD_MAX_BYTES.value) break;
    }
    if (bytes <= UPLOAD_MAX_BYTES.value) return;
    reportUpload(ctx, {
      range: { offset: 0, length: 0 },
      message: `The skill folder is about ${(bytes / 1024 / 1024).toFixed(1)} MB or more uncompressed${unread ? ` (${unread} unreadable files not counted)` : ''}: the claude.ai / Desktop / Cowork upload and the Skills API refuse skills over 30 MB ("Zip file uncompressed size exceeds 30MB").`,
    });
  },
});
