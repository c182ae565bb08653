/** One parse per file text: a file a plugin's reach parsed is not parsed again by its own validation, and an edit is seen. */
import { strict as assert } from 'assert';
import { validateFile } from '../../server/src/core/validate';
import { InMemoryWorkspace } from '../../server/src/core/workspace';
import { parseForLater, takeEarlierParse } from '../../server/src/core/parse/handover';
import { invalidateWorkspaceIndex } from '../../server/src/core/index/index';

const HOOKS_OK = JSON.stringify({ hooks: { PostToolUse: [{ hooks: [{ type: 'command', command: 'echo hi' }] }] } });
const HOOKS_BAD = JSON.stringify({ hooks: { PostToolUsed: [{ hooks: [{ type: 'command', command: 'echo hi' }] }], Stop: 'not a list' } });
const files = (hooks: string) => ({ '.claude-plugin/plugin.json': JSON.stringify({ name: 'demo', hooks: './hooks.json' }), 'hooks.json': hooks });

describe('parse/handover: a parse left by one reader for the file\'s own validation', () => {
  it('is taken once, for the same text, kind and BOM only', () => {
    const ws = new InMemoryWorkspace('/ws');
    const left = parseForLater(ws, '/ws/hooks.json', HOOKS_OK, 'hooks');
    assert.equal(parseForLater(ws, '/ws/hooks.json', HOOKS_OK, 'hooks'), left, 'a second early reader shares it');
    assert.equal(takeEarlierParse(ws, '/ws/hooks.json', HOOKS_OK, 'hooks', false), left);
    assert.equal(takeEarlierParse(ws, '/ws/hooks.json', HOOKS_OK, 'hooks', false), undefined, 'taken once');
    parseForLater(ws, '/ws/hooks.json', HOOKS_OK, 'hooks');
    assert.equal(takeEarlierParse(ws, '/ws/hooks.json', HOOKS_BAD, 'hooks', false), undefined, 'another text');
    parseForLater(ws, '/ws/hooks.json', HOOKS_OK, 'hooks');
    assert.equal(takeEarlierParse(ws, '/ws/hooks.json', HOOKS_OK, 'hooks', true), undefined, 'a BOM');
    parseForLater(ws, '/ws/hooks.json', HOOKS_OK, 'hooks');
    assert.equal(takeEarlierParse(ws, '/ws/hooks.json', HOOKS_OK, 'file', false), undefined, 'another kind');
    assert.equal(takeEarlierParse(new InMemoryWorkspace('/ws'), '/ws/hooks.json', HOOKS_OK, 'hooks', false), undefined, 'another workspace');
  });

  it('validates a referenced hooks.json as a fresh workspace would, after the plugin\'s reach parsed it, edited or not', () => {
    const validateIn = (ws: InMemoryWorkspace, path: string, text: string) => validateFile({ path: `/ws/${path}`, text }, { workspace: ws });
    for (const [before, after] of [[HOOKS_BAD, HOOKS_BAD], [HOOKS_BAD, HOOKS_OK], [HOOKS_OK, HOOKS_BAD]]) {
      const ws = new InMemoryWorkspace('/ws', files(before));
      const plugin = validateIn(ws, '.claude-plugin/plugin.json', files(before)['.claude-plugin/plugin.json']);
      assert.ok(plugin.reach?.some((r) => r.item.file === '/ws/hooks.json'), 'the plugin\'s reach read hooks.json');
      // The server's open buffer changed, or the file did; hook names shape the index, so the server rebuilds it.
      ws.set('/ws/hooks.json', after);
      invalidateWorkspaceIndex(ws);
      const got = validateIn(ws, 'hooks.json', after);
      const expected = validateIn(new InMemoryWorkspace('/ws', files(after)), 'hooks.json', after);
      assert.deepEqual(got.findings, expected.findings);
      assert.deepEqual(got.reach, expected.reach);
      assert.equal(got.parsed?.text, after);
      assert.equal(got.findings.length > 0, after === HOOKS_BAD, 'the findings are of the text validated');
    }
  });
});
