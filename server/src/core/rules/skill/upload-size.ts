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
  options: {
    type: 'object',
    properties: { maxBytes: { type: 'integer', minimum: 1, description: 'The limit in bytes (default: the documented 30 MB).' } },
    additionalProperties: false,
  },
  check(ctx) {
    if (uploadTargets(ctx).length === 0) return;
    const max = typeof ctx.options.maxBytes === 'number' ? ctx.options.maxBytes : UPLOAD_MAX_BYTES.value;
    // Sizes from the workspace when it can tell (no read); else the decoded text's UTF-8 length.
    let bytes = 0;
    let unread = 0;
    for (const file of scanSkillFolder(ctx.workspace, dirname(ctx.file.path)).files) {
      const size = ctx.workspace.fileSize?.(file);
      if (size !== undefined) { bytes += size; } else {
        const text = ctx.workspace.readFile(file);
        if (text === undefined) { unread++; continue; }
        bytes += utf8Length(text);
      }
      if (bytes > max) break;
    }
    if (bytes <= max) return;
    reportUpload(ctx, {
      range: { offset: 0, length: 0 },
      message: `The skill folder is about ${(bytes / 1024 / 1024).toFixed(1)} MB or more uncompressed${unread ? ` (${unread} unreadable files not counted)` : ''}: the claude.ai / Desktop / Cowork upload and the Skills API refuse skills over ${(max / 1024 / 1024).toFixed(max < 1024 * 1024 ? 3 : 0)} MB ("Zip file uncompressed size exceeds 30MB").`,
    });
  },
});
