/**
 * Distribution routes, per route and per trap (issue 16 acceptance): each scenario names the source its
 * expectation rests on, and the action or trap must cite that source. Every route of every scenario
 * carries all ten surfaces (the seven seed surfaces included).
 */
import { strict as assert } from 'node:assert';
import { SURFACE_IDS, type SurfaceId } from '../../server/src/core/surfaces';
import { resolveConfig } from '../../server/src/core/config';
import type { ItemRoutes } from '../../server/src/core/reach/routes';
import { HOOKS, MARKET, PLUGIN, SKILL, itemRoutes, route, routesAll, type RouteScenario } from './routes-helpers';

const DOCS = 'https://code.claude.com/docs/en';
const SRC = {
  marketplaces: `${DOCS}/plugin-marketplaces`,
  dependencies: `${DOCS}/plugin-dependencies`,
  settings: `${DOCS}/settings-reference`,
  mcp: `${DOCS}/mcp`,
  managedMcp: `${DOCS}/managed-mcp`,
  loading: `${DOCS}/plugins/loading`,
  org: `${DOCS}/plugins/org`,
  skills: `${DOCS}/skills`,
  cloud: `${DOCS}/cloud-environments`,
  desktop: `${DOCS}/desktop`,
  serverManaged: `${DOCS}/server-managed-settings`,
  orgPlugins: 'https://support.claude.com/en/articles/13837433',
  usePlugins: 'https://support.claude.com/en/articles/13837440',
  orgSkills: 'https://support.claude.com/en/articles/13119606',
  useSkills: 'https://support.claude.com/en/articles/12512180',
  connectorsFaq: 'https://claude.com/docs/connectors/faq',
  mcpb: 'https://support.claude.com/en/articles/11725091',
  skillsGuide: 'https://platform.claude.com/docs/en/build-with-claude/skills-guide',
  apiConnector: 'https://platform.claude.com/docs/en/agents-and-tools/mcp-connector',
  changelog282: 'https://github.com/oikon48/cc-doc-tracker/blob/e01acc50/docs/en/changelog.md',
  changelog283: 'https://github.com/oikon48/cc-doc-tracker/blob/93745169/docs/en/changelog.md',
  fieldReport: 'https://sean.lyn.ch/claude-org-plugins-connectors-skills',
};

const MARKETPLACE: Record<string, string> = {
  '.claude-plugin/marketplace.json': MARKET('acme', 'tools'),
  'plugins/tools/.claude-plugin/plugin.json': PLUGIN('tools'),
  'plugins/tools/skills/lint/SKILL.md': SKILL('lint'),
};
const STANDALONE_SKILL = { 'skills/pdf/SKILL.md': SKILL('pdf') };
const REMOTE = (name: string, url: string) => JSON.stringify({ mcpServers: { [name]: { type: 'http', url } } }, null, 2);
const STDIO = JSON.stringify({ mcpServers: { local: { command: 'node', args: ['server.js'] } } }, null, 2);

interface Case {
  name: string;
  /** The source the expectation rests on: the action or trap must cite it. */
  source: string;
  scenario: RouteScenario;
  kind: string;
  item?: string;
  channel: string;
  inUse?: boolean;
  declared?: boolean;
  actions?: Array<[SurfaceId, string]>;
  traps?: string[];
  repackage?: boolean;
}

