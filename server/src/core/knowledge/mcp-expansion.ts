/**
 * Where Claude Code expands `${VAR}` / `${VAR:-default}` in MCP configs, per file kind and scope, and
 * which placeholders only plugins substitute.
 */
import type { Source } from '../types';

export const EXPANSION_SOURCES: Source[] = [
  { url: 'https://code.claude.com/docs/en/mcp', date: '2026-08-22', note: 'Environment variable expansion in .mcp.json; Plugin-provided MCP servers' },
  { url: 'https://code.claude.com/docs/en/plugins-reference', date: '2026-08-22', note: '${CLAUDE_PLUGIN_ROOT}, ${CLAUDE_PLUGIN_DATA}, ${user_config.KEY}' },
];

/** Where an MCP server map lives; decides which placeholders expand. */
export type McpScope = 'project' | 'plugin' | 'desktop' | 'managed';

/** Entry fields whose strings Claude Code expands (`headersHelper` only for plugin placeholders, v2.1.195+). */
export const EXPANDED_FIELDS: readonly string[] = ['command', 'args', 'env', 'url', 'headers'];

/** Placeholders that only a plugin's MCP config substitutes. */
export const PLUGIN_ONLY_VARS: readonly string[] = ['CLAUDE_PLUGIN_ROOT', 'CLAUDE_PLUGIN_DATA'];

/** `${CLAUDE_PROJECT_DIR}` is set in the server's environment, not Claude Code's: project/user configs need a default. */
export const PROJECT_DIR_VAR = 'CLAUDE_PROJECT_DIR';

/** Variable syntax Claude Code does not expand, with the form it does. */
export const FOREIGN_SYNTAX: ReadonlyArray<{ re: RegExp; what: string; fix?: (m: RegExpExecArray) => string }> = [
  { re: /\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}/g, what: 'VS Code\'s `${env:VAR}`', fix: (m) => `\${${m[1]}}` },
  { re: /\$\{input:([^}]*)\}/g, what: 'VS Code\'s `${input:…}` (prompted inputs)' },
  { re: /\$\{([A-Za-z_][A-Za-z0-9_]*):([^-}][^}]*)\}/g, what: '`${VAR:default}` (the default needs `:-`)', fix: (m) => `\${${m[1]}:-${m[2]}}` },
  { re: /%([A-Z_][A-Z0-9_]{2,})%/g, what: 'Windows `%VAR%`', fix: (m) => `\${${m[1]}}` },
  { re: /\{\{\s*([A-Za-z_][A-Za-z0-9_.]*)\s*\}\}/g, what: '`{{VAR}}` templating' },
];
