/**
 * Which bundled JSON Schema (from /schemas, the files we publish for `$schema` use) validates which
 * file kind, with the label used in messages. Bundled by esbuild: nothing is read at run time.
 */
import type { FileKindId, Source } from '../types';
import configSchema from '../../../../schemas/plugin-lens-config.schema.json';
import pluginSchema from '../../../../schemas/plugin.schema.json';
import marketplaceSchema from '../../../../schemas/marketplace.schema.json';
import hooksSchema from '../../../../schemas/hooks.schema.json';
import lspSchema from '../../../../schemas/lsp.schema.json';
import mcpServerSchema from '../../../../schemas/mcp-server.schema.json';
import mcpSchema from '../../../../schemas/mcp.schema.json';
import desktopSchema from '../../../../schemas/claude-desktop-config.schema.json';
import managedMcpSchema from '../../../../schemas/managed-mcp.schema.json';
import mcpbSchema from '../../../../schemas/mcpb-manifest.schema.json';
import settingsSchema from '../../../../schemas/claude-code-settings.schema.json';

export interface SchemaEntry {
  kind: FileKindId;
  schema: object;
  /** How messages name the file, e.g. "plugin.json". */
  label: string;
  /** Where the structural facts come from (for the generated rule docs). */
  sources: readonly Source[];
}

const MR = { url: 'https://code.claude.com/docs/en/plugins/manifest-reference', date: '2026-10-04' };
const MKR = { url: 'https://code.claude.com/docs/en/plugins/marketplace-reference', date: '2026-10-10' };
const HOOKS = { url: 'https://code.claude.com/docs/en/hooks', date: '2026-08-22' };
const HG = { url: 'https://code.claude.com/docs/en/hooks-guide', date: '2026-10-10' };
const MCP = { url: 'https://code.claude.com/docs/en/mcp', date: '2026-08-22' };
const MMCP = { url: 'https://code.claude.com/docs/en/managed-mcp', date: '2026-08-22' };
const SET = { url: 'https://code.claude.com/docs/en/settings-reference', date: '2026-08-22' };
const MCPB = { url: 'https://github.com/modelcontextprotocol/mcpb/blob/main/MANIFEST.md', date: '2025-12-03' };

export const SCHEMA_ENTRIES: SchemaEntry[] = [
  {
    kind: 'config', schema: configSchema, label: '.plugin-lens.json',
    sources: [{ url: 'https://github.com/plugin-lens/plugin-lens/blob/main/schemas/plugin-lens-config.schema.json', date: '2026-11-25' }],
  },
  { kind: 'plugin', schema: pluginSchema, label: 'plugin.json', sources: [MR] },
  { kind: 'marketplace', schema: marketplaceSchema, label: 'marketplace.json', sources: [MKR] },
  { kind: 'hooks', schema: hooksSchema, label: 'hooks.json', sources: [HOOKS, HG] },
  { kind: 'lsp', schema: lspSchema, label: '.lsp.json', sources: [MR] },
  { kind: 'mcp', schema: mcpSchema, label: '.mcp.json', sources: [MCP] },
  { kind: 'desktop-config', schema: desktopSchema, label: 'claude_desktop_config.json', sources: [MCP] },
  { kind: 'managed-mcp', schema: managedMcpSchema, label: 'managed-mcp.json', sources: [MMCP] },
  { kind: 'mcpb', schema: mcpbSchema, label: 'MCPB manifest.json', sources: [MCPB] },
  { kind: 'settings', schema: settingsSchema, label: 'Claude Code settings', sources: [SET, HOOKS, MMCP] },
];

/** Every bundled schema, including those only reached through `$ref` (the MCP server entry). */
export const ALL_SCHEMAS: readonly object[] = [...SCHEMA_ENTRIES.map((e) => e.schema), mcpServerSchema];

export function schemaFor(kind: FileKindId): SchemaEntry | undefined {
  return SCHEMA_ENTRIES.find((e) => e.kind === kind);
}
