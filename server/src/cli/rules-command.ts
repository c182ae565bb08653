/** `plugin-lens rules` (the catalog) and `plugin-lens explain <id>`. */
import { RULES, getRule, ruleDocsUrl } from '../core/rules';
import type { Rule } from '../core/types';
import { UsageError } from './args';

export function rulesCatalog(format: string): string {
  if (format === 'json') {
    return JSON.stringify(RULES.map((r) => ({
      id: r.id, kinds: r.kinds, description: r.description, defaultSeverity: r.defaultSeverity,
      fixable: r.fixable, sources: r.sources, surfaces: r.surfaces ?? [], docs: ruleDocsUrl(r.id),
    })), null, 2) + '\n';
  }
  if (format === 'markdown') return rulesTable(RULES);
  throw new UsageError('--format must be json or markdown');
}

/** The index table used in docs/rules/README.md and the README (kept in sync by a meta test). */
export function rulesTable(rules: readonly Rule[]): string {
  let out = '| Rule | Default | Fixable | Description |\n|---|---|---|---|\n';
  for (const r of [...rules].sort((a, b) => a.id.localeCompare(b.id))) {
    out += `| [\`${r.id}\`](docs/rules/${r.id}.md) | ${r.defaultSeverity} | ${r.fixable ? 'yes' : ''} | ${r.description.replace(/\|/g, '\\|')} |\n`;
  }
  return out;
}

export function explain(id: string | undefined): string {
  if (!id) throw new UsageError('explain needs a rule id, e.g. plugin-lens explain skill/name-format');
  const rule = getRule(id);
  if (!rule) throw new UsageError(`unknown rule "${id}" (see plugin-lens rules)`);
  const lines = [
    `${rule.id}`, '', rule.description, '',
    `Applies to:       ${rule.kinds.join(', ') || '(pipeline)'}`,
    `Default severity: ${rule.defaultSeverity}`,
    `Fixable:          ${rule.fixable ? 'yes' : 'no'}`,
  ];
  if (rule.surfaces?.length) lines.push(`Surfaces:         ${rule.surfaces.join(', ')}`);
  if (rule.sources.length) {
    lines.push('', 'Sources:');
    for (const s of rule.sources) lines.push(`  ${s.url} (${s.date})${s.note ? ` — ${s.note}` : ''}`);
  }
  lines.push('', `Docs: ${ruleDocsUrl(rule.id)}`);
  return lines.join('\n') + '\n';
}
