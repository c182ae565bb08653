import { defineRule, src } from '../define';
import { replaceValue } from '../../edits/json-edits';
import { EXPANDED_FIELDS, FOREIGN_SYNTAX } from '../../knowledge/mcp-expansion';
import { serversOf, stringFields } from './servers';

/** `${VAR}` / `${VAR:-default}` written wrongly: Claude Code passes the literal text to the server. */
export default defineRule({
  id: 'mcp/variable-syntax',
  kinds: ['mcp', 'managed-mcp', 'plugin', 'marketplace'],
  description: 'A variable reference Claude Code does not expand (unclosed "${", "${VAR:default}", "${env:VAR}", "%VAR%", "$VAR") reaches the server as literal text.',
  defaultSeverity: 'warning',
  fixable: true,
  fixTiers: ['safe'],
  sources: [
    src('https://code.claude.com/docs/en/mcp', '2026-08-22', 'Environment variable expansion in .mcp.json: ${VAR} and ${VAR:-default}'),
    src('https://code.visualstudio.com/docs/copilot/customization/mcp-servers', '2026-08-22', 'VS Code uses ${env:VAR} and ${input:…}'),
  ],
  check(ctx) {
    for (const s of serversOf(ctx)) {
      for (const f of stringFields(s.entry)) {
        if (!EXPANDED_FIELDS.includes(f.field)) continue;
        const value = f.node.value as string;
        const problem = findProblem(value);
        if (!problem) continue;
        ctx.report({
          node: f.node,
          message: `${problem.what} in "${f.field}" of server "${s.name}" is not expanded by Claude Code: the literal text reaches the server. Write \${VAR} or \${VAR:-default}.`,
          fixes: problem.fixed !== undefined ? [{ title: `Rewrite as ${problem.example}`, tier: 'safe', isPreferred: true, edits: replaceValue(f.node, problem.fixed) }] : undefined,
          data: { field: f.field },
        });
      }
    }
  },
});

interface Problem { what: string; fixed?: string; example?: string }

export function findProblem(value: string): Problem | undefined {
  for (const syntax of FOREIGN_SYNTAX) {
    const re = new RegExp(syntax.re.source, 'g');
    const m = re.exec(value);
    if (!m) continue;
    if (!syntax.fix) return { what: syntax.what };
    const fixed = value.replace(new RegExp(syntax.re.source, 'g'), (...args) => syntax.fix!(args as unknown as RegExpExecArray));
    return { what: syntax.what, fixed, example: syntax.fix(m) };
  }
  // Unclosed or malformed ${…}.
  const open = value.indexOf('${');
  if (open >= 0) {
    for (const m of value.matchAll(/\$\{([^}]*)(\}|$)/g)) {
      if (m[2] !== '}') return { what: 'An unclosed "${"' };
      const body = m[1];
      if (!/^([A-Za-z_][A-Za-z0-9_]*)(:-[^]*)?$/.test(body) && !/^user_config\.[A-Za-z0-9_]+$/.test(body)) {
        return { what: `"\${${body.slice(0, 20)}}" (not a variable name)` };
      }
    }
  }
  // $VAR without braces (shell style).
  const bare = /(^|[^$\\])\$([A-Z_][A-Z0-9_]{2,})\b/.exec(value);
  if (bare && !value.includes('${' + bare[2])) {
    const fixed = value.replace(/(^|[^$\\])\$([A-Z_][A-Z0-9_]{2,})\b/g, (_all, pre: string, name: string) => `${pre}\${${name}}`);
    return { what: `Shell-style "$${bare[2]}"`, fixed, example: `\${${bare[2]}}` };
  }
  return undefined;
}