const CASES: Case[] = [
  {
    name: 'marketplace plugin: members add the marketplace by hand, with their own git access',
    source: SRC.marketplaces, scenario: { files: MARKETPLACE, file: 'plugins/tools/.claude-plugin/plugin.json' },
    kind: 'plugin', channel: 'plugin', inUse: true, declared: false,
    actions: [['claude-code-cli', 'add-marketplace-by-hand'], ['claude-code-ide', 'add-marketplace-by-hand']],
    traps: ['private-marketplace-auto-update'],
  },
  {
    name: 'marketplace plugin: enable auto-update',
    source: SRC.dependencies, scenario: { files: MARKETPLACE, file: 'plugins/tools/.claude-plugin/plugin.json' },
    kind: 'plugin', channel: 'plugin', actions: [['claude-code-cli', 'enable-auto-update']],
  },
  {
    name: 'a plugin component gets the routes of its plugin (the org route is a what-if, not a repackaging)',
    source: SRC.orgPlugins, scenario: { files: MARKETPLACE, file: 'plugins/tools/skills/lint/SKILL.md' },
    kind: 'skill', channel: 'claude-ai-plugin', inUse: false, declared: false, repackage: false,
    actions: [['cowork', 'org-plugin-state']],
  },
  {
    name: 'org plugin: states installed by default / available / required / not available',
    source: SRC.orgPlugins, scenario: { files: MARKETPLACE, file: '.claude-plugin/marketplace.json', config: { channels: { '**': 'claude-ai-plugin' } } },
    kind: 'marketplace', channel: 'claude-ai-plugin', inUse: true, declared: true,
    actions: [['claude-ai-web', 'org-plugin-state'], ['cowork', 'install-available-org-plugin']],
  },
  {
    name: 'org plugin in Claude Code: claude.ai /login, v2.1.273+, /reload-plugins',
    source: SRC.loading, scenario: { files: MARKETPLACE, file: 'plugins/tools/.claude-plugin/plugin.json', config: { channels: { '**': 'claude-ai-plugin' } } },
    kind: 'plugin', channel: 'claude-ai-plugin', actions: [['claude-code-cli', 'claude-code-account-sync']],
    traps: ['org-plugins-need-marketplace-by-hand'],
  },
  {
    name: 'org plugin in the Code tab comes from the Desktop app',
    source: SRC.changelog283, scenario: { files: MARKETPLACE, file: 'plugins/tools/.claude-plugin/plugin.json', config: { channels: { '**': 'claude-ai-plugin' } } },
    kind: 'plugin', channel: 'claude-ai-plugin', actions: [['claude-code-desktop', 'code-tab-desktop-delivery']],
  },
  {
    name: 'trap: org plugins that Claude Code users must add as a marketplace by hand (field report)',
    source: SRC.fieldReport, scenario: { files: MARKETPLACE, file: 'plugins/tools/.claude-plugin/plugin.json' },
    kind: 'plugin', channel: 'claude-ai-plugin', traps: ['org-plugins-need-marketplace-by-hand'],
  },
  {
    name: 'trap: GitHub sync runs through the Claude GitHub App',
    source: SRC.changelog282, scenario: { files: MARKETPLACE, file: 'plugins/tools/.claude-plugin/plugin.json' },
    kind: 'plugin', channel: 'claude-ai-plugin', traps: ['system-github-connector'],
  },
  {
    name: 'trap: org sync source rules (private repository, source types, private sources under the same owner)',
    source: SRC.marketplaces, scenario: { files: MARKETPLACE, file: '.claude-plugin/marketplace.json', config: { channels: { '**': 'claude-ai-plugin' } } },
    kind: 'marketplace', channel: 'claude-ai-plugin', traps: ['org-sync-source-rules'],
  },
  {
    name: 'repo-declared plugin: declared by .claude/settings.json; members trust the workspace',
    source: SRC.settings,
    scenario: { files: { ...MARKETPLACE, '.claude/settings.json': JSON.stringify({ enabledPlugins: { 'tools@acme': true }, extraKnownMarketplaces: { acme: { source: { source: 'github', repo: 'acme/marketplace' } } } }) }, file: 'plugins/tools/.claude-plugin/plugin.json' },
    kind: 'plugin', channel: 'repo-declared-plugin', inUse: true, declared: true,
    actions: [['claude-code-cli', 'trust-workspace'], ['claude-code-cli', 'declare-in-repo-settings']],
  },
  {
    name: 'trap: cloud sessions start with nothing but the repository (repo-declared plugins don\'t load there, newest text)',
    source: SRC.skills,
    scenario: { files: { ...MARKETPLACE, '.claude/settings.json': JSON.stringify({ enabledPlugins: { 'tools@acme': true }, extraKnownMarketplaces: { acme: { source: { source: 'github', repo: 'acme/marketplace' } } } }) }, file: 'plugins/tools/.claude-plugin/plugin.json' },
    kind: 'plugin', channel: 'repo-declared-plugin', traps: ['cloud-starts-with-repository-only'],
  },
  {
    name: 'managed plugin: declared by managed-settings.json; IT deploys it',
    source: SRC.settings,
    scenario: { files: { ...MARKETPLACE, 'managed-settings.json': JSON.stringify({ enabledPlugins: { 'tools@acme': true }, extraKnownMarketplaces: { acme: { source: { source: 'github', repo: 'acme/marketplace' } } } }) }, file: 'plugins/tools/.claude-plugin/plugin.json' },
    kind: 'plugin', channel: 'managed-plugin', inUse: true, declared: true, actions: [['claude-code-cli', 'deploy-managed-files']],
  },
  {
    name: 'managed plugin in cloud: only server-managed settings reach the session',
    source: SRC.org, scenario: { files: MARKETPLACE, file: 'plugins/tools/.claude-plugin/plugin.json' },
    kind: 'plugin', channel: 'managed-plugin', actions: [['claude-code-cli', 'server-managed-settings']],
  },
  {
    name: 'org skill: an owner provisions it; on by default',
    source: SRC.orgSkills, scenario: { files: STANDALONE_SKILL, file: 'skills/pdf/SKILL.md', config: { channels: { 'skills/pdf/**': 'org-skill' } } },
    kind: 'skill', channel: 'org-skill', inUse: true, declared: true,
    actions: [['claude-code-cloud', 'admin-provision-skill']], traps: ['org-items-on-by-default-and-shadowed'],
  },
  {
    name: 'org skill in Claude Code: account sync',
    source: SRC.skills, scenario: { files: STANDALONE_SKILL, file: 'skills/pdf/SKILL.md', config: { channels: { 'skills/pdf/**': 'org-skill' } } },
    kind: 'skill', channel: 'org-skill', actions: [['claude-code-cli', 'claude-code-account-sync']],
  },
  {
    name: 'standalone skill: each member uploads it; the upload and the copy routes are both in use',
    source: SRC.useSkills, scenario: { files: STANDALONE_SKILL, file: 'skills/pdf/SKILL.md' },
    kind: 'skill', channel: 'skill-upload', inUse: true, declared: false, actions: [['claude-ai-web', 'member-upload-skill']],
  },
  {
    name: 'standalone skill: the Skills API route',
    source: SRC.skillsGuide, scenario: { files: STANDALONE_SKILL, file: 'skills/pdf/SKILL.md' },
    kind: 'skill', channel: 'skills-api', inUse: false, actions: [['claude-api', 'skills-api-upload']],
  },
  {
    name: 'project skill: committed to the repository, cloud sessions clone it',
    source: SRC.cloud, scenario: { files: { '.claude/skills/pdf/SKILL.md': SKILL('pdf') }, file: '.claude/skills/pdf/SKILL.md' },
    kind: 'skill', channel: 'claude-code-project', inUse: true, actions: [['claude-code-cloud', 'commit-to-repository']],
  },
  {
    name: 'personal skill: each member copies it; nothing of it reaches cloud sessions',
    source: SRC.cloud, scenario: { files: STANDALONE_SKILL, file: 'skills/pdf/SKILL.md' },
    kind: 'skill', channel: 'claude-code-personal', inUse: false, actions: [['claude-code-cli', 'copy-to-home']],
    traps: ['cloud-starts-with-repository-only'],
  },
  {
    name: 'standalone skill into an org plugin: needs repackaging',
    source: SRC.orgPlugins, scenario: { files: STANDALONE_SKILL, file: 'skills/pdf/SKILL.md' },
    kind: 'skill', channel: 'claude-ai-plugin', inUse: false, repackage: true, actions: [['cowork', 'org-plugin-state']],
  },
  {
    name: 'org connector: owners add it, each member connects it',
    source: SRC.connectorsFaq, scenario: { files: { 'org/.mcp.json': REMOTE('crm', 'https://mcp.example.com/crm') }, file: 'org/.mcp.json', config: { channels: { 'org/**': 'claude-ai-connector' } } },
    kind: 'mcp-server', channel: 'claude-ai-connector', inUse: true, declared: true,
    actions: [['claude-ai-web', 'admin-add-connector'], ['claude-mobile', 'member-connect-connector'], ['cowork', 'member-connect-connector']],
  },
  {
    name: 'org connector in Claude Code: a claude.ai login, no API key; cloud picks connectors per session',
    source: SRC.mcp, scenario: { files: { 'org/.mcp.json': REMOTE('crm', 'https://mcp.example.com/crm') }, file: 'org/.mcp.json', config: { channels: { 'org/**': 'claude-ai-connector' } } },
    kind: 'mcp-server', channel: 'claude-ai-connector',
    actions: [['claude-code-cli', 'claude-code-claude-ai-login'], ['claude-code-cloud', 'choose-connectors-for-cloud-session']],
  },
  {
    name: 'trap: org connectors sync into Claude Code and cost tokens (ENABLE_CLAUDEAI_MCP_SERVERS, disableClaudeAiConnectors, deniedMcpServers)',
    source: SRC.mcp, scenario: { files: { 'org/.mcp.json': REMOTE('crm', 'https://mcp.example.com/crm') }, file: 'org/.mcp.json', config: { channels: { 'org/**': 'claude-ai-connector' } } },
    kind: 'mcp-server', channel: 'claude-ai-connector', traps: ['org-connectors-cost-tokens-in-claude-code'],
  },
  {
    name: 'trap: Team / Enterprise members (Cowork included) cannot add connectors themselves',
    source: SRC.connectorsFaq, scenario: { files: { '.mcp.json': REMOTE('crm', 'https://mcp.example.com/crm') }, file: '.mcp.json' },
    kind: 'mcp-server', channel: 'claude-ai-connector', inUse: false, traps: ['members-cannot-add-connectors'],
  },
  {
    name: 'trap: a GitHub server beside the Claude GitHub App (conflict unconfirmed)',
    source: SRC.fieldReport, scenario: { files: { '.mcp.json': REMOTE('github', 'https://api.githubcopilot.com/mcp/') }, file: '.mcp.json' },
    kind: 'mcp-server', channel: 'project-mcp', traps: ['system-github-connector-vs-github-mcp'],
  },
  {
    name: 'project .mcp.json: trust the workspace and approve each server',
    source: SRC.mcp, scenario: { files: { '.mcp.json': REMOTE('crm', 'https://mcp.example.com/crm') }, file: '.mcp.json' },
    kind: 'mcp-server', channel: 'project-mcp', inUse: true, declared: false,
    actions: [['claude-code-cli', 'approve-project-mcp'], ['claude-code-cli', 'trust-workspace']],
  },
  {
    name: 'Desktop config: install the Desktop app, edit the config',
    source: SRC.desktop, scenario: { files: { 'claude_desktop_config.json': STDIO }, file: 'claude_desktop_config.json' },
    kind: 'mcp-server', channel: 'desktop-config', inUse: true,
    actions: [['claude-desktop-chat', 'install-desktop-app'], ['claude-desktop-chat', 'edit-desktop-config']],
  },
  {
    name: 'a project server as a Desktop extension: install the .mcpb, after repackaging',
    source: SRC.mcpb, scenario: { files: { '.mcp.json': STDIO }, file: '.mcp.json' },
    kind: 'mcp-server', channel: 'mcpb-bundle', inUse: false, repackage: true, actions: [['claude-desktop-chat', 'install-mcpb-extension']],
  },
  {
    name: 'managed-mcp.json: IT deploys it',
    source: SRC.managedMcp, scenario: { files: { 'managed-mcp.json': REMOTE('crm', 'https://mcp.example.com/crm') }, file: 'managed-mcp.json' },
    kind: 'mcp-server', channel: 'managed', inUse: true, actions: [['claude-code-cli', 'deploy-managed-files']],
  },
  {
    name: 'the API MCP connector route',
    source: SRC.apiConnector, scenario: { files: { '.mcp.json': REMOTE('crm', 'https://mcp.example.com/crm') }, file: '.mcp.json' },
    kind: 'mcp-server', channel: 'api-mcp-connector', inUse: false, actions: [['claude-api', 'api-mcp-connector-request']],
  },
  {
    name: 'a settings hook through server-managed settings',
    source: SRC.serverManaged, scenario: { files: { '.claude/settings.json': HOOKS }, file: '.claude/settings.json' },
    kind: 'hook', channel: 'server-managed', inUse: false, actions: [['claude-code-cloud', 'server-managed-settings']],
  },
];

