/**
 * ajv errors → findings on exact ranges. A per-keyword anchoring table decides what to underline;
 * `oneOf`/`anyOf` noise is reduced to the branch that fits best, as JSON language services do.
 */
import type { ErrorObject } from 'ajv';
import type { LoadEffect } from '../load/effect';
import { insertProperty, removeMember, replaceValue } from '../edits/json-edits';
import type { Fix, ParsedFile, ReportInput, Severity } from '../types';
import { suggest } from '../suggest';
import { nodeAtPointer, owningProperty, propertyOf, keyNodeOf, type Node } from '../parse/node';

export interface SchemaFinding extends ReportInput { unknownKey: boolean }

interface Annotated {
  'x-effect'?: string; 'x-severity'?: Severity;
  'x-unknown-key-effect'?: string; 'x-unknown-key-severity'?: Severity;
  /** The load effect on the item an unknown key sits on (e.g. an unknown hook event: its handlers are dropped). */
  'x-unknown-key-load'?: LoadEffect;
  /** The load effect of an error-severity schema failure (plugin.json: the plugin is refused). */
  'x-load'?: LoadEffect;
  'x-fix-placeholder'?: unknown; 'x-unknown-key-fix'?: 'rename'; title?: string; type?: string | string[]; default?: unknown;
  properties?: Record<string, Annotated>; required?: string[]; enum?: unknown[];
}

export function mapAjvErrors(
  errors: readonly ErrorObject[], file: ParsedFile, rootSchema: Annotated, label: string,
): SchemaFinding[] {
  const out: SchemaFinding[] = [];
  const seen = new Set<string>();
  for (const e of reduceBranches(errors)) {
    const f = toFinding(e, file, rootSchema, label);
    if (!f) continue;
    const key = `${f.range?.offset ?? f.node?.offset}:${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}

function toFinding(e: ErrorObject, file: ParsedFile, root: Annotated, label: string): SchemaFinding | undefined {
  if (e.keyword === 'if') return undefined; // the failing then-branch is reported itself
  const node = nodeAtPointer(file.root, e.instancePath);
  if (!node) return undefined;
  const schema = (e.parentSchema ?? {}) as Annotated;
  const where = describePath(e.instancePath, label);
  if (e.keyword === 'additionalProperties') {
    const key = String((e.params as { additionalProperty: string }).additionalProperty);
    const prop = propertyOf(node, key);
    const effect = schema['x-unknown-key-effect'] ?? 'Claude ignores it';
    const severity = schema['x-unknown-key-severity'] ?? schema['x-severity'] ?? root['x-unknown-key-severity'] ?? 'warning';
    const meant = prop ? renameTarget(node, prop, key, schema) : undefined;
    const fixes: Fix[] = [];
    if (prop && meant) fixes.push(renameKeyFix(prop, meant.name, meant.safe));
    // Schemas that opt out of deletions (settings: "never delete") offer only the rename.
    if (prop && root['x-unknown-key-fix'] !== 'rename') fixes.push({ title: `Remove unknown key "${key}"`, tier: 'suggestion', edits: removeMember(file.text, prop) });
    return {
      node: prop ? keyNodeOf(prop) : node, unknownKey: true, severity,
      message: `Unknown key "${key}" in ${where}: ${effect}.${meant ? ` Did you mean "${meant.name}"?` : ''}`,
      fixes: fixes.length ? fixes : undefined,
      data: {
        keyword: e.keyword, key, ...(meant ? { suggestion: meant.name } : {}),
        ...(schema['x-unknown-key-load'] ? { effect: schema['x-unknown-key-load'] } : {}),
      },
    };
  }
  const effect = schema['x-effect'] ?? root['x-effect'] ?? 'Claude may refuse to load this file';
  const severity = schema['x-severity'] ?? root['x-severity'] ?? 'error';
  // The load effect of an error-level failure (plugin.json: Claude Code refuses the plugin).
  const load = severity === 'error' ? schema['x-load'] ?? root['x-load'] : undefined;
  if (e.keyword === 'required') {
    const missing = String((e.params as { missingProperty: string }).missingProperty);
    const owner = owningProperty(node);
    const sub = schema.properties?.[missing];
    const placeholder = placeholderFromSchema(sub);
    return {
      range: owner ? { offset: keyNodeOf(owner).offset, length: keyNodeOf(owner).length } : { offset: node.offset, length: 1 },
      unknownKey: false, severity,
      message: `${e.instancePath ? where : `The ${label} file`} is missing the required "${missing}" field: ${effect}.`,
      // A placeholder is a guess, not the author's value: a suggestion.
      fixes: node.type === 'object' ? [{ title: `Add "${missing}" with a placeholder value`, tier: 'suggestion', edits: insertProperty(file.text, node, missing, placeholder) }] : undefined,
      data: { keyword: e.keyword, missing, ...(load ? { effect: load } : {}) },
    };
  }
  const enumFix = e.keyword === 'enum' ? enumValueFix(node, (e.params as { allowedValues: unknown[] }).allowedValues) : undefined;
  return {
    node, unknownKey: false, severity,
    message: `${e.instancePath ? where : `The ${label} file`} ${describeError(e)}: ${effect}.${enumFix ? ` Did you mean "${enumFix.name}"?` : ''}`,
    fixes: enumFix ? [enumFix.fix] : undefined,
    data: { keyword: e.keyword, ...(enumFix ? { suggestion: enumFix.name } : {}), ...(load ? { effect: load } : {}) },
  };
}

/**
 * The known key an unknown one was probably meant to be (from the object's schema properties). Safe
 * only when one candidate is clearly closest, the object does not already have it (a rename must not
 * make a duplicate key) and the value fits the known key's type (a rename must not break the load).
 */
function renameTarget(object: Node, prop: Node, key: string, schema: Annotated): { name: string; safe: boolean } | undefined {
  const known = Object.keys(schema.properties ?? {});
  const s = suggest(key, known);
  if (!s || propertyOf(object, s.name)) return undefined;
  return { name: s.name, safe: s.clear && fitsType(prop.children?.[1], schema.properties?.[s.name]) };
}

function renameKeyFix(prop: Node, name: string, safe: boolean): Fix {
  const key = keyNodeOf(prop);
  return { title: `Rename to "${name}"`, tier: safe ? 'safe' : 'suggestion', isPreferred: safe, edits: [{ offset: key.offset, length: key.length, newText: JSON.stringify(name) }] };
}

/** A string enum value close to one allowed value (`"stdoi"` → `"stdio"`): a rename of the value. */
function enumValueFix(node: Node, allowed: readonly unknown[]): { name: string; fix: Fix } | undefined {
  if (node.type !== 'string') return undefined;
  const s = suggest(String(node.value), allowed.filter((v): v is string => typeof v === 'string'));
  if (!s) return undefined;
  return { name: s.name, fix: { title: `Change to "${s.name}"`, tier: s.clear ? 'safe' : 'suggestion', isPreferred: s.clear, edits: replaceValue(node, s.name) } };
}

/** The value's JSON type is one the subschema allows (no `type` constraint: anything fits). */
function fitsType(value: Node | undefined, sub: Annotated | undefined): boolean {
  if (!value || !sub) return false;
  const types = sub.type === undefined ? undefined : Array.isArray(sub.type) ? sub.type : [sub.type];
  if (!types) return true;
  const actual = value.type === 'number' ? (Number.isInteger(value.value) ? ['number', 'integer'] : ['number']) : [value.type];
  return actual.some((t) => types.includes(t));
}

function describeError(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'type': return `must be ${article(String(p.type).replace(/,/g, ' or '))}`;
    case 'enum': return `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const': return `must be ${JSON.stringify(p.allowedValue)}`;
    case 'pattern': return `does not match the expected format (${String(p.pattern)})`;
    case 'format': return `must be a valid ${String(p.format)}`;
    case 'oneOf': case 'anyOf': return 'does not match any allowed form';
    case 'not': return 'is not allowed here';
    default: return (e.message ?? 'is invalid').replace(/^must NOT/, 'must not');
  }
}

