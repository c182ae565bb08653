/**
 * `plugin-lens routes [paths...] [--format table|json|markdown] [--declared] [--config <file>]`: for every item under
 * the paths, each channel it can be distributed through, side by side, with per-surface status, the
 * member / admin actions and the traps (core/reach/routes.ts does the work).
 */
import * as os from 'os';
import * as path from 'path';
import { parseCommand } from './args';
import { displayPath } from './known-files';
import { NodeWorkspace } from '../node/node-workspace';
import { scanPaths, toPosix } from '../node/scan';
import { singleFolder } from './check';
import { isDirectory } from '../node/fs-util';
import { loadConfig } from '../node/load-config';
import { detectKind } from '../core/kinds/detect';
import { parseFile } from '../core/parse';
import { isInside } from '../core/paths';
import { validateFile } from '../core/validate';
import type { ItemReachResult } from '../core/reach';
import { routesOf, toRoutesResult, type ItemRoutes } from '../core/reach/routes';
import { routesTable, routesMarkdown, type RoutesRow } from './routes-format';

export interface RoutesOutcome { output: string; stderr: string; exitCode: number }

export function runRoutesCommand(argv: string[], cwd: string): RoutesOutcome {
  const { values, positionals } = parseCommand('routes', argv);
  const format = String(values.format);
  const inputs = positionals.length ? positionals : ['.'];
  const inputList = inputs.map((given) => ({ given, abs: path.resolve(cwd, given) }));
  const loaded = loadConfig(cwd, values.config as string | undefined, undefined, undefined, singleFolder(inputs.map((p) => path.resolve(cwd, p))));
  let stderr = loaded.config.problems.map((p) => `plugin-lens: ${loaded.file}: ${p}\n`).join('');
  const home = toPosix(os.homedir());
  const rows: RoutesRow[] = [];
  const workspaces = new Map<string, NodeWorkspace>();
  let scanned = 0;
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    // As `reach`: the index walks the config's folder when it holds the input, else the input.
    const rootAbs = isInside(toPosix(loaded.root), toPosix(abs)) && loaded.file ? loaded.root : isDirectory(abs) ? abs : path.dirname(abs);
    const root = toPosix(rootAbs);
    let ws = workspaces.get(root);
    if (!ws) { ws = new NodeWorkspace(root); workspaces.set(root, ws); }
    const scan = scanPaths([abs], ws);
    stderr += scan.problems.map((p) => `plugin-lens: ${p}\n`).join('');
    scanned += scan.files.length;
    for (const f of scan.files) {
      const p = toPosix(f);
      if (loaded.config.isIgnored(path.posix.relative(toPosix(loaded.root), p))) continue;
      const kind = detectKind(p, () => ws.readFile(p));
      if (!kind) continue;
      const read = ws.readWithBom(p);
      if (read === undefined) { stderr += `plugin-lens: cannot read ${f}\n`; continue; }
      // The same validation as `check` and `reach`: its load stage is the in-use route of each item.
      const validated = validateFile({ path: p, text: read.text, bom: read.bom, kind }, { workspace: ws, config: loaded.config, home });
      const results: ItemReachResult[] = validated.reach ?? [];
      const parsed = validated.parsed ?? parseFile(p, read.text, kind);
      const texts = new Map([[p, parsed]]);
      for (const all of routesOf(results, ws, loaded.config)) {
        const r = values.declared ? { ...all, routes: all.routes.filter((x) => x.inUse || x.declared) } : all;
        const itemFile = r.item.file;
        let pf = texts.get(itemFile);
        if (!pf) { pf = parseFile(itemFile, ws.readFile(itemFile) ?? '', 'file'); texts.set(itemFile, pf); }
        const { offset, length } = r.item.range;
        rows.push({ file: displayPath(path.resolve(itemFile), inputList, cwd), routes: r, range: { start: pf.positionAt(offset), end: pf.positionAt(offset + length) } });
      }
    }
  }
  if (scanned === 0 && stderr) return { output: '', stderr, exitCode: 2 };
  rows.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.routes.item.range.offset - b.routes.item.range.offset));
  const output = format === 'json' ? toJson(rows) : format === 'markdown' ? routesMarkdown(rows) : routesTable(rows);
  return { output, stderr, exitCode: 0 };
}

/** The contract's shape with `file` (a display path) in place of `uri`. */
function toJson(rows: RoutesRow[]): string {
  const byRoutes = new Map<ItemRoutes, RoutesRow>(rows.map((r) => [r.routes, r]));
  const result = toRoutesResult(rows.map((r) => r.routes), (r) => ({ uri: byRoutes.get(r)!.file, range: byRoutes.get(r)!.range }));
  const items = result.items.map(({ id, kind, name, uri, range, routes }) => ({ id, kind, name, file: uri, range, routes }));
  return JSON.stringify({ knowledgeAsOf: result.knowledgeAsOf, datingNote: result.datingNote, items }, null, 2) + '\n';
}
