/**
 * Code actions built only from findings (the diagnostic `data` the server attached): per finding its fixes
 * (safe fixes and suggestions; the bulk actions below apply safe fixes only)
 * ("Fix: …", preferred first), "Fix all <rule> in file", "Disable <rule> in .plugin-lens.json", "Show
 * documentation for <rule>"; and once per file `source.fixAll.pluginLens`. Pure: returns file changes by
 * path and offset; the server turns them into a WorkspaceEdit.
 */
import type { Edit, Finding, Fix } from '../types';
import { collectFixes, tierOf } from '../fixes';
import { getRule, ruleDocsUrl } from '../rules';
import { parseJson } from '../parse/json';
import { propertyOf, valueOf } from '../parse/node';
import { insertProperty, replaceValue } from '../edits/json-edits';

export const FIX_ALL_KIND = 'source.fixAll.pluginLens';
export const OPEN_RULE_DOCS_COMMAND = 'pluginLens.openRuleDocs';

export type FileChange =
  | { type: 'edit'; path: string; edits: Edit[] }
  | { type: 'create'; path: string; text: string }
  | { type: 'rename'; from: string; to: string };

export interface ActionSpec {
  title: string;
  /** `refactor`: "Distribute as …" (distribute-actions.ts), no fix for a problem. */
  kind: 'quickfix' | 'refactor' | typeof FIX_ALL_KIND;
  isPreferred?: boolean;
  changes?: FileChange[];
  command?: { title: string; command: string; arguments: unknown[] };
  /** Indexes into `context` findings this action resolves. */
  resolves?: number[];
}

/** A finding as carried by a diagnostic: at least its rule id, fixes and offsets. */
export type FindingLike = Pick<Finding, 'ruleId' | 'offset' | 'length'> & { fixes?: Fix[] };

export interface ActionInput {
  path: string;
  /** Findings of the diagnostics in the request context. */
  context: readonly FindingLike[];
  /** All current findings of the file (for fix-all). */
  all: readonly FindingLike[];
  /** `.plugin-lens.json` path and current text (undefined when the file doesn't exist). */
  config: { path: string; text: string | undefined };
  /** The client's `context.only`, if any. */
  only?: readonly string[];
}

export function codeActions(input: ActionInput): ActionSpec[] {
  const wants = (kind: string) => !input.only?.length || input.only.some((o) => kind === o || kind.startsWith(o + '.'));
  const out: ActionSpec[] = [];
  if (wants('quickfix')) {
    const perRule = new Set<string>();
    input.context.forEach((f, index) => {
      const rank = (x: Fix) => Number(tierOf(x) === 'safe') * 2 + Number(x.isPreferred === true);
      const fixes = [...(f.fixes ?? [])].sort((a, b) => rank(b) - rank(a));
      fixes.forEach((fix, i) => out.push({
        title: fix.title.startsWith('Fix') ? fix.title : `Fix: ${fix.title}`, kind: 'quickfix',
        // Only a safe fix may be preferred (applied by "auto fix" without a choice); a suggestion never is.
        isPreferred: i === 0 && tierOf(fix) === 'safe' && (fix.isPreferred ?? fixes.length === 1),
        changes: fixChanges(input.path, fix), resolves: [index],
      }));
      if (perRule.has(f.ruleId)) return;
      perRule.add(f.ruleId);
      const sameRule = input.all.filter((g) => g.ruleId === f.ruleId && g.fixes?.length);
      if (sameRule.length > 1) {
        const { edits } = collectFixes(sameRule as Finding[]);
        if (edits.length) out.push({ title: `Fix all ${f.ruleId} in file`, kind: 'quickfix', changes: [{ type: 'edit', path: input.path, edits }] });
      }
      out.push({ title: `Disable ${f.ruleId} in .plugin-lens.json`, kind: 'quickfix', changes: disableRule(input.config, f.ruleId) });
      out.push({
        title: `Show documentation for ${f.ruleId}`, kind: 'quickfix',
        command: { title: `Show documentation for ${f.ruleId}`, command: OPEN_RULE_DOCS_COMMAND, arguments: [f.ruleId, ruleDocsUrl(f.ruleId)] },
      });
    });
  }
  if (wants(FIX_ALL_KIND)) {
    const { edits } = collectFixes(input.all as Finding[]);
    if (edits.length) out.push({ title: 'Fix all Plugin Lens problems in file', kind: FIX_ALL_KIND, changes: [{ type: 'edit', path: input.path, edits }] });
  }
  return out;
}

function fixChanges(path: string, fix: Fix): FileChange[] {
  const changes: FileChange[] = [];
  if (fix.edits.length) changes.push({ type: 'edit', path, edits: fix.edits });
  if (fix.rename) changes.push({ type: 'rename', from: fix.rename.from, to: fix.rename.to });
  return changes;
}

/** Sets `rules.<id>` to "off" in `.plugin-lens.json`, creating the file or the `rules` object as needed. */
export function disableRule(config: { path: string; text: string | undefined }, ruleId: string): FileChange[] {
  const fresh = `{\n  "rules": {\n    ${JSON.stringify(ruleId)}: "off"\n  }\n}\n`;
  if (config.text === undefined) return [{ type: 'create', path: config.path, text: fresh }];
  const { root } = parseJson(config.text);
  if (!root || root.type !== 'object') return [{ type: 'edit', path: config.path, edits: [{ offset: 0, length: config.text.length, newText: fresh }] }];
  const rules = valueOf(root, 'rules');
  if (rules?.type === 'object') {
    const existing = propertyOf(rules, ruleId)?.children?.[1];
    const edits = existing ? replaceValue(existing, 'off') : insertProperty(config.text, rules, ruleId, 'off');
    return [{ type: 'edit', path: config.path, edits }];
  }
  if (rules) return [{ type: 'edit', path: config.path, edits: replaceValue(rules, { [ruleId]: 'off' }) }];
  return [{ type: 'edit', path: config.path, edits: insertProperty(config.text, root, 'rules', { [ruleId]: 'off' }) }];
}

/** The rule's one-line description, for titles and hovers. */
export function ruleDescription(id: string): string | undefined {
  return getRule(id)?.description;
}
