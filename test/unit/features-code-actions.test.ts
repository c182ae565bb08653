import assert from 'node:assert/strict';
import { codeActions, disableRule, FIX_ALL_KIND } from '../../server/src/core/features/code-actions';
import { applyEdits } from '../../server/src/core/fixes';
import type { Fix } from '../../server/src/core/types';

const fixA: Fix = { title: 'Add "type": "http"', tier: 'safe', edits: [{ offset: 5, length: 0, newText: 'X' }], isPreferred: true };
const fixB: Fix = { title: 'Fix: b', tier: 'safe', edits: [{ offset: 9, length: 1, newText: 'Y' }] };

describe('features: code actions', () => {
  it('builds per-finding fixes, fix-all of the rule, disable and docs actions from finding data', () => {
    const a = { ruleId: 'mcp/url-without-type', offset: 5, length: 1, fixes: [fixA] };
    const b = { ruleId: 'mcp/url-without-type', offset: 9, length: 1, fixes: [fixB] };
    const actions = codeActions({ path: '/w/.mcp.json', context: [a], all: [a, b], config: { path: '/w/.plugin-lens.json', text: undefined } });
    const titles = actions.map((x) => x.title);
    assert.deepEqual(titles.slice(0, 4), ['Fix: Add "type": "http"', 'Fix all mcp/url-without-type in file', 'Disable mcp/url-without-type in .plugin-lens.json', 'Show documentation for mcp/url-without-type']);
    assert.equal(actions[0].isPreferred, true);
    assert.deepEqual(actions[3].command?.arguments?.[0], 'mcp/url-without-type');
    assert.equal(actions.at(-1)?.kind, FIX_ALL_KIND);
  });

  it('offers a suggestion in the lightbulb, never preferred, and never in fix-all or source.fixAll', () => {
    const rename: Fix = { title: 'Rename to "PostToolUse"', tier: 'safe', edits: [{ offset: 5, length: 3, newText: 'X' }], isPreferred: true };
    const remove: Fix = { title: 'Remove unknown key "PostToolUsed"', tier: 'suggestion', edits: [{ offset: 0, length: 9, newText: '' }], isPreferred: true };
    const a = { ruleId: 'hooks/unknown-key', offset: 5, length: 3, fixes: [remove, rename] };
    const b = { ruleId: 'hooks/unknown-key', offset: 20, length: 3, fixes: [{ ...remove, edits: [{ offset: 20, length: 3, newText: '' }] }] };
    const actions = codeActions({ path: '/w/hooks.json', context: [a], all: [a, b], config: { path: '/w/.plugin-lens.json', text: undefined } });
    const del = actions.find((x) => x.title === 'Fix: Remove unknown key "PostToolUsed"');
    assert.ok(del, 'the deletion is still offered');
    assert.notEqual(del.isPreferred, true);
    assert.equal(actions.find((x) => x.title.includes('Rename'))?.isPreferred, true);
    const bulk = actions.filter((x) => x.title.startsWith('Fix all') || x.kind === FIX_ALL_KIND);
    assert.ok(bulk.length > 0);
    for (const x of bulk) assert.deepEqual(x.changes, [{ type: 'edit', path: '/w/hooks.json', edits: rename.edits }], x.title);
  });

  it('honours context.only', () => {
    const a = { ruleId: 'r/x', offset: 0, length: 1, fixes: [fixA] };
    const input = { path: '/w/f.json', context: [a], all: [a], config: { path: '/w/.plugin-lens.json', text: '{}' } };
    assert.ok(codeActions({ ...input, only: ['source.fixAll'] }).every((x) => x.kind === FIX_ALL_KIND));
    assert.ok(codeActions({ ...input, only: ['quickfix'] }).every((x) => x.kind === 'quickfix'));
    assert.equal(codeActions({ ...input, only: ['refactor'] }).length, 0);
  });

  it('carries a rename fix as a rename change', () => {
    const f = { ruleId: 'skill/file-name', offset: 0, length: 0, fixes: [{ title: 'Rename to SKILL.md', edits: [], rename: { from: '/w/s/skill.md', to: '/w/s/SKILL.md' }, isPreferred: true }] };
    const [first] = codeActions({ path: '/w/s/skill.md', context: [f], all: [f], config: { path: '/w/.plugin-lens.json', text: undefined } });
    assert.deepEqual(first.changes, [{ type: 'rename', from: '/w/s/skill.md', to: '/w/s/SKILL.md' }]);
  });

  it('disables a rule by creating or editing .plugin-lens.json', () => {
    const created = disableRule({ path: '/w/.plugin-lens.json', text: undefined }, 'a/b');
    assert.equal(created[0].type, 'create');
    const edit = (text: string) => {
      const [c] = disableRule({ path: '/w/.plugin-lens.json', text }, 'a/b');
      assert.equal(c.type, 'edit');
      return JSON.parse(applyEdits(text, c.type === 'edit' ? c.edits : []).text);
    };
    assert.deepEqual(edit('{\n  "targets": []\n}\n'), { targets: [], rules: { 'a/b': 'off' } });
    assert.deepEqual(edit('{\n  "rules": {\n    "x/y": "warning"\n  }\n}\n'), { rules: { 'x/y': 'warning', 'a/b': 'off' } });
    assert.deepEqual(edit('{ "rules": { "a/b": "error" } }'), { rules: { 'a/b': 'off' } });
  });
});
