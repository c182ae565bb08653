/** What the server keeps of a scanned file: positions from a line table, shared reach matrices, no parse tree. */
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { compactResult, LineTable, MatrixPool } from '../../server/src/lsp/compact';
import { validateFile } from '../../server/src/core/validate';
import { InMemoryWorkspace } from '../../server/src/core/workspace';

describe('lsp/compact: scanned files without their parse trees', () => {
  it('answers positionAt like TextDocument for LF, CRLF, CR, a final EOL and out-of-range offsets', () => {
    for (const text of ['', 'one line', 'a\nbb\n\nccc', 'a\r\nbb\r\n\r\nccc\r\n', 'x\ry\r\rz', 'mixed\r\nend\nlast\r', '---\nname: é😀\n---\n']) {
      const doc = TextDocument.create('file:///t', 'plaintext', 0, text);
      const table = new LineTable(text);
      for (let offset = -2; offset <= text.length + 2; offset++) {
        assert.deepEqual(table.positionAt(offset), doc.positionAt(offset), `${JSON.stringify(text)} @ ${offset}`);
      }
    }
  });

  it('drops the parse tree and shares equal reach matrices between files', () => {
    const ws = new InMemoryWorkspace('/ws', {});
    const pool = new MatrixPool();
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
