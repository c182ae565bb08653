import { defineRule, src } from '../define';
import { findReferences } from './references';

export default defineRule({
  id: 'skill/backslash-path',
  kinds: ['skill'],
  description: 'A file reference uses backslashes, which do not resolve on macOS, Linux or in the claude.ai / API container.',
  defaultSeverity: 'warning',
  fixable: true,
  fixTiers: ['safe'],
  sources: [src('https://platform.claude.com/docs/en/agents-and-tools/agent-skills/best-practices', '2026-08-15', 'forward slashes only')],
  check(ctx) {
    const start = ctx.file.frontmatter?.present && !ctx.file.frontmatter.unclosed ? ctx.file.frontmatter.bodyStart : 0;
    for (const ref of findReferences(ctx.file.text, start)) {
      if (!ref.target.includes('\\') || /^[a-z]:\\/i.test(ref.target) || /^[a-z][a-z0-9+.-]*:\/\//i.test(ref.target)) continue;
      const raw = ctx.file.text.slice(ref.offset, ref.offset + ref.length);
      if ((ref.inCode && !raw.startsWith('${')) || ref.inExample) continue;
      ctx.report({
        range: { offset: ref.offset, length: ref.length },
        message: `This path uses backslashes: it works only on Windows; on macOS, Linux, cloud sessions and the claude.ai / API container Claude cannot open it. Use forward slashes.`,
        fixes: [{ title: 'Use forward slashes', tier: 'safe', edits: [{ offset: ref.offset, length: ref.length, newText: raw.replace(/\\/g, '/') }], isPreferred: true }],
      });
    }
  },
});
