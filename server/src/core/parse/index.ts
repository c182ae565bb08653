/** Parses a file of a known kind into the shared ParsedFile shape. Never throws. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { FileKindId, ParsedFile } from '../types';
import { MARKDOWN_KINDS } from '../kinds/detect';
import { parseJson } from './json';
import { parseYaml } from './yaml';
import { findFrontmatter } from './frontmatter';

export function parseFile(path: string, text: string, kind: FileKindId, bom = false): ParsedFile {
  const doc = TextDocument.create('file://' + path, 'plaintext', 0, text);
  const base = {
    path, text, kind, bom,
    lineCount: doc.lineCount,
    positionAt: (offset: number) => doc.positionAt(offset),
    offsetAt: (pos: { line: number; character: number }) => doc.offsetAt(pos),
  };
  if (MARKDOWN_KINDS.includes(kind)) {
    const frontmatter = findFrontmatter(text);
    if (!frontmatter.present || frontmatter.contentEnd <= frontmatter.contentStart) {
      return { ...base, root: undefined, syntaxErrors: [], frontmatter };
    }
    const yamlText = text.slice(frontmatter.contentStart, frontmatter.contentEnd);
    const { root, problems } = parseYaml(yamlText, frontmatter.contentStart);
    return { ...base, root, syntaxErrors: problems, frontmatter };
  }
  if (kind === 'file') return { ...base, root: undefined, syntaxErrors: [] };
  const { root, problems } = parseJson(text);
  return { ...base, root, syntaxErrors: problems };
}
