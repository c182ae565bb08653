/** load/attach: the indexed lookup (scopeIndex) answers exactly as the item-by-item one. */
import { strict as assert } from 'assert';
import { itemsOfFinding, itemsOfFindingIn, scopeIndex } from '../../server/src/core/load/attach';
import type { OffsetRange } from '../../server/src/core/types';

function* lcg(seed: number): Generator<number> {
  for (let x = seed; ;) { x = (x * 1103515245 + 12345) % 2147483648; yield x; }
}

/** Random scope chains over a text of `size`: nested (containers first) unless `loose`, sharing containers. */
function chains(seed: number, n: number, loose: boolean, size = 400): Array<{ id: number; scope: OffsetRange[] }> {
  const rnd = lcg(seed);
  const r = (k: number) => rnd.next().value % k;
  const containers: OffsetRange[][] = [[{ offset: 0, length: size }]];
  const out: Array<{ id: number; scope: OffsetRange[] }> = [];
  for (let id = 0; id < n; id++) {
    const base = containers[r(containers.length)];
    const scope = [...base];
    for (let depth = r(3); depth >= 0; depth--) {
      const outer = scope[scope.length - 1];
      const offset = loose ? r(size) : outer.offset + r(Math.max(1, outer.length));
      const length = loose ? r(60) : r(Math.max(1, outer.offset + outer.length - offset + 1));
      scope.push({ offset, length });
    }
    if (r(2)) containers.push(scope.slice(0, -1));
    out.push({ id, scope });
  }
  return out;
}

describe('load/attach scopeIndex', () => {
  for (const [seed, n, loose] of [[1, 5, false], [2, 40, false], [3, 200, false], [4, 60, true], [5, 1, false], [6, 0, false]] as const) {
    it(`matches itemsOfFinding at every offset (seed ${seed}, ${n} items${loose ? ', chains not nested' : ''})`, () => {
      const items = chains(seed, n, loose);
      const index = scopeIndex(items);
      for (let offset = -1; offset <= 402; offset++) {
        assert.deepEqual(itemsOfFindingIn(index, { offset }).map((i) => i.id), itemsOfFinding(items, { offset }).map((i) => i.id), `offset ${offset}`);
      }
    });
  }

  it('shares a container among the items under it (an event key holds every handler below it)', () => {
    const event = { offset: 10, length: 100 };
    const items = [0, 1, 2].map((k) => ({ id: k, scope: [{ offset: 0, length: 200 }, event, { offset: 20 + 30 * k, length: 20 }] }));
    assert.deepEqual(itemsOfFindingIn(scopeIndex(items), { offset: 12 }).map((i) => i.id), [0, 1, 2]);
    assert.deepEqual(itemsOfFindingIn(scopeIndex(items), { offset: 55 }).map((i) => i.id), [1]);
  });
});
