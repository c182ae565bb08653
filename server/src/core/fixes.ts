/** Applying fixes: byte-exact outside the edited ranges; overlapping edits are skipped, not merged. */
import type { Edit, Finding, Fix, FixTier, RuleMeta } from './types';
import { fold } from './suggest';

/** Applies non-overlapping edits (sorted by offset); returns the new text and how many were applied. */
export function applyEdits(text: string, edits: readonly Edit[]): { text: string; applied: number } {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset || a.length - b.length);
  let out = '';
  let cursor = 0;
  let applied = 0;
  for (const e of sorted) {
    if (e.offset < cursor || e.offset + e.length > text.length) continue;
    out += text.slice(cursor, e.offset) + e.newText;
    cursor = e.offset + e.length;
    applied++;
  }
  return { text: out + text.slice(cursor), applied };
}

/** A fix's tier: one without a tier is a suggestion (never applied in bulk by accident). */
export function tierOf(fix: Pick<Fix, 'tier'>): FixTier {
  return fix.tier === 'safe' ? 'safe' : 'suggestion';
}

/** The fix a bulk action (--fix, fix-on-save, "Fix all") applies for a finding: its preferred safe fix, else its first safe one. */
export function bulkFix(finding: Pick<Finding, 'fixes'>): Fix | undefined {
  const safe = (finding.fixes ?? []).filter((x) => tierOf(x) === 'safe');
  return safe.find((x) => x.isPreferred) ?? safe[0];
}

/**
 * The bulk fix of each finding, skipping fixes that would overlap another. Only safe fixes: a suggestion
 * is applied one at a time from the lightbulb. `includeSuggestions` (tests, never bulk actions) falls
 * back to a finding's first suggestion.
 */
export function collectFixes(findings: readonly Finding[], ruleId?: string, opts: { includeSuggestions?: boolean } = {}): { edits: Edit[]; fixes: Fix[] } {
  const edits: Edit[] = [];
  const fixes: Fix[] = [];
  const taken: Array<[number, number]> = [];
  for (const f of findings) {
    if (ruleId && f.ruleId !== ruleId) continue;
    const fix = bulkFix(f) ?? (opts.includeSuggestions ? f.fixes?.[0] : undefined);
    if (!fix || fix.rename || fix.edits.length === 0) continue;
    const overlaps = fix.edits.some((e) => taken.some(([s, end]) => e.offset < end && s < e.offset + Math.max(e.length, 1)) );
    if (overlaps) continue;
    for (const e of fix.edits) taken.push([e.offset, e.offset + Math.max(e.length, 1)]);
    edits.push(...fix.edits);
    fixes.push(fix);
  }
  return { edits, fixes };
}

/**
 * The tier of a fix that rewrites an identifier (a name, a key): safe when the new text folds to the old
 * one (only case and separators change, nothing the author wrote is lost), a suggestion otherwise.
 */
export function renameTier(from: string, to: string): FixTier {
  return fold(from) === fold(to) ? 'safe' : 'suggestion';
}

/** The fix tiers a rule documents (a fixable rule that names none offers suggestions). */
export function ruleFixTiers(rule: Pick<RuleMeta, 'fixable' | 'fixTiers'>): FixTier[] {
  if (!rule.fixable) return [];
  return rule.fixTiers?.length ? [...rule.fixTiers] : ['suggestion'];
}
