/**
 * Plugin name rules as Claude Code 2.1.332 enforces them. Data first, with a source per fact; the
 * classifier below only applies the data.
 */
import type { Source } from '../types';

const MR: Source = { url: 'https://code.claude.com/docs/en/plugins/manifest-reference', date: '2026-10-04' };
const MKR: Source = { url: 'https://code.claude.com/docs/en/plugins/marketplace-reference', date: '2026-10-10' };
const TS: Source = { url: 'https://code.claude.com/docs/en/plugins/troubleshooting', date: '2026-10-10' };

/** Reserved plugin names (validate error; `plugin init`/`plugin tag` refuse; Claude Code still loads). */
export const RESERVED_PLUGIN_NAMES = {
  source: MR,
  since: '2.1.332 (observed, oracles.md §3.3)',
  /** Prefixes checked case-insensitively after collapsing separator runs to one "-". */
  prefixes: ['claude-', 'anthropic-', 'anthropics-', 'cc-plugin-'],
  exact: ['claude', 'anthropic', 'anthropics', 'claude-code', 'claude-mods'],
  /** `official` beside one of these words is an error. */
  officialBeside: ['claude', 'anthropic'],
  /** A whole word anywhere else is a warning ("reads as one of Anthropic's own"). */
  wholeWords: ['claude', 'anthropic', 'anthropics'],
} as const;

/** Each part of a plugin id (plugin@marketplace): ASCII letters, digits, `.`, `_`, `-`, alphanumeric first. */
export const PLUGIN_ID_PART = { pattern: /^[A-Za-z0-9][A-Za-z0-9._-]*$/, source: MKR, since: '2.1.332' } as const;

/** Claude Desktop: the plugin-id charset and at most 128 characters. */
export const DESKTOP_NAME = { pattern: /^[A-Za-z0-9][A-Za-z0-9._-]*$/, maxLength: 128, source: MKR } as const;

/** kebab-case recommended: the claude.ai marketplace sync rejects other names. */
export const KEBAB_CASE = { pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/, source: TS } as const;

/** Characters the manifest schema already rejects in `name` (spaces, @, :, path separators, control, bidi). */
// eslint-disable-next-line no-control-regex
export const SCHEMA_REJECTED_NAME_CHARS = /[\s@:/\\\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

export type ReservedVerdict = { level: 'error' | 'warning'; reason: string } | undefined;

/** How 2.1.332 classifies a plugin name against Anthropic's own names. */
export function classifyReservedPluginName(name: string): ReservedVerdict {
  const norm = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const words = norm.split('-').filter(Boolean);
  const R = RESERVED_PLUGIN_NAMES;
  const joined = words.join('-');
  if ((R.exact as readonly string[]).includes(joined)) return { level: 'error', reason: `is "${joined}"` };
  const prefix = R.prefixes.find((p) => norm.startsWith(p));
  if (prefix) return { level: 'error', reason: `starts with "${prefix}"` };
  for (let i = 0; i < words.length; i++) {
    if (words[i] !== 'official') continue;
    const near = [words[i - 1], words[i + 1]].find((w) => w && (R.officialBeside as readonly string[]).includes(w));
    if (near) return { level: 'error', reason: `puts "official" beside "${near}"` };
  }
  const word = words.find((w) => (R.wholeWords as readonly string[]).includes(w));
  if (word) return { level: 'warning', reason: `has "${word}" as a whole word` };
  return undefined;
}

/** A kebab-case suggestion: lower case, runs of other characters become one "-". */
export function toKebabCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
