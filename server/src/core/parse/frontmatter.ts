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

export function findFrontmatter(text: string): Frontmatter {
  const none: Frontmatter = {
    present: false, unclosed: false, contentStart: 0, contentEnd: 0, open: { offset: 0, length: 0 }, bodyStart: 0,
  };
  const lines = splitLines(text);
  if (lines.length === 0) return none;
  // Frontmatter must start on the first line; a fence after leading blank lines is noted for a rule.
  let first = 0;
  while (first < lines.length && lines[first].text.trim() === '') first++;
  if (first >= lines.length || !FENCE.test(lines[first].text)) return none;
  if (first > 0) return { ...none, leadingOffset: lines[first].offset };
  const open = { offset: lines[0].offset, length: lines[0].text.length };
  for (let i = 1; i < lines.length; i++) {
    if (FENCE.test(lines[i].text)) {
      const next = lines[i + 1];
      return {
        present: true, unclosed: false,
        contentStart: lines[1].offset, contentEnd: lines[i].offset,
        open, close: { offset: lines[i].offset, length: lines[i].text.length },
        bodyStart: next ? next.offset : text.length,
      };
    }
  }
  const contentStart = lines[1]?.offset ?? text.length;
  return { present: true, unclosed: true, contentStart, contentEnd: text.length, open, bodyStart: text.length };
}

export interface Line { offset: number; text: string; eol: string }

/** Lines with their offsets; `text` excludes the line break (CRLF, LF or CR). */
export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  const re = /\r\n|\n|\r/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push({ offset: start, text: text.slice(start, m.index), eol: m[0] });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ offset: start, text: text.slice(start), eol: '' });
  return out;
}
