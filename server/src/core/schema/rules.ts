/**
 * Two rules per schema-validated kind: `<kind>/schema` (types, enums, required fields, formats) and
 * `<kind>/unknown-key` (keys the loader ignores or refuses). Severity per finding comes from the
 * schema's `x-severity` annotations, so a strict object's unknown key can be an error while an
 * ignored top-level key is a warning; the user's per-rule setting still overrides both.
 */
import { memoSlots } from '../memo';
import type { ParsedFile, Rule } from '../types';
import { SCHEMA_ENTRIES, ALL_SCHEMAS } from './schemas';
import { compiled } from './ajv';
import { mapAjvErrors, type SchemaFinding } from './ajv-to-findings';
import { rootValue } from '../parse/node';

export function schemaRuleIds(kind: string): { schema: string; unknownKey: string } {
  return { schema: `${kind}/schema`, unknownKey: `${kind}/unknown-key` };
}

type SchemaEntry = (typeof SCHEMA_ENTRIES)[number];

/** The schema findings of one parsed file: both rules of its kind ask, the schema runs once (pure in the text). */
const RESULTS = Symbol('schemaFindings');

function schemaFindings(file: ParsedFile, entry: SchemaEntry): SchemaFinding[] {
  const slots = memoSlots(file);
  const hit = slots.get(RESULTS) as { entry: SchemaEntry; findings: SchemaFinding[] } | undefined;
  if (hit?.entry === entry) return hit.findings;
  const validate = compiled(entry.schema, ALL_SCHEMAS);
  const findings = validate(rootValue(file.root)) ? [] : mapAjvErrors(validate.errors ?? [], file, entry.schema, entry.label);
  slots.set(RESULTS, { entry, findings });
  return findings;
}

export const SCHEMA_RULES: Rule[] = SCHEMA_ENTRIES.flatMap((entry): Rule[] => {
  const ids = schemaRuleIds(entry.kind);
  const run = (wantUnknown: boolean) => (ctx: Parameters<Rule['check']>[0]) => {
    if (!ctx.file.root || ctx.file.syntaxErrors.length > 0) return;
    for (const f of schemaFindings(ctx.file, entry)) {
      if (f.unknownKey === wantUnknown) ctx.report(f);
    }
  };
  const text = JSON.stringify(entry.schema); // once per schema: a cold start stringifies 400 KB of them
  const hasRequired = text.includes('"required"');
  const hasEnum = text.includes('"enum"');
  const rules: Rule[] = [
    {
      // A missing required field gets a placeholder (a suggestion); an enum value close to an allowed one a rename.
      id: ids.schema, kinds: [entry.kind], defaultSeverity: 'error', sources: entry.sources,
      fixable: hasRequired || hasEnum,
      fixTiers: hasEnum ? ['safe', 'suggestion'] : ['suggestion'],
      description: `${entry.label}: field types, allowed values and required fields, as the loader reads them.`,
      check: run(false),
    },
  ];
  // Kinds whose schema closes no object have no unknown keys to report.
  if (!text.includes('"additionalProperties":false')) return rules;
  rules.push(
    {
      // A clear did-you-mean is a safe rename; removing the key is a suggestion.
      id: ids.unknownKey, kinds: [entry.kind], defaultSeverity: 'warning', fixable: true, fixTiers: ['safe', 'suggestion'], sources: entry.sources,
      description: `${entry.label}: keys the loader does not know (ignored, or refused in strict objects).`,
      check: run(true),
    },
  );
  return rules;
});
