/**
 * The load effect of a finding: which loader does what to the item the finding sits on. Rules that
 * state a load effect put it in `data.effect` (see `effect()`), so diagnostics and reach read one fact.
 */
import type { Finding } from '../types';

/** What a loader does with an item: loads it, loads it losing something, silently skips it, or errors. */
export type LoadOutcome = 'loaded' | 'degraded' | 'dropped' | 'refused';

/**
 * The loaders Plugin Lens simulates. `claude-code` is Claude Code's plugin / skill / agent / command /
 * hook / MCP / LSP loading (CLI, Desktop Code tab, IDEs, cloud, Agent SDK); `upload` is the claude.ai /
 * Desktop / Cowork upload validator; `skills-api` the Skills API; `desktop-config` Claude Desktop's
 * claude_desktop_config.json reader; `mcpb` its desktop-extension installer.
 */
export type LoaderId = 'claude-code' | 'upload' | 'skills-api' | 'desktop-config' | 'mcpb';

export interface LoadEffect {
  outcome: Exclude<LoadOutcome, 'loaded'>;
  loaders: LoaderId[];
  /** For `degraded`: what is lost ("fires on every event", "loads without metadata"). */
  loss?: string;
  /** Loaders the same finding says accept the item (e.g. "Claude Code accepts it"). */
  accepts?: LoaderId[];
  /**
   * A file-wide effect: it is on every item of this kind declared in the finding's file, wherever the
   * finding sits (a settings key such as `disableAllHooks` that turns off every hook of the file).
   */
  everyItemOfKind?: 'hook';
}

export const LOADER_NAME: Record<LoaderId, string> = {
  'claude-code': 'Claude Code',
  upload: 'the claude.ai / Desktop / Cowork upload',
  'skills-api': 'the Skills API',
  'desktop-config': 'Claude Desktop (claude_desktop_config.json)',
  mcpb: 'Claude Desktop\'s extension installer',
};

/** The upload contract: the upload validator and the Skills API enforce the same frontmatter rules. */
export const UPLOAD_LOADERS: LoaderId[] = ['upload', 'skills-api'];

/** `data.effect` for a finding: `effect('dropped', ['claude-code'])`. */
export function effect(outcome: LoadEffect['outcome'], loaders: LoaderId[], extra: Omit<LoadEffect, 'outcome' | 'loaders'> = {}): LoadEffect {
  return { outcome, loaders, ...extra };
}

export function effectOf(f: Pick<Finding, 'data'>): LoadEffect | undefined {
  const e = f.data?.effect as LoadEffect | undefined;
  return e && typeof e === 'object' && Array.isArray(e.loaders) ? e : undefined;
}

export const OUTCOME_RANK: Record<LoadOutcome, number> = { loaded: 0, degraded: 1, dropped: 2, refused: 3 };
