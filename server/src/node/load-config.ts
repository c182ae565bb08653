/** Finds and reads `.plugin-lens.json` (explicit path, or upward from the start folder). */
import * as path from 'path';
import { parse as parseJsonc } from 'jsonc-parser';
import { resolveConfig, type RawConfig, type ResolvedConfig } from '../core/config';
import type { SurfaceId } from '../core/surfaces';
import { readText } from './node-workspace';
import { configFileFor } from './config-file';

export { CONFIG_FILE, findConfigFile } from './config-file';

export interface LoadedConfig { root: string; file?: string; config: ResolvedConfig; raw?: RawConfig }

/**
 * Loads the configuration; `explicit` must exist. Without it, `.plugin-lens.json` is looked for upward
 * from `searchFrom` (the folder being checked), then from `cwd`. The workspace root is the config's
 * folder, else `cwd`.
 */
export function loadConfig(cwd: string, explicit?: string, targets?: SurfaceId[], extra?: RawConfig, searchFrom?: string): LoadedConfig {
  const file = configFileFor(cwd, explicit, searchFrom);
  let raw: RawConfig | undefined;
  if (file) {
    const text = readText(file);
    if (text === undefined) throw new Error(`cannot read config file ${file}`);
    const value = parseJsonc(text) as unknown;
    raw = value && typeof value === 'object' && !Array.isArray(value) ? (value as RawConfig) : undefined;
  }
  const merged = mergeRaw(extra, raw);
  return { root: file ? path.dirname(file) : path.resolve(cwd), file, config: resolveConfig(merged, targets), raw: merged };
}

/** Editor settings first, then the file: `.plugin-lens.json` wins where both set a value. */
export function mergeRaw(base: RawConfig | undefined, over: RawConfig | undefined): RawConfig | undefined {
  if (!base) return over;
  if (!over) return base;
  return {
    rules: { ...(base.rules ?? {}), ...(over.rules ?? {}) },
    ignore: [...(Array.isArray(base.ignore) ? base.ignore : []), ...(Array.isArray(over.ignore) ? over.ignore : [])],
    targets: over.targets ?? base.targets,
    distribution: { ...(base.distribution ?? {}), ...(over.distribution ?? {}) },
    channels: { ...(base.channels ?? {}), ...(over.channels ?? {}) },
    anthropicOwned: over.anthropicOwned ?? base.anthropicOwned,
    platforms: over.platforms ?? base.platforms,
  };
}
