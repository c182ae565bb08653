import type { RuleContext } from '../../types';
import { defineRule } from '../define';
import { itemsOf, valueOf, type Node } from '../../parse/node';
import { TOOL_NAMES, TOOL_NAMES_SOURCES } from '../../knowledge/component-fields';
import { SETTINGS_REF } from '../../knowledge/settings-keys';
import { suggest } from '../../suggest';
import { safeFix } from './helpers';

const PERMISSIONS = { url: 'https://code.claude.com/docs/en/permissions', date: '2026-08-22', note: 'linked from settings-reference § Permission rule syntax' };

/** Tools a permission rule may name beyond the frontmatter tool list (sub-agents § Available tools, 2026-08-22). */
const PERMISSION_TOOLS: readonly string[] = [
  ...TOOL_NAMES, 'CronCreate', 'CronDelete', 'CronList', 'ScheduleWakeup', 'EnterPlanMode', 'EndConversation',
  'WaitForMcpServers', 'ListAgents',
];

const LISTS = ['allow', 'ask', 'deny'] as const;

/** `Tool` or `Tool(specifier)`; undefined when the parentheses do not close at the end. */
function parseRule(rule: string): { tool: string; spec?: string } | undefined {
  const open = rule.indexOf('(');
  if (open < 0) return rule.includes(')') ? undefined : { tool: rule };
  if (!rule.endsWith(')')) return undefined;
  return { tool: rule.slice(0, open), spec: rule.slice(open + 1, -1) };
}

/**
 * Permission rules in allow/ask/deny: a tool name that is a slip of a known tool, an MCP rule with a
 * wildcard in the server name (allow/ask), or a rule whose parentheses do not close. Each never matches;
 * in `deny` that leaves the tool unblocked. Unknown names with no close match stay silent: the tool
 * list is not published whole (MCP and newer tools).
 */
export default defineRule({
  id: 'settings/permission-rule',
  kinds: ['settings'],
  description: 'A permission rule in allow/ask/deny that never matches: a mistyped tool name, a wildcard in an MCP server name, or unclosed parentheses.',
  defaultSeverity: 'warning',
  fixable: true,
  fixTiers: ['safe'],
  sources: [{ ...SETTINGS_REF, note: 'permissions.allow / ask / deny; Permission rule syntax' }, PERMISSIONS, ...TOOL_NAMES_SOURCES],
  check(ctx) {
    const permissions = valueOf(ctx.file.root, 'permissions');
    for (const list of LISTS) {
      for (const item of itemsOf(valueOf(permissions, list))) {
        if (item.type !== 'string') continue;
        checkRule(ctx, list, item);
      }
    }
  },
});

function checkRule(ctx: RuleContext, list: typeof LISTS[number], item: Node): void {
  const rule = String(item.value);
  const severity = list === 'deny' ? 'error' : 'warning';
  const effect = list === 'deny' ? 'so it never matches and the tool stays unblocked' : 'so it never matches';
  const parsed = parseRule(rule.trim());
  if (!rule.trim() || !parsed) {
    ctx.report({ node: item, severity, message: `Permission rule "${rule}" is not \`Tool\` or \`Tool(specifier)\`: Claude Code cannot read it, ${effect}.` });
    return;
  }
  const { tool } = parsed;
  if (tool.startsWith('mcp__')) {
    const server = tool.slice(5).split('__')[0];
    if (list !== 'deny' && server.includes('*')) {
      ctx.report({ node: item, severity, message: `In an MCP ${list} rule "*" can appear only in the tool name after "mcp__<server>__", not in the server name: Claude Code never matches "${rule}".` });
    }
    return;
  }
  if (tool.includes('*') || PERMISSION_TOOLS.includes(tool)) return;
  const close = suggest(tool, PERMISSION_TOOLS);
  if (!close) return;
  // Edit only the tool name's own characters (the rest of the string stays byte-exact, escapes included).
  const at = item.offset + 1;
  const raw = ctx.file.text.slice(at, at + tool.length) === tool;
  ctx.report({
    node: item, severity,
    message: `Permission rule "${rule}" names no tool "${tool}" (tool names are case-sensitive), ${effect}. Did you mean "${close.name}"?`,
    fixes: close.clear && raw ? [safeFix(`Rename the tool to "${close.name}"`, [{ offset: at, length: tool.length, newText: close.name }])] : undefined,
    data: { tool, suggestion: close.name },
  });
}
