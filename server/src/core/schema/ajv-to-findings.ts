/**
 * ajv errors → findings on exact ranges. A per-keyword anchoring table decides what to underline;
 * `oneOf`/`anyOf` noise is reduced to the branch that fits best, as JSON language services do.
 */
import type { ErrorObject } from 'ajv';
import { insertProperty, removeMember } from '../edits/json-edits';
import type { ParsedFile, ReportInput, Severity } from '../types';
import { nodeAtPointer, owningProperty, propertyOf, keyNodeOf, type Node } from '../parse/node';

export interface SchemaFinding extends ReportInput { unknownKey: boolean }

interface Annotated {
  'x-effect'?: string; 'x-severity'?: Severity;
  'x-unknown-key-effect'?: string; 'x-unknown-key-severity'?: Severity;
  'x-fix-placeholder'?: unknown; title?: string; type?: string | string[]; default?: unknown;
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
    return {
      node: prop ? keyNodeOf(prop) : node, unknownKey: true, severity,
      message: `Unknown key "${key}" in ${where}: ${effect}.`,
      fixes: prop ? [{ title: `Remove unknown key "${key}"`, edits: removeMember(file.text, prop) }] : undefined,
      data: { keyword: e.keyword, key },
    };
  }
  const effect = schema['x-effect'] ?? root['x-effect'] ?? 'Claude may refuse to load this file';
  const severity = schema['x-severity'] ?? root['x-severity'] ?? 'error';
  if (e.keyword === 'required') {
    const missing = String((e.params as { missingProperty: string }).missingProperty);
    const owner = owningProperty(node);
    const sub = schema.properties?.[missing];
    const placeholder = placeholderFromSchema(sub);
    return {
      range: owner ? { offset: keyNodeOf(owner).offset, length: keyNodeOf(owner).length } : { offset: node.offset, length: 1 },
      unknownKey: false, severity,
      message: `${e.instancePath ? where : `The ${label} file`} is missing the required "${missing}" field: ${effect}.`,
      fixes: node.type === 'object' ? [{ title: `Add "${missing}" with a placeholder value`, edits: insertProperty(file.text, node, missing, placeholder) }] : undefined,
      data: { keyword: e.keyword, missing },
    };
  }
  return {
    node, unknownKey: false, severity,
    message: `${e.instancePath ? where : `The ${label} file`} ${describeError(e)}: ${effect}.`,
    data: { keyword: e.keyword },
  };
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
