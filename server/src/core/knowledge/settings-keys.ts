/**
 * Claude Code settings files: which scope each file is, which scopes may set each key (the schema's
 * `x-scope`, generated from the settings reference's index table), marketplaces known without
 * registration, and `env` variables Claude Code ignores. Sources: settings-reference copy 2026-08-22.
 */
import type { Source } from '../types';
import settingsSchema from '../../../../schemas/claude-code-settings.schema.json';

export const SETTINGS_REF: Source = { url: 'https://code.claude.com/docs/en/settings-reference', date: '2026-08-22' };
export const MCP_DOC: Source = { url: 'https://code.claude.com/docs/en/mcp', date: '2026-08-22' };

export type SettingsScope = 'user' | 'project' | 'local' | 'managed';
/** Which files may set a key (settings-reference "Scope" column). */
export type KeyScope = 'any' | 'managed' | 'user-managed' | 'user-local-managed' | 'global-config';

const KEY_SCOPES: Record<string, KeyScope> = Object.fromEntries(
  Object.entries((settingsSchema as { properties: Record<string, { 'x-scope'?: KeyScope }> }).properties)
    .map(([k, v]) => [k, v['x-scope'] ?? 'any']),
);

export function keyScope(key: string): KeyScope | undefined {
  return Object.hasOwn(KEY_SCOPES, key) ? KEY_SCOPES[key] : undefined;
}

/** True when Claude Code reads `key` from a file of `scope`. */
export function keyAllowedIn(key: KeyScope, scope: SettingsScope): boolean {
  switch (key) {
    case 'any': return true;
    case 'managed': return scope === 'managed';
    case 'user-managed': return scope === 'user' || scope === 'managed';
    case 'user-local-managed': return scope !== 'project';
    case 'global-config': return false;
  }
}

/** A home folder's `.claude` (`home/u`, `Users/u`, `root`, under any prefix such as `C:`): the user settings file. */
const HOME_CLAUDE = /(?:^|\/)(?:home\/[^/]+|Users\/[^/]+|root|var\/root)\/\.claude\/settings\.json$/;

/** A managed policy file: `managed-settings.json` or a drop-in in `managed-settings.d/` (any separators). */
export function isManagedSettingsPath(path: string): boolean {
  if (!path.includes('managed-settings')) return false; // asked for every reach item: most paths stop here
  const p = path.replace(/\\/g, '/');
  return /(^|\/)managed-settings\.json$/.test(p) || /\/managed-settings\.d\/[^/]+\.json$/.test(p);
}

/** The scope a settings file is read at, from its path. */
export function settingsScopeOf(path: string): SettingsScope {
  if (isManagedSettingsPath(path)) return 'managed';
  const p = path.replace(/\\/g, '/');
  if (p.endsWith('/.claude/settings.local.json')) return 'local';
  if (HOME_CLAUDE.test(p)) return 'user';
  return 'project';
}

export const SCOPE_FILE: Record<SettingsScope, string> = {
  user: 'user settings (~/.claude/settings.json)',
  project: 'the shared project file (.claude/settings.json)',
  local: 'local settings (.claude/settings.local.json)',
  managed: 'managed settings',
};

/**
 * The only marketplace Claude Code registers by itself ("The official Anthropic marketplace is the only
 * one Claude Code registers automatically", strictKnownMarketplaces § Combine with extraKnownMarketplaces).
 */
export const AUTO_REGISTERED_MARKETPLACES: readonly string[] = ['claude-plugins-official'];

/** Marketplace source types only the policy lists (strict/blocked) accept (formats.md §2.7 [MKR, SET]). */
export const POLICY_ONLY_SOURCES: readonly string[] = ['skills-dir', 'hostPattern', 'pathPattern'];

/** `env` variables project and local settings cannot set (settings-reference § Variables Claude Code ignores in env). */
export const ENV_USER_OR_MANAGED_ONLY: readonly string[] = [
  'CLAUDE_CODE_PROCESS_WRAPPER', 'CLAUDE_CODE_SYNC_SKILLS', 'CLAUDE_CODE_SYNC_PLUGINS', 'CLAUDE_CODE_PLUGIN_CACHE_DIR',
  'CLAUDE_CODE_PLUGIN_SEED_DIR',
];

/** `env` variables ignored from every settings file (hosting identity, self-exported, launch-only). */
export const ENV_IGNORED_EVERYWHERE: Record<string, string> = {
  CLAUDE_CODE_REMOTE: 'owned by the hosting environment',
  CLAUDE_CODE_ACCOUNT_UUID: 'owned by the hosting environment',
  CLAUDE_CODE_MESSAGING_SOCKET: 'exported by Claude Code itself (ignored since v2.1.224)',
  CLAUDE_CODE_MESSAGING_TOKEN: 'exported by Claude Code itself (ignored since v2.1.228)',
  CLAUDE_CODE_PROJECT_DIR_NAME: 'read from the launch environment only (v2.1.234+)',
};

/** The claude.ai connector opt-out documented as a shell variable (mcp § Disable claude.ai connectors). */
export const CLAUDEAI_MCP_ENV = 'ENABLE_CLAUDEAI_MCP_SERVERS';
