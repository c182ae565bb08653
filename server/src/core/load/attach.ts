/**
 * Which item a finding is about, by position: the item whose scope chain (outermost container first,
 * its own node last) holds the finding most deeply. A finding on a hook event key belongs to every
 * handler under it; one on a handler to that handler only; one on a plugin's own field to the plugin,
 * not to the servers declared inside it.
 */
import type { Finding, OffsetRange } from '../types';
import { effectOf } from './effect';

export interface Scoped { scope: readonly OffsetRange[] }

/** The items a finding's load effect is on: by position, or every item of a kind for a file-wide effect. */
export function itemsOfEffect<T extends Scoped & { kind: string }>(items: readonly T[], f: Pick<Finding, 'offset' | 'data'>): T[] {
  const wide = effectOf(f)?.everyItemOfKind;
  return wide ? items.filter((it) => it.kind === wide) : itemsOfFinding(items, f);
}

const holds = (r: OffsetRange, offset: number) => offset >= r.offset && offset <= r.offset + r.length;

export function itemsOfFinding<T extends Scoped>(items: readonly T[], f: Pick<Finding, 'offset'>): T[] {
  let best = -1;
  const depth = new Map<T, number>();
  for (const it of items) {
    let d = -1;
    it.scope.forEach((r, i) => { if (holds(r, f.offset)) d = i; });
    if (d < 0) continue;
    depth.set(it, d);
    if (d > best) best = d;
  }
  if (best < 0) return [];
  const deepest = items.filter((it) => depth.get(it) === best);
  const owners = deepest.filter((it) => it.scope.length - 1 === best);
  return owners.length ? owners : deepest;
}
