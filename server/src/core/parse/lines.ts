/**
 * Offset ↔ line/character for one text, answered as vscode-languageserver-textdocument's TextDocument
 * answers them (LSP positions; CRLF, LF and CR each end a line). The line-start table is built on
 * first use only (most files produce no finding and need none), by searching for line breaks with
 * indexOf: a whole SKILL.md body is scanned natively instead of one character at a time.
 */
import type { Position } from '../types';

export class LineIndex {
  private starts: number[] | undefined;

  constructor(private readonly text: string) {}

  get lineCount(): number {
    return this.lineStarts().length;
  }

  positionAt(offset: number): Position {
    const text = this.text;
    let at = Math.max(Math.min(offset, text.length), 0);
    const starts = this.lineStarts();
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid] > at) high = mid; else low = mid + 1;
    }
    const line = low - 1;
    // An offset inside a line break (between CR and LF) is the end of the line's content.
    while (at > starts[line] && isEol(text.charCodeAt(at - 1))) at--;
    return { line, character: at - starts[line] };
  }

  offsetAt(position: Position): number {
    const starts = this.lineStarts();
    if (position.line >= starts.length) return this.text.length;
    if (position.line < 0) return 0;
    const lineStart = starts[position.line];
    if (position.character <= 0) return lineStart;
    const next = position.line + 1 < starts.length ? starts[position.line + 1] : this.text.length;
    let at = Math.min(lineStart + position.character, next);
    while (at > lineStart && isEol(this.text.charCodeAt(at - 1))) at--;
    return at;
  }

  /** Offsets where lines start (the first is 0); a final line break starts one more, empty line. */
  lineStarts(): readonly number[] {
    return (this.starts ??= lineStartsOf(this.text));
  }
}

function isEol(c: number): boolean {
  return c === 13 || c === 10;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  let cr = text.indexOf('\r');
  let lf = text.indexOf('\n');
  while (cr >= 0 || lf >= 0) {
    // The nearer break ends the line; CR directly followed by LF is one break.
    const next = cr >= 0 && (lf < 0 || cr < lf) ? (lf === cr + 1 ? cr + 2 : cr + 1) : lf + 1;
    starts.push(next);
    if (cr >= 0 && cr < next) cr = text.indexOf('\r', next);
    if (lf >= 0 && lf < next) lf = text.indexOf('\n', next);
  }
  return starts;
}
