/**
 * `pluginLens/routes`: the distribution routes of validated files' items. Thin: the core's `routesOf`
 * reads each file's ValidateResult.reach (the in-use routes) and computes the others with the same
 * load model; this adapter only turns offsets into LSP ranges and paths into URIs.
 */
import type { Workspace } from '../core/workspace';
import type { ResolvedConfig } from '../core/config';
import { routesOf, toRoutesResult } from '../core/reach/routes';
import { relative } from '../core/paths';
import type { RoutesRow } from '../cli/routes-format';
import type { RoutesItem } from '../protocol';
import { listedBy, type ValidatedSource } from './reach-items';
import { pathToUri } from './uri';
import { appendAll } from '../core/arrays';
import { eachStep } from '../core/steps';

const NOWHERE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** `summary` (RoutesParams.detail): route headers only; a tree fetches one file's whole routes on expand. */
export interface RoutesItemsOptions { rows?: RoutesRow[]; summary?: boolean }

/**
 * The items' routes, one file a step (the server answers other requests between steps on a large
 * workspace). `rows`, when given, also receives each item's rows for the markdown rendering.
 */
export function* routesItemsSteps(sources: readonly ValidatedSource[], ws: Workspace, config: ResolvedConfig, opts: RoutesItemsOptions = {}): Generator<void, RoutesItem[]> {
  // In steps: built in one piece over 100,000 files (a pair array each) it held a hover back ~30-60 ms.
  const byPath = new Map<string, ValidatedSource>();
  yield* eachStep(sources, (s) => { byPath.set(s.path, s); });
  const out: RoutesItem[] = [];
  for (const src of sources) {
    appendAll(out, fileRoutes(src, byPath, ws, config, opts));
    yield;
  }
  return out;
}

function fileRoutes(
  src: ValidatedSource, byPath: ReadonlyMap<string, ValidatedSource>, ws: Workspace, config: ResolvedConfig, { rows, summary }: RoutesItemsOptions,
): RoutesItem[] {
  return toRoutesResult(routesOf(listedBy(src, byPath), ws, config, { summary }), (r) => {
    // Scanned files keep a line table instead of their parse (lsp/compact.ts).
    const declaring = r.item.file === src.path ? src : byPath.get(r.item.file);
    const positions = declaring?.positions ?? declaring?.result.parsed;
    const { offset, length } = r.item.range;
    const range = positions ? { start: positions.positionAt(offset), end: positions.positionAt(offset + length) } : NOWHERE;
    rows?.push({ file: relative(ws.root, r.item.file), routes: r, range });
    return { uri: pathToUri(r.item.file), range };
  }).items;
}
