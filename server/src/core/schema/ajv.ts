/**
 * One ajv instance for every bundled schema. The annotation keywords our schemas carry (hover texts,
 * sources, effects) are registered so strict mode still catches typos in real keywords.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

export const ANNOTATION_KEYWORDS = [
  'markdownDescription', 'markdownEnumDescriptions', 'enumDescriptions', 'defaultSnippets', 'deprecationMessage',
  'doNotSuggest', 'errorMessage', 'allowComments', 'allowTrailingCommas',
  'x-sources', 'x-since', 'x-effect', 'x-severity', 'x-surfaces', 'x-unknown-key-effect', 'x-unknown-key-severity',
  'x-fix-placeholder', 'x-deprecated-since', 'x-note', 'x-rule',
];

export function createAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, strictTypes: false, strictTuples: false, allowUnionTypes: true });
  addFormats(ajv);
  for (const keyword of ANNOTATION_KEYWORDS) ajv.addKeyword({ keyword, schemaType: ['string', 'array', 'object', 'boolean', 'number'] });
  return ajv;
}

const cache = new Map<object, ValidateFunction>();
let shared: Ajv | undefined;

/** Compile (once) a schema, with every bundled schema available for cross-file `$ref`s. */
export function compiled(schema: object, all: readonly object[]): ValidateFunction {
  let fn = cache.get(schema);
  if (!fn) {
    if (!shared) {
      shared = createAjv();
      for (const s of all) if ((s as { $id?: string }).$id && !shared.getSchema((s as { $id: string }).$id)) shared.addSchema(s);
    }
    const id = (schema as { $id?: string }).$id;
    fn = (id && shared.getSchema(id)) || shared.compile(schema);
    cache.set(schema, fn);
  }
  return fn;
}
