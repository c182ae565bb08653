/**
 * One ajv instance for every bundled schema. The annotation keywords our schemas carry (hover texts,
 * sources, effects) are registered so strict mode still catches typos in real keywords.
 */
import type Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';

export const ANNOTATION_KEYWORDS = [
  'markdownDescription', 'markdownEnumDescriptions', 'enumDescriptions', 'defaultSnippets', 'deprecationMessage',
  'doNotSuggest', 'errorMessage', 'allowComments', 'allowTrailingCommas',
  'x-sources', 'x-since', 'x-effect', 'x-severity', 'x-surfaces', 'x-unknown-key-effect', 'x-unknown-key-severity',
  'x-fix-placeholder', 'x-deprecated-since', 'x-note', 'x-rule', 'x-scope', 'x-unknown-key-fix', 'x-unknown-key-load', 'x-load',
];

export function createAjv(code?: { source: boolean }): Ajv {
  // Required here, not imported: with the precompiled validators a run never compiles a schema, and a cold
  // process need not initialise ajv's compiler (~4 ms of every CLI run and server start).
  const AjvClass = (require('ajv') as typeof import('ajv')).default;
  const addFormats = (require('ajv-formats') as typeof import('ajv-formats')).default;
  const ajv = new AjvClass({
    allErrors: true, verbose: true, strict: true, strictTypes: false, strictTuples: false, allowUnionTypes: true,
    ...(code ? { code: { source: code.source, lines: false } } : {}),
  });
  addFormats(ajv);
  for (const keyword of ANNOTATION_KEYWORDS) ajv.addKeyword({ keyword, schemaType: ['string', 'array', 'object', 'boolean', 'number'] });
  return ajv;
}

const cache = new Map<object, ValidateFunction>();
let shared: Ajv | undefined;

/** The export name of a schema's precompiled validator (an identifier derived from its `$id`). */
export function exportNameFor(id: string): string {
  return 'v_' + id.replace(/^.*\//, '').replace(/\.schema\.json$/, '').replace(/[^A-Za-z0-9]/g, '_');
}

/** A cheap fingerprint of the schemas (FNV-1a over their JSON), so stale precompiled code is never used. */
export function schemasFingerprint(all: readonly object[]): string {
  const text = JSON.stringify(all);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `${text.length}-${h.toString(16)}`;
}

let generated: Record<string, ValidateFunction> | null | undefined;

/**
 * Defined (true) by scripts/build.mjs, which regenerates the validators before it bundles them with these
 * very schemas: a bundle need not fingerprint 400 KB of schemas at start-up (≈ 10 ms of a cold run).
 */
declare const PLUGIN_LENS_VALIDATORS_CURRENT: boolean | undefined;

/** Validators precompiled at build time (scripts/gen-validators.ts), when present and current. */
function precompiled(all: readonly object[]): Record<string, ValidateFunction> | undefined {
  if (generated === undefined) {
    try {
      const mod = require('./generated/validators.js') as { create(schemas: readonly object[]): Record<string, ValidateFunction>; fingerprint?: string };
      const current = typeof PLUGIN_LENS_VALIDATORS_CURRENT === 'boolean' && PLUGIN_LENS_VALIDATORS_CURRENT;
      // The generated code takes its schema constants from `all` by position: only the schemas it was made from will do.
      generated = current || mod.fingerprint === schemasFingerprint(all) ? mod.create(all) : null;
    } catch {
      generated = null; // not generated (unit tests without a build): compile at run time instead
    }
  }
  return generated ?? undefined;
}

/** Compile (once) a schema, with every bundled schema available for cross-file `$ref`s. */
export function compiled(schema: object, all: readonly object[]): ValidateFunction {
  let fn = cache.get(schema);
  const id = (schema as { $id?: string }).$id;
  if (!fn && id) fn = precompiled(all)?.[exportNameFor(id)];
  if (fn) cache.set(schema, fn);
  if (!fn) {
    if (!shared) {
      shared = createAjv();
      for (const s of all) if ((s as { $id?: string }).$id && !shared.getSchema((s as { $id: string }).$id)) shared.addSchema(s);
    }
    fn = (id && shared.getSchema(id)) || shared.compile(schema);
    cache.set(schema, fn);
  }
  return fn;
}
