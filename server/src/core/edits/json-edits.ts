/**
 * Minimal JSON edits on the original text: remove a property or array item, insert a property, replace
 * a value. Only the bytes of the member (and its separating comma) change; the rest of the file stays
 * byte-exact (jsonc-parser's `modify` re-formats the whole parent, which we do not want).
 */
import type { Edit } from '../types';
import type { Node } from '../parse/node';

/** Removes a property node (or an array item node) with its separating comma. */
export function removeMember(text: string, member: Node): Edit[] {
  const parent = member.parent;
  const siblings = parent?.children ?? [];
  const index = siblings.indexOf(member);
  if (!parent || index < 0) return [];
  const next = siblings[index + 1];
  const prev = siblings[index - 1];
  if (next) return [{ offset: member.offset, length: next.offset - member.offset, newText: '' }];
  if (prev) {
    const start = prev.offset + prev.length;
    return [{ offset: start, length: member.offset + member.length - start, newText: '' }];
  }
  // The only member: empty the container, keeping its brackets.
  return [{ offset: parent.offset + 1, length: parent.length - 2, newText: '' }];
}

/** Inserts `"key": <value>` as the last property of an object node, matching the file's indentation. */
export function insertProperty(text: string, object: Node, key: string, value: unknown): Edit[] {
  const props = object.children ?? [];
  const eol = lineBreakOf(text);
  if (props.length === 0) {
    const inner = text.slice(object.offset + 1, object.offset + object.length - 1);
    const multiline = /\n/.test(inner);
    const indent = lineIndent(text, object.offset);
    const member = `${JSON.stringify(key)}: ${JSON.stringify(value)}`;
    return [{
      offset: object.offset + 1, length: object.length - 2,
      newText: multiline ? `${eol}${indent}  ${member}${eol}${indent}` : ` ${member} `,
    }];
  }
  const last = props[props.length - 1];
  const end = last.offset + last.length;
  const sameLine = !text.slice(props[0].offset - 200 < object.offset ? object.offset : props[0].offset - 200, props[0].offset).includes('\n')
    && !text.slice(object.offset, end).includes('\n');
  const member = `${JSON.stringify(key)}: ${JSON.stringify(value)}`;
  if (sameLine) return [{ offset: end, length: 0, newText: `, ${member}` }];
  return [{ offset: end, length: 0, newText: `,${eol}${lineIndent(text, last.offset)}${member}` }];
}

/**
 * The line break a JSON edit writes: CRLF when the file has one anywhere, else LF. Remembered for the
 * last text: a fix per finding asked it of the whole text, and a 1.4 MB marketplace.json with 70,000
 * findings scanned 1.4 MB 70,000 times.
 */
let lastEol: { text: string; eol: string } | undefined;
export function lineBreakOf(text: string): string {
  if (lastEol?.text !== text) lastEol = { text, eol: text.includes('\r\n') ? '\r\n' : '\n' };
  return lastEol.eol;
}

/** Replaces a value node with a JSON value (serialized compactly). */
export function replaceValue(value: Node, newValue: unknown): Edit[] {
  return [{ offset: value.offset, length: value.length, newText: JSON.stringify(newValue) }];
}

/** The whitespace at the start of the line holding `offset`. */
export function lineIndent(text: string, offset: number): string {
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1) + 1, 0);
  return /^[ \t]*/.exec(text.slice(lineStart, offset))![0];
}