/** Keep only the errors of the best-fitting branch of each oneOf/anyOf. */
function reduceBranches(errors: readonly ErrorObject[]): ErrorObject[] {
  const combos = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
  let kept = errors.slice();
  for (const combo of combos) {
    const prefix = combo.schemaPath + '/';
    const inside = kept.filter((e) => e.schemaPath.startsWith(prefix));
    if (inside.length === 0) continue;
    const branches = new Map<string, ErrorObject[]>();
    for (const e of inside) {
      const branch = e.schemaPath.slice(prefix.length).split('/')[0];
      branches.set(branch, [...(branches.get(branch) ?? []), e]);
    }
    // A branch whose own type check failed at this very instance does not fit at all.
    const fitting = [...branches.values()].filter((errs) => !errs.some((x) => x.instancePath === combo.instancePath && (x.keyword === 'type' || x.keyword === 'const')));
    kept = kept.filter((e) => !e.schemaPath.startsWith(prefix));
    if (fitting.length > 0) {
      fitting.sort((a, b) => a.length - b.length);
      kept.push(...fitting[0]);
      kept = kept.filter((e) => e !== combo);
    }
  }
  return kept;
}

/** A value that satisfies the subschema's type and required fields, for "add missing field" fixes. */
function placeholderFromSchema(sub: Annotated | undefined, depth = 0): unknown {
  if (!sub) return 'TODO';
  if (sub['x-fix-placeholder'] !== undefined) return sub['x-fix-placeholder'];
  if (sub.default !== undefined) return sub.default;
  if (Array.isArray(sub.enum) && sub.enum.length) return sub.enum[0];
  const t = Array.isArray(sub.type) ? sub.type[0] : sub.type;
  if (t === 'object') {
    const out: Record<string, unknown> = {};
    if (depth < 3) for (const key of sub.required ?? []) out[key] = placeholderFromSchema(sub.properties?.[key], depth + 1);
    return out;
  }
  return t === 'array' ? [] : t === 'boolean' ? false : t === 'number' || t === 'integer' ? 0 : 'TODO';
}

function describePath(pointer: string, label: string): string {
  if (!pointer) return label;
  const parts = pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  return `"${parts.map((p, i) => (/^\d+$/.test(p) ? `[${p}]` : i === 0 ? p : `.${p}`)).join('')}"`;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}


export type { Node };
