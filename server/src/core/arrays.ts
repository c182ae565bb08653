/**
 * `out.push(...items)` without an argument list: spreading more than ~120,000 items into a call overflows
 * V8's stack (RangeError), and a file's findings or items are bounded only by the file size guard (a 2 MB
 * marketplace.json can hold 70,000 entries).
 */
export function appendAll<T>(out: T[], items: readonly T[]): T[] {
  for (let i = 0; i < items.length; i++) out.push(items[i]);
  return out;
}

/** `Math.max(...values)` for any number of values (-Infinity for none, like Math.max()). */
export function maxOf(values: readonly number[]): number {
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) if (values[i] > max) max = values[i];
  return max;
}
