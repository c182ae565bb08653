// NodeWorkspace answers from one listing per folder: same answers as the disk, fewer syscalls.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { NodeWorkspace } from '../../server/src/node/node-workspace';
import { scanPaths } from '../../server/src/node/scan';

describe('NodeWorkspace snapshot', () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-nws-'));
    fs.mkdirSync(path.join(root, 'p/.claude-plugin'), { recursive: true });
    fs.writeFileSync(path.join(root, 'p/.claude-plugin/plugin.json'), '\ufeff{"name":"p"}');
    fs.mkdirSync(path.join(root, 'real'));
    fs.writeFileSync(path.join(root, 'real/a.md'), 'x');
    fs.symlinkSync(path.join(root, 'real'), path.join(root, 'p/linked'));
    fs.symlinkSync(path.join(root, 'missing'), path.join(root, 'p/dangling'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('agrees with the disk on files, folders, symlinks, dangling links and absent paths', () => {
    const ws = new NodeWorkspace(root);
    const cases: [string, boolean, boolean][] = [
      ['p/.claude-plugin/plugin.json', true, false], ['p/.claude-plugin', true, true], ['p/linked', true, true],
      ['p/linked/a.md', true, false], ['p/dangling', false, false], ['p/hooks/hooks.json', false, false],
      ['p/absent', false, false], ['nowhere/deep/file', false, false],
    ];
    for (const [rel, exists, dir] of cases) {
      const p = path.join(root, rel);
      assert.strictEqual(ws.exists(p), exists, `exists ${rel}`);
      assert.strictEqual(ws.isDirectory(p), dir, `isDirectory ${rel}`);
    }
    assert.deepStrictEqual(ws.readWithBom(path.join(root, 'p/.claude-plugin/plugin.json')), { text: '{"name":"p"}', bom: true });
    assert.strictEqual(ws.readFile(path.join(root, 'p/absent')), undefined);
    assert.deepStrictEqual(ws.listDirectory(path.join(root, 'p'))?.map((e) => [e.name, e.isDirectory]).sort(),
      [['.claude-plugin', true], ['dangling', false], ['linked', true]]);
  });

  it('answers the same for a folder argument outside its root, from that folder\'s listings', () => {
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-nws-root-'));
    try {
      const listed = new NodeWorkspace(elsewhere, new Map(), undefined, [path.join(root, 'p')]);
      const plain = new NodeWorkspace(elsewhere);
      for (const rel of ['p/.claude-plugin/plugin.json', 'p/.claude-plugin', 'p/linked', 'p/linked/a.md', 'p/dangling', 'p/hooks/hooks.json', 'p/absent', 'real/a.md', 'real/none']) {
        const at = path.join(root, rel);
        assert.strictEqual(listed.exists(at), plain.exists(at), `exists ${rel}`);
        assert.strictEqual(listed.isDirectory(at), plain.isDirectory(at), `isDirectory ${rel}`);
        assert.strictEqual(listed.fileSize(at), plain.fileSize(at), `fileSize ${rel}`);
      }
      // A file created after its folder was listed: the listed view answers from the listing (no stat),
      // a view outside its root asks the disk.
      const p = path.join(root, 'p/.claude-plugin/new.json');
      fs.writeFileSync(p, '{}');
      assert.strictEqual(listed.exists(p), false, 'snapshot: the listing has no such entry');
      assert.strictEqual(plain.exists(p), true);
    } finally { fs.rmSync(elsewhere, { recursive: true, force: true }); }
  });

  it('sees a file created after a listing once the server invalidates that path', () => {
    const ws = new NodeWorkspace(root);
    const p = path.join(root, 'p/hooks.json');
    assert.strictEqual(ws.exists(p), false);
    fs.writeFileSync(p, '{}');
    assert.strictEqual(ws.exists(p), false, 'snapshot: unchanged until invalidated');
    ws.invalidate(p);
    assert.strictEqual(ws.exists(p), true);
    assert.strictEqual(ws.readFile(p), '{}');
  });

  it('sees a file in folders created after a listing once that file is invalidated', () => {
    const ws = new NodeWorkspace(root);
    const p = path.join(root, 'p/new/deep/SKILL.md');
    assert.strictEqual(ws.exists(p), false);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, '---\n---\n');
    ws.invalidate(p);
    assert.strictEqual(ws.exists(p), true);
    assert.strictEqual(ws.isDirectory(path.join(root, 'p/new')), true);
  });

  it('answers a repeated question from the snapshot, and a removed folder is gone for everything in it after invalidate()', () => {
    const ws = new NodeWorkspace(root);
    const a = path.join(root, 'real/a.md');
    assert.strictEqual(ws.exists(a), true);
    assert.strictEqual(ws.exists(a), true);
    assert.strictEqual(ws.exists(path.join(root, 'real/b.md')), false);
    fs.rmSync(path.join(root, 'real'), { recursive: true });
    assert.strictEqual(ws.exists(a), true, 'snapshot: unchanged until invalidated');
    ws.invalidate();
    assert.strictEqual(ws.exists(a), false);
    assert.strictEqual(ws.readFile(a), undefined);
    fs.mkdirSync(path.join(root, 'real'));
    fs.writeFileSync(path.join(root, 'real/b.md'), 'y');
    ws.invalidate(path.join(root, 'real/b.md'));
    assert.strictEqual(ws.exists(path.join(root, 'real/b.md')), true);
  });

  it("shares the scan's listings: after the scan, the workspace answers without reading the folder again", () => {
    const ws = new NodeWorkspace(root);
    const scan = scanPaths([root], ws);
    assert.deepStrictEqual(scan.files, [path.join(root, 'p/.claude-plugin/plugin.json')]);
    // Remove the folder behind the snapshot's back: answers that still come back came from the scan's read.
    fs.rmSync(path.join(root, 'p'), { recursive: true, force: true });
    assert.deepStrictEqual(ws.listDirectory(path.join(root, 'p'))?.map((e) => e.name).sort(), ['.claude-plugin', 'dangling', 'linked']);
    assert.strictEqual(ws.isDirectory(path.join(root, 'p/.claude-plugin')), true);
    assert.strictEqual(ws.exists(path.join(root, 'p/.mcp.json')), false);
  });
});
