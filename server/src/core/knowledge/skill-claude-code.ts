/**
 * The SKILL.md frontmatter dialect of Claude Code: every field it reads, with the value shapes it
 * accepts. Source: https://code.claude.com/docs/en/skills (copy of 2026-08-22), frontmatter reference.
 */
import type { Source } from '../types';

const CC: Source = { url: 'https://code.claude.com/docs/en/skills#frontmatter-reference', date: '2026-08-22' };
const CHANGELOG: Source = {
  url: 'https://github.com/anthropics/claude-code/blob/main/CHANGELOG.md', date: '2026-08-22',
  note: 'v2.1.186 accepts display-name, default-enabled, fallback (semantics undocumented)',
};

export type FieldShape =
  | { type: 'string' }
  | { type: 'boolean'; default: boolean }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'list-or-string' }
  /** A string, or a YAML list Claude Code also accepts (e.g. `argument-hint: [issue]`). */
  | { type: 'string-or-list' }
  | { type: 'map' }
  | { type: 'any' };

export interface SkillField { key: string; shape: FieldShape; sources: readonly Source[]; note?: string }

const f = (key: string, shape: FieldShape, note?: string, sources: readonly Source[] = [CC]): SkillField =>
  ({ key, shape, sources, ...(note ? { note } : {}) });

import { EFFORT_VALUES } from './component-fields';

export { EFFORT_VALUES };

export const CLAUDE_CODE_SKILL_FIELDS: readonly SkillField[] = [
  f('name', { type: 'string' }),
  f('description', { type: 'string' }),
  f('when_to_use', { type: 'string' }),
  f('argument-hint', { type: 'string-or-list' }),
  f('arguments', { type: 'list-or-string' }),
  f('disable-model-invocation', { type: 'boolean', default: false }),
  f('user-invocable', { type: 'boolean', default: true }),
  f('allowed-tools', { type: 'list-or-string' }),
  f('disallowed-tools', { type: 'list-or-string' }),
  f('model', { type: 'string' }),
  f('effort', { type: 'enum', values: EFFORT_VALUES }),
  f('context', { type: 'enum', values: ['fork'] }),
  f('agent', { type: 'string' }, 'only used with context: fork'),
  f('background', { type: 'boolean', default: true }, 'only used with context: fork'),
  f('hooks', { type: 'map' }),
  f('paths', { type: 'list-or-string' }),
  f('shell', { type: 'enum', values: ['bash', 'powershell'] }),
  f('metadata', { type: 'map' }),
  f('license', { type: 'string' }),
  f('compatibility', { type: 'string' }),
  f('display-name', { type: 'any' }, 'recognised, undocumented', [CHANGELOG]),
  f('default-enabled', { type: 'any' }, 'recognised, undocumented', [CHANGELOG]),
  f('fallback', { type: 'any' }, 'recognised, undocumented', [CHANGELOG]),
];

export const CLAUDE_CODE_FIELD_SOURCES: readonly Source[] = [CC, CHANGELOG];

export function claudeCodeField(key: string): SkillField | undefined {
  return CLAUDE_CODE_SKILL_FIELDS.find((x) => x.key === key);
}

/** Since v2.1.218 booleans also accept yes/no/on/off/1/0 in any letter case. */
export const BOOLEAN_WORDS: { true: readonly string[]; false: readonly string[]; sources: readonly Source[] } = {
  true: ['true', 'yes', 'on', '1'],
  false: ['false', 'no', 'off', '0'],
  sources: [CC],
};

/** `description` + `when_to_use` are cut at this many characters in the skill listing. */
export const LISTING_MAX_CHARS = { value: 1536, sources: [CC, { url: 'https://code.claude.com/docs/en/skills#skill-descriptions-are-cut-short', date: '2026-08-22' }] as readonly Source[] };

/** Malformed frontmatter: the body loads with empty metadata (docs, Troubleshooting; CHANGELOG v2.1.186). */
export const MALFORMED_YAML_EFFECT = {
  claudeCode: 'Claude Code loads the body with empty metadata, so /name still works but Claude has no description to match and never invokes the skill on its own',
  upload: 'the claude.ai / Desktop / Cowork upload and the Skills API refuse the file',
  sources: [{ url: 'https://code.claude.com/docs/en/skills#skill-not-triggering', date: '2026-08-22' }, CHANGELOG] as readonly Source[],
};
