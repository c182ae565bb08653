/**
 * `plugin-lens explain <rule-id>`: the whole rule page in the terminal — what it checks and what Claude
 * does, severity, surfaces, fix (and its tier when the rule data has one), an example that is reported
 * (with its fixed text) and one that is not, the sources with their dates, and how to configure it.
 * The prose and examples are the docs page and the test fixtures, embedded by the build.
 */
import { RULES, getRule, ruleDocsUrl } from '../core/rules';
import { ruleFixTiers } from '../core/fixes';
import { didYouMean } from '../core/suggest';
import type { Rule } from '../core/types';
import { UsageError } from './args';
import { wrap, type Style } from './style';

interface Example { file: string; text: string; fixed?: string; line?: number; targets?: string[] }
interface RulePage { prose: string; bad?: Example; good?: Example }

// Replaced by scripts/build.mjs (esbuild `define`); absent when the sources run unbundled.
declare const PLUGIN_LENS_RULE_PAGES: Record<string, RulePage> | undefined;

function pages(): Record<string, RulePage> {
  return typeof PLUGIN_LENS_RULE_PAGES === 'undefined' ? {} : PLUGIN_LENS_RULE_PAGES;
}

/** The fix tiers the rule documents ("safe", "suggestion" or both), undefined when it has no fix. */
export function fixTier(rule: Rule): string | undefined {
  const tiers = ruleFixTiers(rule);
  return tiers.length ? tiers.join(', ') : undefined;
}

export function explain(id: string | undefined, style: Style): string {
  if (!id) throw new UsageError('explain needs a rule id, e.g. plugin-lens explain skill/name-format.', 'explain');
  const rule = getRule(id);
  if (!rule) {
    // `name-format` without its kind: name the rules it could be.
    const byName = RULES.filter((r) => r.id.endsWith(`/${id}`)).map((r) => `"${r.id}"`);
    const hint = didYouMean(id, RULES.map((r) => r.id)) || (byName.length ? ` Did you mean ${byName.join(' or ')}?` : ' Run "plugin-lens rules" for the list.');
    throw new UsageError(`unknown rule "${id}".${hint}`, 'explain');
  }
  const page = pages()[rule.id];
  const tier = fixTier(rule);
  const field = (k: string, v: string) => `${style.bold(k.padEnd(18))}${v}`;
  const out: string[] = [style.bold(style.underline(rule.id)), '', ...wrap(rule.description, style.width), ''];
  out.push(field('Applies to:', rule.kinds.join(', ') || '(the validation pipeline)'));
  out.push(field('Default severity:', rule.defaultSeverity));
  out.push(field('Fixable:', rule.fixable ? `yes${tier ? ` (${tier})` : ''}` : 'no'));
  out.push(field('Surfaces:', rule.surfaces?.length ? rule.surfaces.join(', ') : 'every surface that loads the file'));
  // The generated placeholder prose only repeats the description.
  const placeholder = page?.prose.replace(/^## What it checks\s*/, '').trim() === rule.description.trim();
  if (page?.prose && !placeholder) out.push('', ...markdownToTerminal(page.prose, style));
  if (page?.bad) {
    const where = page.bad.line ? `, line ${page.bad.line}` : '';
    const targets = page.bad.targets?.length ? ` with --target ${page.bad.targets.join(',')}` : '';
    out.push('', style.bold(`Example: reported${targets} (${page.bad.file}${where})`), ...excerpt(page.bad.text, page.bad.line, style));
    if (page.bad.fixed !== undefined) out.push('', style.bold('After the fix:'), ...excerpt(page.bad.fixed, page.bad.line, style));
  }
  if (page?.good) out.push('', style.bold(`Example: not reported (${page.good.file})`), ...excerpt(page.good.text, undefined, style));
  out.push('', style.bold('Sources:'));
  if (rule.sources.length === 0) out.push('  Plugin Lens\'s own behaviour (no external fact).');
  for (const s of rule.sources) out.push(`  ${s.url} (copy of ${s.date})${s.note ? ` — ${s.note}` : ''}`);
  out.push('', field('Configure:', `.plugin-lens.json { "rules": { "${rule.id}": "off" } }`));
  out.push(field('Docs:', ruleDocsUrl(rule.id)));
  return out.join('\n') + '\n';
}

const EXCERPT_LINES = 14;

/** The example text with line numbers: whole when short, else a window around the reported line. */
function excerpt(text: string, line: number | undefined, style: Style): string[] {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  let from = 0;
  let to = lines.length;
  if (lines.length > EXCERPT_LINES) {
    const at = Math.min(lines.length, Math.max(1, line ?? 1)) - 1;
    from = Math.max(0, at - 5);
    to = Math.min(lines.length, from + EXCERPT_LINES);
  }
  const w = String(to).length;
  const out = lines.slice(from, to).map((l, i) => {
    const n = from + i + 1;
    const mark = n === line ? style.red('>') : ' ';
    return `  ${mark} ${style.dim(String(n).padStart(w) + ' |')} ${l.length > style.width - w - 7 ? l.slice(0, style.width - w - 8) + '…' : l}`;
  });
  if (from > 0) out.unshift(`    ${style.dim('…')}`);
  if (to < lines.length) out.push(`    ${style.dim('…')}`);
  return out;
}

/** Enough Markdown for a terminal: headings in bold, paragraphs wrapped, links as "text (url)", code kept. */
export function markdownToTerminal(md: string, style: Style): string[] {
  const out: string[] = [];
  let inFence = false;
  let para: string[] = [];
  // Links before wrapping (they change the length), bold after (escape codes would skew it).
  const links = (s: string) => s.replace(/\[([^\]]+)\]\((https?:[^)]+)\)/g, '$1 ($2)').replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1').replace(/<(https?:[^>]+)>/g, '$1');
  const inline = (s: string) => s.replace(/\*\*([^*]+)\*\*/g, (_m, t: string) => style.bold(t)).replace(/\*\*/g, '');
  const flush = () => {
    if (!para.length) return;
    const text = links(para.join(' '));
    const bullet = /^([-*]|\d+\.) /.exec(text);
    if (bullet) {
      const lines = wrap(text.slice(bullet[0].length), style.width - 4);
      out.push(`  ${bullet[1] === '*' ? '-' : bullet[1]} ${inline(lines[0])}`, ...lines.slice(1).map((l) => `    ${inline(l)}`));
    } else out.push(...wrap(text, style.width).map(inline));
    para = [];
  };
  for (const raw of md.split(/\r?\n/)) {
    if (/^\s*```/.test(raw)) { flush(); inFence = !inFence; continue; }
    if (inFence) { out.push(`    ${raw}`); continue; }
    if (!raw.trim()) { flush(); if (out.length && out[out.length - 1] !== '') out.push(''); continue; }
    const heading = /^#{1,6}\s+(.*)$/.exec(raw);
    if (heading) { flush(); out.push(style.bold(links(heading[1]))); continue; }
    if (/^\s*\|/.test(raw)) { flush(); out.push(`  ${raw.trim()}`); continue; }
    if (/^([-*]|\d+\.) /.test(raw)) flush();
    para.push(raw.trim());
  }
  flush();
  while (out.length && out[out.length - 1] === '') out.pop();
  return out;
}
