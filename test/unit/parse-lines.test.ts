/** The parsed file's line index answers exactly as TextDocument does (findings' ranges depend on it). */
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex } from '../../server/src/core/parse/lines';

const TEXTS = ['', '\n', '\r', '\r\n', 'one line', 'a\nbb\n\nccc', 'a\r\nbb\r\n\r\nccc\r\n', 'x\ry\r\rz', '\n\r', 'a\n\r\nb\r\r\n',
  'mixed\r\nend\nlast\r', '---\nname: é😀\n---\n', '\r\n\n\r\r\n'];

describe('parse/lines: LineIndex', () => {
  it('answers positionAt, offsetAt and lineCount like TextDocument for LF, CRLF, CR, mixed and out-of-range input', () => {
    for (const text of TEXTS) {
      const doc = TextDocument.create('file:///t', 'plaintext', 0, text);
      const index = new LineIndex(text);
      assert.equal(index.lineCount, doc.lineCount, `${JSON.stringify(text)} lineCount`);
      for (let offset = -2; offset <= text.length + 2; offset++) {
        assert.deepEqual(index.positionAt(offset), doc.positionAt(offset), `${JSON.stringify(text)} positionAt ${offset}`);
      }
      for (let line = -1; line <= doc.lineCount + 1; line++) {
        for (let character = -1; character <= text.length + 2; character++) {
          assert.equal(index.offsetAt({ line, character }), doc.offsetAt({ line, character }), `${JSON.stringify(text)} offsetAt ${line}:${character}`);
        }
      }
    }
  });

  it('agrees with TextDocument on random mixes of line breaks', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 200; n++) {
      const text = Array.from({ length: Math.floor(rand() * 40) }, () => ['a', '\n', '\r', '\r\n', 'é'][Math.floor(rand() * 5)]).join('');
      const doc = TextDocument.create('file:///t', 'plaintext', 0, text);
      const index = new LineIndex(text);
      for (let offset = 0; offset <= text.length; offset++) assert.deepEqual(index.positionAt(offset), doc.positionAt(offset), `${JSON.stringify(text)} @ ${offset}`);
      assert.equal(index.lineCount, doc.lineCount);
      const lines = new LineIndex(text);
      for (let line = doc.lineCount; line >= 0; line--) assert.equal(lines.offsetAt({ line, character: 2 }), doc.offsetAt({ line, character: 2 }), `${JSON.stringify(text)} line ${line}`);
    }
  });
});

describe('parse/lines: LineIndex reads line breaks only as far as asked', () => {
  it('answers in any order of questions as TextDocument does (offsets before lines, far before near)', () => {
    const text = 'a\r\nbb\n\nccc\rdd\r\n';
    const doc = TextDocument.create('file:///t', 'plaintext', 0, text);
    const offsets = [text.length, 0, 5, 2, 3, 11, 1, text.length + 1, 7];
    const index = new LineIndex(text);
    for (const offset of offsets) assert.deepEqual(index.positionAt(offset), doc.positionAt(offset), `@ ${offset}`);
    const fresh = new LineIndex(text);
    for (const line of [3, 0, 9, 1, 5, 2]) assert.equal(fresh.offsetAt({ line, character: 1 }), doc.offsetAt({ line, character: 1 }), `line ${line}`);
    assert.equal(fresh.lineCount, doc.lineCount);
  });
});
