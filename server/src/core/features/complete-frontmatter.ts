/**
 * Completion in the YAML frontmatter of SKILL.md, agents, commands and output styles: top-level keys not
 * yet present, values of closed fields (model, effort, color, …), and tool names for `tools` /
 * `allowed-tools` (inline, comma/space separated, or as `- item` lines). Line-based on purpose: while
 * typing, the YAML is often incomplete.
 */
import type { ParsedFile } from '../types';
import type { CompletionEntry } from './complete';
import { propertiesOf, keyOf } from '../parse/node';
import { FIELD_VALUES, fieldDocsFor, TOOL_FIELDS, TOOL_NAMES } from './frontmatter-docs';

export function completeFrontmatter(file: ParsedFile, offset: number): CompletionEntry[] {
  const table = fieldDocsFor(file.kind);
  if (!table) return [];
  const fm = file.frontmatter;
  const text = file.text;
  if (!fm?.present) {
    // An empty or frontmatter-less file: offer the whole block.
    if (text.slice(0, offset).trim() !== '') return [];
    const body = file.kind === 'skill' || file.kind === 'agent'
      ? '---\nname: ${1:my-name}\ndescription: ${2:What it does and when to use it}\n---\n\n$0'
      : '---\ndescription: ${1:What it does}\n---\n\n$0';
    return [{ label: `${file.kind} frontmatter`, kind: 'snippet', snippet: true, insertText: body, replace: { offset: 0, length: offset }, documentation: `Frontmatter block for a ${file.kind} file.` }];
  }
  const end = fm.unclosed ? text.length : fm.contentEnd;
  if (offset < fm.contentStart || offset > end) return [];
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const prefix = text.slice(lineStart, offset);

  const keyTyping = /^([A-Za-z_][\w-]*)?$/.exec(prefix);
  if (keyTyping) {
    const present = new Set(propertiesOf(file.root).map(keyOf));
    const typed = keyTyping[1] ?? '';
    present.delete(typed);
    const lineEnd = text.indexOf('\n', offset);
    const restOfLine = text.slice(offset, lineEnd < 0 ? text.length : lineEnd).replace(/\r$/, '');
    // Replace the whole key when the line already has `key:` (so we don't produce `modelodel:`).
    const keyRest = /^[\w-]*/.exec(restOfLine)![0];
    const hasColon = restOfLine.slice(keyRest.length).startsWith(':');
    const replace = { offset: lineStart, length: prefix.length + keyRest.length + (hasColon ? 1 : 0) };
    return Object.entries(table.fields).filter(([k]) => !present.has(k)).map(([key, doc]) => ({
      label: key, kind: 'property' as const, snippet: true, replace, documentation: doc,
      insertText: `${key}: ${valueSnippet(key)}`,
    }));
  }

  const inline = /^([A-Za-z_][\w-]*):[ \t]*(.*)$/.exec(prefix);
  if (inline) return valueEntries(inline[1], inline[2], offset);

  const listItem = /^[ \t]+-[ \t]*(\S*)$/.exec(prefix);
  if (listItem) {
    const owner = owningKey(text, lineStart, fm.contentStart);
    if (owner && TOOL_FIELDS.has(owner)) return toolEntries(listItem[1], offset);
  }
  return [];
}

function valueSnippet(key: string): string {
  const values = FIELD_VALUES[key];
  if (values) return `\${1|${values.join(',')}|}`;
  return '$1';
}

function valueEntries(field: string, typed: string, offset: number): CompletionEntry[] {
  if (TOOL_FIELDS.has(field)) {
    const token = /[^\s,[\]]*$/.exec(typed)![0];
    return toolEntries(token, offset);
  }
  const values = FIELD_VALUES[field];
  if (!values) return [];
  const replace = { offset: offset - typed.length, length: typed.length };
  return values.map((v, i) => ({ label: v, kind: 'enum' as const, snippet: false, insertText: v, replace, sortText: String(i).padStart(3, '0') }));
}

function toolEntries(token: string, offset: number): CompletionEntry[] {
  const replace = { offset: offset - token.length, length: token.length };
  return TOOL_NAMES.map((t) => ({ label: t, kind: 'value' as const, snippet: false, insertText: t, replace, detail: 'Claude Code tool' }));
}

/** The top-level key a `- item` line belongs to (the nearest unindented `key:` above it). */
function owningKey(text: string, lineStart: number, contentStart: number): string | undefined {
  let pos = lineStart - 1;
  while (pos > contentStart) {
    const start = text.lastIndexOf('\n', pos - 1) + 1;
    const line = text.slice(start, pos).replace(/\r$/, '');
    const m = /^([A-Za-z_][\w-]*):/.exec(line);
    if (m) return m[1];
    if (/^\S/.test(line)) return undefined;
    pos = start - 1;
  }
  return undefined;
}