function check(r: ItemRoutes, c: Case): void {
  const rt = route(r, c.channel);
  if (c.inUse !== undefined) assert.equal(rt.inUse, c.inUse, 'inUse');
  if (c.declared !== undefined) assert.equal(rt.declared, c.declared, 'declared');
  if (c.repackage !== undefined) assert.equal(!!rt.repackage, c.repackage, `repackage: ${rt.repackage ?? ''}`);
  for (const [surface, id] of c.actions ?? []) {
    const a = rt.surfaces[surface].actions.find((x) => x.id === id);
    assert.ok(a, `${c.channel} on ${surface}: no action ${id} (status ${rt.surfaces[surface].status}; has ${rt.surfaces[surface].actions.map((x) => x.id).join(', ') || 'none'})`);
    assert.ok(a.sources.includes(c.source), `${id} does not cite ${c.source}`);
    assert.match(a.asOf, /^\d{4}-\d{2}-\d{2}$/);
  }
  for (const id of c.traps ?? []) {
    const t = rt.traps.find((x) => x.id === id);
    assert.ok(t, `${c.channel}: no trap ${id} (has ${rt.traps.map((x) => x.id).join(', ') || 'none'})`);
    if (!c.actions?.length) assert.ok(t.sources.includes(c.source), `${id} does not cite ${c.source}`);
  }
}

