/** A temporary workspace with one (broken) file of every kind, for the protocol tests. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const FILES: Record<string, { kind: string; text: string }> = {
  'my-plugin/skills/demo/SKILL.md': { kind: 'skill', text: '---\nname: demo\ndescription: Use when: testing things\ncolour: blue\n---\nBody\n' },
  'my-plugin/agents/reviewer.md': { kind: 'agent', text: '---\nname: reviewer\ndescription: Reviews code\nmodel: gpt-4\n---\nYou review.\n' },
  'my-plugin/commands/deploy.md': { kind: 'command', text: '---\ndescription: Deploy\nmodel: opus\nbogus: 1\n---\nDeploy $ARGUMENTS\n' },
  'my-plugin/output-styles/terse.md': { kind: 'output-style', text: '---\nname: terse\ndescription: Short answers\nkeep-coding-instructions: maybe\n---\nBe terse.\n' },
  'my-plugin/.claude-plugin/plugin.json': { kind: 'plugin', text: '{\n  "name": "my-plugin",\n  "version": "1.0.0",\n  "description": "Demo",\n  "bogusKey": true\n}\n' },
  '.claude-plugin/marketplace.json': { kind: 'marketplace', text: '{\n  "name": "demo-market",\n  "owner": { "name": "Me" },\n  "plugins": [ { "name": "my-plugin", "source": "my-plugin" } ]\n}\n' },
  'my-plugin/hooks/hooks.json': { kind: 'hooks', text: '{\n  "hooks": {\n    "pretooluse": [\n      { "matcher": "Bash", "hooks": [ { "type": "command", "command": "echo hi" } ] }\n    ]\n  }\n}\n' },
  'my-plugin/.lsp.json': { kind: 'lsp', text: '{ "go": { "command": "gopls", "extensionToLanguage": ".go" } }\n' },
  'my-plugin/.mcp.json': { kind: 'mcp', text: '{\n  "mcpServers": {\n    "remote": { "url": "https://example.com/mcp" }\n  }\n}\n' },
  'claude_desktop_config.json': { kind: 'desktop-config', text: '{ "mcpServers": { "files": { "command": "npx", "args": ["-y", "server"], "env": "x" } } }\n' },
  'managed-mcp.json': { kind: 'managed-mcp', text: '{ "mcpServers": { "x": { "type": "streamableHttp", "url": "https://x" } } }\n' },
  'mcpb/manifest.json': { kind: 'mcpb', text: '{ "manifest_version": "0.3", "name": "demo", "version": "1.0.0", "description": "d", "author": {"name":"me"}, "server": { "type": "node", "entry_point": "server/index.js" }, "bogus": 1 }\n' },
  // An agent only its manifest names (by path): a component too, checked with the scan as the CLI does.
  'other-plugin/.claude-plugin/plugin.json': { kind: 'plugin', text: '{\n  "name": "other-plugin",\n  "agents": ["./custom/helper.md"],\n  "bogusKey": true\n}\n' },
  'other-plugin/custom/helper.md': { kind: 'agent', text: '---\nname: helper\ndescription: Helps with things\ncolour: blue\n---\nYou help.\n' },
  '.plugin-lens.json': { kind: 'config', text: '{\n  "rules": { "skill/nonexistent": "off" },\n  "targets": ["claude-code-cli", "not-a-surface"]\n}\n' },
};

export function makeWorkspace(): string {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'plugin-lens-proto-')));
  for (const [rel, f] of Object.entries(FILES)) {
    const abs = path.join(root, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, f.text);
  }
  return root;
}

export function uriOf(root: string, rel: string): string {
  return 'file://' + path.posix.join(root.split(path.sep).join('/'), rel).split('/').map(encodeURIComponent).join('/');
}
