/**
 * Hook events as documented: what each matcher filters, which handler types each event supports,
 * documented matcher values and default timeouts. Data only; every fact names its page and copy date.
 */
import type { Source } from '../types';

export const HOOKS_REF: Source = { url: 'https://code.claude.com/docs/en/hooks', date: '2026-08-22' };
export const HOOKS_GUIDE: Source = { url: 'https://code.claude.com/docs/en/hooks-guide', date: '2026-10-10' };
export const PLUGIN_COMPONENTS: Source = { url: 'https://code.claude.com/docs/en/plugins/components', date: '2026-10-08' };
export const MANIFEST_REF: Source = { url: 'https://code.claude.com/docs/en/plugins/manifest-reference', date: '2026-10-04' };
export const TROUBLESHOOTING: Source = { url: 'https://code.claude.com/docs/en/plugins/troubleshooting', date: '2026-10-10' };

export type HandlerType = 'command' | 'http' | 'mcp_tool' | 'prompt' | 'agent';
export const HANDLER_TYPES: readonly HandlerType[] = ['command', 'http', 'mcp_tool', 'prompt', 'agent'];

/** How a matcher is read for an event: `none` = matcher silently ignored. */
export type MatcherKind = 'tool' | 'values' | 'names' | 'filenames' | 'none';

export interface HookEvent {
  name: string;
  matcher: MatcherKind;
  /** Documented matcher values, when the set is closed (values matchers only). */
  values?: readonly string[];
  /** Handler types the reference lists; undefined = not documented (PreModelSwitch/PostModelSwitch). */
  handlers?: readonly HandlerType[];
  /** Default timeout (s) for command/http/mcp_tool when it differs from 600. */
  shortTimeout?: number;
  /** A broken entry may be what guards permissions (2.1.332 reports it as an error). */
  guard?: boolean;
  /** FileChanged and StopFailure: exact-match set is letters, digits, `_`, `|` only. */
  narrowExact?: boolean;
  sources: readonly Source[];
}

const ALL: readonly HandlerType[] = HANDLER_TYPES;
const NO_LLM: readonly HandlerType[] = ['command', 'http', 'mcp_tool'];
const S = [HOOKS_REF, HOOKS_GUIDE] as const;