describe('routes: scenarios per route and per trap', () => {
  for (const c of CASES) {
    it(`${c.name} [${c.source}]`, () => {
      const r = itemRoutes(c.scenario, c.kind, c.item);
      check(r, c);
      for (const rt of r.routes) assert.deepEqual(Object.keys(rt.surfaces), [...SURFACE_IDS], `${rt.channel}: every surface, in order`);
    });
  }

  it('a stdio server as a connector: does not load anywhere, and no action pretends it would', () => {
    const r = itemRoutes({ files: { '.mcp.json': STDIO }, file: '.mcp.json' }, 'mcp-server');
    const rt = route(r, 'claude-ai-connector');
    for (const s of SURFACE_IDS) {
      assert.equal(rt.surfaces[s].status, 'does-not-load', s);
      assert.deepEqual(rt.surfaces[s].actions, [], s);
    }
  });

  it('the GitHub trap applies to GitHub servers only', () => {
    const r = itemRoutes({ files: { '.mcp.json': REMOTE('crm', 'https://mcp.example.com/crm') }, file: '.mcp.json' }, 'mcp-server');
    assert.ok(r.routes.every((rt) => !rt.traps.some((t) => t.id === 'system-github-connector-vs-github-mcp')));
  });

  it('a frontmatter hook travels with its skill: its only route is frontmatter', () => {
    const r = itemRoutes({ files: { 'skills/pdf/SKILL.md': SKILL('pdf', 'hooks:\n  Stop:\n    - hooks:\n        - type: command\n          command: echo done\n') }, file: 'skills/pdf/SKILL.md' }, 'hook');
    assert.deepEqual(r.routes.map((x) => x.channel), ['frontmatter']);
  });

  it('declared: every channel entry matching the file, several with one glob (the distribution array), and only those the kind allows', () => {
    const base = resolveConfig(undefined);
    const entry = (glob: string, channel: string) => ({ glob, channel, match: (p: string) => p.startsWith(glob.replace('/**', '/')) });
    const config = { ...base, channels: [entry('skills/**', 'org-skill'), entry('skills/**', 'skills-api'), entry('skills/**', 'claude-ai-connector')] };
    const r = itemRoutes({ files: STANDALONE_SKILL, file: 'skills/pdf/SKILL.md', config }, 'skill');
    assert.deepEqual(r.routes.filter((x) => x.declared).map((x) => x.channel).sort(), ['org-skill', 'skills-api']);
    assert.deepEqual(r.routes.filter((x) => x.inUse).map((x) => x.channel), ['org-skill'], 'the first matching entry is the one diagnostics use');
  });

  it('routes are listed in-use first, each channel once', () => {
    const r = itemRoutes({ files: STANDALONE_SKILL, file: 'skills/pdf/SKILL.md' }, 'skill');
    const channels = r.routes.map((x) => x.channel);
    assert.deepEqual(channels.slice(0, 2), ['skill-upload', 'claude-code-project']);
    assert.equal(new Set(channels).size, channels.length);
  });

  it('item ids are `kind:file#name`, unique even for two identical hook handlers in one file', () => {
    const twice = JSON.stringify({ hooks: { Stop: [{ hooks: [{ type: 'command', command: 'echo hi' }, { type: 'command', command: 'echo hi' }] }] } });
    const ids = routesAll({ files: { '.claude/settings.json': twice }, file: '.claude/settings.json' }).map((r) => r.id);
    assert.deepEqual(ids, ['hook:.claude/settings.json#Stop · echo hi', 'hook:.claude/settings.json#Stop · echo hi~2']);
  });
});

