import { defineRule, src } from '../define';
import { field } from './support';
import { itemsOf } from '../../parse/node';

export default defineRule({
  id: 'skill/allowed-tools-format',
  kinds: ['skill'],
  description: '`allowed-tools` should be a space-separated string (spec); Claude Code also reads a comma-separated string or a YAML list.',
  defaultSeverity: 'info',
  fixable: false,
  sources: [
    src('https://agentskills.io/specification', '2026-08-09', 'space-separated string, experimental'),
    src('https://code.claude.com/docs/en/skills#frontmatter-reference', '2026-08-22', 'space- or comma-separated string, or a YAML list'),
    src('https://code.claude.com/docs/en/agent-sdk/skills', '2026-08-22', 'ignored for project/personal skills in SDK sessions'),
  ],
  check(ctx) {
    const f = field(ctx.file, 'allowed-tools');
    if (!f) return;
    const v = f.value;
    if (v.type === 'array') {
      const bad = itemsOf(v).find((i) => i.type !== 'string');
      if (bad) {
        ctx.report({ node: bad, severity: 'warning', message: `Every \`allowed-tools\` entry must be a tool name string; Claude Code cannot read this ${bad.type}, so the tool is not pre-approved.` });
        return;
      }
      ctx.report({ node: f.keyNode, message: '`allowed-tools` is a YAML list: Claude Code reads it, but the Agent Skills spec defines a space-separated string, so other clients may ignore the pre-approvals.' });
      return;
    }
    if (v.type !== 'string') {
      if (v.type === 'null') return;
      ctx.report({ node: v, severity: 'warning', message: `\`allowed-tools\` is a YAML ${v.type}: Claude Code expects a string or a list of tool names, so no tool is pre-approved.` });
      return;
    }
    // A comma outside parentheses separates tools (commas inside `Bash(a, b)` are part of a rule).
    let depth = 0;
    let comma = false;
    for (const ch of String(v.value)) {
      if (ch === '(') depth++;
      else if (ch === ')') depth = Math.max(0, depth - 1);
      else if (ch === ',' && depth === 0) comma = true;
    }
    if (comma) {
      ctx.report({ node: v, message: '`allowed-tools` is comma-separated: Claude Code reads it, but the Agent Skills spec defines a space-separated list, so other clients may read it as one tool name.' });
    }
  },
});
