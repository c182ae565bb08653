import { defineRule, src } from '../define';
import { frontmatterView, reportUploadOrSpec, doubleQuoted } from './support';

export default defineRule({
  id: 'skill/yaml-unquoted-colon',
  kinds: ['skill'],
  description: 'An unquoted value contains `: `, which strict YAML parsers (uploads, other Agent Skills clients) reject.',
  defaultSeverity: 'warning',
  fixable: true,
  fixTiers: ['safe'],
  sources: [
    src('https://github.com/anthropics/skills/blob/main/skills/skill-creator/scripts/quick_validate.py', '2026-02-06', 'PyYAML safe_load'),
    src('https://agentskills.io/client-implementation/adding-skills-support', '2026-03-10', 'the common unquoted-colon error'),
    src('https://github.com/vercel-labs/skills/issues/1094', '2026-11-25', 'skills with an unquoted colon disappear from other agents'),
  ],
  check(ctx) {
    const view = frontmatterView(ctx.file);
    if (view.fatal.length > 0) return; // the file is broken anyway: skill/yaml-syntax
    for (const line of view.hazards) {
      const colon = line.text.indexOf(':');
      const valueStart = colon + 1 + (/^[ \t]*/.exec(line.text.slice(colon + 1))?.[0].length ?? 0);
      const raw = line.text.slice(valueStart).replace(/[ \t]+$/, '');
      const key = line.text.slice(0, colon);
      reportUploadOrSpec(ctx, {
        range: { offset: line.offset + valueStart, length: raw.length },
        uploadMessage: `The value of \`${key}\` contains \`: \` without quotes: Claude Code recovers it, but the claude.ai / Desktop / Cowork upload and the Skills API parse it as broken YAML and refuse the file. Quote the value.`,
        specMessage: `The value of \`${key}\` contains \`: \` without quotes: Claude Code recovers it, but strict YAML parsers (other Agent Skills clients, skills-ref, the upload validator) fail on it and drop the skill. Quote the value.`,
        fixes: [{ title: 'Quote the value', tier: 'safe', edits: [{ offset: line.offset + valueStart, length: raw.length, newText: doubleQuoted(raw) }], isPreferred: true }],
      });
    }
  },
});
