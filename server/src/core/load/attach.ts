/**
 * Which item a finding is about, by position: the item whose scope chain (outermost container first,
 * its own node last) holds the finding most deeply. A finding on a hook event key belongs to every
 * handler under it; one on a handler to that handler only; one on a plugin's own field to the plugin,
 * not to the servers declared inside it.
 */
import type { Finding, OffsetRange } from '../types';
import { effectOf } from './effect';

export interface Scoped { scope: readonly OffsetRange[] }

/**
 * The items of one file a finding's load effect is on: by position (the index of their scope chains,
 * `scopeIndex` below), or every item of a kind for a file-wide effect.
 */
export function itemsOfEffect<T extends Scoped & { kind: string }>(index: ScopeIndex<T>, f: Pick<Finding, 'offset' | 'data'>): T[] {
  const wide = effectOf(f)?.everyItemOfKind;
  return wide ? index.items.filter((it) => it.kind === wide) : itemsOfFindingIn(index, f);
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

/**
 * `itemsOfFinding` for many findings of one file: the items' scope chains as a tree (chains sharing a
 * container share its node), so a finding walks down the ranges that hold it instead of testing every
 * item's chain (a hooks.json with 20,000 handlers and as many findings: 3.4 s of tests before).
 * The same answers: built only when every chain is nested (each range inside the one before), where the
 * deepest range of a chain that holds an offset ends a run of ranges that all hold it; otherwise each
 * query falls back to `itemsOfFinding`.
 */
export interface ScopeIndex<T> { items: readonly T[]; root?: ScopeNode }

interface ScopeNode {
  range?: OffsetRange;
  children: ScopeNode[];
  byKey: Map<string, ScopeNode>;
  /** Indexes of the items whose chain passes here, and of those whose chain ends here. */
  through: number[];
  ends: number[];
  /** Children sorted by offset, each ending before the next starts: at most one holds an offset. */
  disjoint?: boolean;
}

const newNode = (range?: OffsetRange): ScopeNode => ({ range, children: [], byKey: new Map(), through: [], ends: [] });

export function scopeIndex<T extends Scoped>(items: readonly T[]): ScopeIndex<T> {
  const nested = items.every((it) => it.scope.every((r, i) => i === 0 || (r.offset >= it.scope[i - 1].offset && r.offset + r.length <= it.scope[i - 1].offset + it.scope[i - 1].length)));
  if (!nested) return { items };
  const root = newNode();
  items.forEach((it, idx) => {
    let at = root;
    it.scope.forEach((r, i) => {
      const key = `${r.offset}:${r.length}`;
      let child = at.byKey.get(key);
      if (!child) { child = newNode(r); at.byKey.set(key, child); at.children.push(child); }
      child.through.push(idx);
      if (i === it.scope.length - 1) child.ends.push(idx);
      at = child;
    });
  });
  const settle = (n: ScopeNode) => {
    n.children.sort((a, b) => a.range!.offset - b.range!.offset);
    n.disjoint = n.children.every((c, i) => i === 0 || n.children[i - 1].range!.offset + n.children[i - 1].range!.length < c.range!.offset);
    for (const c of n.children) settle(c);
  };
  settle(root);
  return { items, root };
}

/** The children of `n` whose range holds `offset`. */
function holding(n: ScopeNode, offset: number): ScopeNode[] {
  if (!n.disjoint) return n.children.filter((c) => holds(c.range!, offset));
  let lo = 0, hi = n.children.length; // the last child starting at or before offset
  while (lo < hi) { const mid = (lo + hi) >> 1; if (n.children[mid].range!.offset <= offset) lo = mid + 1; else hi = mid; }
  const c = n.children[lo - 1];
  return c && holds(c.range!, offset) ? [c] : [];
}

export function itemsOfFindingIn<T extends Scoped>(index: ScopeIndex<T>, f: Pick<Finding, 'offset'>): T[] {
  if (!index.root) return itemsOfFinding(index.items, f);
  let level: ScopeNode[] = [index.root];
  let deepest: ScopeNode[] = [];
  for (;;) {
    const next: ScopeNode[] = [];
    for (const n of level) for (const c of holding(n, f.offset)) next.push(c);
    if (!next.length) break;
    deepest = level = next;
  }
  if (!deepest.length) return [];
  const pick = (key: 'through' | 'ends') => [...new Set(deepest.flatMap((n) => n[key]))].sort((a, b) => a - b).map((i) => index.items[i]);
  const owners = pick('ends');
  return owners.length ? owners : pick('through');
}
