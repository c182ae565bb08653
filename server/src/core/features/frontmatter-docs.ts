/**
 * Field docs for Markdown frontmatter (hover/completion), quoted from the official pages' frontmatter
 * tables. Generated once from the copies in shared/domain/docs; each table names its page and copy date.
 */
import { AGENT_FIELDS, COMMAND_FIELDS, OUTPUT_STYLE_FIELDS, TOOL_NAMES, TOOL_NAMES_SOURCES } from '../knowledge/component-fields';
import { CLAUDE_CODE_SKILL_FIELDS } from '../knowledge/skill-claude-code';

export interface FieldDocTable { source: { url: string; date: string }; fields: Readonly<Record<string, string>> }

export const SKILL_FIELD_DOCS: FieldDocTable = {
  source: { url: 'https://code.claude.com/docs/en/skills#frontmatter-reference', date: '2026-08-22' },
  fields: {
    "name": "Display name shown in skill listings. Defaults to the directory name. See [How a skill gets its command name](https://code.claude.com/docs/en/skills#how-a-skill-gets-its-command-name) for how the field interacts with the name you type to invoke the skill.",
    "description": "What the skill does and when to use it. Claude uses this to decide when to apply the skill. If omitted, uses the first paragraph of markdown content. Put the key use case first: the combined `description` and `when_to_use` text is truncated at 1,536 characters in the skill listing to reduce context usage.",
    "when_to_use": "Additional context for when Claude should invoke the skill, such as trigger phrases or example requests. Appended to `description` in the skill listing and counts toward the 1,536-character cap.",
    "argument-hint": "Hint shown during autocomplete to indicate expected arguments. Example: `[issue-number]` or `[filename] [format]`.",
    "arguments": "Named positional arguments for [`$name` substitution](https://code.claude.com/docs/en/skills#available-string-substitutions) in the skill content. Accepts a space-separated string or a YAML list. Names map to argument positions in order.",
    "disable-model-invocation": "Set to `true` to prevent Claude from automatically loading this skill. Use for workflows you want to trigger manually with `/name`. Also prevents the skill from being [preloaded into subagents](https://code.claude.com/docs/en/sub-agents#preload-skills-into-subagents). As of v2.1.196, also prevents the skill from running when a [scheduled task](https://code.claude.com/docs/en/scheduled-tasks) fires with the skill as its prompt. Default: `false`.",
    "user-invocable": "Set to `false` when only Claude should invoke the skill: Claude Code hides it from the `/` menu and doesn't run it when you type `/name`. Use for background knowledge users shouldn't invoke directly. Default: `true`.",
    "allowed-tools": "Tools Claude can use without asking permission during the turn that invokes this skill. The grant clears when you send your next message. Accepts a space- or comma-separated string, or a YAML list. See [Pre-approve tools for a skill](https://code.claude.com/docs/en/skills#pre-approve-tools-for-a-skill).",
    "disallowed-tools": "Tools removed from Claude's available pool while this skill is active. Use for autonomous skills that should never call certain tools, such as `AskUserQuestion` for a background loop. Accepts a space- or comma-separated string, or a YAML list. The restriction clears when you send your next message. Like deny rules, the field can't remove [`EndConversation`](https://code.claude.com/docs/en/tools-reference#endconversation-tool-behavior) while any other tool remains.",
    "model": "Model to use when this skill is active. The override applies for the rest of the current turn and is not saved to settings; the session model resumes on your next prompt. Accepts the same values as [`/model`](https://code.claude.com/docs/en/model-config), or `inherit` to keep the active model. A value excluded by your organization's [`availableModels`](https://code.claude.com/docs/en/model-config#restrict-model-selection) allowlist is not used and the session keeps its current model. With `context: fork`, the value sets the [forked subagent's model](https://code.claude.com/docs/en/skills#run-skills-in-a-subagent) instead, and an excluded value follows the [same rules as a subagent model override](https://code.claude.com/docs/en/model-config#restrict-model-selection).",
    "effort": "[Effort level](https://code.claude.com/docs/en/model-config#adjust-effort-level) when this skill is active. Overrides the session effort level. Default: inherits from session. Options: `low`, `medium`, `high`, `xhigh`, `max`; available levels depend on the model.",
    "context": "Set to `fork` to run in a forked subagent context. See [Run skills in a subagent](https://code.claude.com/docs/en/skills#run-skills-in-a-subagent).",
    "agent": "Which subagent type to use when `context: fork` is set.",
    "background": "Only applies with `context: fork`. Set to `false` to wait for the forked subagent's result in the turn that invoked the skill, instead of [running it in the background](https://code.claude.com/docs/en/skills#run-skills-in-a-subagent). Default: `true`. Requires Claude Code v2.1.218 or later.",
    "hooks": "Hooks that Claude Code registers when the skill is invoked and keeps running for the rest of the session. See [Hooks in skills and agents](https://code.claude.com/docs/en/hooks#hooks-in-skills-and-agents) for the configuration format and the `once` option.",
    "paths": "Glob patterns that limit when this skill is activated. Accepts a comma-separated string or a YAML list. When set, Claude loads the skill automatically only when working with files matching the patterns. Uses the same format as [path-specific rules](https://code.claude.com/docs/en/memory#path-specific-rules).",
    "shell": "Shell to use for `` !`command` `` and ` ```! ` blocks in this skill. Accepts `bash` (default) or `powershell`. Setting `powershell` runs inline shell commands via PowerShell when the [PowerShell tool](https://code.claude.com/docs/en/tools-reference#powershell-tool) is enabled: it's on by default on Windows without Git Bash, on by default with Git Bash for claude.ai and Console accounts, and needs `CLAUDE_CODE_USE_POWERSHELL_TOOL=1` in Amazon Bedrock, Google Cloud's Agent Platform, and Microsoft Foundry sessions and on macOS, Linux, and WSL. Set it to `0` to turn the tool off.",
    "metadata": "Free-form YAML map for your own key-value data, such as entitlement or catalog fields, read by your own tooling from `SKILL.md`. Claude Code doesn't act on its contents, and drops a value that isn't a map. Don't reuse frontmatter field names such as `paths` as keys.",
    "license": "License covering the skill. Part of the [Agent Skills](https://agentskills.io) spec; see [Using skill frontmatter outside Claude Code](https://code.claude.com/docs/en/skills#using-skill-frontmatter-outside-claude-code). Claude Code accepts the field but doesn't act on it.",
    "compatibility": "Environment requirements for the skill, such as intended products or system prerequisites, as defined by the [Agent Skills](https://agentskills.io) spec; see [Using skill frontmatter outside Claude Code](https://code.claude.com/docs/en/skills#using-skill-frontmatter-outside-claude-code). Accepts a string of up to 500 characters. Claude Code accepts the field but doesn't act on it.",
  },
};

