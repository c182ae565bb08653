/** Reach narrowed by item content (component rules), rendering, targets, and the reach CLI's JSON contract. */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { AGENT, PLUGIN, SKILL, expectReach, reachAll, reachOne, row } from './reach-helpers';
import { reachForTargets, renderReachMarkdown, toProtocolReach, intendedSurfaces, KNOWLEDGE_AS_OF } from '../../server/src/core/reach';
import { runReachCommand } from '../../server/src/cli/reach-command';
import { SURFACE_IDS } from '../../server/src/core/surfaces';

describe('reach: content rules', () => {
  it('a skill using Claude Code-only fields is refused by the upload but loads in Claude Code', () => {
    const skill = SKILL('pdf', 'model: opus\n');
    expectReach(reachOne({ files: { 'skills/pdf/SKILL.md': skill }, file: 'skills/pdf/SKILL.md' }, 'skill'), 'skill-upload', '✗✗✗✗✗✗✗✗✗✗');
    expectReach(reachOne({ files: { '.claude/skills/pdf/SKILL.md': skill }, file: '.claude/skills/pdf/SKILL.md' }, 'skill'), 'claude-code-project', '✗✗✗✗✓✓✓✓~✓');
  });
  it('a name containing "claude" is refused by the upload, loads in Claude Code', () => {
    const skill = SKILL('claude-md-helper');
    const up = reachOne({ files: { 'skills/claude-md-helper/SKILL.md': skill }, file: 'skills/claude-md-helper/SKILL.md' }, 'skill');
    assert.equal(row(up), '✗✗✗✗✗✗✗✗✗✗');
    assert.match(up.reach['claude-ai-web'].why, /claude/);
    const cc = reachOne({ files: { '.claude/skills/claude-md-helper/SKILL.md': skill }, file: '.claude/skills/claude-md-helper/SKILL.md' }, 'skill');
    assert.equal(cc.reach['claude-code-cli'].status, 'loads');
  });
  it('an XML tag in the description is refused by the upload; a lone ">" is disputed', () => {
    const xml = reachOne({ files: { 'skills/x/SKILL.md': SKILL('x').replace('Does x things', 'Use <b>x</b>') }, file: 'skills/x/SKILL.md' }, 'skill');
    assert.equal(xml.reach['claude-ai-web'].status, 'does-not-load');
    const gt = reachOne({ files: { 'skills/x/SKILL.md': SKILL('x').replace('Does x things', 'Turns a > b') }, file: 'skills/x/SKILL.md' }, 'skill');
    assert.equal(gt.reach['claude-ai-web'].status, 'disputed');
  });
  it('a lowercase skill.md is ignored in cloud sessions and conditional locally', () => {
    const r = reachOne({ files: { '.claude/skills/x/skill.md': SKILL('x') }, file: '.claude/skills/x/skill.md' }, 'skill');
    assert.equal(r.reach['claude-code-cloud'].status, 'does-not-load');
    assert.equal(r.reach['claude-code-cli'].status, 'conditional');
  });
  it('a skill nested two levels deep in a plugin reaches nothing; its agents/ files are no items', () => {
    const files = { 'p/.claude-plugin/plugin.json': PLUGIN('p'), 'p/skills/g/x/SKILL.md': SKILL('x'), 'p/skills/y/SKILL.md': SKILL('y'), 'p/skills/y/agents/helper.md': AGENT('helper') };
    const nested = reachOne({ files, file: 'p/skills/g/x/SKILL.md' }, 'skill');
    assert.equal(row(nested), '✗✗✗✗✗✗✗✗✗✗');
    assert.match(nested.reach['claude-code-cli'].why, /does not load this file as a skill/);
    assert.equal(row(reachOne({ files, file: 'p/skills/y/SKILL.md' }, 'skill')), '✗✗✗✗✓✓✓✗✗~');
    assert.deepEqual(reachAll({ files, file: 'p/skills/y/agents/helper.md' }), []);
  });
  it('a folder named synced is skipped in skills locations', () => {
    const r = reachOne({ files: { '.claude/skills/synced/SKILL.md': SKILL('synced') }, file: '.claude/skills/synced/SKILL.md' }, 'skill');
    assert.equal(r.reach['claude-code-cli'].status, 'does-not-load');
  });
  it('hooks and MCP servers in a plugin subagent\'s frontmatter are ignored', () => {
    const agent = AGENT('a', 'hooks:\n  Stop:\n    - hooks:\n        - type: command\n          command: echo\nmcpServers:\n  s:\n    command: node\n');
    const files = { 'p/.claude-plugin/plugin.json': PLUGIN('p'), 'p/agents/a.md': agent };
    assert.equal(row(reachOne({ files, file: 'p/agents/a.md' }, 'hook')), '✗✗✗✗✗✗✗✗✗✗');
    assert.equal(row(reachOne({ files, file: 'p/agents/a.md' }, 'mcp-server')), '✗✗✗✗✗✗✗✗✗✗');
    assert.equal(row(reachOne({ files, file: 'p/agents/a.md' }, 'agent')), '✗✗✗✗✓✓✓✗✗~');
  });
  it('an MCP bundle in a project-scope (skills-dir) plugin is skipped', () => {
    const files = { '.claude/skills/sp/.claude-plugin/plugin.json': PLUGIN('sp', { mcpServers: './server.mcpb' }) };
    const r = reachOne({ files, file: '.claude/skills/sp/.claude-plugin/plugin.json' }, 'mcp-server');
    assert.equal(r.reach['claude-code-cli'].status, 'does-not-load');
  });
  it('a failing manifest (host-injected) takes every component down', () => {
    const files = { 'p/.claude-plugin/plugin.json': PLUGIN('p'), 'p/skills/x/SKILL.md': SKILL('x') };
    const r = reachOne({ files, file: 'p/skills/x/SKILL.md', opts: { pluginFailure: () => 'name is reserved.' } }, 'skill');
    assert.equal(row(r), '✗✗✗✗✗✗✗✗✗✗');
    assert.match(r.reach['claude-code-cli'].why, /refuses to load the plugin "p".*reserved/);
  });
  it('an override to a channel that cannot carry the kind is ignored with a problem', () => {
    const r = reachOne({ files: { '.mcp.json': JSON.stringify({ mcpServers: { s: { command: 'x' } } }) }, file: '.mcp.json', config: { channels: { '.mcp.json': 'skill-upload' } } }, 'mcp-server');
    assert.equal(r.channel, 'project-mcp');
    assert.match(r.problems[0], /does not carry mcp-server/);
  });
});

