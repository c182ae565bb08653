/** What the server keeps of a scanned file: positions from a line table, shared reach matrices, no parse tree. */
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { compactFile, compactResult, itemOffsets, SharedValues, SparsePositions } from '../../server/src/lsp/compact';
import { LineIndex } from '../../server/src/core/parse/lines';
import { validateFile } from '../../server/src/core/validate';
import { InMemoryWorkspace } from '../../server/src/core/workspace';

describe('lsp/compact: scanned files without their parse trees', () => {
  it('answers positionAt like TextDocument for LF, CRLF, CR, a final EOL and out-of-range offsets', () => {
    for (const text of ['', 'one line', 'a\nbb\n\nccc', 'a\r\nbb\r\n\r\nccc\r\n', 'x\ry\r\rz', 'mixed\r\nend\nlast\r', '---\nname: é😀\n---\n']) {
      const doc = TextDocument.create('file:///t', 'plaintext', 0, text);
      const table = new LineIndex(text);
      for (let offset = -2; offset <= text.length + 2; offset++) {
        assert.deepEqual(table.positionAt(offset), doc.positionAt(offset), `${JSON.stringify(text)} @ ${offset}`);
      }
    }
  });

  it('sparse positions: the item offsets kept answer like the line table; another offset re-reads the text', () => {
    const text = '---\r\nname: a\r\ndescription: Skill a. Use when testing.\r\n---\nBody\n';
    const path = '/ws/.claude/skills/a/SKILL.md';
    const ws = new InMemoryWorkspace('/ws', { [path]: text });
    const result = validateFile({ path, text }, { workspace: ws });
    const offsets = itemOffsets(path, result);
    assert.ok(offsets.length >= 2 && offsets.some((o) => o > 0));
    let reads = 0;
    const table = new LineIndex(text);
    const sparse = new SparsePositions(table, offsets, (key) => { reads++; assert.equal(key, path); return text; }, path);
    for (const o of offsets) assert.deepEqual(sparse.positionAt(o), table.positionAt(o));
    assert.equal(reads, 0, 'kept offsets need no text');
    assert.deepEqual(sparse.positionAt(text.length - 2), table.positionAt(text.length - 2));
    assert.equal(reads, 1);
    assert.deepEqual(new SparsePositions(table, [], () => undefined, path).positionAt(5), { line: 0, character: 0 }, 'gone from disk');
  });

  it('two skills of one plugin keep one PluginInfo (the index\'s), not a copy each', () => {
    const ws = new InMemoryWorkspace('/ws', { '/ws/p/.claude-plugin/plugin.json': '{ "name": "p" }' });
    const pool = new SharedValues();
    const results = ['a', 'b'].map((name) => {
      const path = `/ws/p/skills/${name}/SKILL.md`;
      const text = `---\nname: ${name}\ndescription: Skill ${name}. Use when testing.\n---\nBody\n`;
      ws.set(path, text);
      return compactResult(validateFile({ path, text }, { workspace: ws }), pool, path);
    });
    const plugins = results.map((r) => r.reach?.[0]?.load.plugin);
    assert.ok(plugins[0] && plugins[0].root === '/ws/p');
    assert.equal(plugins[0], plugins[1]);
    assert.equal(results[1].reach![0].item.file, '/ws/p/skills/b/SKILL.md');
  });

  it('files without findings or reach share one empty list and one zero count; a file with findings keeps its own', () => {
    const ws = new InMemoryWorkspace('/ws', {});
    const pool = new SharedValues();
    const keep = (path: string, text: string) => {
      ws.set(path, text);
      const result = validateFile({ path, text }, { workspace: ws });
      return { before: result, kept: compactFile(`file://${path}`, path, new LineIndex(text), result, pool, () => text, path) };
    };
    // Settings files that declare nothing: no finding, no item of any surface.
    const clean = ['a', 'b'].map((d) => keep(`/ws/${d}/.claude/settings.json`, '{}\n'));
    for (const { before } of clean) assert.deepEqual([before.findings.length, before.reach?.length ?? 0], [0, 0], 'the fixture has no finding and no reach');
    assert.equal(clean[0].kept.result.findings, clean[1].kept.result.findings, 'one empty findings list');
    assert.equal(clean[0].kept.result.reach, clean[1].kept.result.reach, 'one empty reach list');
    assert.equal(clean[0].kept.item!.findings, clean[1].kept.item!.findings, 'one zero count');
    assert.deepEqual(clean[0].kept.item!.findings, { errors: 0, warnings: 0, infos: 0, hints: 0 });
    assert.ok(Object.isFrozen(clean[0].kept.result.findings) && Object.isFrozen(clean[0].kept.item!.findings), 'shared values cannot be written');
    const broken = keep('/ws/c/.claude/settings.json', '{ "permissions": 3 }\n');
    assert.ok(broken.kept.result.findings.length > 0);
    assert.notEqual(broken.kept.item!.findings, clean[0].kept.item!.findings);
    assert.ok(broken.kept.item!.findings.errors + broken.kept.item!.findings.warnings > 0);
  });

  it('drops the parse tree and shares equal reach matrices between files', () => {
    const ws = new InMemoryWorkspace('/ws', {});
    const pool = new SharedValues();
    const results = ['a', 'b'].map((name) => {
      const path = `/ws/.claude/skills/${name}/SKILL.md`;
      const text = `---\nname: ${name}\ndescription: Skill ${name}. Use when testing.\n---\nBody\n`;
      ws.set(path, text);
      return compactResult(validateFile({ path, text }, { workspace: ws }), pool);
    });
    assert.equal(results[0].parsed, undefined);
    assert.ok(results[0].reach?.length && results[1].reach?.length);
    assert.equal(results[0].reach![0].reach, results[1].reach![0].reach, 'one shared matrix');
    assert.equal(results[1].reach![0].item.name, 'b', 'items stay their own');
  });
});
