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
  // Lines are read lazily: only up to the closing fence, never the whole body.
  const lines = lineIterator(text);
  let first = lines.next();
  // Frontmatter must start on the first line; a fence after leading blank lines is noted for a rule.
  let leading = false;
  while (!first.done && first.value.text.trim() === '') { first = lines.next(); leading = true; }
  if (first.done || !FENCE.test(first.value.text)) return none;
  if (leading) return { ...none, leadingOffset: first.value.offset };
  const open = { offset: first.value.offset, length: first.value.text.length };
  let contentStart = -1;
  for (let line = lines.next(); !line.done; line = lines.next()) {
    if (contentStart < 0) contentStart = line.value.offset;
    if (FENCE.test(line.value.text)) {
      const bodyStart = line.value.offset + line.value.text.length + line.value.eol.length;
      return {
        present: true, unclosed: false,
        contentStart, contentEnd: line.value.offset,
        open, close: { offset: line.value.offset, length: line.value.text.length },
        bodyStart: Math.min(bodyStart, text.length),
      };
    }
  }
  return { present: true, unclosed: true, contentStart: contentStart < 0 ? text.length : contentStart, contentEnd: text.length, open, bodyStart: text.length };
}

export interface Line { offset: number; text: string; eol: string }

/** Lines with their offsets, one at a time; `text` excludes the line break (CRLF, LF or CR). */
export function* lineIterator(text: string): Generator<Line> {
  const re = /\r\n|\n|\r/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    yield { offset: start, text: text.slice(start, m.index), eol: m[0] };
    start = m.index + m[0].length;
  }
  if (start < text.length) yield { offset: start, text: text.slice(start), eol: '' };
}

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