describe('reach: targets and rendering', () => {
  const r = () => reachOne({ files: { 'skills/pdf/SKILL.md': SKILL('pdf', 'model: opus\n') }, file: 'skills/pdf/SKILL.md' }, 'skill');
  it('defaults to the surfaces the channel is meant for', () => {
    // The Agent SDK is conditional for uploaded skills since the 2026-12 refresh (agent-sdk/skills: skills synced from claude.ai).
    assert.deepEqual(intendedSurfaces(r()), ['claude-ai-web', 'claude-desktop-chat', 'cowork', 'claude-code-cli', 'claude-code-desktop', 'claude-code-ide', 'claude-code-cloud', 'agent-sdk']);
    assert.equal(reachForTargets(r(), undefined).length, 8);
    assert.deepEqual(reachForTargets(r(), ['claude-api']).map((c) => c.surface), ['claude-api']);
  });
  it('renders a matrix, reasons with source links and the as-of date', () => {
    const md = renderReachMarkdown(r());
    assert.match(md, /\| Web \| Desktop \| Mobile \| Cowork \| CLI/);
    assert.match(md, /\| ✗ \| ✗ \|/);
    assert.match(md, /\]\(https:\/\/[^)]+\)/);
    assert.ok(md.includes(`Knowledge as of ${KNOWLEDGE_AS_OF}`));
  });
  it('converts to the LSP ItemReach shape with ten cells', () => {
    const p = toProtocolReach(r());
    assert.equal(p.cells.length, 10);
    assert.equal(p.channel, 'skill-upload');
    assert.ok(p.cells.every((c) => c.sources.every((s) => /^https:/.test(s.url) && /^\d{4}-/.test(s.date))));
  });
});

