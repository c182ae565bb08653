/** Memos stored on their short-lived owner (core/memo.ts): once per owner and key, invisible to JSON and spreads. */
import assert from 'node:assert/strict';
import { memoOn, memoSlots } from '../../server/src/core/memo';

describe('core memo slots', () => {
  it('computes once per owner and key; another owner or key computes again', () => {
    const a = { x: 1 };
    const b = { x: 1 };
    const K1 = Symbol('k1');
    const K2 = Symbol('k2');
    let runs = 0;
    const compute = () => ({ run: ++runs });
    const first = memoOn(a, K1, compute);
    assert.equal(memoOn(a, K1, compute), first);
    assert.notEqual(memoOn(b, K1, compute), first);
    assert.notEqual(memoOn(a, K2, compute), first);
    assert.equal(runs, 3);
    assert.equal(memoOn(a, Symbol('undefined value'), () => undefined), undefined);
  });

  it('an Object.create view has its own slots, not its prototype\'s', () => {
    const file = { root: 'a' };
    const K = Symbol('k');
    memoOn(file, K, () => file.root);
    const view = Object.assign(Object.create(file) as typeof file, { root: 'b' });
    assert.equal(memoOn(view, K, () => view.root), 'b');
    assert.equal(memoOn(file, K, () => 'never'), 'a');
  });

  it('leaves JSON, spreads and keys of the owner unchanged', () => {
    const owner = { a: 1, b: [2] };
    memoSlots(owner).set(Symbol('k'), 'v');
    assert.equal(JSON.stringify(owner), '{"a":1,"b":[2]}');
    assert.deepEqual(Object.keys(owner), ['a', 'b']);
    assert.deepEqual({ ...owner }, { a: 1, b: [2] });
    assert.equal(Object.getOwnPropertySymbols({ ...owner }).length, 0);
  });
});
