/** Plugin-family schemas (plugin.json, marketplace.json, hooks.json, .lsp.json) under ajv strict mode, shared by the unit and corpus suites. */
import fs from 'node:fs';
import path from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';

const ROOT = path.resolve(__dirname, '..', '..');
export const KINDS = ['plugin', 'marketplace', 'hooks', 'lsp'] as const;
export type Kind = (typeof KINDS)[number];
export const ID = (k: Kind): string => `https://plugin-lens.dev/schemas/${k}.schema.json`;
export const KEYWORDS = ['markdownDescription', 'markdownEnumDescriptions', 'defaultSnippets', 'x-sources', 'x-since',
  'x-effect', 'x-severity', 'x-unknown-key-effect', 'x-unknown-key-severity', 'x-unknown-key-load', 'x-load'];

export type Schema = Record<string, unknown>;
export const schemas = Object.fromEntries(KINDS.map((k) => [k, JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', `${k}.schema.json`), 'utf8')) as Schema])) as Record<Kind, Schema>;

export function makeAjv(): Ajv {
  const ajv = new Ajv({ strict: true, allErrors: true, verbose: true });
  for (const keyword of KEYWORDS) ajv.addKeyword({ keyword, schemaType: ['string', 'array', 'object', 'boolean', 'number'] });
  for (const k of KINDS) ajv.addSchema(schemas[k]);
  return ajv;
}

/** Severity as the core derives it: the failing subschema's annotation, else the file schema's default. */
export function severityOf(e: ErrorObject, root: Schema): string {
  const s = (e.parentSchema ?? {}) as Schema;
  if (e.keyword === 'additionalProperties') return String(s['x-unknown-key-severity'] ?? s['x-severity'] ?? root['x-unknown-key-severity'] ?? 'warning');
  return String(s['x-severity'] ?? root['x-severity'] ?? 'error');
}

/** Errors the core reports: a failing `if` is represented by its `then` branch. */
export const errs = (v: ValidateFunction): ErrorObject[] => (v.errors ?? []).filter((e) => e.keyword !== 'if');
