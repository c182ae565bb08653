/** Parses a file of a known kind into the shared ParsedFile shape. Never throws. */
import type { FileKindId, ParsedFile, Position, SyntaxProblem } from '../types';
import type { Node } from './node';
import { MARKDOWN_KINDS } from '../kinds/detect';
import { parseJson } from './json';
import { parseYaml } from './yaml';
import { findFrontmatter, type Frontmatter } from './frontmatter';
import { LineIndex } from './lines';

export function parseFile(path: string, text: string, kind: FileKindId, bom = false): ParsedFile {
  const file = new Parsed(path, text, kind, bom);
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

/**
 * A parsed file. Line offsets are computed on first use only (most files produce no finding and need
 * none). A class: its accessors live on one prototype instead of a getter and two closures per file.
 */
class Parsed implements ParsedFile {
  root: Node | undefined = undefined;
  syntaxErrors: SyntaxProblem[] = [];
  frontmatter?: Frontmatter;
  private index: LineIndex | undefined = undefined;

  constructor(readonly path: string, readonly text: string, readonly kind: FileKindId, readonly bom: boolean) {}

  get lineCount(): number { return this.lines().lineCount; }
  positionAt(offset: number): Position { return this.lines().positionAt(offset); }
  offsetAt(position: Position): number { return this.lines().offsetAt(position); }
  private lines(): LineIndex { return (this.index ??= new LineIndex(this.text)); }
}
