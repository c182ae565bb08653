/**
 * Completion for JSON kinds, driven by the bundled schemas: keys not yet present (with their docs and a
 * value skeleton or the property's first default snippet), whole-object snippets (`defaultSnippets`,
 * e.g. an MCP server per transport, a hook group), enum/const/boolean/example values, and tool names for
 * hook matchers. Markdown kinds are delegated to complete-frontmatter.ts.
 */
import { getLocation, findNodeAtLocation, type JSONPath } from 'jsonc-parser';
import type { ParsedFile } from '../types';
import { schemaFor } from '../schema/schemas';
import { MARKDOWN_KINDS } from '../kinds/detect';
import { RULES } from '../rules';
import {
  childSchemas, declaredProperties, defaultSnippets, enumValues, firstString, schemasAt, snippetJson, typesOf, type Located,
} from './schema-walk';
import { TOOL_NAMES } from './frontmatter-docs';
import { completeFrontmatter } from './complete-frontmatter';

export type CompletionKind = 'property' | 'value' | 'snippet' | 'enum' | 'keyword' | 'module';

export interface CompletionEntry {
  label: string;
  kind: CompletionKind;
  /** Text to insert; a snippet (with `$1`, `${1:x}`) when `snippet` is true. */
  insertText: string;
  snippet: boolean;
  /** Offsets of the text the insertion replaces. */
  replace: { offset: number; length: number };
  documentation?: string;
  detail?: string;
  sortText?: string;
  filterText?: string;
}

const TOOL_EVENTS = new Set(['PreToolUse', 'PostToolUse', 'PostToolUseFailure', 'PermissionRequest', 'PermissionDenied']);

export function doComplete(file: ParsedFile, offset: number): CompletionEntry[] {
  if (MARKDOWN_KINDS.includes(file.kind)) return completeFrontmatter(file, offset);
  const entry = schemaFor(file.kind);
  if (!entry) return [];
  const text = file.text;
  const loc = getLocation(text, offset);
  const prev = loc.previousNode;
  const onPrev = prev && offset >= prev.offset && offset <= prev.offset + prev.length;
  const replace = onPrev ? { offset: prev.offset, length: prev.length } : { offset, length: 0 };
  if (loc.isAtPropertyKey || isEmptyObjectSlot(text, offset, loc.path)) {
    const objectPath = loc.isAtPropertyKey ? loc.path.slice(0, -1) : loc.path;
    return keyCompletions(file, entry.schema, objectPath, replace, onPrev ? String(prev.value ?? '') : undefined);
  }
  return valueCompletions(file, entry.schema, loc.path, replace);
}

