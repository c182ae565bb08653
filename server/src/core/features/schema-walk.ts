/**
 * Walks the bundled JSON Schemas by instance path (the path of a node in the file) for hover and
 * completion: resolves `$ref` across the bundled schemas and flattens `allOf`/`anyOf`/`oneOf`/`if`/`then`/`else`,
 * so a property documented in any branch is found.
 */
import type { JSONPath } from '../parse/node';
import { ALL_SCHEMAS } from '../schema/schemas';

export type Schema = Record<string, unknown>;
/** A subschema together with the document it lives in (for `#/…` refs). */
export interface Located { schema: Schema; root: Schema }

const isObj = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v);

function findRoot(id: string, from: Schema): Schema | undefined {
  if (!id) return from;
  return ALL_SCHEMAS.find((s) => {
    const sid = (s as Schema).$id;
    return typeof sid === 'string' && (sid === id || sid.endsWith('/' + id.replace(/^\.\//, '')));
  }) as Schema | undefined;
}

function resolveRef(ref: string, root: Schema): Located | undefined {
  const hash = ref.indexOf('#');
  const file = hash < 0 ? ref : ref.slice(0, hash);
  const pointer = hash < 0 ? '' : ref.slice(hash + 1);
  const target = findRoot(file, root);
  if (!target) return undefined;
  let node: unknown = target;
  for (const seg of pointer.split('/').filter(Boolean)) {
    if (!isObj(node)) return undefined;
    node = node[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return isObj(node) ? { schema: node, root: target } : undefined;
}

/** The schema itself plus every schema it composes (refs followed, combinators flattened). */
export function expand(start: Located, depth = 0): Located[] {
  if (depth > 12) return [];
  const out: Located[] = [start];
  const { schema, root } = start;
  if (typeof schema.$ref === 'string') {
    const target = resolveRef(schema.$ref, root);
    if (target) out.push(...expand(target, depth + 1));
  }
  for (const key of ['allOf', 'anyOf', 'oneOf']) {
    const list = schema[key];
    if (Array.isArray(list)) for (const s of list) if (isObj(s)) out.push(...expand({ schema: s, root }, depth + 1));
  }
  for (const key of ['then', 'else']) {
    const s = schema[key];
    if (isObj(s)) out.push(...expand({ schema: s, root }, depth + 1));
  }
  return out;
}

/** Subschemas for the value of `segment` inside an instance described by `parents`. */
export function childSchemas(parents: readonly Located[], segment: string | number): Located[] {
  const out: Located[] = [];
  for (const { schema, root } of parents) {
    if (typeof segment === 'number' || /^\d+$/.test(String(segment))) {
      const items = schema.items;
      if (isObj(items)) out.push({ schema: items, root });
      else if (Array.isArray(items) && isObj(items[Number(segment)])) out.push({ schema: items[Number(segment)] as Schema, root });
      if (typeof segment === 'number') continue;
    }
    const key = String(segment);
    const props = schema.properties;
    if (isObj(props) && isObj(props[key])) { out.push({ schema: props[key] as Schema, root }); continue; }
    let matched = false;
    const patterns = schema.patternProperties;
    if (isObj(patterns)) {
      for (const [re, s] of Object.entries(patterns)) {
        if (isObj(s) && safeTest(re, key)) { out.push({ schema: s, root }); matched = true; }
      }
    }
    if (!matched && isObj(schema.additionalProperties)) out.push({ schema: schema.additionalProperties, root });
  }
  return out.flatMap((l) => expand(l));
}

function safeTest(re: string, s: string): boolean {
  try { return new RegExp(re, 'u').test(s); } catch { return false; }
}

/** All subschemas describing the instance at `path`, starting from a kind's root schema. */
export function schemasAt(rootSchema: object, path: JSONPath): Located[] {
  let current = expand({ schema: rootSchema as Schema, root: rootSchema as Schema });
  for (const seg of path) {
    current = childSchemas(current, seg);
    if (current.length === 0) break;
  }
  return current;
}

/** Property names (with their schema) that an object described by `schemas` declares. */
export function declaredProperties(schemas: readonly Located[]): Map<string, Located[]> {
  const out = new Map<string, Located[]>();
  for (const { schema, root } of schemas) {
    const props = schema.properties;
    if (!isObj(props)) continue;
    for (const [k, s] of Object.entries(props)) {
      if (!isObj(s)) continue;
      out.set(k, [...(out.get(k) ?? []), ...expand({ schema: s, root })]);
    }
  }
  return out;
}

export function str(schema: Schema, key: string): string | undefined {
  const v = schema[key];
  return typeof v === 'string' ? v : undefined;
}

/** First string found for `key` across the located schemas (most specific first). */
export function firstString(list: readonly Located[], key: string): string | undefined {
  for (const l of list) { const v = str(l.schema, key); if (v) return v; }
  return undefined;
}

export interface EnumValue { value: unknown; description?: string }

/** Enum/const values with their descriptions, deduplicated. */
export function enumValues(list: readonly Located[]): EnumValue[] {
  const out: EnumValue[] = [];
  const seen = new Set<string>();
  const add = (value: unknown, description?: string) => {
    const k = JSON.stringify(value);
    if (seen.has(k)) { if (description) { const e = out.find((x) => JSON.stringify(x.value) === k); if (e && !e.description) e.description = description; } return; }
    seen.add(k); out.push({ value, description });
  };
  for (const { schema } of list) {
    const values = schema.enum;
    const descs = (schema.markdownEnumDescriptions ?? schema.enumDescriptions) as unknown;
    if (Array.isArray(values)) values.forEach((v, i) => add(v, Array.isArray(descs) && typeof descs[i] === 'string' ? descs[i] : undefined));
    if ('const' in schema) add(schema.const, str(schema, 'markdownDescription') ?? str(schema, 'description'));
  }
  return out;
}

export function typesOf(list: readonly Located[]): Set<string> {
  const out = new Set<string>();
  for (const { schema } of list) {
    const t = schema.type;
    if (typeof t === 'string') out.add(t);
    else if (Array.isArray(t)) for (const x of t) if (typeof x === 'string') out.add(x);
  }
  return out;
}

export interface SchemaSnippet { label: string; description?: string; body: unknown }

export function defaultSnippets(list: readonly Located[]): SchemaSnippet[] {
  const out: SchemaSnippet[] = [];
  for (const { schema } of list) {
    const snips = schema.defaultSnippets;
    if (!Array.isArray(snips)) continue;
    for (const s of snips) {
      if (isObj(s) && 'body' in s) {
        out.push({ label: typeof s.label === 'string' ? s.label : 'snippet', description: typeof s.description === 'string' ? s.description : undefined, body: s.body });
      }
    }
  }
  return out;
}

export interface SourceRef { url: string; date?: string }

export function sourcesOf(list: readonly Located[]): SourceRef[] {
  for (const { schema } of list) {
    const xs = schema['x-sources'];
    if (Array.isArray(xs) && xs.length) {
      return xs.filter(isObj).map((s) => ({ url: String(s.url), date: typeof s.date === 'string' ? s.date : undefined }));
    }
  }
  return [];
}

/**
 * A snippet text for a JSON value: strings keep their `${1:…}` placeholders; `\$` in a body means a
 * literal `$` (JSON.stringify would double the backslash, turning it into a snippet variable).
 */
export function snippetJson(value: unknown, indent = '  ', eol = '\n', level = ''): string {
  const s = JSON.stringify(value, null, indent.length ? indent : undefined) ?? 'null';
  const fixed = s.replace(/\\\\\$/g, '\\$');
  return fixed.split('\n').join(eol + level);
}
