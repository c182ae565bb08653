/**
 * Hover: on a finding, its rule and docs link; on any key or value, the schema's docs resolved by node
 * path (JSON kinds) or the frontmatter field table (Markdown kinds); on an item's name, its reach
 * (via `reachHoverProvider`). Pure: returns markdown and the hovered offset range.
 */
import type { Finding, ParsedFile } from '../types';
import type { Workspace } from '../workspace';
import { findNodeAtOffset, getNodePath, type Node } from '../parse/node';
import { schemaFor } from '../schema/schemas';
import { getRule, ruleDocsUrl } from '../rules';
import { MARKDOWN_KINDS } from '../kinds/detect';
import { enumValues, firstString, schemasAt, sourcesOf, type Located } from './schema-walk';
import { FIELD_VALUES, fieldDocsFor, TOOL_FIELDS, TOOL_NAMES } from './frontmatter-docs';
import { vscodeCheckNote } from '../knowledge/vscode-skill-checks';
import { itemAt, reachHoverProvider as defaultReachHover, type ReachHoverProvider } from './reach-hover';

export interface HoverResult { markdown: string; offset: number; length: number }

export interface HoverOptions {
  findings?: readonly Finding[];
  workspace?: Workspace;
  reachHoverProvider?: ReachHoverProvider;
}

export function doHover(file: ParsedFile, offset: number, opts: HoverOptions = {}): HoverResult | undefined {
  const parts: string[] = [];
  let range: { offset: number; length: number } | undefined;
  const widen = (o: number, l: number) => { if (!range) range = { offset: o, length: l }; };

  for (const f of opts.findings ?? []) {
    if (offset < f.offset || offset > f.offset + f.length) continue;
    const rule = getRule(f.ruleId);
    parts.push(`**${f.ruleId}** (${f.severity})${rule ? ` — ${rule.description}` : ''}\n\n[Rule documentation](${ruleDocsUrl(f.ruleId)})`);
    widen(f.offset, f.length);
  }

  const node = file.root ? findNodeAtOffset(file.root, offset, true) : undefined;
  if (node && inside(node, offset)) {
    const item = itemAt(file, offset);
    if (item) {
      const reach = (opts.reachHoverProvider ?? defaultReachHover)({ file, item, workspace: opts.workspace });
      if (reach) parts.push(reach);
    }
    const doc = MARKDOWN_KINDS.includes(file.kind) ? frontmatterDoc(file, node) : schemaDoc(file, node);
    if (doc) { parts.push(doc); widen(node.offset, node.length); }
  }
  if (parts.length === 0) return undefined;
  return { markdown: parts.join('\n\n---\n\n'), ...(range ?? { offset, length: 0 }) };
}

function inside(node: Node, offset: number): boolean {
  return offset >= node.offset && offset <= node.offset + node.length;
}

/** The key node's property, or the value's property, plus whether the hovered node is the key. */
function roleOf(node: Node): { isKey: boolean } {
  const prop = node.parent?.type === 'property' ? node.parent : undefined;
  return { isKey: prop?.children?.[0] === node };
}

function schemaDoc(file: ParsedFile, node: Node): string | undefined {
  const entry = schemaFor(file.kind);
  if (!entry) return undefined;
  const path = getNodePath(node);
  const { isKey } = roleOf(node);
  if (file.kind === 'config' && path[0] === 'rules' && path.length === 2 && isKey) {
    const rule = getRule(String(path[1]));
    if (rule) return `**${rule.id}** — ${rule.description}\n\nDefault severity: \`${rule.defaultSeverity}\`${rule.fixable ? ' · fixable' : ''}\n\n[Rule documentation](${ruleDocsUrl(rule.id)})`;
  }
  let schemas: Located[] = schemasAt(entry.schema, path);
  // A value inside an array item of scalars (e.g. `targets`) is documented by the items schema.
  if (schemas.length === 0) return undefined;
  const lines: string[] = [];
  const title = firstString(schemas, 'title');
  const key = path.length ? String(path[path.length - 1]) : entry.label;
  lines.push(title ? `**${title}** \`${key}\`` : `\`${key}\``);
  const desc = firstString(schemas, 'markdownDescription') ?? firstString(schemas, 'description');
  if (desc) lines.push(desc);
  const deprecated = firstString(schemas, 'deprecationMessage');
  if (deprecated) lines.push(`**Deprecated:** ${deprecated}`);
  const values = enumValues(schemas);
  if (!isKey && node.type !== 'object' && node.type !== 'array') {
    const current = values.find((v) => v.value === node.value);
    if (current?.description) lines.push(`\`${JSON.stringify(current.value)}\`: ${current.description}`);
  }
  if (values.length > 1 && values.length <= 40) lines.push(`Allowed values: ${values.map((v) => `\`${JSON.stringify(v.value)}\``).join(', ')}`);
  const dflt = schemas.find((s) => 'default' in s.schema)?.schema.default;
  if (dflt !== undefined) lines.push(`Default: \`${JSON.stringify(dflt)}\``);
  schemas = schemas.filter((s) => s.schema['x-sources']);
  const sources = sourcesOf(schemas);
  if (sources.length) lines.push(`Sources: ${sources.map((s) => `[${shortUrl(s.url)}](${s.url})${s.date ? ` (${s.date})` : ''}`).join(', ')}`);
  return lines.join('\n\n');
}

function frontmatterDoc(file: ParsedFile, node: Node): string | undefined {
  const table = fieldDocsFor(file.kind);
  if (!table) return undefined;
  const path = getNodePath(node);
  if (path.length === 0) return undefined;
  const field = String(path[0]);
  const doc = table.fields[field];
  const lines: string[] = [`**${field}** (${file.kind} frontmatter)`];
  if (doc) lines.push(doc);
  else lines.push(`\`${field}\` is not a documented ${file.kind} frontmatter field; Claude Code ignores it.`);
  const values = FIELD_VALUES[field];
  if (values) lines.push(`Allowed values: ${values.map((v) => `\`${v}\``).join(', ')}`);
  if (TOOL_FIELDS.has(field)) lines.push(`Tool names are case-sensitive, e.g. ${TOOL_NAMES.slice(0, 8).map((t) => `\`${t}\``).join(', ')}; MCP tools are \`mcp__<server>__<tool>\`.`);
  lines.push(`Source: [${shortUrl(table.source.url)}](${table.source.url}) (${table.source.date})`);
  const vscode = file.kind === 'skill' && path.length === 1 ? vscodeCheckNote(field) : undefined;
  if (vscode) lines.push(vscode);
  return lines.join('\n\n');
}

function shortUrl(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/, '').replace(/#.*$/, '');
}
