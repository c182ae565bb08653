/** Parses a file of a known kind into the shared ParsedFile shape. Never throws. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { FileKindId, ParsedFile } from '../types';
import { MARKDOWN_KINDS } from '../kinds/detect';
import { parseJson } from './json';
import { parseYaml } from './yaml';
import { findFrontmatter } from './frontmatter';

export function parseFile(path: string, text: string, kind: FileKindId, bom = false): ParsedFile {
  // Line offsets are computed on first use only: most files produce no finding and need none.
  let doc: TextDocument | undefined;
  const lines = () => (doc ??= TextDocument.create('file://' + path, 'plaintext', 0, text));
  const file: ParsedFile = {
    path, text, kind, bom, root: undefined, syntaxErrors: [],
    get lineCount() { return lines().lineCount; },
    positionAt: (offset: number) => lines().positionAt(offset),
    offsetAt: (pos: { line: number; character: number }) => lines().offsetAt(pos),
  };
  if (MARKDOWN_KINDS.includes(kind)) {
    const frontmatter = findFrontmatter(text);
    file.frontmatter = frontmatter;
    if (frontmatter.present && frontmatter.contentEnd > frontmatter.contentStart) {
      const { root, problems } = parseYaml(text.slice(frontmatter.contentStart, frontmatter.contentEnd), frontmatter.contentStart);
      file.root = root;
      file.syntaxErrors = problems;
    }
    return file;
  }
  if (kind === 'file') return file;
  const { root, problems } = parseJson(text);
  file.root = root;
  file.syntaxErrors = problems;
  return file;
}
