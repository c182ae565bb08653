import { defineRule } from '../define';
import { keyNodeOf, propertyOf } from '../../parse/node';
import { COMPONENTS, SUB_AGENTS } from '../../knowledge/component-fields';
import { cleanFrontmatter, componentPluginRoot, isSkillResource, stringField } from './shared';
import { effect } from '../../load/effect';

/** `name` and `description` are required; outside plugins a file missing either is not loaded. */
export default defineRule({
  id: 'agent/required-fields',
  kinds: ['agent'],
  description: 'An agent lacks name or description: outside a plugin Claude Code skips it; a plugin agent loads without a useful description.',
  defaultSeverity: 'warning',
  fixable: false,
  sources: [SUB_AGENTS, COMPONENTS],
  check(ctx) {
    const root = cleanFrontmatter(ctx.file);
    if (!root || isSkillResource(ctx)) return;
    const plugin = componentPluginRoot(ctx);
    const name = stringField(root, 'name');
    const description = stringField(root, 'description');
    const where = ctx.file.frontmatter!.open;
    if (!name && !plugin) {
      const nameProp = propertyOf(root, 'name');
      ctx.report({
        ...(nameProp ? { node: keyNodeOf(nameProp) } : { range: where }),
        data: { effect: effect('dropped', ['claude-code']) }, 
        message: 'This agent has no name: Claude Code treats the file as documentation kept beside your agents and does not load it.',
      });
      return;
    }
    if (description?.trim()) return;
    const prop = propertyOf(root, 'description');
    ctx.report({
      ...(prop ? { node: keyNodeOf(prop) } : { range: where }),
      severity: plugin ? 'warning' : 'error',
      data: { effect: plugin ? effect('degraded', ['claude-code'], { loss: 'no description to delegate by' }) : effect('dropped', ['claude-code']) },
      message: plugin
        ? 'No description in frontmatter: Claude decides when to delegate to an agent from its description, so it will rarely use this one.'
        : 'This agent has a name but no description: Claude Code skips the file and writes the reason to the debug log.',
    });
  },
});