/** The 33 events of the 2026-10-10 hooks-guide (the 2026-08-22 reference lists 31). */
export const HOOK_EVENTS: readonly HookEvent[] = [
  { name: 'SessionStart', matcher: 'values', values: ['startup', 'resume', 'clear', 'compact', 'fork'], handlers: ['command', 'mcp_tool'], sources: S },
  { name: 'Setup', matcher: 'values', values: ['init', 'maintenance'], handlers: ['command', 'mcp_tool'], sources: S },
  { name: 'UserPromptSubmit', matcher: 'none', handlers: ALL, shortTimeout: 30, sources: S },
  { name: 'UserPromptExpansion', matcher: 'names', handlers: ALL, sources: S },
  { name: 'PreToolUse', matcher: 'tool', handlers: ALL, guard: true, sources: S },
  { name: 'PermissionRequest', matcher: 'tool', handlers: ALL, guard: true, sources: S },
  { name: 'PermissionDenied', matcher: 'tool', handlers: ALL, sources: S },
  { name: 'PostToolUse', matcher: 'tool', handlers: ALL, sources: S },
  { name: 'PostToolUseFailure', matcher: 'tool', handlers: ALL, sources: S },
  { name: 'PostToolBatch', matcher: 'none', handlers: ALL, sources: S },
  {
    name: 'Notification', matcher: 'values', handlers: NO_LLM, sources: S,
    values: ['permission_prompt', 'idle_prompt', 'auth_success', 'elicitation_dialog', 'elicitation_url_dialog',
      'elicitation_complete', 'elicitation_response', 'agent_needs_input', 'agent_completed',
      'quota_auto_resume_fired', 'quota_auto_resume_stale', 'quota_auto_resume_disabled'],
  },
  { name: 'MessageDisplay', matcher: 'none', handlers: NO_LLM, shortTimeout: 10, sources: S },
  { name: 'SubagentStart', matcher: 'names', handlers: NO_LLM, sources: S },
  { name: 'SubagentStop', matcher: 'names', handlers: ALL, sources: S },
  { name: 'TaskCreated', matcher: 'none', handlers: ALL, sources: S },
  { name: 'TaskCompleted', matcher: 'none', handlers: ALL, sources: S },
  { name: 'Stop', matcher: 'none', handlers: ALL, sources: S },
  {
    name: 'StopFailure', matcher: 'values', handlers: NO_LLM, narrowExact: true, sources: S,
    values: ['rate_limit', 'overloaded', 'authentication_failed', 'oauth_org_not_allowed', 'account_on_hold',
      'billing_error', 'invalid_request', 'model_not_found', 'server_error', 'max_output_tokens',
      'cloud_credential_error', 'unknown'],
  },
  { name: 'TeammateIdle', matcher: 'none', handlers: ALL, sources: S },
  { name: 'InstructionsLoaded', matcher: 'values', values: ['session_start', 'nested_traversal', 'path_glob_match', 'include', 'compact'], handlers: NO_LLM, sources: S },
  { name: 'ConfigChange', matcher: 'values', values: ['user_settings', 'project_settings', 'local_settings', 'policy_settings', 'skills'], handlers: NO_LLM, sources: S },
  { name: 'CwdChanged', matcher: 'none', handlers: NO_LLM, sources: S },
  { name: 'DirectoryAdded', matcher: 'values', values: ['slash_command', 'register_repo_root'], handlers: NO_LLM, sources: S },
  { name: 'FileChanged', matcher: 'filenames', handlers: NO_LLM, narrowExact: true, sources: S },
  { name: 'WorktreeCreate', matcher: 'none', handlers: NO_LLM, sources: S },
  { name: 'WorktreeRemove', matcher: 'none', handlers: NO_LLM, sources: S },
  { name: 'PreCompact', matcher: 'values', values: ['manual', 'auto'], handlers: NO_LLM, sources: S },
  { name: 'PostCompact', matcher: 'values', values: ['manual', 'auto'], handlers: NO_LLM, sources: S },
  { name: 'PreModelSwitch', matcher: 'names', shortTimeout: 30, sources: [HOOKS_GUIDE] },
  { name: 'PostModelSwitch', matcher: 'names', shortTimeout: 30, sources: [HOOKS_GUIDE] },
  { name: 'Elicitation', matcher: 'names', handlers: NO_LLM, sources: S },
  { name: 'ElicitationResult', matcher: 'names', handlers: NO_LLM, sources: S },
  { name: 'SessionEnd', matcher: 'values', values: ['clear', 'resume', 'logout', 'prompt_input_exit', 'other'], handlers: NO_LLM, sources: S },
];

const BY_NAME = new Map(HOOK_EVENTS.map((e) => [e.name, e]));
const BY_LOWER = new Map(HOOK_EVENTS.map((e) => [e.name.toLowerCase(), e]));

export function hookEvent(name: string): HookEvent | undefined {
  return BY_NAME.get(name);
}

/** The documented event whose name differs from `name` only in case (event names are case-sensitive). */
export function eventByCaseInsensitive(name: string): HookEvent | undefined {
  const e = BY_LOWER.get(name.toLowerCase().replace(/[-_ ]/g, ''));
  return e && e.name !== name ? e : undefined;
}

/** Default timeouts in seconds per handler type [HOOKS_REF common fields]. */
export const DEFAULT_TIMEOUT: Record<HandlerType, number> = { command: 600, http: 600, mcp_tool: 600, prompt: 30, agent: 60 };

/** SessionEnd hooks share a 1.5 s budget that a longer per-hook timeout raises, up to 60 s [HOOKS_REF]. */
export const SESSION_END_MAX_BUDGET = 60;

/** The exact-match character sets of the matcher [HOOKS_REF "Matcher patterns"]. */
export const EXACT_MATCHER = /^[A-Za-z0-9_\- ,|]*$/;
export const NARROW_EXACT_MATCHER = /^[A-Za-z0-9_|]*$/;

/** Variables substituted into hook commands; shell form needs them quoted [MANIFEST_REF "Quoting and path separators"]. */
export const PATH_PLACEHOLDERS = ['CLAUDE_PLUGIN_ROOT', 'CLAUDE_PLUGIN_DATA', 'CLAUDE_PROJECT_DIR'] as const;
