/**
 * Work written as a generator (one step per yield) so a host can spread it over time slices: the server
 * drives the steps between requests, everything else runs them to the end at once with `drainSteps`.
 */
export function drainSteps<T>(steps: Iterator<unknown, T>): T {
  for (;;) { const s = steps.next(); if (s.done) return s.value; }
}

/** `for (const x of items) fn(x)`, a step every `unit` items (a loop over a whole workspace's files). */
export function* eachStep<T>(items: readonly T[], fn: (item: T) => void, unit = 1024): Generator<void, void> {
  for (let i = 0; i < items.length; i++) {
    fn(items[i]);
    if (i % unit === unit - 1) yield;
  }
}

/**
 * The distinct items, in first-seen order, a step every `unit` items: `new Set(items)` of a 100,000-file
 * workspace's paths is ~20 ms in one piece.
 */
export function* setSteps<T>(items: Iterable<T>, unit = 4096): Generator<void, Set<T>> {
  const out = new Set<T>();
  let n = 0;
  for (const x of items) {
    out.add(x);
    if (++n % unit === 0) yield;
  }
  return out;
}

/** `items.filter(keep)`, a step every `unit` items. */
export function* filterSteps<T>(items: readonly T[], keep: (item: T) => boolean, unit = 4096): Generator<void, T[]> {
  const out: T[] = [];
  for (let i = 0; i < items.length; i++) {
    if (keep(items[i])) out.push(items[i]);
    if (i % unit === unit - 1) yield;
  }
  return out;
}

/**
 * `items.sort(compare)` in steps: runs of `unit` items ordered by Array.prototype.sort (stable), then
 * merged `unit` items a step (a stable merge): the same order, spread over time slices. On 25,000 sidebar
 * items a collator sort is ~120 ms in one piece.
 */
export function* sortSteps<T>(items: T[], compare: (a: T, b: T) => number, unit = 2048): Generator<void, T[]> {
  const n = items.length;
  if (n <= unit) return items.sort(compare);
  let src = items;
  for (let lo = 0; lo < n; lo += unit) {
    const run = src.slice(lo, lo + unit).sort(compare);
    for (let k = 0; k < run.length; k++) src[lo + k] = run[k];
    yield;
  }
  let dst: T[] = new Array<T>(n);
  let done = 0;
  for (let width = unit; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n), hi = Math.min(lo + 2 * width, n);
      let i = lo, j = mid;
      for (let k = lo; k < hi; k++) {
        // Left first on ties: what keeps the merge stable.
        dst[k] = j >= hi || (i < mid && compare(src[i], src[j]) <= 0) ? src[i++] : src[j++];
        if (++done === unit) { done = 0; yield; }
      }
    }
    [src, dst] = [dst, src];
  }
  if (src !== items) for (let k = 0; k < n; k++) items[k] = src[k];
  return items;
}
