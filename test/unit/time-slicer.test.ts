/** The server's time slices: steps run back to back within a slice's budget, and idle time is not a slice. */
import { strict as assert } from 'assert';
import { TimeSlicer } from '../../server/src/lsp/time-slicer';

const busy = (ms: number) => { const end = performance.now() + ms; while (performance.now() < end) { /* work */ } };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function* steps(n: number, msEach: number): Generator<string, number> {
  for (let i = 0; i < n; i++) { busy(msEach); yield `step ${i}`; }
  return n;
}

describe('TimeSlicer', () => {
  it('yields once a slice\'s budget is spent, not after every step', async () => {
    let turns = 0;
    const slicer = new TimeSlicer(async () => { turns++; }, 10);
    assert.equal(await slicer.drain(steps(40, 1)), 40);
    // 40 ms of work in 10 ms slices: about four slice ends (each a few event-loop turns), not forty.
    const slices = turns / 6;
    assert.ok(slices >= 2 && slices <= 12, `${slices} slice ends`);
  });

  it('runs many short steps without a turn of the event loop between them', async () => {
    let turns = 0;
    const slicer = new TimeSlicer(async () => { turns++; }, 10_000);
    let ticked = false;
    setImmediate(() => { ticked = true; });
    await slicer.drain(steps(20_000, 0));
    assert.equal(turns, 0);
    assert.equal(ticked, false, 'no macrotask ran meanwhile: the steps ran in one piece within the budget');
  });

  it('starts a slice when a drain starts after idle time (the idle time is not work)', async () => {
    const reports: string[] = [];
    let turns = 0;
    const slicer = new TimeSlicer(async () => { turns++; }, 50, { overMs: 50, report: (m) => reports.push(m) });
    await slicer.drain(steps(1, 1));
    await sleep(120);
    await slicer.drain(steps(3, 1));
    assert.equal(turns, 0, 'no yield: neither drain spent its budget');
    assert.deepEqual(reports, []);
  });

  it('reports a slice over the threshold with its longest unit', async () => {
    const reports: string[] = [];
    const slicer = new TimeSlicer(async () => undefined, 5, { overMs: 10, report: (m) => reports.push(m) });
    await slicer.drain(steps(2, 15));
    assert.equal(reports.length, 2, reports.join('\n'));
    assert.match(reports[0], /^slow slice \d+\.\d ms at .* 1 units, longest 1\d\.\d ms: step 0$/);
    assert.match(reports[1], /longest 1\d\.\d ms: step 1$/);
  });
});
