/**
 * `.plugin-lens.json`: per-rule severities (id or glob), ignore globs, target surfaces, declared
 * distribution (`distribution`, and its predecessor `channels`). Editor settings are merged by the server
 * before this is resolved; the file wins.
 */
import picomatch from 'picomatch';
import type { Severity, SeverityOrOff } from './types';
import { isSurfaceId, type SurfaceId } from './surfaces';

export interface RawConfig {
  rules?: Record<string, unknown>;
  ignore?: unknown;
  targets?: unknown;
  /** glob → channel id or [channel ids]: how the items under the glob are distributed. */
  distribution?: Record<string, unknown>;
  /** The predecessor of `distribution` (glob → one channel id), still read. */
  channels?: Record<string, unknown>;
  anthropicOwned?: unknown;
  platforms?: unknown;
}

export interface ResolvedConfig {
  /** Severity for a rule, after exact-id and glob overrides. */
  severityFor(ruleId: string, fallback: SeverityOrOff): SeverityOrOff;
  /** Options for a rule (`"rules": { "<id>": ["warning", { ...options }] }`), exact id only. */
  optionsFor(ruleId: string): Record<string, unknown>;
  /** True when a workspace-relative path is ignored. */
  isIgnored(relativePath: string): boolean;
  /** Explicit targets, or undefined to use each file's default. */
  targets?: readonly SurfaceId[];
  /**
   * Declared channels: `distribution` entries first (an array value expands into one entry per channel,
   * in order), then the `channels` entries whose glob `distribution` does not name. The first entry that
   * matches a path and carries the item's kind is the channel in use.
   */
  channels: ReadonlyArray<{ glob: string; channel: string; match(relativePath: string): boolean }>;
  /** The workspace is Anthropic's own: reserved-name rules do not apply. */
  anthropicOwned: boolean;
  /** Operating systems the items must run on (`windows`, `macos`, `linux`); empty when not said. */
  platforms: readonly string[];
  /** Problems in the configuration itself (unknown severities, unknown surface ids). */
  problems: string[];
}

const LEVELS: readonly SeverityOrOff[] = ['off', 'hint', 'info', 'warning', 'error'];

export function resolveConfig(raw: RawConfig | undefined, extraTargets?: readonly SurfaceId[]): ResolvedConfig {
  const problems: string[] = [];
  const exact = new Map<string, SeverityOrOff>();
  const globs: Array<{ match: (id: string) => boolean; level: SeverityOrOff; specificity: number }> = [];
  const options = new Map<string, Record<string, unknown>>();
  for (const [key, entry] of Object.entries(raw?.rules ?? {})) {
    // eslint style: a severity, or [severity, options].
    const value = Array.isArray(entry) ? entry[0] : entry;
    if (Array.isArray(entry) && entry[1] && typeof entry[1] === 'object') options.set(key, entry[1] as Record<string, unknown>);
    const level = normalizeLevel(value);
    if (!level) { problems.push(`rules.${key}: "${String(value)}" is not one of ${LEVELS.join(', ')}`); continue; }
    if (/[*?[{]/.test(key)) globs.push({ match: picomatch(key), level, specificity: key.replace(/[*?]/g, '').length });
    else exact.set(key, level);
  }
  globs.sort((a, b) => a.specificity - b.specificity);
  const ignoreGlobs = Array.isArray(raw?.ignore) ? raw.ignore.filter((g): g is string => typeof g === 'string') : [];
  const ignoreMatch = ignoreGlobs.length ? picomatch(ignoreGlobs, { dot: true }) : () => false;
  let targets: SurfaceId[] | undefined;
  if (extraTargets?.length) targets = [...extraTargets];
  else if (Array.isArray(raw?.targets)) {
    targets = [];
    for (const t of raw.targets) {
      if (isSurfaceId(t)) targets.push(t);
      else problems.push(`targets: "${String(t)}" is not a surface id`);
    }
  }
  const channels = declaredChannels(raw);
  return {
    severityFor(ruleId, fallback) {
      const direct = exact.get(ruleId);
      if (direct) return direct;
      let level: SeverityOrOff | undefined;
      for (const g of globs) if (g.match(ruleId)) level = g.level; // most specific glob last
      return level ?? fallback;
    },
    optionsFor: (ruleId) => options.get(ruleId) ?? {},
    isIgnored: (rel) => ignoreMatch(rel),
    targets,
    channels,
    anthropicOwned: raw?.anthropicOwned === true,
    platforms: Array.isArray(raw?.platforms) ? raw.platforms.filter((p): p is string => typeof p === 'string') : [],
    problems,
  };
}

/** `distribution` wins over `channels` for the same glob; other `channels` globs follow its entries. */
function declaredChannels(raw: RawConfig | undefined): ResolvedConfig['channels'] {
  const out: Array<{ glob: string; channel: string; match(relativePath: string): boolean }> = [];
  const distribution = isRecord(raw?.distribution) ? raw.distribution : {};
  const legacy = isRecord(raw?.channels) ? raw.channels : {};
  const add = (glob: string, value: unknown) => {
    const ids = (Array.isArray(value) ? value : [value]).filter((c): c is string => typeof c === 'string');
    if (!ids.length) return;
    const match = picomatch(glob, { dot: true });
    for (const channel of ids) out.push({ glob, channel, match });
  };
  for (const [glob, value] of Object.entries(distribution)) add(glob, value);
  for (const [glob, value] of Object.entries(legacy)) if (!Object.hasOwn(distribution, glob)) add(glob, value);
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function normalizeLevel(value: unknown): SeverityOrOff | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.toLowerCase();
  if (v === 'warn') return 'warning';
  if (v === 'information') return 'info';
  if (v === 'ignore') return 'off';
  return (LEVELS as readonly string[]).includes(v) ? (v as Severity) : undefined;
}

export const DEFAULT_CONFIG: ResolvedConfig = resolveConfig(undefined);
