import { defineRule, src } from '../define';
import { keyNodeOf, propertyOf } from '../../parse/node';

/** The reverse mix-up: Claude's `mcpServers` pasted into VS Code's `.vscode/mcp.json` (which reads `servers`). */
export default defineRule({
  id: 'mcp/claude-shape-in-vscode',
  kinds: ['vscode-mcp'],
  description: 'A Claude config ("mcpServers") pasted into VS Code\'s .vscode/mcp.json: VS Code reads "servers", and Claude does not read this file.',
  defaultSeverity: 'warning',
  fixable: true,
  fixTiers: ['safe'],
  sources: [
    src('https://code.visualstudio.com/docs/copilot/customization/mcp-servers', '2026-08-22', 'VS Code mcp.json uses "servers" and "inputs"'),
    src('https://code.claude.com/docs/en/mcp', '2026-08-22', 'Claude Code reads project servers from .mcp.json at the repository root'),
  ],
  check(ctx) {
    const root = ctx.file.root;
    if (root?.type !== 'object' || propertyOf(root, 'servers')) return;
    const claude = propertyOf(root, 'mcpServers');
    if (!claude) return;
    const key = keyNodeOf(claude);
    ctx.report({
      node: key,
      message: 'This is a Claude config ("mcpServers") in VS Code\'s .vscode/mcp.json: VS Code reads only "servers", so it starts none of these servers, and Claude Code does not read this file (its project servers go in .mcp.json at the repository root). Rename the key to "servers" for VS Code, or move the file to .mcp.json for Claude Code.',
      fixes: [{ title: 'Rename "mcpServers" to "servers" (for VS Code)', tier: 'safe', isPreferred: true, edits: [{ offset: key.offset, length: key.length, newText: '"servers"' }] }],
    });
  },
});
