/** What each loader does with a JSON file it cannot parse (data, with sources). */
import type { FileKindId, Source } from '../types';

export interface ParseEffect { effect: string; sources: Source[] }

const MR = { url: 'https://code.claude.com/docs/en/plugins/manifest-reference', date: '2026-10-04' };
const TS = { url: 'https://code.claude.com/docs/en/plugins/troubleshooting', date: '2026-10-10' };
const MKR = { url: 'https://code.claude.com/docs/en/plugins/marketplace-reference', date: '2026-10-10' };
const MCP = { url: 'https://code.claude.com/docs/en/mcp', date: '2026-08-22' };
const MMCP = { url: 'https://code.claude.com/docs/en/managed-mcp', date: '2026-08-22' };
const HOOKS = { url: 'https://code.claude.com/docs/en/hooks', date: '2026-08-22' };
const MCPB = { url: 'https://github.com/modelcontextprotocol/mcpb/blob/main/MANIFEST.md', date: '2025-12-03' };

export const JSON_PARSE_EFFECTS: Partial<Record<FileKindId, ParseEffect>> = {
  plugin: { effect: 'Claude Code cannot read the manifest and refuses to load the plugin', sources: [MR, TS] },
  marketplace: { effect: 'Claude Code cannot add or update this marketplace; none of its plugins install', sources: [MKR, TS] },
  hooks: { effect: 'Claude Code fails to load the whole plugin, not just its hooks', sources: [TS, HOOKS] },
  lsp: { effect: 'Claude Code skips every LSP server of this plugin', sources: [MR] },
  mcp: { effect: 'Claude Code loads none of the servers in this file', sources: [MCP] },
  'desktop-config': { effect: 'Claude Desktop cannot read its configuration and starts no local MCP server', sources: [MCP] },
  'managed-mcp': { effect: 'the managed MCP policy cannot be read', sources: [MMCP] },
  settings: { effect: 'Claude Code ignores this settings file, including its hooks', sources: [HOOKS] },
  mcpb: { effect: 'the bundle is refused when packed or installed', sources: [MCPB] },
  config: { effect: 'Plugin Lens ignores this configuration and uses its defaults', sources: [] },
  'vscode-mcp': { effect: 'VS Code cannot read its MCP configuration and starts none of these servers', sources: [] },
};
