/** Applying fixes: byte-exact outside the edited ranges; overlapping edits are skipped, not merged. */
import type { Edit, Finding, Fix } from './types';

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

/** The preferred (or first) text fix of each finding, skipping fixes that would overlap another. */
export function collectFixes(findings: readonly Finding[], ruleId?: string): { edits: Edit[]; fixes: Fix[] } {
  const edits: Edit[] = [];
  const fixes: Fix[] = [];
  const taken: Array<[number, number]> = [];
  for (const f of findings) {
    if (ruleId && f.ruleId !== ruleId) continue;
    const fix = f.fixes?.find((x) => x.isPreferred) ?? f.fixes?.[0];
    if (!fix || fix.rename || fix.edits.length === 0) continue;
    const overlaps = fix.edits.some((e) => taken.some(([s, end]) => e.offset < end && s < e.offset + Math.max(e.length, 1)) );
    if (overlaps) continue;
    for (const e of fix.edits) taken.push([e.offset, e.offset + Math.max(e.length, 1)]);
    edits.push(...fix.edits);
    fixes.push(fix);
  }
  return { edits, fixes };
}
