/**
 * The 2026-12 knowledge refresh (issue 16, ../shared/domain/reach-audit-2026-12.md): one test per changed
 * cell category, each naming the source that settles it, and the engine defects of the audit's §4.
 */
import { strict as assert } from 'node:assert';
import { KNOWLEDGE, renderReachMarkdown } from '../../server/src/core/reach';
import { datingOf } from '../../server/src/core/reach/knowledge';
import { validateFile } from '../../server/src/core/validate';
import { InMemoryWorkspace } from '../../server/src/core/workspace';
import { resolveConfig } from '../../server/src/core/config';
import { PLUGIN, SKILL, STDIO, mcp, reachAll, reachOne, row, ROOT } from './reach-helpers';

const rec = (id: string) => KNOWLEDGE.records.find((r) => r.id === id) ?? assert.fail(`missing ${id}`);
const rule = (id: string) => KNOWLEDGE.componentRules.find((r) => r.id === id) ?? assert.fail(`missing ${id}`);
const KINDS = ['plugin', 'marketplace', 'skill', 'command', 'agent', 'hook', 'mcp-server', 'lsp-server', 'output-style'];
const ORG = { channels: { 'p/**': 'claude-ai-plugin' } };
const plugin = (root: string, name: string) => ({ [`${root}/.claude-plugin/plugin.json`]: PLUGIN(name) });

