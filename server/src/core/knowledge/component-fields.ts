/**
 * Frontmatter fields of agents/*.md, commands/*.md and output-styles/*.md with their value sets, and the
 * tool names hooks and agents refer to. Data only; each table names its page and copy date.
 */
import type { Source } from '../types';

export const SUB_AGENTS: Source = { url: 'https://code.claude.com/docs/en/sub-agents', date: '2026-08-22' };
export const SKILLS_DOC: Source = { url: 'https://code.claude.com/docs/en/skills', date: '2026-08-22' };
export const OUTPUT_STYLES: Source = { url: 'https://code.claude.com/docs/en/output-styles', date: '2026-08-22' };
export const CLAUDE_DIRECTORY: Source = { url: 'https://code.claude.com/docs/en/claude-directory', date: '2026-10-04' };
export const COMPONENTS: Source = { url: 'https://code.claude.com/docs/en/plugins/components', date: '2026-10-08' };
export const TROUBLESHOOTING: Source = { url: 'https://code.claude.com/docs/en/plugins/troubleshooting', date: '2026-10-10' };

export type FieldType = 'string' | 'boolean' | 'number' | 'list' | 'string-or-list' | 'object' | 'any';

export interface FieldSpec {
  type: FieldType;
  /** Closed value set, when documented. */
  values?: readonly string[];
  /** Accepts values not in `values` that match (e.g. full model IDs). */
  alsoMatches?: RegExp;
  sources: readonly Source[];
}

export const MODEL_ALIASES = ['sonnet', 'opus', 'haiku', 'fable', 'inherit'] as const;
/** Full model IDs (claude-…, provider-prefixed IDs) and the `[1m]` context suffix are accepted as IDs. */
export const MODEL_ID = /claude|^(sonnet|opus|haiku|fable)\[1m\]$|^opusplan$/i;
export const EFFORT_VALUES = ['low', 'medium', 'high', 'xhigh', 'max'] as const;
export const AGENT_COLORS = ['red', 'blue', 'green', 'yellow', 'purple', 'orange', 'pink', 'cyan'] as const;
export const PERMISSION_MODES = ['default', 'acceptEdits', 'auto', 'dontAsk', 'bypassPermissions', 'plan', 'manual'] as const;
export const MEMORY_SCOPES = ['user', 'project', 'local'] as const;

const A = [SUB_AGENTS, CLAUDE_DIRECTORY] as const;

/** agents/*.md [SUB_AGENTS "Supported frontmatter fields", CLAUDE_DIRECTORY]. Booleans accept yes/no/on/off/1/0 (v2.1.218+). */
export const AGENT_FIELDS: Record<string, FieldSpec> = {
  name: { type: 'string', sources: A },
  description: { type: 'string', sources: A },
  tools: { type: 'string-or-list', sources: A },
  disallowedTools: { type: 'string-or-list', sources: A },
  model: { type: 'string', values: MODEL_ALIASES, alsoMatches: MODEL_ID, sources: A },
  permissionMode: { type: 'string', values: PERMISSION_MODES, sources: A },
  maxTurns: { type: 'number', sources: A },
  skills: { type: 'string-or-list', sources: A },
  mcpServers: { type: 'any', sources: A },
  hooks: { type: 'object', sources: A },
  memory: { type: 'string', values: MEMORY_SCOPES, sources: A },
  background: { type: 'boolean', sources: A },
  effort: { type: 'string', values: EFFORT_VALUES, sources: A },
  isolation: { type: 'string', values: ['worktree'], sources: A },
  color: { type: 'string', values: AGENT_COLORS, sources: A },
  initialPrompt: { type: 'string', sources: A },
  omitClaudeMd: { type: 'boolean', sources: [CLAUDE_DIRECTORY, COMPONENTS] },
  experimental: { type: 'object', sources: [CLAUDE_DIRECTORY, COMPONENTS] },
};

/** Fields a plugin agent ignores, "for security reasons" [SUB_AGENTS, COMPONENTS]. */
export const PLUGIN_AGENT_IGNORED = ['permissionMode', 'hooks', 'mcpServers', 'initialPrompt'] as const;

const C = [SKILLS_DOC, CLAUDE_DIRECTORY] as const;

/** commands/*.md: the skill fields except `name` and `paths` [CLAUDE_DIRECTORY]. */
export const COMMAND_FIELDS: Record<string, FieldSpec> = {
  description: { type: 'string', sources: C },
  when_to_use: { type: 'string', sources: C },
  // A YAML list here is accepted by Claude Code (EXPECTATIONS §6); command/argument-hint-list hints at it.
  'argument-hint': { type: 'any', sources: C },
  arguments: { type: 'string-or-list', sources: C },
  'disable-model-invocation': { type: 'boolean', sources: C },
  'user-invocable': { type: 'boolean', sources: C },
  'allowed-tools': { type: 'string-or-list', sources: C },
  'disallowed-tools': { type: 'string-or-list', sources: C },
  model: { type: 'string', values: MODEL_ALIASES, alsoMatches: MODEL_ID, sources: C },
  effort: { type: 'string', values: EFFORT_VALUES, sources: C },
  context: { type: 'string', values: ['fork'], sources: C },
  agent: { type: 'string', sources: C },
  background: { type: 'boolean', sources: C },
  hooks: { type: 'object', sources: C },
  shell: { type: 'string', values: ['bash', 'powershell'], sources: C },
  metadata: { type: 'object', sources: C },
  license: { type: 'string', sources: C },
  compatibility: { type: 'string', sources: C },
};

/** Skill fields that commands do not take [CLAUDE_DIRECTORY; formats.md §10.9: older guides show `name`]. */
export const COMMAND_IGNORED_FIELDS = ['name', 'paths'] as const;

/** output-styles/*.md [OUTPUT_STYLES]. */
export const OUTPUT_STYLE_FIELDS: Record<string, FieldSpec> = {
  name: { type: 'string', sources: [OUTPUT_STYLES] },
  description: { type: 'string', sources: [OUTPUT_STYLES] },
  'keep-coding-instructions': { type: 'boolean', sources: [OUTPUT_STYLES] },
  'force-for-plugin': { type: 'boolean', sources: [OUTPUT_STYLES] },
};

/** YAML/loader booleans accepted since v2.1.218 [SKILLS_DOC]. */
export const BOOLEAN_WORDS = /^(true|false|yes|no|on|off|1|0)$/i;

/**
 * Built-in tool names (case-sensitive). From the hooks reference PreToolUse section, the sub-agents page and
 * tool names seen in working corpus agents (oracles.md §4). Used to spot a case slip such as `bash` for
 * `Bash`, and for `tools` / `allowed-tools` completion.
 */
export const TOOL_NAMES: readonly string[] = [
  'Bash', 'PowerShell', 'Read', 'Write', 'Edit', 'MultiEdit', 'Glob', 'Grep', 'LS', 'WebFetch', 'WebSearch',
  'NotebookEdit', 'NotebookRead', 'Agent', 'Task', 'TodoWrite', 'AskUserQuestion', 'ExitPlanMode', 'Skill',
  'ToolSearch', 'KillShell', 'BashOutput', 'SendMessage', 'TaskCreate', 'TaskGet', 'TaskList', 'TaskUpdate',
  'TaskOutput', 'TaskStop', 'Workflow', 'SlashCommand', 'LSP', 'EnterWorktree', 'ExitWorktree', 'Monitor', 'Artifact',
];
export const TOOL_NAMES_SOURCES: readonly Source[] = [
  { url: 'https://code.claude.com/docs/en/hooks#pretooluse', date: '2026-08-22' }, SUB_AGENTS,
];
