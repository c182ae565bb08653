/**
 * `plugin-lens routes [paths...] [--format table|json|markdown] [--declared] [--config <file>]`: for every item under
 * the paths, each channel it can be distributed through, side by side, with per-surface status, the
 * member / admin actions and the traps (core/reach/routes.ts does the work).
 */
import * as path from 'path';
import { parseCommand } from './args';
import { singleFolder } from './check';
import { loadConfig } from '../node/load-config';
import { walkValidatedFiles } from './validated-items';
import { routesOf, toRoutesResult, type ItemRoutes } from '../core/reach/routes';
import { routesTable, routesMarkdown, type RoutesRow } from './routes-format';

/**
 * `output` is a sequence of chunks: the JSON of a large repository's routes can pass V8's string limit
 * (~512 MB) as one string, so it is written item by item, each item's text made when it is written
 * (holding them all was most of the command's memory: 168 MB of JSON for the corpus).
 */
export interface RoutesOutcome { output: Iterable<string>; stderr: string; exitCode: number }

export function runRoutesCommand(argv: string[], cwd: string): RoutesOutcome {
  const { values, positionals } = parseCommand('routes', argv);
  const format = String(values.format);
  const inputs = positionals.length ? positionals : ['.'];
  const loaded = loadConfig(cwd, values.config as string | undefined, undefined, undefined, singleFolder(inputs.map((p) => path.resolve(cwd, p))));
  const rows: RoutesRow[] = [];
  // The same validation as `check` and `reach`: its load stage is the in-use route of each item.
  const { stderr, scanned } = walkValidatedFiles(inputs, cwd, loaded, ({ ws, results, place }) => {
    for (const all of routesOf(results, ws, loaded.config)) {
      const r = values.declared ? { ...all, routes: all.routes.filter((x) => x.inUse || x.declared) } : all;
      const { file, range } = place(r.item);
      rows.push({ file, routes: r, range: { start: range.start, end: range.end } });
    }
  });
  if (scanned === 0 && stderr) return { output: [], stderr, exitCode: 2 };
  rows.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.routes.item.range.offset - b.routes.item.range.offset));
  const output = format === 'json' ? toJsonChunks(rows) : [format === 'markdown' ? routesMarkdown(rows) : routesTable(rows)];
  return { output, stderr, exitCode: 0 };
}

/**
 * The contract's shape with `file` (a display path) in place of `uri`: the bytes `JSON.stringify(…, null, 2)`
 * of the whole result would give, one chunk per item.
 */
export function* toJsonChunks(rows: RoutesRow[]): Generator<string> {
  const byRoutes = new Map<ItemRoutes, RoutesRow>(rows.map((r) => [r.routes, r]));
  const result = toRoutesResult(rows.map((r) => r.routes), (r) => ({ uri: byRoutes.get(r)!.file, range: byRoutes.get(r)!.range }));
  const head = JSON.stringify({ knowledgeAsOf: result.knowledgeAsOf, datingNote: result.datingNote, items: [] }, null, 2);
  if (!result.items.length) { yield head + '\n'; return; }
  yield head.slice(0, head.lastIndexOf('[]')) + '[\n';
  const last = result.items.length - 1;
  for (let i = 0; i <= last; i++) {
    const { id, kind, name, uri, range, routes } = result.items[i];
    yield ITEM_INDENT + objectText({ id, kind, name, file: uri, range, routes }, ITEM_INDENT, routesText) + (i < last ? ',\n' : '\n');
  }
  yield '  ]\n}\n';
}

/**
 * The bytes `JSON.stringify(value, null, 2)` gives for an object at indentation `indent`, with `special`
 * writing some properties itself. JSON never holds a raw newline inside a string, so re-indenting a
 * nested value is replacing its newlines.
 */
function objectText(value: object, indent: string, special?: (key: string, v: unknown, indent: string) => string | undefined): string {
  const inner = indent + '  ';
  // `+` keeps the shared texts as parts of one rope (join would copy each of them into every item).
  let out = '';
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    out += (out ? ',\n' : '{\n') + inner + JSON.stringify(k) + ': ' + (special?.(k, v, inner) ?? nested(v, inner));
  }
  return out ? out + '\n' + indent + '}' : '{}';
}

const nested = (v: unknown, indent: string): string => JSON.stringify(v, null, 2).replace(/\n/g, `\n${indent}`);
const ITEM_INDENT = '    ';

/** An item's routes: every route's cells, which equal matrices share (core/reach/routes.ts), written once. */
function routesText(key: string, v: unknown, indent: string): string | undefined {
  if (key !== 'routes' || !Array.isArray(v) || !v.length) return undefined;
  const inner = indent + '  ';
  let out = '';
  for (const route of v as object[]) out += (out ? ',\n' : '[\n') + inner + objectText(route, inner, surfacesText);
  return out + '\n' + indent + ']';
}

const SURFACES_TEXT = new WeakMap<object, Map<string, string>>();
function surfacesText(key: string, v: unknown, indent: string): string | undefined {
  if (key !== 'surfaces' || !v || typeof v !== 'object') return undefined;
  let byIndent = SURFACES_TEXT.get(v);
  if (!byIndent) SURFACES_TEXT.set(v, byIndent = new Map());
  let text = byIndent.get(indent);
  if (text === undefined) byIndent.set(indent, text = nested(v, indent));
  return text;
}
