// The README doc test's own behaviour: what it extracts, and that a broken command fails it.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
// @ts-expect-error plain .mjs script without types
import { extractCommands, runDoctest } from '../../scripts/readme-doctest.mjs';

interface Command { command: string; line: number }
const root = path.resolve(__dirname, '../..');

describe('README doc test', () => {
  it('extracts each sh command with its line; joins continuations; skips comments and other languages', () => {
    const md = '# t\n\n```sh\n# a comment\nnpm ci && npm test   # trailing note\n\nnode a \\\n  --b\n```\n\n```text\nnot run\n```\n';
    const got = (extractCommands(md) as Command[]).map((c) => [c.command, c.line]);
    assert.deepStrictEqual(got, [['npm ci && npm test   # trailing note', 5], ['node a    --b', 7]]);
  });

  it("finds the README's two quick-start commands exactly as written", () => {
    const commands = (extractCommands(fs.readFileSync(path.join(root, 'README.md'), 'utf8')) as Command[]).map((c) => c.command);
    assert.deepStrictEqual(commands.slice(0, 2), ['npm ci && npm run build && node dist/cli.js check examples', 'npm ci && npm test']);
  });

  it('fails when a command fails, and does not run the commands after it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-doctest-self-'));
    try {
      const readme = path.join(dir, 'README.md');
      fs.writeFileSync(readme, '```sh\ntouch first\nfalse | cat\ntouch after\n```\n');
      const result = runDoctest({ readme, dir, quiet: true });
      assert.deepStrictEqual(result, { passed: 1, failed: 2 });
      assert.ok(fs.existsSync(path.join(dir, 'first')));
      assert.ok(!fs.existsSync(path.join(dir, 'after')));
    } finally { fs.rmSync(dir, { recursive: true, force: true }); }
  });

  it('passes when every command passes', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-doctest-self-'));
    try {
      const readme = path.join(dir, 'README.md');
      fs.writeFileSync(readme, '```sh\ntrue\ntest -f README.md\n```\n');
      assert.deepStrictEqual(runDoctest({ readme, dir, quiet: true }), { passed: 2, failed: 0 });
    } finally { fs.rmSync(dir, { recursive: true, force: true }); }
  });
});
