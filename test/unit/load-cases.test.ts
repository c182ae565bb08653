/** The three contradictions of issue 12 give one answer in diagnostics, reach (CLI/hover) and the sidebar items. */
import { strict as assert } from 'node:assert';
import { InMemoryWorkspace } from '../../server/src/core/workspace';
import { validateFile, type ValidateResult } from '../../server/src/core/validate';
import { renderReachMarkdown } from '../../server/src/core/reach';
import { reachItems } from '../../server/src/lsp/reach-items';

const ROOT = '/ws';
const FILES = {
  'p/.claude-plugin/plugin.json': '{ "name": "p" }',
  'p/.mcp.json': '{ "mcpServers": { "remote": { "url": "https://mcp.example.com/mcp" } } }',
  'p/hooks/hooks.json': '{ "hooks": { "PostToolUsed": [ { "matcher": "Bash", "hooks": [ { "type": "command", "command": "echo hi" } ] } ] } }',
  's/My-Skill/SKILL.md': '---\nname: My-Skill\ndescription: Does things. Use when asked.\n---\nbody\n',
};

function validate(rel: string): { ws: InMemoryWorkspace; path: string; result: ValidateResult } {
  const ws = new InMemoryWorkspace(ROOT, FILES);
  const path = `${ROOT}/${rel}`;
  return { ws, path, result: validateFile({ path, text: ws.readFile(path)! }, { workspace: ws }) };
}

describe('load stage: the issue-12 cases', () => {
  it('a plugin server with "url" and no "type" is dropped in the diagnostics and ✗ in Claude Code', () => {
    const { ws, path, result } = validate('p/.mcp.json');
    assert.ok(result.findings.some((f) => f.ruleId === 'mcp/url-without-type'));
    const [r] = result.reach!;
    for (const s of ['claude-code-cli', 'claude-code-desktop', 'claude-code-ide'] as const) {
      assert.equal(r.reach[s].status, 'does-not-load', s);
      assert.deepEqual(r.reach[s].basis, ['mcp/url-without-type']);
      assert.match(r.reach[s].why, /^Claude Code silently drops the MCP server "remote"/);
    }
    assert.match(renderReachMarkdown(r), /✗ Claude Code CLI/);
    // The load stage's effective properties: the transport as Claude Code reads it.
    assert.equal(r.item.effective?.transport, 'stdio (no "type" and no "command")');
    assert.match(renderReachMarkdown(r), /Loaded as: transport `stdio \(no "type" and no "command"\)`/);
    const item = reachItems([{ uri: 'file:///ws/p/.mcp.json', path, result }], ws).find((i) => i.name === 'remote')!;
    assert.equal(item.reach!.cells.find((c) => c.surface === 'claude-code-cli')!.status, 'does-not-load');
  });

  it('a hook under a misspelled event is ignored in the diagnostics and ✗ in reach, named as the user wrote it', () => {
    const { result } = validate('p/hooks/hooks.json');
    assert.ok(result.findings.some((f) => f.ruleId === 'hooks/unknown-key'));
    const [r] = result.reach!;
    assert.equal(r.item.name, 'PostToolUsed · Bash · echo hi');
    assert.deepEqual(r.item.effective, { event: 'PostToolUsed', matcher: 'Bash', command: 'echo hi' });
    assert.equal(r.reach['claude-code-cli'].status, 'does-not-load');
    assert.deepEqual(r.reach['claude-code-cli'].basis, ['hooks/unknown-key']);
    // The misspelling is the reason, not "the plugin does not load this file".
    assert.ok(!result.findings.some((f) => f.ruleId === 'reach/blocked-by-content'));
  });

  it('a standalone upper-case skill: refused by the upload, fine in Claude Code, and no finding says otherwise', () => {
    const { result } = validate('s/My-Skill/SKILL.md');
    assert.deepEqual(result.reach!.map((r) => r.channel), ['skill-upload', 'claude-code-project']);
    const [upload, copy] = result.reach!;
    assert.equal(upload.reach['claude-ai-web'].status, 'does-not-load');
    assert.deepEqual(upload.reach['claude-ai-web'].basis, ['skill/name-format']);
    assert.match(upload.reach['claude-ai-web'].why, /^The claude\.ai \/ Desktop \/ Cowork upload refuses the skill/);
    for (const s of ['claude-code-cli', 'claude-code-desktop', 'claude-code-ide', 'agent-sdk'] as const) assert.equal(copy.reach[s].status, 'loads', s);
    assert.deepEqual(result.findings.map((f) => f.ruleId), ['skill/name-format']);
    assert.ok(!result.findings.some((f) => /will not load[^.]*Claude Code CLI/.test(f.message)));
  });
});
