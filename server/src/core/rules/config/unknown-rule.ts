import { defineRule, src } from '../define';
import { keyNodeOf, keyOf, propertiesOf, valueOf } from '../../parse/node';
import { suggest } from '../../suggest';
import type { Fix } from '../../types';
// A cycle (the registry lists this rule), safe because RULES is read only when the rule runs.
import { RULES } from '../index';

/**
 * A `rules` key in .plugin-lens.json that names no rule does nothing: the rule it was meant for keeps its
 * default severity.
 */
export default defineRule({
  id: 'config/unknown-rule',
  kinds: ['config'],
  description: 'A `rules` entry in .plugin-lens.json names no Plugin Lens rule, so the setting does nothing.',
  defaultSeverity: 'warning',
  fixable: true,
  fixTiers: ['safe', 'suggestion'],
  sources: [src('https://github.com/plugin-lens/plugin-lens/blob/main/docs/rules/README.md', '2026-12-06', 'the rule registry')],
  check(ctx) {
    const rules = valueOf(ctx.file.root, 'rules');
    const ids = RULES.map((r) => r.id);
    for (const prop of propertiesOf(rules)) {
      const id = keyOf(prop);
      if (/[*?[{]/.test(id) || ids.includes(id)) continue;
      const meant = suggest(id, ids);
      const taken = meant !== undefined && propertiesOf(rules).some((p) => keyOf(p) === meant.name);
      const key = keyNodeOf(prop);
      const fixes: Fix[] = meant && !taken
        ? [{ title: `Rename to "${meant.name}"`, tier: meant.clear ? 'safe' : 'suggestion', isPreferred: meant.clear, edits: [{ offset: key.offset, length: key.length, newText: JSON.stringify(meant.name) }] }]
        : [];
      ctx.report({
        node: key,
        message: `Plugin Lens has no rule "${id}": this setting does nothing, and the rule you meant keeps its default severity.${meant ? ` Did you mean "${meant.name}"?` : ' See `plugin-lens rules` for the ids.'}`,
        fixes,
        data: meant ? { suggestion: meant.name } : undefined,
      });
    }
  },
});
