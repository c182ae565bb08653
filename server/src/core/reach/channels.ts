/**
 * The distribution channel of an item, inferred from where its file lives (docs/reach-channels.md,
 * "Detection order") and overridable with `.plugin-lens.json` / editor `channels` globs.
 */
import type { Workspace } from '../workspace';
import type { ResolvedConfig } from '../config';
import { basename, dirname, join, relative } from '../paths';
import { getWorkspaceIndex, type PluginInfo } from '../index/index';
import { declaredSettings } from '../settings/declared-snapshot';
import { SnapshotMemo } from '../index/index-memo';
import { isManagedSettingsPath } from '../knowledge/settings-keys';
import { findPluginRoot } from '../targets';
import { channelAllows, type ReachItemKind } from './knowledge';
import type { ReachItem } from './items';

export interface ChannelOptions {
  /** The user's home directory (POSIX), to tell `~/.claude` from a project `.claude`. */
  home?: string;
}

export interface ChannelResult {
  /** Undefined when no Claude product reads the item from this location. */
  channel?: string;
  /** How it was decided: `override:<glob>` or `location`. */
  via: string;
  /** The plugin the item belongs to, when inside one. */
  plugin?: PluginInfo;
  /** An override named a channel that does not carry this kind (ignored). */
  problem?: string;
}

const MANAGED_DIRS = [/^\/Library\/Application Support\/ClaudeCode\//, /^\/etc\/claude-code\//, /^[A-Za-z]:\/Program Files\/ClaudeCode\//i];

export function inferChannel(item: ReachItem, ws: Workspace, config: ResolvedConfig, opts: ChannelOptions = {}): ChannelResult {
  const plugin = pluginOf(item, ws);
  if (!config.channels.length) return byLocation(item, ws, plugin, opts);
  const rel = relative(ws.root, item.file);
  for (const o of config.channels) {
    if (!o.match(rel)) continue;
    if (channelAllows(o.channel, item.kind)) return { channel: o.channel, via: `override:${o.glob}`, plugin };
    return { ...byLocation(item, ws, plugin, opts), problem: `channels: "${o.glob}" → "${o.channel}" does not carry ${item.kind} items; ignored` };
  }
  return byLocation(item, ws, plugin, opts);
}

function byLocation(item: ReachItem, ws: Workspace, plugin: PluginInfo | undefined, opts: ChannelOptions): ChannelResult {
  const file = item.file;
  const name = basename(file);
  const kind = item.kind;
  const ok = (channel: string | undefined): ChannelResult =>
    ({ channel: channel && channelAllows(channel, kind) ? channel : undefined, via: 'location', plugin });
  if (name === 'managed-mcp.json' || isManagedSettingsPath(file) || MANAGED_DIRS.some((re) => re.test(file))) return ok('managed');
  if (name === 'claude_desktop_config.json') return ok('desktop-config');
  if (kind === 'marketplace') return ok(declaredChannel(ws, 'marketplace', item.name) ?? 'plugin');
  if (item.origin === 'marketplace-entry' && !plugin) return ok('plugin'); // inline server of a remote-source entry
  if (plugin) {
    if (isSkillsDirPlugin(plugin.root)) return ok('skills-dir-plugin');
    return ok(declaredChannel(ws, 'plugin', plugin.name) ?? 'plugin');
  }
  if (item.origin === 'frontmatter' && kind === 'hook') return ok('frontmatter');
  if (item.value?.bundle === true) return ok('mcpb-bundle');
  const claudeDir = claudeFolderOf(file);
  if (claudeDir !== undefined) {
    const personal = opts.home ? claudeDir === join(opts.home, '.claude') : false;
    return ok(personal ? 'claude-code-personal' : 'claude-code-project');
  }
  if (name === '.mcp.json') return ok('project-mcp');
  if (kind === 'skill') return ok('skill-upload');
  return { channel: undefined, via: 'location', plugin };
}

/** The `.claude` folder an item lives under (its path up to and including `.claude`), if any. */
function claudeFolderOf(file: string): string | undefined {
  const i = file.lastIndexOf('/.claude/');
  return i < 0 ? undefined : file.slice(0, i + '/.claude'.length);
}

/** A plugin saved as `<…>/.claude/skills/<name>/` loads as `<name>@skills-dir`. */
function isSkillsDirPlugin(root: string): boolean {
  const parent = dirname(root);
  return basename(parent) === 'skills' && basename(dirname(parent)) === '.claude';
}

/** The plugin whose folder holds the item (deepest), from the workspace index or a manifest walk-up. */
export function pluginOf(item: ReachItem, ws: Workspace): PluginInfo | undefined {
  const idx = getWorkspaceIndex(ws);
  if (item.pluginRoot) return idx.pluginAt(item.pluginRoot);
  if (item.kind === 'marketplace') return undefined;
  return PLUGIN_OF_FILE.get(ws, item.file, () => {
    const found = idx.pluginContaining(item.file);
    if (found) return found;
    const root = findPluginRoot(item.file, ws);
    return root ? idx.pluginAt(root) : undefined;
  });
}

/** The plugin holding a file, per workspace snapshot (a file's items share it; plugins change only with the index). */
const PLUGIN_OF_FILE = new SnapshotMemo<PluginInfo | undefined>();

/**
 * `managed-plugin` / `repo-declared-plugin` when the workspace's settings name the plugin or the
 * marketplace: read through the settings module (settings/declared.ts), the same answer the settings
 * rules give. Managed: `managed-settings.json` at the workspace root and its `managed-settings.d/*.json`
 * drop-ins; repository: `.claude/settings.json` with `settings.local.json` (repoDeclaredPlugins).
 */
function declaredChannel(ws: Workspace, kind: ReachItemKind, name: string): string | undefined {
  return settingsDeclaredChannels(ws, kind, name)[0];
}

/**
 * Every settings route that declares a plugin (by name) or a marketplace, managed first (it wins when
 * both do): what channel inference uses and what the routes mark as declared.
 */
export function settingsDeclaredChannels(ws: Workspace, kind: ReachItemKind, name: string): string[] {
  const declared = declaredSettings(ws);
  const out: string[] = [];
  if (kind === 'plugin') {
    // An enabledPlugins entry set to false is declared too: it keeps the plugin off, so it is no route.
    if (declared.managedEnabled.has(name)) out.push('managed-plugin');
    if (declared.repoEnabled.has(name)) out.push('repo-declared-plugin');
  } else if (kind === 'marketplace') {
    if (declared.managedMarketplaces.has(name)) out.push('managed-plugin');
    if (declared.repoMarketplaces.has(name)) out.push('repo-declared-plugin');
  }
  return out;
}


