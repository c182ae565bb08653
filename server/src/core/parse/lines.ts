/**
 * Offset ↔ line/character for one text, answered as vscode-languageserver-textdocument's TextDocument
 * answers them (LSP positions; CRLF, LF and CR each end a line). Line starts are found on demand and
 * only as far as a question needs: most files produce no finding, and a finding in a SKILL.md's
 * frontmatter never has the whole body scanned for line breaks.
 */
import type { Position } from '../types';

export class LineIndex {
  /** Line starts found so far, in order (the first line starts at 0). */
  private readonly starts: number[] = [0];
  /** Every line start is in `starts`. */
  private complete = false;

  constructor(private readonly text: string) {}

  get lineCount(): number {
    return this.lineStarts().length;
  }

  positionAt(offset: number): Position {
    const text = this.text;
    let at = Math.max(Math.min(offset, text.length), 0);
    const starts = this.starts;
    // Every line start up to `at` must be known: read on until one lies beyond it.
    while (starts[starts.length - 1] <= at && this.findNext());
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
    const starts = this.starts;
    // The line's start and the next line's (or the end of the text).
    while (starts.length <= position.line + 1 && this.findNext());
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
    while (this.findNext());
    return this.starts;
  }

  /** The next `\n` and `\r` at or after the last line start (-1: none), kept between calls: one pass over the text. */
  private nextLf = -2;
  private nextCr = -2;

  /** Records the next line start; false when there is none. */
  private findNext(): boolean {
    if (this.complete) return false;
    const text = this.text;
    const from = this.starts[this.starts.length - 1];
    if (this.nextLf !== -1 && this.nextLf < from) this.nextLf = text.indexOf('\n', from);
    if (this.nextCr !== -1 && this.nextCr < from) this.nextCr = text.indexOf('\r', from);
    const lf = this.nextLf;
    const cr = this.nextCr;
    if (lf < 0 && cr < 0) { this.complete = true; return false; }
    // The first break wins; CRLF is one break.
    const at = cr < 0 || (lf >= 0 && lf < cr) ? lf : cr;
    this.starts.push(at === cr && lf === cr + 1 ? at + 2 : at + 1);
    return true;
  }
}

function isEol(c: number): boolean {
  return c === 13 || c === 10;
}
