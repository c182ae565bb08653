import { defineRule, src } from '../define';
import { field, locate, yamlScalar } from './support';
import { NAME_PATTERN } from '../../knowledge/skill-spec';
import { renameTier } from '../../fixes';

export default defineRule({
  id: 'skill/name-matches-folder',
  kinds: ['skill'],
  description: '`name` differs from the skill folder name, which the spec requires; Claude Code takes the command from the folder.',
  defaultSeverity: 'info',
  fixable: true,
  fixTiers: ['safe', 'suggestion'],
  sources: [
    src('https://agentskills.io/specification', '2026-08-09'),
    src('https://code.claude.com/docs/en/skills#how-a-skill-gets-its-command-name', '2026-08-22'),
  ],
  check(ctx) {
    const f = field(ctx.file, 'name');
    if (!f || f.value.type !== 'string') return;
    const loc = locate(ctx);
    if (loc.pluginRootSkill) return; // a plugin-root SKILL.md takes its command from `name` by design
    const name = String(f.value.value);
    if (name === loc.folder || name.normalize('NFKC') === loc.folder.normalize('NFKC')) return;
    const effect = loc.pluginRoot
      ? `In this plugin Claude Code uses \`name\` as the command (/…:${name}), not the folder`
      : `Claude Code invokes this skill as /${loc.folder} (from the folder) and shows "${name}" only as a label`;
    const canFix = NAME_PATTERN.value.test(loc.folder);
    ctx.report({
      node: f.value,
      message: `\`name\` "${name}" does not match the folder name "${loc.folder}", which the Agent Skills spec requires. ${effect}; other clients may reject the skill.`,
      fixes: canFix ? [{ title: `Set name to the folder name "${loc.folder}"`, edits: [{ offset: f.value.offset, length: f.value.length, newText: yamlScalar(loc.folder) }], tier: renameTier(name, loc.folder), isPreferred: true }] : [],
    });
  },
});
