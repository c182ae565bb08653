/** The server's itemsChanged notifications: one per quiet spell, naming the burst's files or none. */
import { strict as assert } from 'assert';
import type { ItemsChangedParams } from '../../server/src/protocol';
import { ItemsChangedBatch } from '../../server/src/lsp/items-changed';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('server itemsChanged batching', () => {
  it('sends one notification for a burst, with every file it named', async () => {
    const sent: ItemsChangedParams[] = [];
    const batch = new ItemsChangedBatch((p) => sent.push(p), 5);
    batch.note(['file:///a']);
    batch.note(['file:///b', 'file:///a']);
    await tick(30);
    assert.deepEqual(sent, [{ uris: ['file:///a', 'file:///b'] }]);
    batch.note(['file:///c']);
    await tick(30);
    assert.deepEqual(sent[1], { uris: ['file:///c'] }, 'the next burst starts empty');
  });

  it('names no file once one change in the burst could not, whatever comes after', async () => {
    const sent: ItemsChangedParams[] = [];
    const batch = new ItemsChangedBatch((p) => sent.push(p), 5);
    batch.note(['file:///a']);
    batch.note();
    batch.note(['file:///b']);
    await tick(30);
    assert.deepEqual(sent, [{}]);
    batch.note();
    batch.dispose();
    await tick(30);
    assert.equal(sent.length, 1, 'disposed: the pending notification is dropped');
  });
});
