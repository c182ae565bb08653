/**
 * YAML text → the shared Node tree, via the `yaml` library's AST. `base` is added to every offset so
 * positions are absolute in the real file (frontmatter starts after the opening fence).
 */
import { parseDocument, isMap, isSeq, isScalar, isPair, isAlias, type Document, type ParsedNode, Scalar } from 'yaml';
import type { Node as ReadonlyNode } from './node';

/** jsonc-parser's Node is read-only; we build it, so a mutable view of the same shape. */
type Node = { -readonly [K in keyof ReadonlyNode]: ReadonlyNode[K] extends ReadonlyNode[] | undefined ? Node[] | undefined : ReadonlyNode[K] extends ReadonlyNode | undefined ? Node | undefined : ReadonlyNode[K] };
import type { SyntaxProblem } from '../types';

export interface YamlParse { root: ReadonlyNode | undefined; problems: SyntaxProblem[]; doc: Document.Parsed }

export function parseYaml(text: string, base = 0): YamlParse {
  // uniqueKeys off: a duplicate key is a rule finding with its own effect, not a parse failure.
  const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false, strict: false, keepSourceTokens: false });
  const problems: SyntaxProblem[] = doc.errors.map((e) => ({
    offset: base + e.pos[0],
    length: Math.max(0, e.pos[1] - e.pos[0]),
    code: e.code,
    message: firstLine(e.message),
  }));
  const root = doc.contents ? convert(doc.contents as ParsedNode, undefined, base, text.length) : undefined;
  return { root, problems, doc };
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

function convert(node: ParsedNode | null, parent: Node | undefined, base: number, max: number): Node {
  const [start, valueEnd] = node?.range ?? [max, max];
  const out: Node = { type: 'null', offset: base + start, length: Math.max(0, valueEnd - start), parent } as Node;
  if (!node) return out;
  if (isMap(node)) {
    out.type = 'object';
    out.children = [];
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = pair.key as ParsedNode | null;
      const keyStart = key?.range?.[0] ?? start;
      const value = pair.value as ParsedNode | null;
      const prop: Node = { type: 'property', offset: base + keyStart, length: 0, parent: out, children: [] } as Node;
      const keyNode = convert(key, prop, base, max);
      // Keys are always compared as strings, as the loaders do after YAML → JSON.
      keyNode.type = 'string';
      keyNode.value = isScalar(key) ? String(key.value ?? '') : key ? String(key) : '';
      const valueNode = value ? convert(value, prop, base, max) : emptyValue(prop, keyNode);
      prop.children = [keyNode, valueNode];
      prop.colonOffset = keyNode.offset + keyNode.length;
      prop.length = Math.max(valueNode.offset + valueNode.length, keyNode.offset + keyNode.length) - prop.offset;
      out.children.push(prop);
    }
  } else if (isSeq(node)) {
    out.type = 'array';
    out.children = node.items.map((item) => convert(item as ParsedNode, out, base, max));
  } else if (isScalar(node)) {
    setScalar(out, node);
  } else if (isAlias(node)) {
    out.type = 'string';
    out.value = `*${node.source}`;
  }
  return out;
}

/** `key:` with nothing after it: a zero-length null right after the key. */
function emptyValue(parent: Node, key: Node): Node {
  return { type: 'null', offset: key.offset + key.length, length: 0, parent, value: null } as Node;
}

function setScalar(out: Node, node: Scalar): void {
  const v = node.value;
  if (v === null || v === undefined) { out.type = 'null'; out.value = null; }
  else if (typeof v === 'string') { out.type = 'string'; out.value = v; }
  else if (typeof v === 'number' || typeof v === 'bigint') { out.type = 'number'; out.value = Number(v); }
  else if (typeof v === 'boolean') { out.type = 'boolean'; out.value = v; }
  else if (v instanceof Date) { out.type = 'string'; out.value = v.toISOString(); }
  else { out.type = 'string'; out.value = String(v); }
}

/** The YAML scalar style of a value (plain, quoted, block), for rules about quoting hazards. */
export function scalarStyle(text: string, node: ReadonlyNode): 'plain' | 'single' | 'double' | 'block' | 'other' {
  const c = text[node.offset];
  if (c === "'") return 'single';
  if (c === '"') return 'double';
  if (c === '|' || c === '>') return 'block';
  return node.type === 'object' || node.type === 'array' ? 'other' : 'plain';
}
