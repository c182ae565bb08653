import { defineRule, src } from '../define';
import { readableFields, lineAt, doubleQuoted } from './support';
import { scalarStyle } from '../../parse/yaml';

/** Prose fields where ` #` is almost always meant as text, not as a YAML comment. */
const PROSE_KEYS = new Set(['description', 'when_to_use', 'argument-hint', 'compatibility']);

export default defineRule({
  id: 'skill/yaml-comment-truncation',
  kinds: ['skill'],
  description: 'An unquoted prose value contains ` #`, which YAML reads as the start of a comment, silently cutting the value.',
  defaultSeverity: 'warning',
  fixable: true,
  fixTiers: ['safe'],
  sources: [
    src('https://yaml.org/spec/1.2.2/#66-comments', '2021-10-01'),
    src('https://code.claude.com/docs/en/skills#frontmatter-reference', '2026-08-22'),
  ],
  check(ctx) {
    for (const f of readableFields(ctx.file) ?? []) {
      if (!PROSE_KEYS.has(f.key) || f.value.type !== 'string' || f.colonHazard) continue;
      if (scalarStyle(ctx.file.text, f.value) !== 'plain') continue;
      const line = lineAt(ctx.file.text, f.value.offset);
      const after = line.text.slice(f.value.offset + f.value.length - line.offset);
      const m = /^([ \t]+#.*?)[ \t]*$/.exec(after);
      if (!m) continue;
      const full = ctx.file.text.slice(f.value.offset, f.value.offset + f.value.length) + m[1];
      ctx.report({
        range: { offset: f.value.offset, length: full.length },
        message: `Everything after \` #\` in \`${f.key}\` is a YAML comment, so Claude Code and every other loader see only "${String(f.value.value)}". Quote the value to keep the rest.`,
        fixes: [{ title: 'Quote the value', tier: 'safe', edits: [{ offset: f.value.offset, length: full.length, newText: doubleQuoted(full) }], isPreferred: true }],
      });
    }
  },
});