export const AGENT_FIELD_DOCS: FieldDocTable = {
  source: { url: 'https://code.claude.com/docs/en/sub-agents#supported-frontmatter-fields', date: '2026-08-22' },
  fields: {
    "name": "Unique identifier using lowercase letters and hyphens. [Hooks](https://code.claude.com/docs/en/hooks#subagentstart) receive this value as `agent_type`. The filename doesn't have to match. Names can't contain `:`, which is reserved for [plugin-scoped identifiers](https://code.claude.com/docs/en/plugins) such as `my-plugin:reviewer`. Claude Code doesn't load a file whose name contains one and logs an error to the debug log. Before v2.1.218, such names were accepted",
    "description": "When Claude should delegate to this subagent",
    "tools": "[Tools](https://code.claude.com/docs/en/sub-agents#available-tools) the subagent can use. Inherits every tool available to subagents if omitted. If no entry in the list resolves to a tool, the subagent usually [fails to launch](https://code.claude.com/docs/en/errors#agent-would-be-spawned-with-zero-tools) with an error naming the entries. To preload Skills into context, use the `skills` field rather than listing `Skill` here",
    "disallowedTools": "Tools to deny, removed from inherited or specified list",
    "model": "[Model](https://code.claude.com/docs/en/sub-agents#choose-a-model) to use: `sonnet`, `opus`, `haiku`, `fable`, a full model ID (for example, `claude-opus-5`), or `inherit`. Defaults to `inherit`",
    "permissionMode": "[Permission mode](https://code.claude.com/docs/en/sub-agents#permission-modes): `default`, `acceptEdits`, `auto`, `dontAsk`, `bypassPermissions`, `plan`, or `manual` as an alias for `default`. The `manual` alias requires Claude Code v2.1.200 or later. Ignored for [plugin subagents](https://code.claude.com/docs/en/sub-agents#choose-the-subagent-scope)",
    "maxTurns": "Maximum number of agentic turns before the subagent stops",
    "skills": "[Skills](https://code.claude.com/docs/en/skills) to preload into the subagent's context at startup. The full skill content is injected, not only the description. Subagents can still invoke unlisted project, user, and plugin skills through the Skill tool",
    "mcpServers": "[MCP servers](https://code.claude.com/docs/en/mcp) available to this subagent. Each entry is either a server name referencing an already-configured server (e.g., `\"slack\"`) or an inline definition with the server name as key and a full [MCP server config](https://code.claude.com/docs/en/mcp#installing-mcp-servers) as value. Ignored for [plugin subagents](https://code.claude.com/docs/en/sub-agents#choose-the-subagent-scope)",
    "hooks": "[Lifecycle hooks](https://code.claude.com/docs/en/sub-agents#define-hooks-for-subagents) scoped to this subagent. Ignored for [plugin subagents](https://code.claude.com/docs/en/sub-agents#choose-the-subagent-scope)",
    "memory": "[Persistent memory scope](https://code.claude.com/docs/en/sub-agents#enable-persistent-memory): `user`, `project`, or `local`. Enables cross-session learning",
    "background": "Set to `true` to keep this subagent in the background even when Claude asks to run it in the foreground. Where [fork mode](https://code.claude.com/docs/en/sub-agents#turn-fork-mode-on-or-off) is on, Claude Code already runs the subagents Claude spawns [in the background](https://code.claude.com/docs/en/sub-agents#run-subagents-in-foreground-or-background)",
    "effort": "Effort level when this subagent is active. Overrides the session effort level. Default: inherits from session. Options: `low`, `medium`, `high`, `xhigh`, `max`; available levels depend on the model",
    "isolation": "Set to `worktree` to run the subagent in a temporary [git worktree](https://code.claude.com/docs/en/worktrees), giving it an isolated copy of the repository branched by default from your [default branch](https://code.claude.com/docs/en/worktrees#choose-the-base-branch) rather than the parent session's `HEAD`. The worktree is automatically cleaned up if the subagent makes no changes",
    "color": "Display color for the subagent in the task list and transcript. Accepts `red`, `blue`, `green`, `yellow`, `purple`, `orange`, `pink`, or `cyan`",
    "initialPrompt": "Auto-submitted as the first user turn when this agent runs as the main session agent (via `--agent` or the `agent` setting). [Commands](https://code.claude.com/docs/en/commands) and [skills](https://code.claude.com/docs/en/skills) are processed. Prepended to any user-provided prompt",
  },
};

