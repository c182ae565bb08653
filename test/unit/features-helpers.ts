/** Caret helpers for hover/completion tests: `|` marks the cursor in inline content. */
import { parseFile } from '../../server/src/core/parse';
import type { FileKindId, ParsedFile } from '../../server/src/core/types';

export function caret(kind: FileKindId, path: string, withCaret: string): { file: ParsedFile; offset: number } {
  const offset = withCaret.indexOf('|');
  if (offset < 0) throw new Error('no caret');
  const text = withCaret.slice(0, offset) + withCaret.slice(offset + 1);
  return { file: parseFile(path, text, kind), offset };
}
