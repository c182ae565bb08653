/**
 * What a settings file declares for plugin loading: the plugins `enabledPlugins` switches on or off and
 * the marketplaces `extraKnownMarketplaces` registers. Pure values, so the rules, the reach model (a
 * `repo-declared-plugin` route) and the CLI read one answer.
 */
import type { Workspace } from '../workspace';
import { dirname, join } from '../paths';
import { readJson } from '../index/index';
import { isObject } from '../index/paths';
import { AUTO_REGISTERED_MARKETPLACES, settingsScopeOf, type SettingsScope } from '../knowledge/settings-keys';

export interface DeclaredPlugin {
  /** The `enabledPlugins` key, `plugin@marketplace`. */
  id: string;
  plugin: string;
  marketplace: string;
  enabled: boolean;
  scope: SettingsScope;
  /** The settings file that declares it. */
  file: string;
  /** The marketplace's source when the same settings scope registers it (extraKnownMarketplaces). */
  marketplaceSource?: Record<string, unknown>;
}

/** `plugin@marketplace`, split at the last `@` (plugin names never contain one). */
export function splitPluginId(id: string): { plugin: string; marketplace: string } | undefined {
  const at = id.lastIndexOf('@');
  if (at <= 0 || at === id.length - 1) return undefined;
  return { plugin: id.slice(0, at), marketplace: id.slice(at + 1) };
}

/**
 * Marketplaces a settings value registers: `extraKnownMarketplaces`, and its alias `additionalMarketplaces`
 * (v2.1.232+) for names the canonical key does not set ("the canonical value wins").
 */
export function registeredMarketplaces(settings: unknown): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  if (!isObject(settings)) return out;
  for (const key of ['extraKnownMarketplaces', 'additionalMarketplaces']) {
    const map = settings[key];
    if (!isObject(map)) continue;
    for (const [name, entry] of Object.entries(map)) {
      if (!out.has(name) && isObject(entry)) out.set(name, isObject(entry.source) ? entry.source : {});
    }
  }
  return out;
}

/** The plugins a settings value's `enabledPlugins` names (well-formed ids with boolean values only). */
export function declaredPluginsIn(settings: unknown, file: string, known?: Map<string, Record<string, unknown>>): DeclaredPlugin[] {
  if (!isObject(settings) || !isObject(settings.enabledPlugins)) return [];
  const registered = known ?? registeredMarketplaces(settings);
  const out: DeclaredPlugin[] = [];
  for (const [id, value] of Object.entries(settings.enabledPlugins)) {
    const parts = splitPluginId(id);
    if (!parts || typeof value !== 'boolean') continue;
    const source = registered.get(parts.marketplace);
    out.push({ id, ...parts, enabled: value, scope: settingsScopeOf(file), file, ...(source ? { marketplaceSource: source } : {}) });
  }
  return out;
}

/** The settings files Claude Code reads beside this one at the same level (project + local, managed + drop-ins). */
export function companionSettingsFiles(ws: Workspace, path: string): string[] {
  const dir = dirname(path);
  const scope = settingsScopeOf(path);
  if (scope === 'project' || scope === 'local') return [join(dir, 'settings.json'), join(dir, 'settings.local.json')].filter((p) => p !== path);
  if (scope === 'managed') {
    const base = dir.endsWith('/managed-settings.d') ? dirname(dir) : dir;
    const dropIns = (ws.listDirectory(join(base, 'managed-settings.d')) ?? [])
      .filter((e) => !e.isDirectory && e.name.endsWith('.json')).map((e) => join(base, 'managed-settings.d', e.name));
    return [join(base, 'managed-settings.json'), ...dropIns].filter((p) => p !== path);
  }
  return [];
}

/**
 * Marketplace names a settings file can rely on: its own registrations, those of its companion files,
 * the one Claude Code registers itself, and for user settings the marketplaces recorded in
 * `~/.claude/plugins/known_marketplaces.json` (fetched marketplaces, plugins/loading 2026-10-04) and the
 * claude.ai-hosted ones in `known_marketplaces_claudeai.json`.
 */
export function knownMarketplaceNames(ws: Workspace, path: string, own: unknown): Set<string> {
  const names = new Set<string>(AUTO_REGISTERED_MARKETPLACES);
  for (const n of registeredMarketplaces(own).keys()) names.add(n);
  for (const p of companionSettingsFiles(ws, path)) for (const n of registeredMarketplaces(readJson(ws, p)).keys()) names.add(n);
  if (settingsScopeOf(path) === 'user') {
    for (const f of ['known_marketplaces.json', 'known_marketplaces_claudeai.json']) {
      const recorded = readJson(ws, join(dirname(path), 'plugins', f));
      if (isObject(recorded)) for (const n of Object.keys(recorded)) names.add(n);
    }
  }
  return names;
}

/**
 * The settings files that declare plugins and marketplaces for a workspace: the managed policy
 * (`managed-settings.json` at the root and its `managed-settings.d/*.json` drop-ins) and the repository's
 * (`.claude/settings.json` with `settings.local.json`). Files that do not exist are included (they read as nothing).
 */
export function declaringSettingsFiles(ws: Workspace, root: string = ws.root): { managed: string[]; repo: string[] } {
  const managed = join(root, 'managed-settings.json');
  const project = join(root, '.claude', 'settings.json');
  return { managed: [managed, ...companionSettingsFiles(ws, managed)], repo: [project, ...companionSettingsFiles(ws, project)] };
}

/**
 * The plugins a repository enables for everyone who opens it: `enabledPlugins` in `<root>/.claude/settings.json`
 * (shared) overridden by `settings.local.json` (this machine). For the reach model's `repo-declared-plugin` route.
 */
export function repoDeclaredPlugins(ws: Workspace, root: string = ws.root): DeclaredPlugin[] {
  const project = join(root, '.claude', 'settings.json');
  const local = join(root, '.claude', 'settings.local.json');
  const projectValue = readJson(ws, project);
  const localValue = readJson(ws, local);
  const known = registeredMarketplaces(projectValue);
  for (const [n, s] of registeredMarketplaces(localValue)) if (!known.has(n)) known.set(n, s);
  const byId = new Map<string, DeclaredPlugin>();
  for (const d of declaredPluginsIn(projectValue, project, known)) byId.set(d.id, d);
  for (const d of declaredPluginsIn(localValue, local, known)) byId.set(d.id, d); // local wins over project
  return [...byId.values()];
}
