/**
 * Reach scenarios (issue 5): one item × channel per row of skills-and-surfaces.md tables B1–B5, plus the
 * content rules that narrow a row. Symbols in surface order: Web, Desktop chat, Mobile, Cowork, CLI,
 * Code tab, IDE, Cloud, API, SDK (✓ loads, ✗ does not load, ~ conditional, ? unknown, ! disputed).
 * Where the knowledge base deliberately departs from a table cell (B9 disputes), the comment says so.
 */
import { AGENT, CMD, HOOKS, PLUGIN, REMOTE, SKILL, STDIO, expectReach, mcp, reachOne } from './reach-helpers';

const HOME = { home: '/home/u' };
const plugin = (root: string, name: string, extra: Record<string, unknown> = {}) => ({ [`${root}/.claude-plugin/plugin.json`]: PLUGIN(name, extra) });

describe('reach scenarios: B1 skills', () => {
  it('org-provisioned skill (org-skill override): web, Desktop chat and Cowork load (help 13119606 / 12512180, settled 2026-12 refresh), terminal conditional, Code tab via the Desktop app, cloud loads', () => {
    const r = reachOne({ files: { 'org/x/SKILL.md': SKILL('x') }, file: 'org/x/SKILL.md', config: { channels: { 'org/**': 'org-skill' } } }, 'skill');
    expectReach(r, 'org-skill', '✓✓?✓~~~✓✗~');
  });
  it('user-uploaded standalone skill folder (skill-upload)', () => {
    expectReach(reachOne({ files: { 'skills/x/SKILL.md': SKILL('x') }, file: 'skills/x/SKILL.md' }, 'skill'), 'skill-upload', '✓✓?✓~~~✓✗~');
  });
  it('personal ~/.claude/skills', () => {
    const r = reachOne({ files: { '/home/u/.claude/skills/x/SKILL.md': SKILL('x') }, file: '/home/u/.claude/skills/x/SKILL.md', opts: HOME }, 'skill');
    expectReach(r, 'claude-code-personal', '✗✗✗✗✓✓✓✗✗✓');
  });
  it('project .claude/skills (Managed Agents conditional on the root path)', () => {
    expectReach(reachOne({ files: { '.claude/skills/x/SKILL.md': SKILL('x') }, file: '.claude/skills/x/SKILL.md' }, 'skill'), 'claude-code-project', '✗✗✗✗✓✓✓✓~✓');
  });
  it('plugin-bundled skill installed with /plugin', () => {
    const files = { ...plugin('p', 'p'), 'p/skills/x/SKILL.md': SKILL('x') };
    expectReach(reachOne({ files, file: 'p/skills/x/SKILL.md' }, 'skill'), 'plugin', '✗✗✗✗✓✓✓✗✗~');
  });
  it('plugin-bundled skill, plugin enabled on claude.ai (cloud disputed per B9 #2)', () => {
    const files = { ...plugin('p', 'p'), 'p/skills/x/SKILL.md': SKILL('x') };
    expectReach(reachOne({ files, file: 'p/skills/x/SKILL.md', config: { channels: { 'p/**': 'claude-ai-plugin' } } }, 'skill'), 'claude-ai-plugin', '✓✓?✓~?~!✗?');
  });
  it('enterprise managed skills directory', () => {
    expectReach(reachOne({ files: { '/etc/claude-code/skills/x/SKILL.md': SKILL('x') }, file: '/etc/claude-code/skills/x/SKILL.md' }, 'skill'), 'managed', '✗✗✗?✓✓✓✗✗✓');
  });
  it('API upload (/v1/skills)', () => {
    expectReach(reachOne({ files: { 'api/x/SKILL.md': SKILL('x') }, file: 'api/x/SKILL.md', config: { channels: { 'api/**': 'skills-api' } } }, 'skill'), 'skills-api', '✗✗✗✗✗✗✗✗✓✗');
  });
});

