/** "Did you mean": folding, distance limits, ties and the "clear" flag that makes a rename safe. */
import { strict as assert } from 'assert';
import { suggest, editDistance, didYouMean, fold } from '../../server/src/core/suggest';

const EVENTS = ['PreToolUse', 'PostToolUse', 'PostToolUseFailure', 'Stop', 'SubagentStop', 'SessionStart', 'Notification'];

describe('suggest (did you mean)', () => {
  it('folds case and separators', () => {
    assert.equal(fold('Pre_Tool-USE'), 'pretooluse');
    assert.deepEqual(suggest('PreToolUSE', EVENTS), { name: 'PreToolUse', distance: 0, clear: true });
    assert.deepEqual(suggest('pre-tool-use', EVENTS), { name: 'PreToolUse', distance: 0, clear: true });
  });
  it('finds one-edit typos, transpositions included', () => {
    assert.equal(suggest('PostToolUsed', EVENTS)?.name, 'PostToolUse');
    assert.equal(suggest('descripton', ['description', 'name', 'version'])?.name, 'description');
    assert.equal(suggest('mcpServer', ['mcpServers', 'lspServers'])?.name, 'mcpServers');
    assert.equal(suggest('skill', ['skills', 'agents', 'commands'])?.name, 'skills');
    assert.equal(editDistance('abcd', 'abdc'), 1);
  });
  it('says nothing when no candidate is plausibly meant, or the name is known', () => {
    assert.equal(suggest('banana', EVENTS), undefined);
    assert.equal(suggest('Stop', EVENTS), undefined);
    assert.equal(suggest('', EVENTS), undefined);
    assert.equal(didYouMean('zzz', EVENTS), '');
  });
  it('is not clear when two candidates are equally close', () => {
    const s = suggest('agent', ['agents', 'agentx']);
    assert.equal(s?.clear, false);
    assert.equal(didYouMean('PostToolUsed', EVENTS), ' Did you mean "PostToolUse"?');
  });
});
