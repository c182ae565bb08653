import { defineRule } from '../define';
import { field, locate } from './support';
import { BUNDLED_SKILLS, BUILTIN_COMMANDS } from '../../knowledge/skill-names';

export default defineRule({
  id: 'skill/name-collides-with-bundled',
  kinds: ['skill'],
  description: 'The skill\'s command name is the name of a Claude Code bundled skill or built-in command.',
  defaultSeverity: 'warning',
  fixable: false,
  sources: [...BUNDLED_SKILLS.sources, ...BUILTIN_COMMANDS.sources],
  check(ctx) {
    const loc = locate(ctx);
    const nameField = field(ctx.file, 'name');
    const label = nameField?.value.type === 'string' ? String(nameField.value.value) : undefined;
    // Personal/project skills take the command from the folder; plugin skills from `name` (else the folder).
    const command = (loc.pluginRoot ? label ?? (loc.pluginRootSkill ? undefined : loc.folder) : loc.folder)?.toLowerCase();
    if (!command) return;
    const bundled = BUNDLED_SKILLS.names.includes(command);
    const builtin = BUILTIN_COMMANDS.names.includes(command);
    if (!bundled && !builtin) return;
    const node = loc.pluginRoot && nameField ? nameField.value : undefined;
    const where = node ? { node } : { range: ctx.file.frontmatter?.present ? ctx.file.frontmatter.open : { offset: 0, length: 0 } };
    if (loc.pluginRoot) {
      ctx.report({
        ...where, severity: 'info',
        message: `/${command} is already a Claude Code ${bundled ? 'bundled skill' : 'built-in command'}, so this plugin skill is reachable only by its namespaced command (/<plugin>:${command}), not by the bare /${command}.`,
      });
      return;
    }
    ctx.report({
      ...where,
      message: bundled
        ? `/${command} is a Claude Code bundled skill: this skill overrides it in Claude Code (the bundled skill's aliases still run the bundled one), and a copy synced from claude.ai with this name is skipped.`
        : `/${command} is a Claude Code built-in command: Claude Code reserves built-in names, so /${command} may run the built-in instead of this skill, and a copy synced from claude.ai with this name is skipped. Rename the skill folder.`,
    });
  },
});
