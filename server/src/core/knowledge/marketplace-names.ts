/** Reserved and refused marketplace names (marketplace-reference "Reserved names", copy 2026-10-10). */
import type { Source } from '../types';

export const MKR: Source = { url: 'https://code.claude.com/docs/en/plugins/marketplace-reference', date: '2026-10-10' };

/** Reserved unless the marketplace comes from a github/git source under github.com/anthropics/. */
export const OFFICIAL_MARKETPLACE_NAMES: readonly string[] = [
  'claude-code-marketplace', 'claude-code-plugins', 'claude-plugins-official', 'anthropic-marketplace',
  'anthropic-plugins', 'agent-skills', 'anthropic-agent-skills', 'life-sciences', 'knowledge-work-plugins',
  'claude-for-legal', 'claude-for-financial-services', 'financial-services-plugins', 'first-party-plugins',
  'claude-tag-plugins',
  // community and plugin-directory names, reserved under the same rule
  'claude-community', 'claude-plugins-community', 'healthcare',
  'anthropic-plugin-directory', 'claude-plugin-directory',
];

/** Names Claude Code uses itself, with the reason validate gives. */
export const INTERNAL_MARKETPLACE_NAMES: Record<string, string> = {
  inline: 'reserved for --plugin-dir session plugins',
  builtin: 'reserved for built-in plugins',
  'skills-dir': 'reserved for plugins auto-loaded from .claude/skills/',
  synced: 'reserved for plugins synced from claude.ai',
  'claude-plugin-test': 'reserved by Claude Code',
};

/** Reserved in any casing (v2.1.275+). */
export const PACKAGE_MANAGER_NAMES: readonly string[] = ['npm', 'pip', 'uv', 'cargo', 'github', 'gh'];

/** `marketplace add` refuses other marketplaces using this prefix. */
export const CLAUDEAI_PREFIX = 'claudeai-';

/** Claude Desktop rejects these in any casing (validate warning). */
export const DESKTOP_RESERVED_MARKETPLACE_NAMES: readonly string[] = ['org', 'org-provisioned', 'unknown'];

export type MarketplaceNameVerdict =
  | { kind: 'official' | 'impersonation' | 'spelling' | 'internal' | 'package-manager' | 'claudeai'; message: string }
  | undefined;

/** Classify a marketplace name. `official` names are fine for Anthropic's own repositories only. */
export function classifyMarketplaceName(name: string): MarketplaceNameVerdict {
  const lower = name.toLowerCase();
  if (OFFICIAL_MARKETPLACE_NAMES.includes(name)) {
    return { kind: 'official', message: `Marketplace name "${name}" is reserved for Anthropic's official marketplaces (only a github/git source under github.com/anthropics/ may use it); users cannot add this marketplace` };
  }
  if (Object.hasOwn(INTERNAL_MARKETPLACE_NAMES, name)) {
    return { kind: 'internal', message: `Marketplace name "${name}" is ${INTERNAL_MARKETPLACE_NAMES[name]}; claude plugin validate fails and users cannot add it` };
  }
  if (PACKAGE_MANAGER_NAMES.includes(lower)) {
    return { kind: 'package-manager', message: `Marketplace name "${name}" is reserved (package-manager names, any casing, Claude Code 2.1.275+); users cannot add this marketplace` };
  }
  if (lower.startsWith(CLAUDEAI_PREFIX)) {
    return { kind: 'claudeai', message: `Marketplace names starting with "claudeai-" are reserved for marketplaces hosted on claude.ai; claude plugin marketplace add refuses "${name}"` };
  }
  const spelled = respell(name);
  const official = OFFICIAL_MARKETPLACE_NAMES.find((n) => n === spelled);
  if (official && official !== name) {
    return { kind: 'spelling', message: `Marketplace name "${name}" is another spelling of "${official}", a reserved marketplace name: claude plugin validate passes it, but adding the marketplace fails and a registered one stops loading (Claude Code 2.1.280+)` };
  }
  if (impersonates(lower)) {
    return { kind: 'impersonation', message: `Marketplace name "${name}" impersonates an official Anthropic/Claude marketplace: claude plugin validate fails, and a registered marketplace with this name stops loading with its plugins` };
  }
  return undefined;
}

/** A trailing dot dropped and non-underscore symbols read as "-" (the runtime's alternate-spelling check). */
function respell(name: string): string {
  return name.toLowerCase().replace(/\.+$/, '').replace(/[^a-z0-9_]+/g, '-');
}

/**
 * Impersonation as far as the docs show it: `official` beside claude/anthropic (official-claude-plugins),
 * or an official name with a version/suffix appended or prepended (claude-plugins-v2). The runtime's full
 * list is not published, so this stays conservative.
 */
function impersonates(lower: string): boolean {
  const words = lower.split(/[^a-z0-9]+/).filter(Boolean);
  const brand = words.some((w) => w === 'claude' || w === 'anthropic' || w === 'anthropics');
  if (brand && words.includes('official')) return true;
  const norm = words.join('-');
  return OFFICIAL_MARKETPLACE_NAMES.some((n) => n !== norm && /^(claude|anthropic)/.test(n)
    && (norm.startsWith(n + '-') || norm.endsWith('-' + n) || norm.replace(/-v?\d+$/, '') === n));
}
