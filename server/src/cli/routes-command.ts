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
 * `output` is a list of chunks: the JSON of a large repository's routes can pass V8's string limit
 * (~512 MB) as one string, so it is written item by item.
 */
export interface RoutesOutcome { output: string[]; stderr: string; exitCode: number }

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
export function toJsonChunks(rows: RoutesRow[]): string[] {
  const byRoutes = new Map<ItemRoutes, RoutesRow>(rows.map((r) => [r.routes, r]));
  const result = toRoutesResult(rows.map((r) => r.routes), (r) => ({ uri: byRoutes.get(r)!.file, range: byRoutes.get(r)!.range }));
  const head = JSON.stringify({ knowledgeAsOf: result.knowledgeAsOf, datingNote: result.datingNote, items: [] }, null, 2);
  if (!result.items.length) return [head + '\n'];
  const chunks = [head.slice(0, head.lastIndexOf('[]')) + '[\n'];
  result.items.forEach(({ id, kind, name, uri, range, routes }, i) => {
    const item = JSON.stringify({ id, kind, name, file: uri, range, routes }, null, 2).replace(/^/gm, '    ');
    chunks.push(item + (i < result.items.length - 1 ? ',\n' : '\n'));
  });
  chunks.push('  ]\n}\n');
  return chunks;
}