describe('routes: declared by settings is what channel inference reads', () => {
  // The routes once read only the root managed-settings.json and .claude/settings.json while inference
  // also read settings.local.json and managed-settings.d/: the two must name the same declared route.
  const cases: Array<[string, Record<string, string>, string]> = [
    ['a marketplace registered only in settings.local.json', { '.claude/settings.local.json': JSON.stringify({ extraKnownMarketplaces: { acme: { source: { source: 'github', repo: 'acme/m' } } } }) }, 'repo-declared-plugin'],
    ['a plugin enabled only by a managed-settings.d drop-in', { 'managed-settings.json': '{}', 'managed-settings.d/10-tools.json': JSON.stringify({ enabledPlugins: { 'tools@acme': true }, extraKnownMarketplaces: { acme: { source: { source: 'github', repo: 'acme/m' } } } }) }, 'managed-plugin'],
  ];
  for (const [name, settings, channel] of cases) {
    it(name, () => {
      const kind = name.startsWith('a marketplace') ? 'marketplace' : 'plugin';
      const file = kind === 'marketplace' ? '.claude-plugin/marketplace.json' : 'plugins/tools/.claude-plugin/plugin.json';
      const r = itemRoutes({ files: { ...MARKETPLACE, ...settings }, file }, kind);
      const inUse = r.routes.find((x) => x.inUse);
      assert.equal(inUse?.channel, channel, 'inference');
      assert.ok(r.routes.find((x) => x.channel === channel)?.declared, 'routes mark the same route declared');
    });
  }
});