describe('reach CLI', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reach-cli-'));
    const put = (rel: string, text: string) => { fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true }); fs.writeFileSync(path.join(dir, rel), text); };
    put('p/.claude-plugin/plugin.json', PLUGIN('p'));
    put('p/skills/x/SKILL.md', SKILL('x'));
    put('p/.mcp.json', JSON.stringify({ mcpServers: { s: { command: 'node' } } }));
    put('skills/up/SKILL.md', SKILL('up'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints the issue-5 JSON with all ten surfaces per item', () => {
    const out = runReachCommand(['.', '--format', 'json'], dir);
    assert.equal(out.exitCode, 0);
    const json = JSON.parse(out.output);
    assert.equal(json.knowledgeAsOf, KNOWLEDGE_AS_OF);
    assert.deepEqual(json.surfaces.map((s: { id: string }) => s.id), SURFACE_IDS);
    assert.deepEqual(json.items.map((i: { kind: string; name: string }) => `${i.kind}:${i.name}`).sort(), ['mcp-server:s', 'plugin:p', 'skill:up', 'skill:up', 'skill:x']);
    // A standalone skill folder has two routes: the upload, and a copy into .claude/skills/.
    assert.deepEqual(json.items.filter((i: { name: string }) => i.name === 'up').map((i: { channel: string }) => i.channel), ['skill-upload', 'claude-code-project']);
    for (const i of json.items) {
      assert.deepEqual(Object.keys(i), ['kind', 'name', 'file', 'range', 'channel', 'reach']);
      assert.deepEqual(Object.keys(i.reach), SURFACE_IDS);
      for (const c of Object.values(i.reach) as Array<Record<string, unknown>>) {
        assert.deepEqual(Object.keys(c).filter((k) => k !== 'dateNote'), ['status', 'why', 'sources', 'asOf']);
        // An asOf that is not a publication date says how it was obtained (audit 2026-12-06 §6).
        if (c.dateNote !== undefined) assert.match(String(c.dateNote), new RegExp(`^${String(c.asOf)} is `));
      }
    }
    assert.match(json.datingNote, /newest source date actually verified/);
    // The upload row's web cell rests on undated help-center text: its date says it is a quote, not a publication.
    const upWeb = json.items.find((i: { channel: string }) => i.channel === 'skill-upload').reach['claude-ai-web'];
    assert.ok(upWeb.asOf <= KNOWLEDGE_AS_OF, 'an undated source must not make a cell newer than the knowledge');
    assert.match(upWeb.dateNote, /quoted|recording/);
    assert.equal(json.items.find((i: { name: string }) => i.name === 'up').file, 'skills/up/SKILL.md');
  });
  it('prints a table with legend and as-of date, and markdown', () => {
    const table = runReachCommand([], dir).output;
    assert.match(table, /✓ loads · ✗ does not load · ~ conditional · \? unknown · ! disputed/);
    assert.ok(table.includes(KNOWLEDGE_AS_OF));
    assert.match(runReachCommand(['--format', 'markdown', '--target', 'claude-ai-web'], dir).output, /\| Item \| Kind \| Channel \| Web \|/);
  });
  it('rejects a bad format or target as a usage error', () => {
    assert.throws(() => runReachCommand(['--format', 'xml'], dir), /--format/);
    assert.throws(() => runReachCommand(['--target', 'nope'], dir), /not a surface id/);
  });
});
