import { defineRule, src } from '../define';
import { field, nestedSkill, reportUploadOrSpec, yamlScalar } from './support';
import { NAME_MAX, NAME_PATTERN } from '../../knowledge/skill-spec';
import type { Fix } from '../../types';
import { renameTier } from '../../fixes';
import { effect, UPLOAD_LOADERS } from '../../load/effect';

export function kebab(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, NAME_MAX.value).replace(/-+$/, '');
}

export default defineRule({
  id: 'skill/name-format',
  kinds: ['skill'],
  description: '`name` must be 1–64 ASCII lowercase letters, digits and single inner hyphens.',
  defaultSeverity: 'info',
  fixable: true,
  fixTiers: ['safe', 'suggestion'],
  explains: ['skill/name-matches-folder'],
  sources: [...NAME_PATTERN.sources, src('https://platform.claude.com/docs/en/build-with-claude/skills-guide', '2026-08-22')],
  check(ctx) {
    const f = field(ctx.file, 'name');
    if (!f) return;
    const value = f.value.type === 'string' ? String(f.value.value) : undefined;
    const problem = value === undefined ? `is not a string (it is ${f.value.type === 'null' ? 'empty' : `a YAML ${f.value.type}`})`
      : value.length === 0 ? 'is empty'
      : value.length > NAME_MAX.value ? `is ${value.length} characters long (maximum ${NAME_MAX.value})`
      : /[A-Z]/.test(value) && !/[^A-Za-z0-9-]/.test(value) ? 'has upper-case letters'
      : /--/.test(value) ? 'contains `--`'
      : /^-|-$/.test(value) ? 'starts or ends with a hyphen'
      : !NAME_PATTERN.value.test(value) ? 'has characters other than a-z, 0-9 and `-`'
      : undefined;
    if (!problem) return;
    const fixed = value !== undefined ? kebab(value) : '';
    const fixes: Fix[] = fixed ? [{ title: `Change the name to "${fixed}"`, edits: [{ offset: f.value.offset, length: f.value.length, newText: yamlScalar(fixed) }], tier: renameTier(value ?? '', fixed), isPreferred: true }] : [];
    const nested = nestedSkill(ctx) !== undefined;
    const inClaudeCode = nested ? 'Claude Code does not load this nested skill either.' : 'Claude Code only shows it as a label (plugin skills use it as the command name).';
    reportUploadOrSpec(ctx, {
      node: f.value.length > 0 ? f.value : f.keyNode,
      uploadMessage: `\`name\` ${problem}: the claude.ai / Desktop / Cowork upload and the Skills API refuse it ("can only contain lowercase letters, numbers, and hyphens"). ${inClaudeCode}`,
      specMessage: nested
        ? `\`name\` ${problem}, which the Agent Skills spec forbids; other clients and the upload validators reject it. (Claude Code does not load this nested skill at all.)`
        : `\`name\` ${problem}, which the Agent Skills spec forbids. Claude Code shows it only as a display label (in a plugin it becomes the last part of the command), but other clients and the upload validators reject it.`,
      fixes,
      // Claude Code accepts the name, unless it never loads the skill at all (nested too deep).
      data: { effect: effect('refused', UPLOAD_LOADERS, nested ? {} : { accepts: ['claude-code'] }) },
    });
  },
});
