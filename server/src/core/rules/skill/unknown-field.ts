import { defineRule } from '../define';
import { readableFields } from './support';
import { CLAUDE_CODE_FIELD_SOURCES, CLAUDE_CODE_SKILL_FIELDS } from '../../knowledge/skill-claude-code';
import type { Fix } from '../../types';
import { suggest } from '../../suggest';

/** A rename is safe when the shared did-you-mean also picks this field and no other is as close. */
function renameSafe(key: string, field: string): boolean {
  if (key.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase().replace(/[_\s]+/g, '-') === field) return true;
  const s = suggest(key, CLAUDE_CODE_SKILL_FIELDS.map((x) => x.key));
  return s?.name === field && s.clear;
}

/** Folds case, `_`/`-` and camelCase so `allowedTools`, `allowed_tools` and `Allowed-Tools` compare equal. */
function fold(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase().replace(/[_\s]+/g, '-');
}

function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  }
  return d[a.length][b.length];
}

const FOLDED_FIELDS = CLAUDE_CODE_SKILL_FIELDS.map((f) => ({ key: f.key, folded: fold(f.key) }));

/** Key → suggestion: a pure function of the key and the field list, and corpora repeat the same few keys. */
const SUGGESTIONS = new Map<string, { field: string | undefined; safe: boolean }>();
const MAX_MEMO = 2048;

function memoSuggestion(key: string): { field: string | undefined; safe: boolean } {
  let hit = SUGGESTIONS.get(key);
  if (!hit) {
    const field = computeSuggestion(key);
    hit = { field, safe: field !== undefined && renameSafe(key, field) };
    if (SUGGESTIONS.size >= MAX_MEMO) SUGGESTIONS.clear(); // bounded: author-written keys are unbounded
    SUGGESTIONS.set(key, hit);
  }
  return hit;
}

export function suggestField(key: string): string | undefined {
  return memoSuggestion(key).field;
}

function computeSuggestion(key: string): string | undefined {
  const folded = fold(key);
  let best: { key: string; d: number } | undefined;
  for (const f of FOLDED_FIELDS) {
    // Only distances ≤ 2 are ever suggested: skip the edit-distance work when lengths rule it out.
    if (Math.abs(f.folded.length - folded.length) > 2) continue;
    const d = f.folded === folded ? 0 : distance(folded, f.folded);
    const close = d === 0 || (d <= 2 && key.length >= 8) || (d === 1 && key.length >= 6);
    if (close && (!best || d < best.d)) best = { key: f.key, d };
  }
  return best?.key;
}

export default defineRule({
  id: 'skill/unknown-field',
  kinds: ['skill'],
  description: 'A frontmatter key that Claude Code does not read (ignored), or a likely misspelling of one it does.',
  defaultSeverity: 'info',
  fixable: true,
  fixTiers: ['safe', 'suggestion'],
  sources: CLAUDE_CODE_FIELD_SOURCES,
  check(ctx) {
    const fields = readableFields(ctx.file) ?? [];
    for (const f of fields) {
      if (f.key === 'version' || CLAUDE_CODE_SKILL_FIELDS.some((x) => x.key === f.key)) continue;
      const { field: suggestion, safe } = memoSuggestion(f.key);
      const taken = suggestion !== undefined && fields.some((x) => x.key === suggestion);
      const fixes: Fix[] = suggestion && !taken
        ? [{ title: `Rename to \`${suggestion}\``, tier: safe ? 'safe' : 'suggestion', edits: [{ offset: f.keyNode.offset, length: f.keyNode.length, newText: suggestion }], isPreferred: true }]
        : [];
      ctx.report({
        node: f.keyNode,
        severity: suggestion ? 'warning' : undefined,
        message: suggestion
          ? `Claude Code does not read \`${f.key}\` and ignores it; did you mean \`${suggestion}\`?`
          : `Claude Code does not read \`${f.key}\` and ignores it (fine for your own tooling; \`metadata\` is the portable place for custom keys).`,
        fixes,
      });
    }
  },
});
