/**
 * Locates the `---` fenced YAML frontmatter of a Markdown component file. Offsets are absolute in the
 * file; the body is never parsed as YAML.
 */
export interface Frontmatter {
  /** The opening fence starts at offset 0 (after an optional BOM the reader stripped). */
  present: boolean;
  /** No closing fence: loaders treat the whole file as body (no metadata). */
  unclosed: boolean;
  /** Offset of the first character of the YAML content. */
  contentStart: number;
  /** Offset just after the YAML content (start of the closing fence line). */
  contentEnd: number;
  /** Range of the opening fence line (without its line break). */
  open: { offset: number; length: number };
  /** Range of the closing fence line, when present. */
  close?: { offset: number; length: number };
  /** Offset of the first body character. */
  bodyStart: number;
  /** When the file starts with blank lines or text before `---` that still looks like frontmatter. */
  leadingOffset?: number;
}

const FENCE = /^---[ \t]*$/;

/** The last answer: the validation's size guard and its parse ask for the same text in a row. */
let last: { text: string; frontmatter: Frontmatter } | undefined;

/** The frontmatter of `text` (never modify the answer: the same object answers the same text again). */
export function findFrontmatter(text: string): Frontmatter {
  if (last?.text === text) return last.frontmatter;
  const frontmatter = locateFrontmatter(text);
  last = { text, frontmatter };
  return frontmatter;
}

function locateFrontmatter(text: string): Frontmatter {
  const none: Frontmatter = {
    present: false, unclosed: false, contentStart: 0, contentEnd: 0, open: { offset: 0, length: 0 }, bodyStart: 0,
  };
  // Lines are read one at a time: only up to the closing fence, never the whole body.
  const line = new LineCursor(text);
  let more = line.next();
  // Frontmatter must start on the first line; a fence after leading blank lines is noted for a rule.
  let leading = false;
  while (more && line.text().trim() === '') { more = line.next(); leading = true; }
  if (!more || !FENCE.test(line.text())) return none;
  if (leading) return { ...none, leadingOffset: line.offset };
  const open = { offset: line.offset, length: line.end - line.offset };
  let contentStart = -1;
  while (line.next()) {
    if (contentStart < 0) contentStart = line.offset;
    // Only a line that starts with `---` is sliced for the fence test.
    if (text.startsWith('---', line.offset) && FENCE.test(line.text())) {
      const bodyStart = line.end + line.eolLength;
      return {
        present: true, unclosed: false,
        contentStart, contentEnd: line.offset,
        open, close: { offset: line.offset, length: line.end - line.offset },
        bodyStart: Math.min(bodyStart, text.length),
      };
    }
  }
  return { present: true, unclosed: true, contentStart: contentStart < 0 ? text.length : contentStart, contentEnd: text.length, open, bodyStart: text.length };
}

/** Lines of a text as offsets (CRLF, LF and CR each end one), without an object or a slice per line. */
class LineCursor {
  /** The current line: [offset, end) without its break, which is `eolLength` long. */
  offset = 0;
  end = -1;
  eolLength = 0;
  private readonly breaks = /\r\n|\n|\r/g;
  constructor(private readonly source: string) {}

  /** Moves to the next line; false at the end (a final line break starts no line). */
  next(): boolean {
    const start = this.end < 0 ? 0 : this.end + this.eolLength;
    if (this.end >= 0 && this.eolLength === 0) return false;
    this.breaks.lastIndex = start;
    const m = this.breaks.exec(this.source);
    if (m) { this.offset = start; this.end = m.index; this.eolLength = m[0].length; return true; }
    if (start < this.source.length) { this.offset = start; this.end = this.source.length; this.eolLength = 0; return true; }
    return false;
  }

  text(): string { return this.source.slice(this.offset, this.end); }
}

export interface Line { offset: number; text: string; eol: string }

/**
 * Lines with their offsets (plus `base`: the offset of `text` in its file); `text` excludes the line
 * break (CRLF, LF or CR).
 */
export function splitLines(text: string, base = 0): Line[] {
  const out: Line[] = [];
  const re = /\r\n|\n|\r/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push({ offset: base + start, text: text.slice(start, m.index), eol: m[0] });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ offset: base + start, text: text.slice(start), eol: '' });
  return out;
}
