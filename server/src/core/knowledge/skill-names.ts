/**
 * Names Claude Code reserves or resolves specially for skills: bundled skills, built-in commands and
 * the reserved `synced` folder. Lists are not exhaustive; each name is documented at its source.
 */
import type { Source } from '../types';

const SKILLS: Source = { url: 'https://code.claude.com/docs/en/skills#bundled-skills', date: '2026-08-22' };
const SDK: Source = { url: 'https://code.claude.com/docs/en/agent-sdk/skills', date: '2026-08-22' };
const CC_ISSUE: Source = { url: 'https://github.com/anthropics/claude-code/issues/36010', date: '2026-03-19', note: 'a skill named batch was silently blocked before overrides were documented' };

/** Bundled (prompt-based) skills that ship with Claude Code. A local skill of the same name overrides them. */
export const BUNDLED_SKILLS: { names: readonly string[]; sources: readonly Source[] } = {
  names: ['batch', 'claude-api', 'code-review', 'debug', 'doctor', 'loop', 'run', 'run-skill-generator', 'verify'],
  sources: [SKILLS, SDK, CC_ISSUE],
};

/** Built-in commands named in the Claude Code docs (fixed logic, not skills). */
export const BUILTIN_COMMANDS: { names: readonly string[]; sources: readonly Source[] } = {
  names: [
    'add-dir', 'agents', 'clear', 'compact', 'config', 'context', 'effort', 'feedback', 'help', 'hooks', 'init',
    'login', 'logout', 'mcp', 'memory', 'model', 'output-style', 'permissions', 'plugin', 'reload-plugins',
    'resume', 'rewind', 'skills', 'status', 'terminal-setup', 'theme', 'usage',
  ],
  sources: [
    { url: 'https://code.claude.com/docs/en/skills#how-a-skill-gets-its-command-name', date: '2026-08-22' },
    { url: 'https://code.claude.com/docs/en/skills#when-a-synced-skill-name-matches-another-command', date: '2026-08-22' },
    SDK,
  ],
};

/** `synced` (any case) is reserved in the enterprise, personal and project skills folders. */
export const RESERVED_SKILL_FOLDERS: { names: readonly string[]; sources: readonly Source[] } = {
  names: ['synced'],
  sources: [{ url: 'https://code.claude.com/docs/en/skills#where-skills-live', date: '2026-08-22' }],
};
