import assert from 'node:assert/strict';
import { doHover } from '../../server/src/core/features/hover';
import { validateFile, InMemoryWorkspace } from '../../server/src/core';
import { caret } from './features-helpers';
import { getRule } from '../../server/src/core/rules';
import { VSCODE_SKILL_CHECKS } from '../../server/src/core/knowledge/vscode-skill-checks';

const hover = (...args: Parameters<typeof caret>) => { const { file, offset } = caret(...args); return doHover(file, offset)?.markdown ?? ''; };

describe('features: hover', () => {
  it('documents a plugin.json key from the schema, with its sources', () => {
    const md = hover('plugin', '/w/p/.claude-plugin/plugin.json', '{ "na|me": "x" }');
    assert.match(md, /`name`/);
    assert.match(md, /Sources: \[code\.claude\.com/);
  });

  it('documents an enum value with its own description (MCP transport)', () => {
    const md = hover('mcp', '/w/.mcp.json', '{ "mcpServers": { "a": { "type": "s|se", "url": "https://x" } } }');
    assert.match(md, /Transport/);
    assert.match(md, /`"sse"`: Remote Server-Sent Events/);
    assert.match(md, /Allowed values: .*"streamable-http"/);
  });

  it('follows $ref across schemas (hook handler field inside a plugin.json hooks map)', () => {
    const md = hover('plugin', '/w/p/.claude-plugin/plugin.json', '{ "name": "p", "hooks": { "PreToolUse": [ { "matcher": "Bash", "hooks": [ { "type": "command", "time|out": 5 } ] } ] } }');
    assert.match(md, /timeout/i);
    assert.match(md, /code\.claude\.com\/docs\/en\/hooks/);
  });

  it('documents a hook event key', () => {
    const md = hover('hooks', '/w/p/hooks/hooks.json', '{ "hooks": { "PreTool|Use": [] } }');
    assert.match(md, /PreToolUse/);
  });

  it('documents rule ids in .plugin-lens.json', () => {
    const md = hover('config', '/w/.plugin-lens.json', '{ "rules": { "mcp/url-wi|thout-type": "off" } }');
    assert.match(md, /\*\*mcp\/url-without-type\*\*/);
    assert.match(md, /docs\/rules\/mcp\/url-without-type\.md/);
  });

  it("says on a SKILL.md name where VS Code's own check differs and how to turn it off", () => {
    const md = hover('skill', '/w/s/demo/SKILL.md', '---\nna|me: Demo\ndescription: d\n---\n');
    assert.match(md, /VS Code's own SKILL\.md check/);
    assert.match(md, /Skill name may only contain lowercase letters/);
    assert.match(md, /"files\.associations": \{"\*\*\/SKILL\.md":"markdown"\}/);
    assert.match(md, /chat\.disableAIFeatures` does not turn it off/);
    // A key VS Code accepts and checks nothing about gets no note; a Claude Code key VS Code fades out does.
    assert.doesNotMatch(hover('skill', '/w/s/demo/SKILL.md', '---\nname: demo\nlic|ense: MIT\n---\n'), /VS Code's own/);
    assert.match(hover('skill', '/w/s/demo/SKILL.md', '---\nname: demo\nallowed-to|ols: Read\n---\n'), /VS Code fades out/);
    for (const c of VSCODE_SKILL_CHECKS) if (c.rule) assert.ok(getRule(c.rule), `${c.id} names an unknown rule ${c.rule}`);
  });

  it('documents frontmatter fields of skills, agents and output styles', () => {
    assert.match(hover('skill', '/w/s/demo/SKILL.md', '---\nname: demo\nallowed-to|ols: Read\n---\n'), /without asking permission/);
    assert.match(hover('agent', '/w/p/agents/a.md', '---\nco|lor: red\n---\n'), /Allowed values: `red`/);
    assert.match(hover('output-style', '/w/p/output-styles/s.md', '---\nkeep-coding-instru|ctions: true\n---\n'), /software engineering instructions/);
    assert.match(hover('skill', '/w/s/demo/SKILL.md', '---\nfoo|bar: 1\n---\n'), /not a documented skill frontmatter field/);
  });

  it('shows the rule and docs link on a finding', () => {
    const text = '{ "mcpServers": { "remote": { "url": "https://example.com" } } }';
    const ws = new InMemoryWorkspace('/w', { '.mcp.json': text });
    const result = validateFile({ path: '/w/.mcp.json', text }, { workspace: ws });
    const f = result.findings.find((x) => x.ruleId === 'mcp/url-without-type');
    assert.ok(f && result.parsed);
    const h = doHover(result.parsed, f.offset + 1, { findings: result.findings });
    assert.match(h?.markdown ?? '', /\*\*mcp\/url-without-type\*\*.*\n\n\[Rule documentation\]/);
  });

  it('calls the reach hover provider on item names only', () => {
    const { file, offset } = caret('plugin', '/w/p/.claude-plugin/plugin.json', '{ "name": "my-pl|ugin" }');
    const seen: string[] = [];
    const h = doHover(file, offset, { reachHoverProvider: ({ item }) => { seen.push(`${item.itemKind}:${item.name}`); return 'REACH'; } });
    assert.deepEqual(seen, ['plugin:my-plugin']);
    assert.match(h?.markdown ?? '', /^REACH/);
    const other = caret('mcp', '/w/.mcp.json', '{ "mcpServers": { "git|hub": { "command": "x" } } }');
    doHover(other.file, other.offset, { reachHoverProvider: ({ item }) => { seen.push(`${item.itemKind}:${item.name}`); return undefined; } });
    assert.deepEqual(seen, ['plugin:my-plugin', 'mcp-server:github']);
  });
});
