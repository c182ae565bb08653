/** `plugin-lens rules`: the catalog as a terminal table (default), JSON or Markdown. */
import { RULES, ruleDocsUrl } from '../core/rules';
import type { Rule } from '../core/types';
import { checkChoice } from './args';
import { RULES_FORMATS } from './commands';
import { PLAIN, wrap, type Style } from './style';
import { ruleFixTiers } from '../core/fixes';

export function rulesCatalog(format: string, style: Style = PLAIN): string {
  checkChoice('--format', format, RULES_FORMATS, 'rules');
  if (format === 'json') {
    return JSON.stringify(RULES.map((r) => ({
      id: r.id, kinds: r.kinds, description: r.description, defaultSeverity: r.defaultSeverity,
      fixable: r.fixable, fixTiers: ruleFixTiers(r), sources: r.sources, surfaces: r.surfaces ?? [], docs: ruleDocsUrl(r.id),
    })), null, 2) + '\n';
  }
  if (format === 'markdown') return rulesTable(RULES);
  return rulesText(RULES, style);
}

/** RULE, DEFAULT, FIX and DESCRIPTION columns; the description wraps under itself. */
function rulesText(rules: readonly Rule[], style: Style): string {
  const sorted = [...rules].sort((a, b) => a.id.localeCompare(b.id));
  // Short tiers keep the table narrow (legend below the table).
  const fix = (r: Rule) => { const t = ruleFixTiers(r); return t.includes('safe') ? (t.length > 1 ? 'safe+' : 'safe') : t.length ? 'suggest' : ''; };
  const w0 = Math.max(4, ...sorted.map((r) => r.id.length));
  const w1 = Math.max(7, ...sorted.map((r) => r.defaultSeverity.length));
  const w2 = Math.max(3, ...sorted.map((r) => fix(r).length));
  const indent = w0 + w1 + w2 + 6;
  const textWidth = Math.max(30, style.width - indent);
  const sev = (s: string) => (s === 'error' ? style.red(s) : s === 'warning' ? style.yellow(s) : s === 'off' ? style.dim(s) : style.blue(s));
  const lines = [style.bold(`${'RULE'.padEnd(w0)}  ${'DEFAULT'.padEnd(w1)}  ${'FIX'.padEnd(w2)}  DESCRIPTION`)];
  for (const r of sorted) {
    const desc = wrap(r.description, textWidth);
    lines.push(`${r.id.padEnd(w0)}  ${sev(r.defaultSeverity.padEnd(w1))}  ${fix(r).padEnd(w2)}  ${desc[0]}`);
    for (const d of desc.slice(1)) lines.push(' '.repeat(indent) + d);
  }
  lines.push('', 'FIX: safe = applied by --fix and "Fix all"; suggest = lightbulb only; safe+ = both kinds.');
  lines.push(`${rules.length} rules. Details: plugin-lens explain <rule-id>.`);
  return lines.join('\n') + '\n';
}

/** The index table used in docs/rules/README.md and the README (kept in sync by a meta test). */
export function rulesTable(rules: readonly Rule[]): string {
  let out = '| Rule | Default | Fixable | Description |\n|---|---|---|---|\n';
  for (const r of [...rules].sort((a, b) => a.id.localeCompare(b.id))) {
    out += `| [\`${r.id}\`](docs/rules/${r.id}.md) | ${r.defaultSeverity} | ${ruleFixTiers(r).join(', ')} | ${r.description.replace(/\|/g, '\\|')} |\n`;
  }
  return out;
}
