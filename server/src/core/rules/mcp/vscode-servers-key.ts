import { defineRule, src } from '../define';
import { keyNodeOf, propertyOf } from '../../parse/node';
import { isVsCodeShape } from './servers';
import { effect } from '../../load/effect';

/** VS Code's `.vscode/mcp.json` uses `servers` (and `inputs`); Claude's files use `mcpServers`. */
export default defineRule({
  id: 'mcp/vscode-servers-key',
  kinds: ['mcp', 'desktop-config', 'managed-mcp'],
  description: 'A VS Code mcp.json ("servers" key) pasted into a Claude config: no server loads until the key is "mcpServers".',
  defaultSeverity: 'error',
  fixable: true,
  fixTiers: ['safe'],
  sources: [
    src('https://code.claude.com/docs/en/mcp', '2026-08-22', 'project scope: { "mcpServers": { … } }'),
    src('https://code.visualstudio.com/docs/copilot/customization/mcp-servers', '2026-08-22', 'VS Code mcp.json uses "servers" and "inputs"'),
  ],
  check(ctx) {
    const root = ctx.file.root;
    if (root?.type !== 'object' || !isVsCodeShape(root)) return;
    const servers = propertyOf(root, 'servers')!;
    const inputs = propertyOf(root, 'inputs');
    const where = ctx.file.kind === 'desktop-config'
      ? 'Claude Desktop reads only "mcpServers", so none of these servers start'
      : ctx.file.kind === 'managed-mcp'
        ? 'Claude Code reads only "mcpServers" from managed-mcp.json, so none of these servers load'
        : 'Claude Code reads a file without "mcpServers" as a bare name → server map, so it takes "servers" for one server with no command and none of these servers load';
    const key = keyNodeOf(servers);
    ctx.report({ data: { effect: effect('dropped', ['claude-code']) },
      node: key,
      message: `This is VS Code's .vscode/mcp.json shape ("servers"): ${where}. Rename "servers" to "mcpServers"`
        + (inputs ? '; Claude has no "inputs" prompts, so replace ${input:…} references with ${VAR} environment variables.' : '.'),
      fixes: [{ title: 'Rename "servers" to "mcpServers"', tier: 'safe', isPreferred: true, edits: [{ offset: key.offset, length: key.length, newText: '"mcpServers"' }] }],
    });
  },
});