export const OUTPUT_STYLE_FIELD_DOCS: FieldDocTable = {
  source: { url: 'https://code.claude.com/docs/en/output-styles#frontmatter', date: '2026-08-22' },
  fields: {
    "name": "Name of the output style, if not the file name",
    "description": "Description of the output style, shown in the `/config` picker",
    "keep-coding-instructions": "Keep Claude Code's built-in software engineering instructions",
    "force-for-plugin": "Plugin output styles only: apply this style automatically whenever the plugin is enabled, without requiring users to select it. Overrides the user's `outputStyle` setting. If multiple enabled plugins set this, Claude Code uses the first one loaded.",
  },
};

const CC_SKILLS = { url: 'https://code.claude.com/docs/en/skills#frontmatter-reference', date: '2026-08-22' };

/** commands/*.md read the skill fields except `name` and `paths` (claude-directory, 2026-10-04). */
export const COMMAND_FIELD_DOCS: FieldDocTable = {
  source: CC_SKILLS,
  fields: Object.fromEntries(Object.entries(SKILL_FIELD_DOCS.fields).filter(([k]) => k !== 'name' && k !== 'paths')),
};

export { TOOL_NAMES, TOOL_NAMES_SOURCES };

/**
 * Closed value sets of frontmatter fields, derived from the field tables the rules use (one source of
 * truth): enums as listed, booleans as true/false.
 */
export const FIELD_VALUES: Readonly<Record<string, readonly string[]>> = (() => {
  const out: Record<string, readonly string[]> = {};
  const add = (key: string, values: readonly string[] | undefined) => { if (values && !out[key]) out[key] = values; };
  for (const table of [AGENT_FIELDS, COMMAND_FIELDS, OUTPUT_STYLE_FIELDS]) {
    for (const [key, spec] of Object.entries(table)) add(key, spec.type === 'boolean' ? ['true', 'false'] : spec.values);
  }
  for (const f of CLAUDE_CODE_SKILL_FIELDS) {
    add(f.key, f.shape.type === 'enum' ? f.shape.values : f.shape.type === 'boolean' ? ['true', 'false'] : undefined);
  }
  return out;
})();

/** Fields whose values are tool names. */
export const TOOL_FIELDS = new Set(['tools', 'disallowedTools', 'allowed-tools', 'disallowed-tools']);

export function fieldDocsFor(kind: string): FieldDocTable | undefined {
  switch (kind) {
    case 'skill': return SKILL_FIELD_DOCS;
    case 'agent': return AGENT_FIELD_DOCS;
    case 'command': return COMMAND_FIELD_DOCS;
    case 'output-style': return OUTPUT_STYLE_FIELD_DOCS;
    default: return undefined;
  }
}
