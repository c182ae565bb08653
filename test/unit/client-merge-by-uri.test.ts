/** A tree's last answer with some files' items replaced by their fresh answer, in the server's order. */
import { strict as assert } from 'assert';
import { mergeByUri } from '../../client/src/views/merge-by-uri';

const item = (uri: string, id: string) => ({ uri, id });
const LAST = [item('a', 'a1'), item('b', 'b1'), item('b', 'b2'), item('c', 'c1')];

describe('client sidebar merge of some files\' items', () => {
  it('puts a file\'s fresh items where its old run was, and keeps every other item', () => {
    assert.deepEqual(mergeByUri(LAST, ['b'], [item('b', 'b0'), item('b', 'b1'), item('b', 'b3')]),
      [item('a', 'a1'), item('b', 'b0'), item('b', 'b1'), item('b', 'b3'), item('c', 'c1')]);
  });

  it('drops the run of a file that has no items any more, and ignores named files with none either way', () => {
    assert.deepEqual(mergeByUri(LAST, ['b', 'zzz'], []), [item('a', 'a1'), item('c', 'c1')]);
    assert.deepEqual(mergeByUri(LAST, ['zzz'], []), LAST);
  });

  it('merges several files at once', () => {
    assert.deepEqual(mergeByUri(LAST, ['a', 'c'], [item('a', 'a9'), item('c', 'c9')]), [item('a', 'a9'), item('b', 'b1'), item('b', 'b2'), item('c', 'c9')]);
  });

  it('gives up (a whole refresh) when it cannot know the order: a new file, a foreign item, a split run', () => {
    assert.equal(mergeByUri(LAST, ['bb'], [item('bb', 'x')]), undefined, 'a file without a run: its place is the server\'s');
    assert.equal(mergeByUri(LAST, ['b'], [item('c', 'c1')]), undefined, 'an item of a file not asked for');
    assert.equal(mergeByUri([...LAST, item('a', 'a2')], ['a'], [item('a', 'a1')]), undefined, 'the last answer was not sorted by uri');
  });
});
