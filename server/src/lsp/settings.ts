/**
 * Settings flow: per-resource `workspace/configuration` (section `pluginLens`), normalized, cached per
 * URI and cleared on didChangeConfiguration; merged with `.plugin-lens.json` (the file wins) and resolved.
 */
import type { Connection } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, SETTINGS_SECTION, type PluginLensSettings } from '../protocol';
import type { RawConfig } from '../core/config';

export function normalizeSettings(raw: unknown): PluginLensSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const strMap = (v: unknown): Record<string, string> => {
    const out: Record<string, string> = {};
    if (v && typeof v === 'object' && !Array.isArray(v)) for (const [k, x] of Object.entries(v)) if (typeof x === 'string') out[k] = x;
    return out;
  };
  const trace = (r.trace as Record<string, unknown> | undefined)?.server;
  return {
    enable: typeof r.enable === 'boolean' ? r.enable : DEFAULT_SETTINGS.enable,
    targets: Array.isArray(r.targets) ? r.targets.filter((t): t is string => typeof t === 'string') : [],
    rules: strMap(r.rules),
    channels: strMap(r.channels),
    trace: { server: trace === 'messages' || trace === 'verbose' ? trace : 'off' },
  };
}

/** Editor settings as a raw config layer (under `.plugin-lens.json`). */
export function settingsToRaw(s: PluginLensSettings): RawConfig {
  return {
    rules: s.rules,
    ...(s.targets.length ? { targets: s.targets } : {}),
    channels: s.channels,
  };
}

export class SettingsCache {
  private readonly cache = new Map<string, Promise<PluginLensSettings>>();
  constructor(
    private readonly connection: Connection,
    private readonly supportsConfiguration: () => boolean,
    private readonly fallback: () => PluginLensSettings,
  ) {}

  get(scopeUri: string): Promise<PluginLensSettings> {
    if (!this.supportsConfiguration()) return Promise.resolve(this.fallback());
    let p = this.cache.get(scopeUri);
    if (!p) {
      p = this.connection.workspace.getConfiguration({ scopeUri, section: SETTINGS_SECTION })
        .then(normalizeSettings, () => this.fallback());
      this.cache.set(scopeUri, p);
    }
    return p;
  }

  clear(): void { this.cache.clear(); }
}
