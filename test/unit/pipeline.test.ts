/** The validation pipeline's guards: limits, ignore globs, severities, never throwing on bad input. */
import { strict as assert } from 'assert';
import { validateFile } from '../../server/src/core/validate';
import { InMemoryWorkspace } from '../../server/src/core/workspace';
import { resolveConfig } from '../../server/src/core/config';
import { MAX_FILE_BYTES } from '../../server/src/core/limits';

const ws = new InMemoryWorkspace('/ws');

describe('validation pipeline', () => {
  it('validates a file the same whether or not another file\'s load stage ran its first phase before', () => {
    const files = {
      '.claude-plugin/plugin.json': JSON.stringify({ name: 'demo', hooks: './hooks.json' }),
      'hooks.json': JSON.stringify({ hooks: { PostToolUsed: [{ hooks: [{ type: 'command', command: 'echo hi' }] }], Stop: 'not a list' } }),
      'skills/demo/SKILL.md': '---\nname: demo\ndescription: Demo skill. Use when testing.\n---\nBody\n',
    };
    const alone = new InMemoryWorkspace('/ws', files);
    const direct = validateFile({ path: '/ws/hooks.json', text: files['hooks.json'] }, { workspace: alone });
    const shared = new InMemoryWorkspace('/ws', files);
    for (const f of ['.claude-plugin/plugin.json', 'skills/demo/SKILL.md']) validateFile({ path: `/ws/${f}`, text: files[f as keyof typeof files] }, { workspace: shared });
    const after = validateFile({ path: '/ws/hooks.json', text: files['hooks.json'] }, { workspace: shared });
    assert.ok(direct.findings.length > 0, 'the hooks file has findings');
    assert.deepEqual(after.findings, direct.findings);
    assert.deepEqual(after.reach, direct.reach);
    const plugin = (w: InMemoryWorkspace) => validateFile({ path: '/ws/.claude-plugin/plugin.json', text: files['.claude-plugin/plugin.json'] }, { workspace: w });
    const fresh = new InMemoryWorkspace('/ws', files);
    validateFile({ path: '/ws/hooks.json', text: files['hooks.json'] }, { workspace: fresh });
    assert.deepEqual(plugin(fresh).findings, plugin(new InMemoryWorkspace('/ws', files)).findings);
  });

  it('another file\'s first-phase findings follow an edit of that file (remembered texts and fingerprints)', () => {
    // An agent listed by path: the manifest's load stage reads its findings; hosts keep the index on a Markdown edit.
    const broken = '---\nname: reviewer\n---\nReview.\n';
    const fixed = '---\nname: reviewer\ndescription: Reviews code. Use when reviewing.\n---\nReview.\n';
    const files = { '.claude-plugin/plugin.json': JSON.stringify({ name: 'demo', agents: ['./reviewer.md'] }), 'reviewer.md': broken };
    const plugin = (w: InMemoryWorkspace) => validateFile({ path: '/ws/.claude-plugin/plugin.json', text: files['.claude-plugin/plugin.json'] }, { workspace: w });
    const shared = new InMemoryWorkspace('/ws', files);
    const before = plugin(shared);
    for (const text of [fixed, broken, fixed]) {
      shared.set('/ws/reviewer.md', text);
      const fresh = plugin(new InMemoryWorkspace('/ws', { ...files, 'reviewer.md': text }));
      const again = plugin(shared);
      assert.deepEqual(again.reach, fresh.reach);
      assert.deepEqual(again.findings, fresh.findings);
    }
    assert.notDeepEqual(plugin(new InMemoryWorkspace('/ws', { ...files, 'reviewer.md': fixed })).reach, before.reach, 'the agent\'s findings change its reach');
  });

  it('reports one file/too-large finding instead of parsing a huge file', () => {
    const text = '{"name": "' + 'x'.repeat(MAX_FILE_BYTES) + '"}';
    const r = validateFile({ path: '/ws/.claude-plugin/plugin.json', text }, { workspace: ws });
    assert.deepEqual(r.findings.map((f) => f.ruleId), ['file/too-large']);
    assert.match(r.findings[0].message, /not checked/);
  });

  it('reports every finding of a marketplace.json with 70,000 bad entries (no stack overflow, no quadratic error collection)', function () {
    this.timeout(60_000);
    const entries = Array.from({ length: 70_000 }, (_, i) => `{"name":"A B${i}"}`).join(',');
    const text = `{"name":"m","owner":{"name":"o"},"plugins":[${entries}]}`;
    assert.ok(text.length < MAX_FILE_BYTES, 'under the size guard: parsed and validated');
    const r = validateFile({ path: '/ws/.claude-plugin/marketplace.json', text }, { workspace: new InMemoryWorkspace('/ws', { '.claude-plugin/marketplace.json': text }) });
    const perEntry = (i: number) => { const at = text.indexOf(`"A B${i}"`); return r.findings.filter((f) => f.offset > at - 10 && f.offset < at + 12).length; };
    assert.ok(r.findings.length >= 140_000, `two findings an entry (a bad name, no source): ${r.findings.length}`);
    assert.ok(!r.findings.some((f) => f.ruleId === 'file/internal-error'), 'no rule failed');
    assert.ok(perEntry(0) >= 2 && perEntry(69_999) >= 2, 'the first and the last entry both reported');
  });

  it('skips files in ignore globs and files of no known kind', () => {
    const config = resolveConfig({ ignore: ['vendor/**'] });
    assert.equal(validateFile({ path: '/ws/vendor/.mcp.json', text: '{' }, { workspace: ws, config }).findings.length, 0);
    assert.equal(validateFile({ path: '/ws/notes/readme.md', text: '---\n' }, { workspace: ws }).kind, undefined);
  });

  it('applies exact-id and glob severities, and off', () => {
    const text = '{ "mcpServers": {}, ';
    const base = validateFile({ path: '/ws/.mcp.json', text }, { workspace: ws });
    assert.equal(base.findings[0].severity, 'error');
    const glob = validateFile({ path: '/ws/.mcp.json', text }, { workspace: ws, config: resolveConfig({ rules: { 'file/*': 'warning' } }) });
    assert.equal(glob.findings[0].severity, 'warning');
    const exact = validateFile({ path: '/ws/.mcp.json', text }, { workspace: ws, config: resolveConfig({ rules: { 'file/*': 'warning', 'file/invalid-json': 'info' } }) });
    assert.equal(exact.findings[0].severity, 'info');
    const off = validateFile({ path: '/ws/.mcp.json', text }, { workspace: ws, config: resolveConfig({ rules: { 'file/invalid-json': 'off' } }) });
    assert.equal(off.findings.length, 0);
  });

  it('reports configuration problems instead of failing', () => {
    const config = resolveConfig({ rules: { 'x/y': 'loud' }, targets: ['claude-ai-web', 'mars'] });
    assert.equal(config.problems.length, 2);
    assert.deepEqual(config.targets, ['claude-ai-web']);
  });
});
