/**
 * Manifest component keys: their default location, how the key combines with it, and which path
 * form it takes. Source: manifest-reference "Path rules" and "Standard layout".
 */
import type { Source } from '../types';

export const PATH_RULES_SOURCE: Source = { url: 'https://code.claude.com/docs/en/plugins/manifest-reference', date: '2026-10-04' };

export type Combination = 'replaces' | 'adds' | 'merges';

export interface ComponentKey {
  /** JSON pointer-ish key path in plugin.json. */
  key: string;
  /** Name used in the runtime's "<component> path not found" messages. */
  component: string;
  /** Default folder or file relative to the plugin root. */
  defaultPath: string;
  defaultIsFolder: boolean;
  combination: Combination;
  /** What an entry must be: directory, `.md` file, either. */
  entry: 'directory' | 'md-file' | 'json-file' | 'any';
  /** The official validator checks existence (paths of the others are checked from v2.1.283 only). */
  validateChecks: boolean;
}

export const COMPONENT_KEYS: readonly ComponentKey[] = [
  { key: 'skills', component: 'skills', defaultPath: 'skills', defaultIsFolder: true, combination: 'adds', entry: 'directory', validateChecks: true },
  { key: 'commands', component: 'commands', defaultPath: 'commands', defaultIsFolder: true, combination: 'replaces', entry: 'any', validateChecks: true },
  { key: 'agents', component: 'agents', defaultPath: 'agents', defaultIsFolder: true, combination: 'replaces', entry: 'md-file', validateChecks: true },
  { key: 'outputStyles', component: 'outputStyles', defaultPath: 'output-styles', defaultIsFolder: true, combination: 'replaces', entry: 'any', validateChecks: false },
  { key: 'workflows', component: 'workflows', defaultPath: 'workflows', defaultIsFolder: true, combination: 'replaces', entry: 'any', validateChecks: true },
  { key: 'experimental.themes', component: 'themes', defaultPath: 'themes', defaultIsFolder: true, combination: 'replaces', entry: 'any', validateChecks: false },
  { key: 'experimental.monitors', component: 'monitors', defaultPath: 'monitors/monitors.json', defaultIsFolder: false, combination: 'replaces', entry: 'json-file', validateChecks: false },
  { key: 'hooks', component: 'hooks', defaultPath: 'hooks/hooks.json', defaultIsFolder: false, combination: 'merges', entry: 'json-file', validateChecks: true },
  { key: 'mcpServers', component: 'mcpServers', defaultPath: '.mcp.json', defaultIsFolder: false, combination: 'merges', entry: 'json-file', validateChecks: true },
  { key: 'lspServers', component: 'lspServers', defaultPath: '.lsp.json', defaultIsFolder: false, combination: 'merges', entry: 'json-file', validateChecks: false },
];

/** Top-level `themes`/`monitors` still load (with a validate warning) in place of the experimental keys. */
export const LEGACY_TOP_LEVEL: Record<string, string> = { themes: 'experimental.themes', monitors: 'experimental.monitors' };

/** Other standard-layout items (no manifest key). */
export const STANDARD_LAYOUT = {
  source: PATH_RULES_SOURCE,
  bin: 'bin',
  settings: 'settings.json',
  claudeMd: 'CLAUDE.md',
  rootSkill: 'SKILL.md',
} as const;

/** `bin/` at the plugin root: claude.ai and Cowork refuse to install the plugin. */
export const BIN_REFUSED_SURFACES = ['claude-ai-web', 'cowork'] as const;

/** Marketplace entry fields that count as component fields for `strict` (conflicting manifests). */
export const ENTRY_COMPONENT_FIELDS = ['commands', 'agents', 'skills', 'hooks', 'outputStyles', 'themes'] as const;
/** Entry fields ignored when the plugin has its own plugin.json. */
export const ENTRY_FIELDS_IGNORED_WITH_MANIFEST = ['mcpServers', 'lspServers', 'userConfig', 'channels'] as const;
export const ENTRY_RULES_SOURCE: Source = { url: 'https://code.claude.com/docs/en/plugins/marketplace-reference', date: '2026-10-10' };
