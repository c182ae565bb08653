/**
 * Which file kind a path is, by the names the Claude loaders look for. The order of the table is the
 * match priority. Content sniffing is limited to MCPB manifests (a plain `manifest.json` is common).
 */
import type { FileKindId } from '../types';
import { basename, dirname } from '../paths';

/** `parentName` is the name of the file's folder. */
interface KindMatcher { kind: FileKindId; test(name: string, parentName: string): boolean }

const MARKDOWN_FOLDERS: Record<string, FileKindId> = { agents: 'agent', commands: 'command', 'output-styles': 'output-style' };

const MATCHERS: KindMatcher[] = [
  { kind: 'config', test: (name) => name === '.plugin-lens.json' },
  { kind: 'skill', test: (name) => name.toLowerCase() === 'skill.md' },
  { kind: 'plugin', test: (name, parentName) => name === 'plugin.json' && parentName === '.claude-plugin' },
  { kind: 'marketplace', test: (name, parentName) => name === 'marketplace.json' && parentName === '.claude-plugin' },
  { kind: 'hooks', test: (name, parentName) => name === 'hooks.json' && parentName === 'hooks' },
  { kind: 'lsp', test: (name) => name === '.lsp.json' },
  { kind: 'mcp', test: (name) => name === '.mcp.json' },
  // VS Code's own MCP file: checked only for a Claude config pasted into it (the mix-up in reverse).
  { kind: 'vscode-mcp', test: (name, parentName) => name === 'mcp.json' && parentName === '.vscode' },
  { kind: 'desktop-config', test: (name) => name === 'claude_desktop_config.json' },
  { kind: 'managed-mcp', test: (name) => name === 'managed-mcp.json' },
  {
    kind: 'settings',
    test: (name, parentName) => ((name === 'settings.json' || name === 'settings.local.json') && parentName === '.claude')
      // Managed policy: managed-settings.json in the system folder, plus drop-ins in managed-settings.d/.
      || name === 'managed-settings.json' || (name.endsWith('.json') && parentName === 'managed-settings.d'),
  },
  // Then agent, command and output-style Markdown, by folder (markdownFolderKind).
];

/** agents/x.md, commands/ns/x.md (commands may nest), output-styles/x.md; README files are docs, not components. */
function markdownFolderKind(path: string): FileKindId | undefined {
  const name = basename(path);
  if (/^(readme|changelog|license|contributing)\.md$/i.test(name)) return undefined;
  const parts = dirname(path).split('/');
  for (let i = parts.length - 1; i >= 0; i--) {
    const kind = MARKDOWN_FOLDERS[parts[i]];
    if (kind) {
      // Only commands support subfolders (namespaces); agents and output styles are flat.
      if (kind !== 'command' && i !== parts.length - 1) return undefined;
      return kind;
    }
  }
  return undefined;
}

/** The kind of a file by path; `sniff` supplies the text for content-based kinds. */
export function detectKind(path: string, sniff?: () => string | undefined): FileKindId | undefined {
  const name = basename(path);
  const parentName = basename(dirname(path));
  for (const m of MATCHERS) if (m.test(name, parentName)) return m.kind;
  if (name.endsWith('.md')) {
    const kind = markdownFolderKind(path);
    if (kind) return kind;
  }
  if (name === 'manifest.json' && sniff) {
    const head = sniff()?.slice(0, 4096) ?? '';
    if (/"(manifest_version|dxt_version)"\s*:/.test(head)) return 'mcpb';
  }
  return undefined;
}

export const JSON_KINDS: readonly FileKindId[] = [
  'config', 'plugin', 'marketplace', 'hooks', 'lsp', 'mcp', 'desktop-config', 'managed-mcp', 'settings', 'mcpb', 'vscode-mcp',
];
export const MARKDOWN_KINDS: readonly FileKindId[] = ['skill', 'agent', 'command', 'output-style'];