describe('reach scenarios: B2 local stdio MCP servers', () => {
  it('claude_desktop_config.json (Cowork disputed per B9 #5)', () => {
    const f = { 'claude_desktop_config.json': mcp({ fs: STDIO }) };
    expectReach(reachOne({ files: f, file: 'claude_desktop_config.json' }, 'mcp-server', 'fs'), 'desktop-config', '✗✓✗!✗✓✗✗✗✗');
  });
  it('Desktop extension .mcpb', () => {
    const manifest = JSON.stringify({ manifest_version: '0.3', name: 'ext', version: '1.0.0', server: { type: 'node', entry_point: 'server/index.js', mcp_config: { command: 'node' } } });
    expectReach(reachOne({ files: { 'ext/manifest.json': manifest }, file: 'ext/manifest.json' }, 'mcp-server', 'ext'), 'mcpb-bundle', '✗✓✗?~~~✗✗✗');
  });
  it('Claude Code user scope (override to claude-code-personal)', () => {
    const f = { 'user/.mcp.json': mcp({ s: STDIO }) };
    expectReach(reachOne({ files: f, file: 'user/.mcp.json', config: { channels: { 'user/**': 'claude-code-personal' } } }, 'mcp-server'), 'claude-code-personal', '✗✗✗✗✓✓✓✗✗?');
  });
  it('project .mcp.json (stdio)', () => {
    expectReach(reachOne({ files: { '.mcp.json': mcp({ s: STDIO }) }, file: '.mcp.json' }, 'mcp-server'), 'project-mcp', '✗✗✗✗✓✓✓~✗✓');
  });
  it('.mcp.json without the mcpServers wrapper still lists its servers', () => {
    expectReach(reachOne({ files: { '.mcp.json': JSON.stringify({ s: STDIO }) }, file: '.mcp.json' }, 'mcp-server', 's'), 'project-mcp', '✗✗✗✗✓✓✓~✗✓');
  });
  it('plugin-bundled stdio server, Claude Code install', () => {
    const files = { ...plugin('p', 'p'), 'p/.mcp.json': mcp({ s: STDIO }) };
    expectReach(reachOne({ files, file: 'p/.mcp.json' }, 'mcp-server'), 'plugin', '✗✗✗✗✓✓✓✗✗~');
  });
  it('plugin-bundled stdio server, plugin on claude.ai: not on web or mobile, Desktop only, Cowork disputed', () => {
    const files = { ...plugin('p', 'p'), 'p/.mcp.json': mcp({ s: STDIO }) };
    expectReach(reachOne({ files, file: 'p/.mcp.json', config: { channels: { 'p/**': 'claude-ai-plugin' } } }, 'mcp-server'), 'claude-ai-plugin', '✗~✗!~?~!✗?');
  });
  it('managed-mcp.json', () => {
    expectReach(reachOne({ files: { 'managed-mcp.json': mcp({ s: STDIO }) }, file: 'managed-mcp.json' }, 'mcp-server'), 'managed', '✗✗✗?✓✓✓~✗✓');
  });
});

