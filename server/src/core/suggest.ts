/**
 * "Did you mean": the closest known name to a mistyped one. Used for unknown keys, hook events, tool
 * names, enum values, rule ids, surface ids, CLI commands and options. Candidate lists always come from
 * the knowledge data or the registry, never from this module.
 */

/** Case and separator folding: `PreToolUSE`, `pre_tool_use` and `pre-tool-use` all fold to `pretooluse`. */
export function fold(name: string): string {
  return name.toLowerCase().replace(/[-_\s.]+/g, '');
}

/** Optimal string alignment distance (Levenshtein plus adjacent transposition), bounded by `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      cur.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}

export interface Suggestion {
  /** The closest candidate. */
  name: string;
  /** 0 when only case or separators differ. */
  distance: number;
  /** Exactly one candidate is this close (and none closer): safe to rename to without asking. */
  clear: boolean;
}

/**
 * The closest candidate to `name`, or undefined when none is plausibly meant. Distances are measured on
 * folded names; the allowed distance grows with length (1 up to 4 characters, 2 up to 8, then 3).
 */
export function suggest(name: string, candidates: Iterable<string>): Suggestion | undefined {
  const target = fold(name);
  if (!target) return undefined;
  const limit = target.length <= 4 ? 1 : target.length <= 8 ? 2 : 3;
  let best: { name: string; distance: number }[] = [];
  let bestDistance = limit + 1;
  for (const candidate of new Set(candidates)) {
    if (candidate === name) return undefined; // not a mistake
    const d = editDistance(target, fold(candidate), bestDistance);
    if (d < bestDistance) { best = [{ name: candidate, distance: d }]; bestDistance = d; } else if (d === bestDistance && d <= limit) best.push({ name: candidate, distance: d });
  }
  if (!best.length || bestDistance > limit) return undefined;
  // Folding ties (`Stop` vs `stop` candidates) are broken by the exact-case distance.
  if (best.length > 1) {
    const exact = best.map((b) => ({ ...b, raw: editDistance(name, b.name) }));
    const min = Math.min(...exact.map((e) => e.raw));
    const top = exact.filter((e) => e.raw === min);
    return { name: top[0].name, distance: bestDistance, clear: top.length === 1 };
  }
  return { name: best[0].name, distance: bestDistance, clear: true };
}

/** ` Did you mean "x"?` or the empty string, for messages. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const s = suggest(name, candidates);
  return s ? ` Did you mean "${s.name}"?` : '';
}
