import { defineRule } from '../define';
import { reportUpload } from './support';
import { UPLOAD_LF_ONLY } from '../../knowledge/skill-spec';
import { UPLOAD_SURFACES } from '../../surfaces';

export default defineRule({
  id: 'skill/crlf-line-endings',
  kinds: ['skill'],
  description: 'The frontmatter uses CRLF line endings, which the upload validator\'s `^---\\n` match rejects.',
  defaultSeverity: 'warning',
  fixable: true,
  fixTiers: ['safe'],
  surfaces: UPLOAD_SURFACES,
  sources: UPLOAD_LF_ONLY.sources,
  check(ctx) {
    const fm = ctx.file.frontmatter;
    if (!fm?.present) return;
    const end = fm.close ? fm.close.offset + fm.close.length + 2 : ctx.file.text.length;
    const first = ctx.file.text.slice(0, end).indexOf('\r\n');
    if (first < 0) return;
    const edits = [];
    for (let i = ctx.file.text.indexOf('\r\n'); i >= 0; i = ctx.file.text.indexOf('\r\n', i + 2)) edits.push({ offset: i, length: 1, newText: '' });
    reportUpload(ctx, {
      range: { offset: first, length: 0 },
      message: 'This SKILL.md uses Windows (CRLF) line endings: the claude.ai / Desktop / Cowork upload and the Skills API match the frontmatter with LF only and refuse the file ("Invalid frontmatter format"). Claude Code reads it fine. Convert the file to LF.',
      fixes: [{ title: 'Convert line endings to LF', edits, tier: 'safe', isPreferred: true }],
    });
  },
});
