/** When the sidebar trees fetch again: coalesced bursts, nothing while hidden, one fetch when shown. */
import { strict as assert } from 'assert';
import { RefreshGate, type GateTimers } from '../../client/src/views/refresh-gate';

/** Timers run by hand: `fire()` runs whatever is pending, as if its delay had passed. */
function manualTimers(): GateTimers & { fire(): void; pending(): number } {
  const queue = new Map<number, () => void>();
  let next = 0;
  return {
    set(fn) { queue.set(++next, fn); return next; },
    clear(h) { queue.delete(h as number); },
    fire() { const fns = [...queue.values()]; queue.clear(); for (const fn of fns) fn(); },
    pending: () => queue.size,
  };
}

function setup(initiallyVisible: boolean) {
  const timers = manualTimers();
  let visible = initiallyVisible;
  const asked: Array<readonly string[] | undefined> = [];
  const gate = new RefreshGate(async (uris) => { asked.push(uris); }, () => visible, timers);
  return { gate, timers, asked, fetches: () => asked.length, show: (v: boolean) => { visible = v; return gate.visibilityChanged(v); } };
}

describe('client sidebar refresh gate', () => {
  it('coalesces a burst of changes into one fetch while the view shows', () => {
    const t = setup(true);
    for (let i = 0; i < 5; i++) t.gate.schedule(150);
    assert.equal(t.timers.pending(), 1, 'one timer for the burst');
    t.timers.fire();
    assert.equal(t.fetches(), 1);
    assert.equal(t.gate.isStale, false);
  });

  it('fetches nothing while the view is hidden, and once when it shows', async () => {
    const t = setup(false);
    t.gate.schedule(150);
    t.timers.fire();
    t.gate.schedule(150);
    t.timers.fire();
    assert.equal(t.fetches(), 0, 'hidden: no fetch');
    assert.equal(t.gate.isStale, true);
    await t.show(true);
    assert.equal(t.fetches(), 1, 'shown: one fetch for every change meanwhile');
    assert.equal(t.gate.isStale, false);
    await t.show(false);
    await t.show(true);
    assert.equal(t.fetches(), 1, 'shown again with nothing new: no fetch');
  });

  it('a view hidden before the delay ends only marks the answer stale', () => {
    const t = setup(true);
    t.gate.schedule(150);
    void t.show(false);
    t.timers.fire();
    assert.equal(t.fetches(), 0);
    assert.equal(t.gate.isStale, true);
  });

  it('fetches only the files a burst names, every one of them, and everything once one names none', () => {
    const t = setup(true);
    t.gate.schedule(150, ['file:///a']);
    t.gate.schedule(150, ['file:///b', 'file:///a']);
    t.timers.fire();
    assert.deepEqual(t.asked, [['file:///a', 'file:///b']]);
    t.gate.schedule(150, ['file:///a']);
    t.gate.schedule(150);
    t.gate.schedule(150, ['file:///c']);
    t.timers.fire();
    assert.deepEqual(t.asked[1], undefined, 'a notification without files: everything');
    assert.equal(t.asked.length, 2);
  });

  it('a named burst while hidden still refreshes everything when the view shows', async () => {
    const t = setup(false);
    t.gate.schedule(150, ['file:///a']);
    t.timers.fire();
    await t.show(true);
    assert.deepEqual(t.asked, [undefined]);
  });

  it('an explicit refresh fetches at once, hidden or not, and cancels the pending one', async () => {
    const t = setup(false);
    t.gate.schedule(150);
    t.timers.fire(); // stale
    t.gate.schedule(150);
    await t.gate.now();
    assert.equal(t.fetches(), 1);
    assert.equal(t.gate.isStale, false);
    assert.equal(t.timers.pending(), 0, 'the scheduled fetch is dropped: the explicit one covers it');
    t.gate.schedule(150);
    t.gate.dispose();
    assert.equal(t.timers.pending(), 0, 'dispose cancels the pending timer');
  });
});
