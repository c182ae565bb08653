/** The shared check behind agent/invalid-yaml, command/invalid-yaml and output-style/invalid-yaml. */
import type { RuleContext } from '../../types';
import { splitLines } from '../../parse/frontmatter';
import { componentPluginRoot, isSkillResource, pluginName, unrecoverableLines } from './shared';

export function checkFrontmatterYaml(ctx: RuleContext, what: 'agent' | 'command' | 'output style'): void {
  const { file } = ctx;
  const first = file.syntaxErrors[0];
  if (!first || !file.frontmatter?.present || file.frontmatter.unclosed) return;
  if (what === 'agent' && isSkillResource(ctx)) return;
  const bad = unrecoverableLines(file);
  const plugin = componentPluginRoot(ctx);
  if (bad.length > 0) {
    ctx.report({
      range: { offset: bad[0].offset, length: bad[0].text.length },
      severity: what === 'output style' ? 'warning' : 'error',
      message: `YAML frontmatter failed to parse (${first.message}), and Claude Code cannot recover it: ${effect(ctx, what, plugin)}`
        + ' A value that spans several lines must be quoted or written as a block scalar (`description: |`).',
    });
    return;
  }
  ctx.report({
    range: { offset: first.offset, length: Math.max(first.length, 1) },
    severity: 'warning',
    message: `Strict YAML rejects this frontmatter (${first.message}). Claude Code 2.1.332 recovers it by reading each line as "key: value", but other tools and older Claude Code versions (2.1.197) drop the metadata. Quote the value.`,
    fixes: quoteFix(ctx, first.offset),
  });
}

function effect(ctx: RuleContext, what: string, plugin: string | undefined): string {
  if (what === 'agent') {
    return plugin
      ? `at runtime this agent loads with its name taken from the filename, the description "Agent from ${pluginName(ctx, plugin)} plugin", and every other frontmatter field silently dropped.`
      : 'Claude Code skips this agent (it is not loaded).';
  }
  if (what === 'command') return 'at runtime this command loads with empty metadata (all frontmatter fields silently dropped).';
  return 'the output style loads with its name taken from the filename and no other settings.';
}

/** `key: text: more` on one line → `key: "text: more"`. */
function quoteFix(ctx: RuleContext, offset: number) {
  const fm = ctx.file.frontmatter!;
  const line = splitLines(ctx.file.text.slice(fm.contentStart, fm.contentEnd))
    .map((l) => ({ ...l, offset: l.offset + fm.contentStart }))
    .find((l) => l.offset <= offset && offset <= l.offset + l.text.length);
  const m = line ? /^([A-Za-z0-9_-]+):[ \t]+(.*?)[ \t]*$/.exec(line.text) : null;
  if (!line || !m || /^["']/.test(m[2])) return undefined;
  const start = line.offset + m[1].length + line.text.slice(m[1].length).indexOf(m[2]);
  return [{ title: 'Quote the value', tier: 'safe' as const, edits: [{ offset: start, length: m[2].length, newText: JSON.stringify(m[2]) }], isPreferred: true }];
}
