/** MCP-family schemas compiled in the core's ajv setup, with failures graded as the core grades them; shared by the unit and corpus suites. */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { createAjv } from '../../server/src/core/schema/ajv';

const REPO = path.resolve(__dirname, '../..');
export const BASE = 'https://plugin-lens.dev/schemas/';
export const FILES = ['mcp-server', 'mcp', 'claude-desktop-config', 'managed-mcp', 'mcpb-manifest'] as const;
export type Sev = 'error' | 'warning' | 'info';
export type Schema = Record<string, unknown>;

export const schemas = new Map<string, Schema>();
for (const f of FILES) schemas.set(f, JSON.parse(fs.readFileSync(path.join(REPO, 'schemas', `${f}.schema.json`), 'utf8')) as Schema);

const ajv = createAjv();
for (const s of schemas.values()) ajv.addSchema(s);
const validators = new Map<string, ValidateFunction>();
function validator(f: (typeof FILES)[number]): ValidateFunction {
  let v = validators.get(f);
  if (!v) {
    v = ajv.getSchema(`${BASE}${f}.schema.json`);
    assert.ok(v, `schema ${f} not compiled`);
    validators.set(f, v);
  }
  return v;
}

export interface Failure { path: string; keyword: string; severity: Sev; effect: string; missing?: string }

/** Same severity resolution as the core: the failing subschema's annotation, else the file schema's default. */
export function failures(f: (typeof FILES)[number], data: unknown): Failure[] {
  const v = validator(f);
  if (v(data)) return [];
  const root = schemas.get(f) as Schema;
  return (v.errors ?? []).filter((e) => e.keyword !== 'if').map((e: ErrorObject) => {
    const ps = (e.parentSchema ?? {}) as Schema;
    const unknownKey = e.keyword === 'additionalProperties';
    const severity = (unknownKey
      ? ps['x-unknown-key-severity'] ?? ps['x-severity'] ?? root['x-unknown-key-severity'] ?? 'warning'
      : ps['x-severity'] ?? root['x-severity'] ?? 'error') as Sev;
    const effect = String((unknownKey ? ps['x-unknown-key-effect'] : ps['x-effect']) ?? root['x-effect'] ?? '');
    const where = unknownKey ? `${e.instancePath}/${String((e.params as { additionalProperty: string }).additionalProperty)}` : e.instancePath;
    const missing = e.keyword === 'required' ? String((e.params as { missingProperty: string }).missingProperty) : undefined;
    return { path: where, keyword: e.keyword, severity, effect, missing };
  });
}
export const errorsOf = (f: (typeof FILES)[number], data: unknown) => failures(f, data).filter((x) => x.severity === 'error');
export const has = (list: Failure[], p: string, keyword: string, severity?: Sev) =>
  list.some((x) => x.path === p && x.keyword === keyword && (!severity || x.severity === severity));