describe('reach scenarios: B3 remote MCP servers and connectors', () => {
  const conn = { channels: { 'connectors/**': 'claude-ai-connector' } };
  it('connector added on claude.ai', () => {
    expectReach(reachOne({ files: { 'connectors/.mcp.json': mcp({ c: REMOTE }) }, file: 'connectors/.mcp.json', config: conn }, 'mcp-server'), 'claude-ai-connector', '✓✓✓✓~~~✓✗✗');
  });
  it('org connector on a private URL: Anthropic cloud cannot reach it', () => {
    const f = { 'connectors/.mcp.json': mcp({ c: { type: 'http', url: 'http://10.0.0.5/mcp' } }) };
    expectReach(reachOne({ files: f, file: 'connectors/.mcp.json', config: conn }, 'mcp-server'), 'claude-ai-connector', '✗✗✗✗~~~✓✗✗');
  });
  it('a stdio server cannot be a connector', () => {
    expectReach(reachOne({ files: { 'connectors/.mcp.json': mcp({ c: STDIO }) }, file: 'connectors/.mcp.json', config: conn }, 'mcp-server'), 'claude-ai-connector', '✗✗✗✗✗✗✗✗✗✗');
  });
  it('connectors on a Free plan are disputed only when the user declares the plan', () => {
    const s = { files: { 'connectors/.mcp.json': mcp({ c: REMOTE }) }, file: 'connectors/.mcp.json', config: conn };
    expectReach(reachOne({ ...s, opts: { plan: 'free' } }, 'mcp-server'), 'claude-ai-connector', '!!!!~~~✓✗✗');
  });
  it('remote server in Claude Code user scope', () => {
    const f = { 'user/.mcp.json': mcp({ r: REMOTE }) };
    expectReach(reachOne({ files: f, file: 'user/.mcp.json', config: { channels: { 'user/**': 'claude-code-personal' } } }, 'mcp-server'), 'claude-code-personal', '✗✗✗✗✓✓✓✗✗?');
  });
  it('remote server in project .mcp.json', () => {
    expectReach(reachOne({ files: { '.mcp.json': mcp({ r: REMOTE }) }, file: '.mcp.json' }, 'mcp-server'), 'project-mcp', '✗✗✗✗✓✓✓~✗✓');
  });
  it('remote server bundled in a claude.ai plugin', () => {
    const files = { ...plugin('p', 'p'), 'p/.mcp.json': mcp({ r: REMOTE }) };
    expectReach(reachOne({ files, file: 'p/.mcp.json', config: { channels: { 'p/**': 'claude-ai-plugin' } } }, 'mcp-server'), 'claude-ai-plugin', '✓✓?✓~?~!✗?');
  });
  it('remote server in claude_desktop_config.json is not connected', () => {
    const f = { 'claude_desktop_config.json': mcp({ r: { url: 'https://mcp.example.com' } }) };
    const r = reachOne({ files: f, file: 'claude_desktop_config.json' }, 'mcp-server');
    expectReach(r, 'desktop-config', '✗✗✗✗✗?✗✗✗✗');
  });
  it('API mcp_servers connector', () => {
    const f = { 'api/servers.mcp.json': '', 'api/.mcp.json': mcp({ r: REMOTE }) };
    expectReach(reachOne({ files: f, file: 'api/.mcp.json', config: { channels: { 'api/**': 'api-mcp-connector' } } }, 'mcp-server'), 'api-mcp-connector', '✗✗✗✗✗✗✗✗✓✗');
  });
});

describe('reach scenarios: B4 plugins and marketplaces', () => {
  it('org or personal claude.ai plugin (override)', () => {
    expectReach(reachOne({ files: plugin('p', 'p'), file: 'p/.claude-plugin/plugin.json', config: { channels: { 'p/**': 'claude-ai-plugin' } } }, 'plugin'), 'claude-ai-plugin', '✓✓?✓~?~!✗?');
  });
  it('Claude Code /plugin install', () => {
    expectReach(reachOne({ files: plugin('p', 'p'), file: 'p/.claude-plugin/plugin.json' }, 'plugin'), 'plugin', '✗✗✗✗✓✓✓✗✗~');
  });
  it('repo-declared plugin (enabledPlugins in committed settings): not in cloud sessions (skills docs quoted 2026-09-27, plugins/loading 2026-10-04)', () => {
    const files = { ...plugin('p', 'p'), '.claude/settings.json': JSON.stringify({ enabledPlugins: { 'p@mkt': true }, extraKnownMarketplaces: { mkt: { source: { source: 'github', repo: 'o/mkt' } } } }) };
    expectReach(reachOne({ files, file: 'p/.claude-plugin/plugin.json' }, 'plugin'), 'repo-declared-plugin', '✗✗✗✗~~~✗✗~');
  });
  it('managed-settings plugin', () => {
    const files = { ...plugin('p', 'p'), 'managed-settings.json': JSON.stringify({ enabledPlugins: { 'p@corp': true }, extraKnownMarketplaces: { corp: { source: { source: 'github', repo: 'o/corp' } } } }) };
    expectReach(reachOne({ files, file: 'p/.claude-plugin/plugin.json' }, 'plugin'), 'managed-plugin', '✗✗✗✗✓✓✓~✗✓');
  });
  it('skills-dir plugin', () => {
    expectReach(reachOne({ files: plugin('.claude/skills/sp', 'sp'), file: '.claude/skills/sp/.claude-plugin/plugin.json' }, 'plugin'), 'skills-dir-plugin', '✗✗✗✗✓✓✓?✗✓');
  });
  it('--plugin-dir / SDK plugins option (inline-plugin override)', () => {
    expectReach(reachOne({ files: plugin('p', 'p'), file: 'p/.claude-plugin/plugin.json', config: { channels: { 'p/**': 'inline-plugin' } } }, 'plugin'), 'inline-plugin', '✗✗✗✗✓✗✗✗✗✓');
  });
  it('marketplace added with /plugin marketplace add', () => {
    const m = JSON.stringify({ name: 'mkt', owner: { name: 'o' }, plugins: [{ name: 'p', source: './p' }] });
    expectReach(reachOne({ files: { '.claude-plugin/marketplace.json': m, ...plugin('p', 'p') }, file: '.claude-plugin/marketplace.json' }, 'marketplace'), 'plugin', '✗✗✗✗✓✓✓✗✗~');
  });
  it('a manifest-less plugin listed by a marketplace is an item of the marketplace file', () => {
    const m = JSON.stringify({ name: 'mkt', owner: { name: 'o' }, plugins: [{ name: 'bare', source: './bare', strict: false }] });
    const r = reachOne({ files: { '.claude-plugin/marketplace.json': m, 'bare/skills/s/SKILL.md': SKILL('s') }, file: '.claude-plugin/marketplace.json' }, 'plugin', 'bare');
    expectReach(r, 'plugin', '✗✗✗✗✓✓✓✗✗~');
  });
  it('plugin with bin/ is refused by claude.ai and Cowork and so never syncs to Claude Code (manifest-reference 2026-10-04)', () => {
    const files = { ...plugin('p', 'p'), 'p/bin/tool': '#!/bin/sh\n' };
    expectReach(reachOne({ files, file: 'p/.claude-plugin/plugin.json', config: { channels: { 'p/**': 'claude-ai-plugin' } } }, 'plugin'), 'claude-ai-plugin', '✗✗✗✗✗✗✗✗✗✗');
  });
  it('plugin with a local MCP server needs the desktop app on the web', () => {
    const files = { ...plugin('p', 'p'), 'p/.mcp.json': mcp({ s: STDIO }) };
    expectReach(reachOne({ files, file: 'p/.claude-plugin/plugin.json', config: { channels: { 'p/**': 'claude-ai-plugin' } } }, 'plugin'), 'claude-ai-plugin', '~✓?✓~?~!✗?');
  });
  it('plugin name that is not kebab-case does not sync from claude.ai', () => {
    expectReach(reachOne({ files: plugin('p', 'My_Plugin'), file: 'p/.claude-plugin/plugin.json', config: { channels: { 'p/**': 'claude-ai-plugin' } } }, 'plugin'), 'claude-ai-plugin', '✗✗✗✗✗✗✗✗✗✗');
  });
});

