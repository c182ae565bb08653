/** Parses a file of a known kind into the shared ParsedFile shape. Never throws. */
import type { FileKindId, ParsedFile } from '../types';
import { MARKDOWN_KINDS } from '../kinds/detect';
import { parseJson } from './json';
import { parseYaml } from './yaml';
import { findFrontmatter } from './frontmatter';
import { LineIndex } from './lines';

export function parseFile(path: string, text: string, kind: FileKindId, bom = false): ParsedFile {
  // Line offsets are computed on first use only: most files produce no finding and need none.
  let index: LineIndex | undefined;
  const lines = () => (index ??= new LineIndex(text));
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
