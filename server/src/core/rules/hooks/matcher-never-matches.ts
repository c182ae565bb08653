import { defineRule } from '../define';
import { valueOf, type Node } from '../../parse/node';
import { HOOKS_GUIDE, HOOKS_REF, type HookEvent } from '../../knowledge/hooks-events';
import { TOOL_NAMES } from '../../knowledge/component-fields';
import type { Fix, RuleContext } from '../../types';
import { forEachGroup, guardNote, hooksSites } from './sites';
import { readMatcher } from './matcher';
import { effect } from '../../load/effect';

/** `Write(docs/**)`: a permission rule written where a tool-name matcher belongs. */
export function isPermissionRule(value: string, event: HookEvent | undefined): boolean {
  return event?.matcher === 'tool' && /^[A-Za-z_][\w-]*\(.*\)$/.test(value);
}

const TOOLS_LOWER = new Map(TOOL_NAMES.map((t) => [t.toLowerCase(), t]));

/**
 * Exact-match matchers that can never equal the value Claude Code compares: a tool name in the wrong
 * case, a bare `mcp__<server>` (needs `__.*`), a value outside an event's documented set, and a
 * FileChanged/StopFailure list separated by commas (only `|` separates there; a comma makes it a regex).
 */
export default defineRule({
  id: 'hooks/matcher-never-matches',
  kinds: ['hooks', 'settings', 'plugin', 'agent', 'skill', 'command'],
  description: 'An exact-match matcher names something the event never reports (wrong case, bare mcp__server, unknown value), so the hook never fires.',
  defaultSeverity: 'warning',
  fixable: true,
  fixTiers: ['safe'],
  sources: [HOOKS_REF, HOOKS_GUIDE],
  check(ctx) {
    for (const site of hooksSites(ctx)) {
      forEachGroup(site, (name, event, group) => {
        const node = valueOf(group, 'matcher');
        if (node?.type !== 'string' || !event || event.matcher === 'none') return;
        checkMatcher(ctx, node, String(node.value), name, event);
      });
    }
  },
});

function checkMatcher(ctx: RuleContext, node: Node, value: string, name: string, event: HookEvent): void {
  if (isPermissionRule(value, event)) {
    ctx.report({
      node, data: { effect: effect('dropped', ['claude-code']) },
      message: `"${value}" is permission-rule syntax, but a matcher is compared with the tool name only, so this ${name} hook never fires. Use the tool name ("${value.slice(0, value.indexOf('('))}") as the matcher and put "${value}" in the handler's "if" field.${guardNote(event)}`,
    });
    return;
  }
  const reading = readMatcher(value, event);
  const replace = (title: string, text: string): Fix => ({ title, edits: [{ offset: node.offset + 1, length: node.length - 2, newText: text }], tier: 'safe', isPreferred: true });
  const json = ctx.file.text[node.offset] === '"';
  if (reading.kind === 'regex' && event.narrowExact && /^[A-Za-z0-9_|, -]+$/.test(value) && /[, ]/.test(value)) {
    const fixed = value.split(/\s*[|,]\s*/).filter(Boolean).join('|');
    ctx.report({
      node, data: { effect: effect('dropped', ['claude-code']) },
      message: `For ${name}, only "|" separates matcher values: this comma or space makes Claude Code read "${value}" as an unanchored regular expression, which matches none of the values you listed. Write "${fixed}".`,
      fixes: json || ctx.file.text[node.offset] === "'" ? [replace(`Use "${fixed}"`, fixed)] : undefined,
    });
    return;
  }
  if (reading.kind !== 'exact') return;
  const problems: string[] = [];
  const fixedNames = reading.names.map((n) => {
    if (event.matcher === 'tool') {
      if (/^mcp__/.test(n) && !/^mcp__.+__/.test(n)) {
        problems.push(`"${n}" is compared as an exact tool name and no tool is named that; MCP tools are named mcp__<server>__<tool>, so write "${n}__.*"`);
        return `${n}__.*`;
      }
      const tool = TOOLS_LOWER.get(n.toLowerCase());
      if (tool && tool !== n) {
        problems.push(`tool names are case-sensitive, so "${n}" never equals "${tool}"`);
        return tool;
      }
    } else if (event.matcher === 'values' && event.values && !event.values.includes(n)) {
      const near = event.values.find((v) => v.toLowerCase() === n.toLowerCase().replace(/-/g, '_'));
      problems.push(`"${n}" is not one of the documented ${name} values (${event.values.join(', ')})` + (near ? `; did you mean "${near}"?` : ''));
      return near ?? n;
    }
    return n;
  });
  if (problems.length === 0) return;
  const sep = value.includes('|') || !value.includes(',') ? '|' : ', ';
  const changed = fixedNames.some((n, i) => n !== reading.names[i]);
  // `mcp__x__.*` contains regex characters: any mix with other names must use `|`, never `,`.
  const quoted = json || ctx.file.text[node.offset] === "'";
  const newValue = fixedNames.join(fixedNames.some((n) => n.includes('.*')) ? '|' : sep);
  ctx.report({
    node, data: { effect: effect('dropped', ['claude-code']) },
    message: `This ${name} matcher never fires: ${problems.join('; ')}.${guardNote(event)}`,
    fixes: changed && quoted ? [replace(`Use "${newValue}"`, newValue)] : undefined,
  });
}