describe('reach scenarios: B5 hooks, commands, subagents', () => {
  it('hooks in ~/.claude/settings.json', () => {
    const f = { '/home/u/.claude/settings.json': HOOKS };
    expectReach(reachOne({ files: f, file: '/home/u/.claude/settings.json', opts: HOME }, 'hook'), 'claude-code-personal', '✗✗✗✗✓✓✓✗✗✓');
  });
  it('hooks in project .claude/settings.json', () => {
    expectReach(reachOne({ files: { '.claude/settings.json': HOOKS }, file: '.claude/settings.json' }, 'hook'), 'claude-code-project', '✗✗✗✗✓✓✓~✗✓');
  });
  it('hooks via server-managed settings (override)', () => {
    expectReach(reachOne({ files: { '.claude/settings.json': HOOKS }, file: '.claude/settings.json', config: { channels: { '.claude/settings.json': 'server-managed' } } }, 'hook'), 'server-managed', '✗✗✗✗✓✓✓✓✗✓');
  });
  it('hooks via MDM managed settings (override)', () => {
    expectReach(reachOne({ files: { '.claude/settings.json': HOOKS }, file: '.claude/settings.json', config: { channels: { '.claude/settings.json': 'managed' } } }, 'hook'), 'managed', '✗✗✗~✓✓✓✗✗✓');
  });
  it('hooks in skill frontmatter', () => {
    const skill = SKILL('x', 'hooks:\n  PostToolUse:\n    - matcher: Write\n      hooks:\n        - type: command\n          command: echo hi\n');
    expectReach(reachOne({ files: { '.claude/skills/x/SKILL.md': skill }, file: '.claude/skills/x/SKILL.md' }, 'hook'), 'frontmatter', '✗✗✗?✓✓✓✓✗✓');
  });
  it('plugin hooks', () => {
    const files = { ...plugin('p', 'p'), 'p/hooks/hooks.json': HOOKS };
    expectReach(reachOne({ files, file: 'p/hooks/hooks.json' }, 'hook'), 'plugin', '✗✗✗✗✓✓✓✗✗~');
  });
  it('plugin hooks of a claude.ai plugin are greyed out in chat (Cowork disputed per B9 #4)', () => {
    const files = { ...plugin('p', 'p'), 'p/hooks/hooks.json': HOOKS };
    expectReach(reachOne({ files, file: 'p/hooks/hooks.json', config: { channels: { 'p/**': 'claude-ai-plugin' } } }, 'hook'), 'claude-ai-plugin', '✗✗?!~?~!✗?');
  });
  it('inline manifest hooks (event map) and a root-level hooks.json named by the manifest', () => {
    const files = { ...plugin('p', 'p', { hooks: './hooks.json' }), 'p/hooks.json': HOOKS };
    const r = reachOne({ files, file: 'p/.claude-plugin/plugin.json' }, 'hook');
    expectReach(r, 'plugin', '✗✗✗✗✓✓✓✗✗~');
    const inline = { ...plugin('q', 'q', { hooks: { SessionStart: [{ hooks: [{ type: 'command', command: 'echo' }] }] } }) };
    expectReach(reachOne({ files: inline, file: 'q/.claude-plugin/plugin.json' }, 'hook', 'SessionStart · echo'), 'plugin', '✗✗✗✗✓✓✓✗✗~');
  });
  it('commands in ~/.claude/commands', () => {
    expectReach(reachOne({ files: { '/home/u/.claude/commands/c.md': CMD }, file: '/home/u/.claude/commands/c.md', opts: HOME }, 'command'), 'claude-code-personal', '✗✗✗✗✓✓~✗✗✓');
  });
  it('commands in .claude/commands', () => {
    expectReach(reachOne({ files: { '.claude/commands/c.md': CMD }, file: '.claude/commands/c.md' }, 'command'), 'claude-code-project', '✗✗✗✗✓✓~✓✗✓');
  });
  it('plugin commands', () => {
    const files = { ...plugin('p', 'p'), 'p/commands/c.md': CMD };
    expectReach(reachOne({ files, file: 'p/commands/c.md' }, 'command'), 'plugin', '✗✗✗✗✓✓✓✗✗~');
  });
  it('plugin commands of a claude.ai plugin work in chat', () => {
    const files = { ...plugin('p', 'p'), 'p/commands/c.md': CMD };
    expectReach(reachOne({ files, file: 'p/commands/c.md', config: { channels: { 'p/**': 'claude-ai-plugin' } } }, 'command'), 'claude-ai-plugin', '✓✓?✓~?~!✗?');
  });
  it('subagents in ~/.claude/agents', () => {
    expectReach(reachOne({ files: { '/home/u/.claude/agents/a.md': AGENT('a') }, file: '/home/u/.claude/agents/a.md', opts: HOME }, 'agent'), 'claude-code-personal', '✗✗✗✗✓✓✓✗✗✓');
  });
  it('subagents in .claude/agents', () => {
    expectReach(reachOne({ files: { '.claude/agents/a.md': AGENT('a') }, file: '.claude/agents/a.md' }, 'agent'), 'claude-code-project', '✗✗✗✗✓✓✓✓✗✓');
  });
  it('plugin subagents', () => {
    const files = { ...plugin('p', 'p'), 'p/agents/a.md': AGENT('a') };
    expectReach(reachOne({ files, file: 'p/agents/a.md' }, 'agent'), 'plugin', '✗✗✗✗✓✓✓✗✗~');
  });
  it('plugin subagents of a claude.ai plugin are greyed out in chat', () => {
    const files = { ...plugin('p', 'p'), 'p/agents/a.md': AGENT('a') };
    expectReach(reachOne({ files, file: 'p/agents/a.md', config: { channels: { 'p/**': 'claude-ai-plugin' } } }, 'agent'), 'claude-ai-plugin', '✗✗?✓~?~!✗?');
  });
  it('SDK agents option / claude --agents (override)', () => {
    expectReach(reachOne({ files: { 'sdk/agents/a.md': AGENT('a') }, file: 'sdk/agents/a.md', config: { channels: { 'sdk/**': 'cli-or-sdk-option' } } }, 'agent'), 'cli-or-sdk-option', '✗✗✗✗✓✗✗✗✗✓');
  });
});
