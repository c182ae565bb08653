/** The shared check behind agent/invalid-value, command/invalid-value and output-style/invalid-value. */
import type { Fix, RuleContext, Severity } from '../../types';
import { suggest } from '../../suggest';
import { propertiesOf, keyOf, type Node } from '../../parse/node';
import { BOOLEAN_WORDS, type FieldSpec } from '../../knowledge/component-fields';
import { cleanFrontmatter, isSkillResource } from './shared';

export function checkFieldValues(ctx: RuleContext, fields: Record<string, FieldSpec>, what: string): void {
  const root = cleanFrontmatter(ctx.file);
  if (!root || (what === 'agent' && isSkillResource(ctx))) return;
  for (const prop of propertiesOf(root)) {
    const key = keyOf(prop);
    const spec = fields[key];
    const value = prop.children?.[1];
    if (!spec || !value || value.type === 'null') continue;
    const problem = typeProblem(spec, value) ?? valueProblem(spec, value);
    if (!problem) continue;
    // A colour is cosmetic; anything else changes how the component behaves.
    const severity: Severity = key === 'color' ? 'info' : 'warning';
    const meant = spec.values && value.type === 'string' ? suggest(String(value.value), spec.values) : undefined;
    ctx.report({
      node: value, severity,
      message: `"${key}" ${problem}: Claude Code ${key === 'color' ? 'may show the agent in its default colour' : `ignores or misreads this value for the ${what}`}.${meant ? ` Did you mean "${meant.name}"?` : ''}`,
      fixes: meant ? [renameValue(ctx.file.text, value, meant.name, meant.clear)] : undefined,
      data: meant ? { suggestion: meant.name } : undefined,
    });
  }
}

/** `model: sonet` → `model: sonnet`, keeping the value's quotes: safe when one candidate is clearly meant. */
function renameValue(text: string, value: Node, to: string, clear: boolean): Fix {
  const raw = text.slice(value.offset, value.offset + value.length);
  const q = raw[0] === '"' || raw[0] === "'" ? raw[0] : '';
  return { title: `Change to "${to}"`, tier: clear ? 'safe' : 'suggestion', isPreferred: clear, edits: [{ offset: value.offset, length: value.length, newText: `${q}${to}${q}` }] };
}

function typeProblem(spec: FieldSpec, v: Node): string | undefined {
  switch (spec.type) {
    case 'boolean':
      return v.type === 'boolean' || (v.type === 'string' && BOOLEAN_WORDS.test(String(v.value))) || (v.type === 'number' && (v.value === 0 || v.value === 1))
        ? undefined : `must be true or false, not ${describe(v)}`;
    case 'number':
      return v.type === 'number' ? undefined : `must be a number, not ${describe(v)}`;
    case 'string':
      return v.type === 'string' || v.type === 'number' || v.type === 'boolean' ? undefined : `must be a single value, not ${describe(v)}`;
    case 'string-or-list':
      return v.type === 'string' || v.type === 'array' ? undefined : `must be a comma-separated string or a list, not ${describe(v)}`;
    case 'list':
      return v.type === 'array' ? undefined : `must be a list, not ${describe(v)}`;
    case 'object':
      return v.type === 'object' ? undefined : `must be a mapping, not ${describe(v)}`;
    default:
      return undefined;
  }
}

function valueProblem(spec: FieldSpec, v: Node): string | undefined {
  if (!spec.values || v.type !== 'string') return undefined;
  const s = String(v.value);
  if (spec.values.includes(s) || spec.alsoMatches?.test(s)) return undefined;
  const near = spec.values.find((x) => x.toLowerCase() === s.toLowerCase());
  return `is "${s}", not one of ${spec.values.join(', ')}${spec.alsoMatches ? ' or a full model ID' : ''}${near ? ` (values are case-sensitive: "${near}")` : ''}`;
}

function describe(v: Node): string {
  return v.type === 'array' ? 'a list' : v.type === 'object' ? 'a mapping' : `${v.type} ${JSON.stringify(v.value)}`;
}