describe('knowledge refresh 2026-12: cells', () => {
  it('org skills load on web, Desktop chat and Cowork (help 12512180 quoted 2026-09-28 beats the ≤2025-12 platform sentence)', () => {
    for (const s of ['claude-ai-web', 'claude-desktop-chat', 'cowork']) {
      const r = rec(`skill.org-skill.${s}`);
      assert.equal(r.status, 'loads', s);
      assert.ok(r.sources.includes('help-12512180') && r.sources.includes('help-13119606'), s);
    }
    assert.match(KNOWLEDGE.sources['platform-skills-overview'].dateNote ?? '', /2025-12-11/);
  });
  it('repo-declared plugins do not load in cloud sessions (skills docs quoted 2026-09-27; plugins/loading 2026-10-04)', () => {
    for (const k of KINDS) {
      const r = rec(`${k}.repo-declared-plugin.claude-code-cloud`);
      assert.equal(r.status, 'does-not-load', k);
      assert.ok(r.sources.includes('cc-skills-2026-10') && r.sources.includes('cc-plugins-loading'), k);
    }
  });
  it('managed plugins install in cloud sessions when server-managed settings deliver them (code.claude.com plugins/org)', () => {
    for (const k of KINDS) {
      const r = rec(`${k}.managed-plugin.claude-code-cloud`);
      assert.equal(r.status, 'conditional', k);
      assert.match(r.condition ?? '', /server-managed settings/);
      assert.ok(r.sources.includes('cc-plugins-org'), k);
    }
  });
  it('the claude.ai plugin size rule is 200 MB / 5,000 files (help 13837433 quoted 2026-09-28; platform-support)', () => {
    const r = rule('plugin-over-upload-limits-claude-ai');
    assert.match(r.why, /5,000 files and 200 MB/);
    assert.doesNotMatch(r.why, /smaller than 50 MB/);
    assert.ok(r.sources.includes('claude-com-platform-support-limits'));
    assert.ok(!KNOWLEDGE.componentRules.some((x) => x.id === 'plugin-zip-over-50mb-claude-ai'));
  });
  it('the admin page is "Organization settings > Plugins & skills" (plugins/org)', () => {
    assert.match(KNOWLEDGE.channels.find((c) => c.id === 'org-skill')!.description, /Organization settings > Plugins & skills/);
  });
  it('terminal sync conditions name the server-side gate and org Skills off stopping plugin sync (loading.md 2026-10-04 line 131)', () => {
    assert.match(rec('skill.org-skill.claude-code-cli').condition ?? '', /enabled server-side/);
    const p = rec('plugin.claude-ai-plugin.claude-code-cli');
    assert.match(p.condition ?? '', /enabled server-side/);
    assert.match(p.condition ?? '', /turned off Skills on claude\.ai/);
  });
  it('Desktop Code tab: account items come from the Desktop app (changelog 2.1.283), not the terminal-sync condition', () => {
    for (const ch of ['org-skill', 'skill-upload']) {
      const r = rec(`skill.${ch}.claude-code-desktop`);
      assert.equal(r.status, 'conditional');
      assert.ok(r.sources.includes('cc-changelog-2.1.283'));
      assert.doesNotMatch(r.condition ?? '', /v2\.1\.273/);
    }
    for (const k of KINDS) assert.equal(rec(`${k}.claude-ai-plugin.claude-code-desktop`).status, 'unknown', k);
  });
  it('Agent SDK: synced skills conditional (agent-sdk/skills 2026-08-22 speaks of skills synced from claude.ai), synced plugins unknown', () => {
    for (const ch of ['org-skill', 'skill-upload']) assert.equal(rec(`skill.${ch}.agent-sdk`).status, 'conditional');
    for (const k of KINDS) assert.equal(rec(`${k}.claude-ai-plugin.agent-sdk`).status, 'unknown', k);
  });
  it('mobile: hooks and agents of claude.ai plugins are unknown (13837440 does not mention mobile)', () => {
    for (const k of ['agent', 'hook']) assert.equal(rec(`${k}.claude-ai-plugin.claude-mobile`).status, 'unknown');
  });
  it('output styles and LSP servers of claude.ai plugins in chat: ✗ stated as an inference', () => {
    for (const k of ['output-style', 'lsp-server']) for (const s of ['claude-ai-web', 'claude-desktop-chat']) {
      const r = rec(`${k}.claude-ai-plugin.${s}`);
      assert.equal(r.status, 'does-not-load');
      assert.match(r.why, /^Inferred, not stated/);
    }
  });
  it('plugin.plugin.cowork: ✗ with the desktop docs\' words, no contradicting aside (desktop.md line 410)', () => {
    const r = rec('plugin.plugin.cowork');
    assert.equal(r.status, 'does-not-load');
    assert.doesNotMatch(r.why, /unverified|disagree/);
    assert.match(r.why, /not from the CLI's ~\/\.claude directory/);
  });
  it('synced plugins in cloud stay disputed with the 2.1.287 fix and the 2.1.281 field test', () => {
    for (const k of KINDS) {
      const r = rec(`${k}.claude-ai-plugin.claude-code-cloud`);
      assert.equal(r.status, 'disputed');
      assert.ok(r.sources.includes('cc-changelog-2.1.287') && r.sources.includes('field-r22-cloud-synced'), k);
    }
  });
  it('plugin hooks in Cowork stay disputed, weighing the newer 13837440 text (quoted 2026-09-27)', () => {
    const r = rec('hook.claude-ai-plugin.cowork');
    assert.equal(r.status, 'disputed');
    assert.match(r.why, /Hooks and sub-agents run in Cowork and Claude Code/);
  });
  it('skill description: 200 (help 12512198) vs 1,024 (spec, API) is disputed on claude.ai, both sources cited', () => {
    const r = rule('skill-description-over-200-disputed-by-claude-ai');
    assert.equal(r.status, 'disputed');
    assert.ok(r.sources.includes('help-12512198') && r.sources.includes('agentskills-spec'));
    const long = reachOne({ files: { 'skills/x/SKILL.md': `---\nname: x\ndescription: ${'a'.repeat(300)}\n---\nx\n` }, file: 'skills/x/SKILL.md' }, 'skill');
    assert.equal(row(long).slice(0, 4), '!!!!');
    assert.match(rule('skill-description-over-1024-refused-by-upload').why, /200/);
  });
});

describe('knowledge refresh 2026-12: dating', () => {
  it('knowledgeAsOf is the newest verified source date, not a recording date (audit §0)', () => {
    assert.equal(KNOWLEDGE.knowledgeAsOf, '2026-10-10');
    assert.equal(KNOWLEDGE.sources['help-11503834'].dateBasis, 'recorded');
  });
  it('a recording date never raises a cell\'s asOf; a quoted date says so', () => {
    const d = datingOf(['help-11503834', 'cc-mcp']);
    assert.equal(d.asOf, '2026-08-22');
    const q = datingOf(['help-13837433']);
    assert.equal(q.asOf, '2026-09-28');
    assert.match(q.dateNote ?? '', /quoted/);
    const only = datingOf(['help-11503834']);
    assert.match(only.dateNote ?? '', /approximate, only a recording date/);
  });
  it('the hover says which kind of date a cell\'s as-of is', () => {
    const md = renderReachMarkdown(reachOne({ files: { 'skills/x/SKILL.md': SKILL('x') }, file: 'skills/x/SKILL.md' }, 'skill'));
    assert.match(md, /as of 2026-09-28, date of a quote/);
  });
});

describe('knowledge refresh 2026-12: engine defects', () => {
  it('§4.1 the Claude Code cells of a refused upload say "not via account sync"; the copy route loads', () => {
    const files = { 'skills/MySkill/SKILL.md': SKILL('MySkill') };
    const up = reachOne({ files, file: 'skills/MySkill/SKILL.md' }, 'skill');
    assert.equal(up.reach['claude-code-cli'].status, 'does-not-load');
    assert.match(up.reach['claude-code-cli'].why, /^Not via account sync: the upload is refused/);
    assert.doesNotMatch(up.reach['claude-ai-web'].why, /^Not via account sync/);
    const copy = reachOne({ files, file: 'skills/MySkill/SKILL.md' }, 'skill', undefined, 'claude-code-project');
    assert.equal(copy.reach['claude-code-cli'].status, 'loads');
  });
  it('§4.2 a plugin claude.ai refuses (bin/) takes its components and its marketplace down (manifest-reference line 633)', () => {
    const files = {
      '.claude-plugin/marketplace.json': JSON.stringify({ name: 'acme-org', owner: { name: 'a' }, plugins: [{ name: 'ops', source: './p' }] }),
      ...plugin('p', 'ops'), 'p/bin/tool': '#!/bin/sh\n', 'p/skills/triage/SKILL.md': SKILL('triage'), 'p/commands/page.md': '---\ndescription: page\n---\nx\n',
    };
    const config = { channels: { '**': 'claude-ai-plugin' } };
    for (const [file, kind] of [['p/skills/triage/SKILL.md', 'skill'], ['p/commands/page.md', 'command'], ['.claude-plugin/marketplace.json', 'marketplace']] as const) {
      const r = reachOne({ files, file, config }, kind);
      for (const s of ['claude-ai-web', 'claude-desktop-chat', 'cowork', 'claude-code-cli'] as const) {
        assert.equal(r.reach[s].status, 'does-not-load', `${kind} on ${s}`);
        assert.ok(r.reach[s].basis.includes('plugin-bin-dir-refused-by-claude-ai'), `${kind} on ${s}`);
      }
    }
    // Reported once, on the plugin: no reach finding on each component.
    const ws = new InMemoryWorkspace(ROOT, files);
    const path = `${ROOT}/p/skills/triage/SKILL.md`;
    const v = validateFile({ path, text: files['p/skills/triage/SKILL.md'], kind: 'skill' }, { workspace: ws, config: resolveConfig(config) });
    assert.ok(!v.findings.some((f) => f.ruleId === 'reach/blocked-by-content'));
  });
  it('§4.2 a non-kebab plugin name: the skill is ✗ where the plugin is (troubleshooting 2026-10-10)', () => {
    const files = { ...plugin('p', 'OpsTools'), 'p/skills/hello/SKILL.md': SKILL('hello') };
    assert.equal(row(reachOne({ files, file: 'p/skills/hello/SKILL.md', config: ORG }, 'skill')), '✗✗✗✗✗✗✗✗✗✗');
  });
  it('§4.3 both sync refusals cover the same Claude Code surfaces', () => {
    const a = rule('plugin-bin-dir-refused-by-claude-ai').surfaces;
    const b = rule('plugin-name-not-kebab-case-claude-ai-sync').surfaces;
    assert.deepEqual([...a].sort(), [...b].sort());
    for (const s of ['claude-code-cli', 'claude-code-desktop', 'claude-code-ide', 'claude-code-cloud']) assert.ok(a.includes(s as never), s);
  });
  it('§4.4 a remote server in claude_desktop_config.json is one finding, not three', () => {
    const text = JSON.stringify({ mcpServers: { local: STDIO, remote: { url: 'https://example.com/mcp' } } });
    const ws = new InMemoryWorkspace(ROOT, { 'claude_desktop_config.json': text });
    const v = validateFile({ path: `${ROOT}/claude_desktop_config.json`, text, kind: 'desktop-config' }, { workspace: ws, config: resolveConfig({}) });
    assert.deepEqual(v.findings.map((f) => f.ruleId), ['mcp/desktop-remote-server']);
    assert.deepEqual(v.findings[0].explains, ['reach/blocked-by-content']);
    const remote = (v.reach ?? []).find((r) => r.item.name === 'remote')!;
    assert.equal(remote.reach['claude-desktop-chat'].status, 'does-not-load');
  });
  it('§4.6 a project skill targeted at Cowork is told about the org-skill route too (org skills load there now)', () => {
    const text = SKILL('notes');
    const path = `${ROOT}/.claude/skills/notes/SKILL.md`;
    const ws = new InMemoryWorkspace(ROOT, { '.claude/skills/notes/SKILL.md': text });
    const v = validateFile({ path, text, kind: 'skill' }, { workspace: ws, config: resolveConfig({ targets: ['cowork'] }) });
    const f = v.findings.find((x) => x.ruleId === 'reach/channel-not-on-target') ?? assert.fail('no channel-not-on-target');
    assert.deepEqual(f.data?.alternatives, ['skill-upload', 'org-skill', 'claude-ai-plugin']);
    assert.match(f.message, /\(org-skill\)/);
  });
  it('stdio servers in a claude.ai plugin keep their rows (no whole-plugin refusal)', () => {
    const files = { ...plugin('p', 'p'), 'p/.mcp.json': mcp({ s: STDIO }) };
    assert.equal(reachAll({ files, file: 'p/.mcp.json', config: ORG }).length, 1);
  });
});

describe('settings → reach (issue 16)', () => {
  const HOOK = { PostToolUse: [{ matcher: 'Write', hooks: [{ type: 'command', command: 'npm run lint' }] }] };
  const settingsReach = (files: Record<string, string>, file = '.claude/settings.json') => {
    const ws = new InMemoryWorkspace(ROOT, files);
    return validateFile({ path: `${ROOT}/${file}`, text: files[file], kind: 'settings' }, { workspace: ws, config: resolveConfig({}) });
  };
  it('disableAllHooks in the same file: one finding, and its hooks are ✗ on Claude Code surfaces (settings-reference 2026-08-22)', () => {
    const v = settingsReach({ '.claude/settings.json': JSON.stringify({ disableAllHooks: true, hooks: HOOK }, null, 2) });
    assert.deepEqual(v.findings.map((f) => f.ruleId), ['settings/hooks-disabled']);
    const hook = (v.reach ?? []).find((r) => r.item.kind === 'hook')!;
    for (const s of ['claude-code-cli', 'claude-code-desktop', 'claude-code-ide'] as const) {
      assert.equal(hook.reach[s].status, 'does-not-load', s);
      assert.deepEqual(hook.reach[s].basis, ['settings/hooks-disabled']);
    }
  });
  it('allowManagedHooksOnly in the workspace\'s managed settings drops project hooks, not managed ones', () => {
    const files = { 'managed-settings.json': JSON.stringify({ allowManagedHooksOnly: true, hooks: HOOK }), '.claude/settings.json': JSON.stringify({ hooks: HOOK }) };
    const project = settingsReach(files);
    assert.equal((project.reach ?? [])[0].reach['claude-code-cli'].status, 'does-not-load');
    const managed = settingsReach(files, 'managed-settings.json');
    assert.ok(!managed.findings.some((f) => f.ruleId === 'settings/hooks-disabled'));
    assert.equal((managed.reach ?? [])[0].channel, 'managed');
    assert.equal((managed.reach ?? [])[0].reach['claude-code-cli'].status, 'loads');
  });
  it('a managed-settings.d drop-in is managed, and its enabledPlugins make the plugin managed-plugin', () => {
    const files = {
      'managed-settings.d/10-corp.json': JSON.stringify({ enabledPlugins: { 'ops@corp': true }, hooks: HOOK }),
      ...plugin('ops', 'ops'),
    };
    assert.equal(settingsReach(files, 'managed-settings.d/10-corp.json').reach?.[0].channel, 'managed');
    assert.equal(reachOne({ files, file: 'ops/.claude-plugin/plugin.json' }, 'plugin').channel, 'managed-plugin');
  });
  it('repo-declared-plugin comes from repoDeclaredPlugins: settings.local.json turning the plugin off wins', () => {
    const on = { '.claude/settings.json': JSON.stringify({ enabledPlugins: { 'ops@corp': true } }), ...plugin('ops', 'ops') };
    assert.equal(reachOne({ files: on, file: 'ops/.claude-plugin/plugin.json' }, 'plugin').channel, 'repo-declared-plugin');
    const off = { ...on, '.claude/settings.local.json': JSON.stringify({ enabledPlugins: { 'ops@corp': false } }) };
    assert.equal(reachOne({ files: off, file: 'ops/.claude-plugin/plugin.json' }, 'plugin').channel, 'plugin');
  });
  it('a repo-declared plugin whose marketplace the settings never register is ✗ on Claude Code, by that settings finding', () => {
    const files: Record<string, string> = { '.claude/settings.json': JSON.stringify({ enabledPlugins: { 'ops@corp': true } }), ...plugin('ops', 'ops') };
    const ws = new InMemoryWorkspace(ROOT, files);
    const path = `${ROOT}/ops/.claude-plugin/plugin.json`;
    const v = validateFile({ path, text: files['ops/.claude-plugin/plugin.json'], kind: 'plugin' }, { workspace: ws, config: resolveConfig({}) });
    const p = (v.reach ?? []).find((r) => r.item.kind === 'plugin')!;
    assert.equal(p.channel, 'repo-declared-plugin');
    const cli = p.reach['claude-code-cli'];
    assert.equal(cli.status, 'does-not-load');
    assert.deepEqual(cli.basis, ['settings/unknown-marketplace']);
    assert.equal(cli.findings?.[0].file, `${ROOT}/.claude/settings.json`);
    // Registered: the route loads (~ after workspace trust).
    const ok = { ...files, '.claude/settings.json': JSON.stringify({ enabledPlugins: { 'ops@corp': true }, extraKnownMarketplaces: { corp: { source: { source: 'github', repo: 'a/b' } } } }) };
    assert.notEqual(reachOne({ files: ok, file: 'ops/.claude-plugin/plugin.json' }, 'plugin').reach['claude-code-cli'].status, 'does-not-load');
  });
});
