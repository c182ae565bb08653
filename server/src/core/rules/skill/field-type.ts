import { defineRule } from '../define';
import { readableFields, field, type Field } from './support';
import { BOOLEAN_WORDS, CLAUDE_CODE_FIELD_SOURCES, claudeCodeField } from '../../knowledge/skill-claude-code';
import { itemsOf } from '../../parse/node';
import type { RuleContext } from '../../types';

/** Fields with their own rule (value checks with better messages there). */
const OWN_RULE = new Set(['name', 'metadata', 'allowed-tools', 'compatibility']);

export default defineRule({
  id: 'skill/field-type',
  kinds: ['skill'],
  description: 'A Claude Code frontmatter field has a value of the wrong type or outside its allowed values.',
  defaultSeverity: 'warning',
  fixable: false,
  sources: CLAUDE_CODE_FIELD_SOURCES,
  check(ctx) {
    for (const f of readableFields(ctx.file) ?? []) {
      if (OWN_RULE.has(f.key)) continue;
      const spec = claudeCodeField(f.key);
      if (spec) checkShape(ctx, f, spec.shape);
    }
    const fork = field(ctx.file, 'context');
    const forked = fork?.value.type === 'string' && fork.value.value === 'fork';
    for (const key of ['agent', 'background']) {
      const f = field(ctx.file, key);
      if (f && !forked) {
        ctx.report({ node: f.keyNode, severity: 'info', message: `\`${key}\` only applies with \`context: fork\`; without it Claude Code ignores this field.` });
      }
    }
  },
});

function checkShape(ctx: RuleContext, f: Field, shape: NonNullable<ReturnType<typeof claudeCodeField>>['shape']): void {
  const v = f.value;
  const at = v.length > 0 ? { node: v } : { node: f.keyNode };
  const got = v.type === 'null' ? 'empty' : `a YAML ${v.type}`;
  switch (shape.type) {
    case 'string':
      if (v.type !== 'string' && v.type !== 'null') ctx.report({ ...at, message: `\`${f.key}\` must be a string, but it is ${got}; Claude Code does not read it as intended. Quote the value.` });
      return;
    case 'string-or-list':
      if (v.type !== 'string' && v.type !== 'array' && v.type !== 'null') ctx.report({ ...at, message: `\`${f.key}\` must be a string, but it is ${got}; Claude Code does not show it as intended. Quote the value.` });
      return;
    case 'boolean': {
      const word = v.type === 'boolean' ? String(v.value) : v.type === 'number' || v.type === 'string' ? String(v.value).toLowerCase() : undefined;
      if (word !== undefined && (BOOLEAN_WORDS.true.includes(word) || BOOLEAN_WORDS.false.includes(word))) return;
      ctx.report({ ...at, message: `\`${f.key}\` must be true or false (Claude Code also accepts yes/no/on/off/1/0), but it is ${v.type === 'string' ? `"${String(v.value)}"` : got}; Claude Code ignores it and keeps the default (${shape.default}).` });
      return;
    }
    case 'enum': {
      if (v.type === 'string' && shape.values.includes(String(v.value))) return;
      ctx.report({ ...at, message: `\`${f.key}\` must be one of ${shape.values.map((x) => `\`${x}\``).join(', ')}, but it is ${v.type === 'string' ? `"${String(v.value)}"` : got}; Claude Code ignores the value.` });
      return;
    }
    case 'list-or-string': {
      if (v.type === 'string' || v.type === 'null') return;
      if (v.type === 'array') {
        const bad = itemsOf(v).find((i) => i.type !== 'string');
        if (bad) ctx.report({ node: bad, message: `Each \`${f.key}\` entry must be a string; Claude Code cannot use this ${bad.type}.` });
        return;
      }
      ctx.report({ ...at, message: `\`${f.key}\` must be a space- or comma-separated string or a YAML list, but it is ${got}; Claude Code ignores it.` });
      return;
    }
    case 'map':
      if (v.type !== 'object' && v.type !== 'null') ctx.report({ ...at, message: `\`${f.key}\` must be a map, but it is ${got}; Claude Code ignores it.` });
      return;
    default:
      return;
  }
}
