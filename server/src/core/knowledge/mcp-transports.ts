/**
 * MCP server-entry facts for Claude Code and Claude Desktop: transports and their misspellings, keys
 * other clients use that Claude Code ignores, reserved and allowed server names. Every fact is sourced.
 */
import type { Source } from '../types';

const MCP: Source = { url: 'https://code.claude.com/docs/en/mcp', date: '2026-08-22' };
const PAIN22: Source = { url: 'https://github.com/anthropics/claude-code/issues/45836', date: '2026-08-22', note: 'transport name confusion (landscape.md pain 22)' };
const TEKHNE: Source = { url: 'https://github.com/pantheon-org/tekhne/pull/226', date: '2026-08-22', note: '`transport`/`environment` silently ignored (landscape.md pain 22)' };

export const MCP_SOURCES = { MCP, PAIN22, TEKHNE } as const;

export type Transport = 'stdio' | 'http' | 'streamable-http' | 'sse' | 'ws';
export const REMOTE_TRANSPORTS: readonly string[] = ['http', 'streamable-http', 'sse', 'ws'];
export const TRANSPORTS: readonly string[] = ['stdio', ...REMOTE_TRANSPORTS];

/** Misspelled / other-client transport names → the name Claude Code accepts (compared lower-case, no separators). */
const TRANSPORT_ALIASES: Record<string, Transport> = {
  streamablehttp: 'http', httpstreamable: 'http', streamable: 'http', https: 'http', remote: 'http', http: 'http',
  websocket: 'ws', websockets: 'ws', wss: 'ws', ws: 'ws',
  serversentevents: 'sse', eventstream: 'sse', sse: 'sse',
  local: 'stdio', command: 'stdio', process: 'stdio', stdio: 'stdio', std: 'stdio',
};

/** The accepted transport for a misspelled value, or undefined when it is unknown (or already valid). */
export function transportAlias(value: string): Transport | undefined {
  if (TRANSPORTS.includes(value)) return undefined;
  return TRANSPORT_ALIASES[value.toLowerCase().replace(/[^a-z]/g, '')];
}

/** Remote transport for a url without `type`: SSE endpoints conventionally end in /sse, WebSockets use ws(s)://. */
export function transportForUrl(url: string): 'http' | 'sse' | 'ws' {
  if (/^wss?:\/\//i.test(url)) return 'ws';
  return /\/sse\/?(\?.*)?$/i.test(url) ? 'sse' : 'http';
}

/** Keys Claude Code does not read on a server entry, with the key it does read (when there is one). */
export const MISSPELLED_KEYS: Record<string, string> = {
  transport: 'type', transportType: 'type', serverType: 'type',
  environment: 'env', envs: 'env', environmentVariables: 'env', env_vars: 'env', envVars: 'env',
  arguments: 'args', argv: 'args', cmd: 'command', executable: 'command',
  uri: 'url', endpoint: 'url', serverUrl: 'url', server_url: 'url', baseUrl: 'url', httpUrl: 'url',
  header: 'headers', httpHeaders: 'headers', requestHeaders: 'headers',
  headerHelper: 'headersHelper', headers_helper: 'headersHelper', always_load: 'alwaysLoad', alwaysload: 'alwaysLoad',
};

/** Keys from other MCP clients (Cline, Cursor, VS Code, Desktop extensions) that Claude Code ignores. */
export const OTHER_CLIENT_KEYS: Record<string, string> = {
  disabled: 'Claude Code ignores it; disable a project server with `disabledMcpjsonServers` in settings or toggle it in /mcp',
  enabled: 'Claude Code ignores it; disable a project server with `disabledMcpjsonServers` in settings or toggle it in /mcp',
  autoApprove: 'Claude Code ignores it; pre-approve tools with permission rules (`mcp__<server>__<tool>`) instead',
  alwaysAllow: 'Claude Code ignores it; pre-approve tools with permission rules (`mcp__<server>__<tool>`) instead',
  envFile: 'Claude Code ignores it (a VS Code key); put variables in `env` or use `${VAR}` expansion',
  auth: 'Claude Code ignores it; use `headers`, `headersHelper` or `oauth`',
  gallery: 'Claude Code ignores it (a VS Code key)',
  dev: 'Claude Code ignores it (a VS Code key)',
};

/** Entry keys Claude Code reads (anything else is ignored); mirrors schemas/mcp-server.schema.json. */
export const KNOWN_ENTRY_KEYS: readonly string[] = [
  'type', 'command', 'args', 'env', 'cwd', 'url', 'headers', 'headersHelper', 'oauth', 'timeout', 'alwaysLoad',
];
/** Documentation-style keys: ignored, harmless, never reported. */
export const HARMLESS_KEYS: readonly string[] = ['description', 'comment', '$comment', 'name', 'title', 'note', 'notes', '_comment'];

/** Names reserved for Claude Code's built-in servers: a configured server with one is skipped at load. */
export const RESERVED_SERVER_NAMES: readonly string[] = ['workspace', 'claude-in-chrome', 'computer-use', 'Claude Preview', 'Claude Browser'];

/** `claude mcp` commands (add, add-json, add-from-claude-desktop) accept only these names; Desktop accepts any. */
export const CLAUDE_CODE_SERVER_NAME = /^[A-Za-z0-9_-]+$/;

/** Commands that are `.cmd`/`.ps1` shims on Windows and need `cmd /c` to be spawned without a shell. */
export const WINDOWS_SHIM_COMMANDS: readonly string[] = ['npx', 'npm', 'pnpm', 'pnpx', 'yarn', 'bunx', 'uvx'];
export const WINDOWS_SOURCE: Source = { url: 'https://github.com/modelcontextprotocol/servers/issues/3460', date: '2026-08-22', note: 'npx needs `cmd /c` on Windows (landscape.md pain 24)' };

export const DESKTOP_SOURCES = {
  /** Desktop's file is for local stdio servers; remote servers are added as connectors (secondhand). */
  stdioOnly: { url: 'https://github.com/webflow/mcp-server/issues/73', date: '2026-08-22', note: 'quotes https://support.claude.com/en/articles/11175166' } as Source,
  connectors: { url: 'https://support.claude.com/en/articles/11503834', date: '2026-08-22', note: 'via skills-and-surfaces.md B3 fn 8' } as Source,
  local: { url: 'https://modelcontextprotocol.io/docs/develop/connect-local-servers', date: '2026-08-22', note: 'absolute paths, restart after edits (formats.md §6.4 MCPLOCAL)' } as Source,
  desktop: { url: 'https://code.claude.com/docs/en/desktop', date: '2026-08-22' } as Source,
};
