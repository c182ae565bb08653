import { defineRule, src } from '../define';

export default defineRule({
  id: 'skill/frontmatter-not-at-start',
  kinds: ['skill'],
  description: 'The `---` frontmatter fence is not on the first line, so loaders read the block as body text.',
  defaultSeverity: 'warning',
  fixable: true,
  fixTiers: ['safe', 'suggestion'],
  sources: [
    src('https://code.claude.com/docs/en/skills#frontmatter-reference', '2026-08-22'),
    src('https://github.com/anthropics/skills/blob/main/skills/skill-creator/scripts/quick_validate.py', '2026-02-06'),
  ],
  check(ctx) {
    const lead = ctx.file.frontmatter?.leadingOffset;
    if (lead === undefined) return;
    ctx.report({
      range: { offset: 0, length: lead },
      message: 'The frontmatter must start on the very first line of SKILL.md. With blank lines before `---`, the upload validators and other Agent Skills clients find no frontmatter (the upload is refused), ' +
        'and loaders that need `---` at the start read the block as body text, so the skill gets no name or description.',
      fixes: [{ title: 'Remove the lines before the frontmatter', edits: [{ offset: 0, length: lead, newText: '' }], tier: /^\s*$/.test(ctx.file.text.slice(0, lead)) ? 'safe' : 'suggestion', isPreferred: true }],
    });
  },
});
