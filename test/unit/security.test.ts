/** The shipped server and CLI never start processes or open sockets, and never echo secrets. */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { validateFile } from '../../server/src/core/validate';
import { InMemoryWorkspace } from '../../server/src/core/workspace';

const DIST = path.resolve(__dirname, '..', '..', 'dist');

describe('security', () => {
  for (const bundle of ['server.js', 'cli.js', 'cli-lazy.js']) {
    it(`dist/${bundle} imports no child_process, net, http(s), http2, tls or dgram`, () => {
      const text = fs.readFileSync(path.join(DIST, bundle), 'utf8');
      const found = text.match(/require\(["'](node:)?(child_process|net|http|https|http2|tls|dgram)["']\)/g) ?? [];
      assert.deepEqual(found, []);
    });
  }

  it('never echoes a plaintext secret in full', () => {
    const secret = 'ghp_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8';
    const text = `{ "mcpServers": { "gh": { "command": "npx", "args": ["-y", "github-mcp"], "env": { "GITHUB_TOKEN": "${secret}" } } } }`;
    const r = validateFile({ path: '/ws/.mcp.json', text }, { workspace: new InMemoryWorkspace('/ws') });
    assert.ok(r.findings.some((f) => f.ruleId === 'mcp/plaintext-secret'), 'the secret is reported');
    for (const f of r.findings) {
      assert.ok(!f.message.includes(secret.slice(4, 20)), `${f.ruleId} echoes the secret: ${f.message}`);
      for (const fix of f.fixes ?? []) assert.ok(!fix.title.includes(secret.slice(4, 20)), 'fix titles do not echo it either');
    }
  });
});
