/** Steps helpers: sortSteps (the order of Array.prototype.sort, in bounded steps), eachStep, setSteps, filterSteps. */
import { strict as assert } from 'assert';
import { drainSteps, eachStep, filterSteps, setSteps, sortSteps } from '../../server/src/core/steps';

/** A deterministic pseudo-random sequence (tests must not depend on Math.random). */
function* lcg(seed: number): Generator<number> {
  for (let x = seed; ;) { x = (x * 1103515245 + 12345) % 2147483648; yield x; }
}

describe('sortSteps', () => {
  const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
  for (const [n, unit] of [[0, 4], [1, 4], [4, 4], [5, 4], [37, 4], [1000, 16], [1025, 8], [4096, 2048]] as const) {
    it(`orders ${n} items with many ties exactly as Array.prototype.sort does (unit ${unit})`, () => {
      const rnd = lcg(n + unit);
      const items = Array.from({ length: n }, (_, seq) => ({ key: rnd.next().value % 7, seq }));
      const expected = [...items].sort(byKey);
      const sorted = drainSteps(sortSteps(items, byKey, unit));
      assert.equal(sorted, items, 'sorted in place, like Array.prototype.sort');
      assert.deepEqual(sorted.map((i) => i.seq), expected.map((i) => i.seq));
    });
  }

  it('compares at most unit·log2(unit) times between two steps', () => {
    const rnd = lcg(3);
    const items = Array.from({ length: 3000 }, () => rnd.next().value);
    let compares = 0, most = 0;
    const steps = sortSteps(items, (a, b) => { compares++; return a - b; }, 64);
    for (let s = steps.next(); !s.done; s = steps.next()) { most = Math.max(most, compares); compares = 0; }
    most = Math.max(most, compares);
    // A run of 64 sorted by Array.prototype.sort takes at most 64·log2(64) comparisons; a merge step at most 64.
    assert.ok(most <= 64 * 6, `at most ${most} comparisons in one step`);
    assert.deepEqual(items, [...items].sort((a, b) => a - b));
  });
});

describe('eachStep', () => {
  it('visits every item in order, a step every `unit` items', () => {
    const seen: number[] = [];
    const steps = eachStep([1, 2, 3, 4, 5, 6, 7], (x) => { seen.push(x); }, 3);
    const atSteps: number[] = [];
    for (let s = steps.next(); !s.done; s = steps.next()) atSteps.push(seen.length);
    assert.deepEqual(seen, [1, 2, 3, 4, 5, 6, 7]);
    assert.deepEqual(atSteps, [3, 6]);
  });
});

describe('setSteps and filterSteps', () => {
  const countSteps = (g: Generator<void, unknown>) => { let n = 0; for (let s = g.next(); !s.done; s = g.next()) n++; return n; };

  it('setSteps: the distinct items in first-seen order, one step per unit items', () => {
    const items = Array.from({ length: 1000 }, (_, i) => `p${(i * 7) % 300}`);
    assert.deepEqual([...drainSteps(setSteps(items, 64))], [...new Set(items)]);
    assert.equal(countSteps(setSteps(items, 64)), Math.floor(1000 / 64));
    assert.deepEqual([...drainSteps(setSteps(new Map([['a', 1], ['b', 2]]).keys()))], ['a', 'b'], 'any iterable');
  });

  it('filterSteps: Array.prototype.filter, one step per unit items', () => {
    const items = Array.from({ length: 1000 }, (_, i) => i);
    const keep = (i: number) => i % 3 === 0;
    assert.deepEqual(drainSteps(filterSteps(items, keep, 100)), items.filter(keep));
    assert.equal(countSteps(filterSteps(items, keep, 100)), 10);
    assert.deepEqual(drainSteps(filterSteps([], keep)), []);
  });
});
