/**
 * Generates, from the rule registry: each `docs/rules/<id>.md` header (hand-written prose below the
 * marker is kept), the index `docs/rules/README.md`, the rules table in README.md, and the
 * `pluginLens.rules` settings schema in package.json; from the knowledge base, the channel ids of
 * schemas/plugin-lens-config.schema.json. `--check` writes nothing and exits 1 when stale.
 * Run: npx tsx scripts/gen-docs.ts [--check]
 */
import * as fs from 'fs';
import { ruleFixTiers } from '../server/src/core/fixes';
import { runRoutesCommand } from '../server/src/cli/routes-command';
import * as path from 'path';
import { RULES } from '../server/src/core/rules';
import type { Rule } from '../server/src/core/types';
import { rulesTable } from '../server/src/cli/rules-command';
import { KNOWLEDGE } from '../server/src/core/reach/knowledge';

const ROOT = path.resolve(__dirname, '..');
const MARK = '<!-- end of generated header: write the rule\'s prose below -->';
const README_START = '<!-- rules:start -->';
const README_END = '<!-- rules:end -->';
const ROUTES_START = '<!-- routes-table:start -->';
const ROUTES_END = '<!-- routes-table:end -->';
/**
 * Also generated: the routes table of the examples in README.md and docs/routes.md, real `plugin-lens routes`
 * output of this command (run in examples/), between the markers.
 */
export const ROUTES_ARGS = ['skills/pdf-forms', 'org-connectors', 'acme-marketplace/plugins/formatter/.claude-plugin/plugin.json'];

function withRoutesTable(text: string): string {
  const a = text.indexOf(ROUTES_START);
  const b = text.indexOf(ROUTES_END);
  if (a < 0 || b < a) return text;
  const { output } = runRoutesCommand(ROUTES_ARGS, path.join(ROOT, 'examples'));
  return text.slice(0, a + ROUTES_START.length) + '\n```text\n' + output + '```\n' + text.slice(b);
}

export function generate(): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of RULES) {
    const file = path.join(ROOT, 'docs', 'rules', `${rule.id}.md`);
    const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    const prose = existing.includes(MARK) ? existing.slice(existing.indexOf(MARK) + MARK.length) : `\n\n${defaultProse(rule)}`;
    out.set(file, header(rule) + MARK + prose);
  }
  out.set(path.join(ROOT, 'docs', 'rules', 'README.md'),
    `# Rules\n\nGenerated from the rule registry by \`scripts/gen-docs.ts\`. ${RULES.length} rules.\n\n` +
    rulesTable(RULES).replace(/\(docs\/rules\//g, '(./') );
  const readmePath = path.join(ROOT, 'README.md');
  if (fs.existsSync(readmePath)) {
    const readme = fs.readFileSync(readmePath, 'utf8');
    const a = readme.indexOf(README_START);
    const b = readme.indexOf(README_END);
    if (a >= 0 && b > a) {
      out.set(readmePath, withRoutesTable(readme.slice(0, a + README_START.length) + '\n' + rulesTable(RULES) + readme.slice(b)));
    }
  }
  const routesDoc = path.join(ROOT, 'docs', 'routes.md');
  if (fs.existsSync(routesDoc)) out.set(routesDoc, withRoutesTable(fs.readFileSync(routesDoc, 'utf8')));
  const pkgPath = path.join(ROOT, 'package.json');
  const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8'));
  const props = pkg.contributes?.configuration?.properties;
  if (props?.['pluginLens.rules']) {
    props['pluginLens.rules'].propertyNames = { anyOf: [{ enum: RULES.map((r) => r.id).sort() }, { pattern: '[*?]' }] };
    out.set(pkgPath, JSON.stringify(pkg, null, 2) + '\n');
  }
  // The channel ids a `.plugin-lens.json` distribution may name (inlined: ajv reports a `$ref`'s errors
  // outside the anyOf branch, and the best-branch reduction would not see them).
  const configSchemaPath = path.join(ROOT, 'schemas', 'plugin-lens-config.schema.json');
  const configSchema = JSON.parse(fs.readFileSync(configSchemaPath, 'utf8'));
  const distribution = configSchema.properties.distribution.additionalProperties.anyOf;
  for (const slot of [distribution[0], distribution[1].items, configSchema.properties.channels.additionalProperties]) {
    slot.enum = KNOWLEDGE.channels.map((c) => c.id);
    slot.markdownEnumDescriptions = KNOWLEDGE.channels.map((c) => `${c.name}: ${c.description}`);
  }
  out.set(configSchemaPath, asciiJson(configSchema));
  return out;
}

/** JSON with 2-space indentation and non-ASCII escaped, as the hand-edited schemas are written. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n';
}

function header(rule: Rule): string {
  const lines = [
    `# \`${rule.id}\``, '', rule.description, '',
    '| | |', '|---|---|',
    `| Applies to | ${rule.kinds.length ? rule.kinds.map((k) => `\`${k}\``).join(', ') : 'the validation pipeline'} |`,
    `| Default severity | ${rule.defaultSeverity} |`,
    `| Fixable | ${fixableCell(rule)} |`,
  ];
  if (rule.explains?.length) lines.push(`| Replaces | ${rule.explains.map((id) => `\`${id}\``).join(', ')} on the same token (one finding per mistake) |`);
  if (rule.surfaces?.length) lines.push(`| Surfaces | ${rule.surfaces.map((s) => `\`${s}\``).join(', ')} |`);
  lines.push('', '## Sources', '');
  if (rule.sources.length === 0) lines.push('Plugin Lens\'s own behaviour (no external fact).');
  for (const s of rule.sources) lines.push(`- <${s.url}> (copy of ${s.date})${s.note ? ` — ${s.note}` : ''}`);
  lines.push('', `Configure in \`.plugin-lens.json\`: \`{ "rules": { "${rule.id}": "off" } }\`.`, '', '');
  return lines.join('\n');
}

const TIER_TEXT = {
  safe: 'safe fix (keeps every value; applied by `--fix`, fix-on-save and "Fix all")',
  suggestion: 'suggestion (deletes, guesses or changes meaning; lightbulb only, never applied in bulk)',
} as const;

function fixableCell(rule: Rule): string {
  const tiers = ruleFixTiers(rule);
  return tiers.length ? tiers.map((t) => TIER_TEXT[t]).join('; ') : 'no';
}

function defaultProse(rule: Rule): string {
  return `## What it checks\n\n${rule.description}\n`;
}

if (require.main === module) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [file, content] of generate()) {
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
    if (current === content) continue;
    stale++;
    if (check) console.log(`stale: ${path.relative(ROOT, file)}`);
    else { fs.mkdirSync(path.dirname(file), { recursive: true }); fs.writeFileSync(file, content); }
  }
  if (check && stale) process.exitCode = 1;
  console.log(check ? `${stale} stale file(s)` : `${stale} file(s) written`);
}
