import assert from 'node:assert/strict';
import { doComplete } from '../../server/src/core/features/complete';
import { caret } from './features-helpers';

const complete = (...args: Parameters<typeof caret>) => { const { file, offset } = caret(...args); return doComplete(file, offset); };
const labels = (...args: Parameters<typeof caret>) => complete(...args).map((e) => e.label);

describe('features: completion', () => {
  it('offers plugin.json keys not yet present, with docs', () => {
    const items = complete('plugin', '/w/p/.claude-plugin/plugin.json', '{\n  "name": "p",\n  |\n}');
    const author = items.find((i) => i.label === 'author');
    assert.ok(author?.documentation);
    assert.ok(!items.some((i) => i.label === 'name'));
    assert.ok(author.snippet && author.insertText.startsWith('"author": '));
  });

  it('replaces a partly typed key and adds a comma before a following member', () => {
    const items = complete('plugin', '/w/p/.claude-plugin/plugin.json', '{\n  "ver|"\n  "name": "p"\n}');
    const v = items.find((i) => i.label === 'version');
    assert.ok(v);
    assert.equal(v.replace.length, '"ver"'.length);
    assert.ok(v.insertText.endsWith(','));
  });

  it('offers enum values (MCP transports) and tool names for PreToolUse matchers', () => {
    assert.deepEqual(labels('mcp', '/w/.mcp.json', '{ "mcpServers": { "a": { "type": | } } }').filter((l) => l.startsWith('"')).slice(0, 5),
      ['"stdio"', '"http"', '"streamable-http"', '"sse"', '"ws"']);
    assert.ok(labels('hooks', '/w/p/hooks/hooks.json', '{ "hooks": { "PreToolUse": [ { "matcher": "|" } ] } }').includes('"Bash"'));
  });

  it('offers hook event names and handler types', () => {
    assert.ok(labels('hooks', '/w/p/hooks/hooks.json', '{ "hooks": { | } }').includes('SessionStart'));
    assert.ok(labels('hooks', '/w/p/hooks/hooks.json', '{ "hooks": { "Stop": [ { "hooks": [ { "type": | } ] } ] } }').includes('"prompt"'));
  });

  it('offers snippets for whole objects: a new MCP server entry', () => {
    const items = complete('mcp', '/w/.mcp.json', '{ "mcpServers": { | } }');
    const snip = items.find((i) => i.kind === 'snippet');
    assert.ok(snip, items.map((i) => i.label).join(','));
    assert.match(snip.insertText, /^"\$\{1:name\}": \{/);
  });

  it('keeps \\${CLAUDE_PLUGIN_ROOT} literal in snippet bodies', () => {
    const items = complete('hooks', '/w/p/hooks/hooks.json', '{ "hooks": { "Stop": [ { "hooks": [ | ] } ] } }');
    const cmd = items.find((i) => i.label === 'command hook');
    assert.ok(cmd, items.map((i) => i.label).join(','));
    assert.match(cmd.insertText, /\\\$\{CLAUDE_PLUGIN_ROOT\}/);
    assert.doesNotMatch(cmd.insertText, /\\\\\$/);
  });

  it('offers surface ids in .plugin-lens.json targets and rule ids under rules', () => {
    assert.ok(labels('config', '/w/.plugin-lens.json', '{ "targets": [ | ] }').includes('"cowork"'));
    assert.ok(labels('config', '/w/.plugin-lens.json', '{ "rules": { | } }').includes('mcp/url-without-type'));
  });

  it('completes frontmatter keys, closed values and tool names', () => {
    const keys = labels('agent', '/w/p/agents/a.md', '---\nname: a\n|\n---\n');
    assert.ok(keys.includes('color') && keys.includes('tools') && !keys.includes('name'));
    assert.deepEqual(labels('agent', '/w/p/agents/a.md', '---\ncolor: |\n---\n'), ['red', 'blue', 'green', 'yellow', 'purple', 'orange', 'pink', 'cyan']);
    assert.ok(labels('skill', '/w/s/x/SKILL.md', '---\neffort: |\n---\n').includes('xhigh'));
    assert.ok(labels('skill', '/w/s/x/SKILL.md', '---\nallowed-tools: Read, Gr|\n---\n').includes('Grep'));
    const item = complete('agent', '/w/p/agents/a.md', '---\ntools:\n  - B|\n---\n').find((i) => i.label === 'Bash');
    assert.ok(item);
    assert.deepEqual(item.replace.length, 1);
    assert.ok(labels('command', '/w/p/commands/c.md', '---\n|\n---\n').every((l) => l !== 'name' && l !== 'paths'));
  });

  it('offers a frontmatter block in an empty SKILL.md', () => {
    const items = complete('skill', '/w/s/x/SKILL.md', '|');
    assert.match(items[0]?.insertText ?? '', /^---\nname: /);
  });
});
