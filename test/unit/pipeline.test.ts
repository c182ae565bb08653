/** The validation pipeline's guards: limits, ignore globs, severities, never throwing on bad input. */
import { strict as assert } from 'assert';
import { validateFile } from '../../server/src/core/validate';
import { InMemoryWorkspace } from '../../server/src/core/workspace';
import { resolveConfig } from '../../server/src/core/config';
import { MAX_FILE_BYTES } from '../../server/src/core/limits';

const ws = new InMemoryWorkspace('/ws');

describe('validation pipeline', () => {
  it('reports one file/too-large finding instead of parsing a huge file', () => {
    const text = '{"name": "' + 'x'.repeat(MAX_FILE_BYTES) + '"}';
    const r = validateFile({ path: '/ws/.claude-plugin/plugin.json', text }, { workspace: ws });
    assert.deepEqual(r.findings.map((f) => f.ruleId), ['file/too-large']);
    assert.match(r.findings[0].message, /not checked/);
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
