/** The shared check behind agent/missing-frontmatter and command/missing-frontmatter. */
import type { RuleContext } from '../../types';
import { componentPluginRoot, isSkillResource, pluginName } from './shared';
import { effect as loadEffect } from '../../load/effect';

export function checkMissingFrontmatter(ctx: RuleContext, what: 'agent' | 'command'): void {
  const fm = ctx.file.frontmatter;
  if (!fm || (fm.present && !fm.unclosed)) return;
  if (what === 'agent' && isSkillResource(ctx)) return;
  const plugin = componentPluginRoot(ctx);
  // Project and user commands need no frontmatter; the validator only reports plugin components.
  if (what === 'command' && !plugin) return;
  const why = fm.unclosed ? 'The frontmatter has no closing "---" line, so no frontmatter block is found' : 'No frontmatter block found';
  const effect = what === 'agent'
    ? plugin
      ? `this agent loads under its filename with the description "Agent from ${pluginName(ctx, plugin)} plugin", so Claude cannot tell when to delegate to it.`
      : 'without a name Claude Code treats the file as documentation and does not load it as an agent.'
    : 'the command loads with no description or other settings. Add a --- block with at least a description.';
  ctx.report({
    data: { effect: what === 'agent' && !plugin ? loadEffect('dropped', ['claude-code']) : loadEffect('degraded', ['claude-code'], { loss: 'loads without its frontmatter metadata' }) },
    range: fm.unclosed ? fm.open : { offset: 0, length: Math.min(ctx.file.text.indexOf('\n') >>> 0, ctx.file.text.length) },
    severity: what === 'agent' && !plugin ? 'error' : 'warning',
    message: `${why}: ${effect}`,
  });
}