/** `{|}` after a key: getLocation reports the value path; treat it as a key slot of that object. */
function isEmptyObjectSlot(text: string, offset: number, _path: JSONPath): boolean {
  const before = text.slice(0, offset).replace(/\s+$/, '');
  return before.endsWith('{') || (before.endsWith(',') && /^[\s]*("|}|$)/.test(text.slice(offset)) && lastOpen(before) === '{');
}

function lastOpen(before: string): string | undefined {
  let depth = 0;
  let inString = false;
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before[i];
    if (c === '"' && before[i - 1] !== '\\') inString = !inString;
    if (inString) continue;
    if (c === '}' || c === ']') depth++;
    else if (c === '{' || c === '[') { if (depth === 0) return c; depth--; }
  }
  return undefined;
}

function keyCompletions(file: ParsedFile, rootSchema: object, objectPath: JSONPath, replace: CompletionEntry['replace'], typing?: string): CompletionEntry[] {
  const schemas = schemasAt(rootSchema, objectPath);
  const objectNode = file.root ? (objectPath.length ? findNodeAtLocation(file.root, objectPath) : file.root) : undefined;
  const present = new Set((objectNode?.children ?? []).map((p) => String(p.children?.[0]?.value ?? '')));
  if (typing !== undefined) present.delete(typing);
  const comma = needsComma(file.text, replace.offset + replace.length) ? ',' : '';
  const out: CompletionEntry[] = [];
  for (const [key, propSchemas] of declaredProperties(schemas)) {
    if (present.has(key)) continue;
    // A deprecated key (`channels` → `distribution`) still hovers and validates, but is not offered.
    if (propSchemas.some((s) => s.schema.doNotSuggest === true || typeof s.schema.deprecationMessage === 'string')) continue;
    const doc = firstString(propSchemas, 'markdownDescription') ?? firstString(propSchemas, 'description');
    out.push({
      label: key, kind: 'property', snippet: true, replace,
      insertText: `${JSON.stringify(key)}: ${valueSkeleton(propSchemas)}${comma}`,
      documentation: doc, detail: firstString(propSchemas, 'title'), filterText: JSON.stringify(key),
    });
  }
  // `.plugin-lens.json` rules: every rule id is a key.
  if (file.kind === 'config' && objectPath.length === 1 && objectPath[0] === 'rules') {
    for (const rule of RULES) {
      if (present.has(rule.id)) continue;
      out.push({
        label: rule.id, kind: 'property', snippet: true, replace, documentation: rule.description,
        insertText: `${JSON.stringify(rule.id)}: "\${1|off,hint,info,warning,error|}"${comma}`, filterText: JSON.stringify(rule.id),
      });
    }
  }
  // Map objects (additionalProperties with snippets, e.g. MCP servers): a new named entry per snippet.
  for (const snip of defaultSnippets(childSchemas(schemas.filter((s) => typeof s.schema.additionalProperties === 'object'), '\u0000new'))) {
    out.push({
      label: `New entry: ${snip.label}`, kind: 'snippet', snippet: true, replace, documentation: snip.description,
      insertText: `"\${1:name}": ${snippetJson(snip.body, '\t')}${comma}`, filterText: '"',
    });
  }
  // Object snippets whose body is an object: insert its members here (e.g. a hook event group).
  for (const snip of defaultSnippets(schemas)) {
    if (!snip.body || typeof snip.body !== 'object' || Array.isArray(snip.body)) continue;
    const members = Object.entries(snip.body as Record<string, unknown>).filter(([k]) => !present.has(k));
    if (members.length === 0) continue;
    const inner = members.map(([k, v]) => `${JSON.stringify(k)}: ${snippetJson(v, '\t')}`).join(',\n');
    out.push({ label: snip.label, kind: 'snippet', snippet: true, replace, documentation: snip.description, insertText: inner + comma, filterText: `"${members[0][0]}` });
  }
  return out;
}

function valueCompletions(file: ParsedFile, rootSchema: object, path: JSONPath, replace: CompletionEntry['replace']): CompletionEntry[] {
  const schemas = schemasAt(rootSchema, path);
  const out: CompletionEntry[] = [];
  const seen = new Set<string>();
  const push = (e: CompletionEntry) => { if (!seen.has(e.label)) { seen.add(e.label); out.push(e); } };
  for (const v of enumValues(schemas)) {
    push({ label: JSON.stringify(v.value), kind: 'enum', snippet: false, insertText: JSON.stringify(v.value), replace, documentation: v.description });
  }
  const types = typesOf(schemas);
  if (types.has('boolean')) for (const b of ['true', 'false']) push({ label: b, kind: 'keyword', snippet: false, insertText: b, replace });
  for (const s of schemas) {
    const examples = s.schema.examples;
    if (Array.isArray(examples)) for (const ex of examples) push({ label: JSON.stringify(ex), kind: 'value', snippet: false, insertText: JSON.stringify(ex), replace });
  }
  for (const snip of defaultSnippets(schemas)) {
    push({ label: snip.label, kind: 'snippet', snippet: true, insertText: snippetJson(snip.body, '\t'), replace, documentation: snip.description });
  }
  const last = path[path.length - 1];
  const eventSeg = path.length >= 3 ? path[path.length - 3] : undefined;
  if (last === 'matcher' && typeof eventSeg === 'string' && TOOL_EVENTS.has(eventSeg)) {
    for (const tool of TOOL_NAMES) push({ label: JSON.stringify(tool), kind: 'value', snippet: false, insertText: JSON.stringify(tool), replace, detail: 'tool name' });
  }
  return out;
}

/** A value placeholder for a property: its first default snippet, else one shaped by its type. */
function valueSkeleton(schemas: Located[]): string {
  const snip = defaultSnippets(schemas)[0];
  if (snip) return snippetJson(snip.body, '\t');
  const values = enumValues(schemas).filter((v) => typeof v.value === 'string').map((v) => String(v.value));
  if (values.length > 1 && values.every((v) => /^[\w.-]+$/.test(v))) return `"\${1|${values.join(',')}|}"`;
  const types = typesOf(schemas);
  if (types.has('object')) return '{$1}';
  if (types.has('array')) return '[$1]';
  if (types.has('boolean')) return '${1|true,false|}';
  if (types.has('number') || types.has('integer')) return '${1:0}';
  return '"$1"';
}

function needsComma(text: string, from: number): boolean {
  return /^\s*"/.test(text.slice(from));
}
