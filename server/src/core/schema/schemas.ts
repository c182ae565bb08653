/**
 * Which bundled JSON Schema (from /schemas, the files we publish for `$schema` use) validates which
 * file kind, with the label used in messages. Bundled by esbuild: nothing is read at run time.
 */
import type { FileKindId, Source } from '../types';
import configSchema from '../../../../schemas/plugin-lens-config.schema.json';

export interface SchemaEntry {
  kind: FileKindId;
  schema: object;
  /** How messages name the file, e.g. "plugin.json". */
  label: string;
  /** Where the structural facts come from (for the generated rule docs). */
  sources: readonly Source[];
}

export const SCHEMA_ENTRIES: SchemaEntry[] = [
  {
    kind: 'config', schema: configSchema, label: '.plugin-lens.json',
    sources: [{ url: 'https://github.com/plugin-lens/plugin-lens/blob/main/schemas/plugin-lens-config.schema.json', date: '2026-11-25' }],
  },
];

export const ALL_SCHEMAS: readonly object[] = SCHEMA_ENTRIES.map((e) => e.schema);

export function schemaFor(kind: FileKindId): SchemaEntry | undefined {
  return SCHEMA_ENTRIES.find((e) => e.kind === kind);
}
