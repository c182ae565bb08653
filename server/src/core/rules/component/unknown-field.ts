/** The shared check behind <kind>/unknown-field: keys the loader does not read. */
import type { RuleContext } from '../../types';
import { keyNodeOf, keyOf, propertiesOf } from '../../parse/node';
import type { FieldSpec } from '../../knowledge/component-fields';
import { cleanFrontmatter, isSkillResource } from './shared';

export function checkUnknownFields(ctx: RuleContext, fields: Record<string, FieldSpec>, what: string, notes: Record<string, string> = {}): void {
  const root = cleanFrontmatter(ctx.file);
  if (!root || (what === 'agent' && isSkillResource(ctx))) return;
  const known = Object.keys(fields);
  for (const prop of propertiesOf(root)) {
    const key = keyOf(prop);
    if (fields[key]) continue;
    const near = known.find((k) => k.toLowerCase().replace(/[-_]/g, '') === key.toLowerCase().replace(/[-_]/g, ''));
    ctx.report({
      node: keyNodeOf(prop),
      message: notes[key] ?? `"${key}" is not ${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what} frontmatter field, so Claude Code ignores it${near ? `; did you mean "${near}"?` : '.'}`,
    });
  }
}
