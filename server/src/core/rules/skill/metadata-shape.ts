import { defineRule, src } from '../define';
import { field, doubleQuoted } from './support';
import { CLAUDE_CODE_SKILL_FIELDS } from '../../knowledge/skill-claude-code';
import { propertiesOf } from '../../parse/node';

export default defineRule({
  id: 'skill/metadata-shape',
  kinds: ['skill'],
  description: '`metadata` must be a map of string keys to string values.',
  defaultSeverity: 'warning',
  fixable: true,
  fixTiers: ['safe'],
  sources: [
    src('https://agentskills.io/specification', '2026-08-09'),
    src('https://code.claude.com/docs/en/skills#frontmatter-reference', '2026-08-22', 'drops a value that is not a map; do not reuse field names as keys'),
  ],
  check(ctx) {
    const f = field(ctx.file, 'metadata');
    if (!f) return;
    if (f.value.type !== 'object') {
      ctx.report({
        node: f.value.length ? f.value : f.keyNode,
        message: '`metadata` is not a map: Claude Code drops the value, and the Agent Skills spec and the upload validators expect `key: value` pairs indented under `metadata:`.',
      });
      return;
    }
    for (const prop of propertiesOf(f.value)) {
      const [key, value] = prop.children ?? [];
      if (!key || !value) continue;
      const name = String(key.value);
      if (CLAUDE_CODE_SKILL_FIELDS.some((x) => x.key === name) && name !== 'metadata') {
        ctx.report({ node: key, severity: 'info', message: `\`metadata.${name}\` reuses a frontmatter field name: Claude Code does not act on it here (it reads only the top-level \`${name}\`), and the docs advise against it to avoid confusion.` });
      }
      if (value.type === 'string') continue;
      const scalar = value.type === 'number' || value.type === 'boolean';
      const raw = ctx.file.text.slice(value.offset, value.offset + value.length);
      ctx.report({
        node: value.length ? value : key,
        severity: 'info',
        message: `\`metadata.${name}\` is a YAML ${value.type}, not a string: the Agent Skills spec allows only string values, and tools reading it may see ${scalar ? (String(value.value) === raw ? `the ${value.type} ${raw} rather than the text "${raw}"` : `"${String(value.value)}" instead of "${raw}"`) : 'an unexpected shape'}.${scalar ? ' Quote it.' : ''}`,
        fixes: scalar ? [{ title: 'Quote the value', tier: 'safe', edits: [{ offset: value.offset, length: value.length, newText: doubleQuoted(raw) }], isPreferred: true }] : [],
      });
    }
  },
});
