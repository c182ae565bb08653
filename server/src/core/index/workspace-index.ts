/**
 * The workspace index: marketplaces → plugin folders → components. Pure (built on `Workspace`), cached
 * per workspace instance; the reach engine, the sidebar and cross-file rules read it.
 */
import type { Workspace } from '../workspace';
import { basename, dirname, join } from '../paths';
import { readJson, scanComponents, type ComponentScan, type PluginComponent, type IgnoredDefault } from './components';
import { isObject } from './paths';
import { dropSnapshotMemos } from './snapshot-memo';
import { drainSteps } from '../steps';

export type { PluginComponent, IgnoredDefault, ComponentType } from './components';

export interface PluginInfo {
  /** Plugin root folder (absolute). */
  root: string;
  /** `.claude-plugin/plugin.json` when it exists. */
  manifestPath?: string;
  /** The parsed manifest; undefined when absent or unreadable. */
  manifest?: Record<string, unknown>;
  /** Why the manifest could not be read, when it exists. */
  manifestProblem?: 'invalid-json' | 'not-object';
  /** Name components are namespaced under: manifest `name`, else the entry name, else the folder name. */
  name: string;
  components: PluginComponent[];
  /** Default folders the manifest's replacing keys make the loader skip. */
  ignoredDefaults: IgnoredDefault[];
}

export interface MarketplaceEntryInfo {
  index: number;
  name?: string;
  /** `relative` (a folder in the marketplace) or the object source type. */
  sourceType?: string;
  /** Plugin root of a relative source, when it resolves inside the marketplace. */
  pluginRoot?: string;
  entry: Record<string, unknown>;
}

export interface MarketplaceInfo {
  /** Path of marketplace.json. */
  path: string;
  /** Marketplace root: the folder that contains `.claude-plugin/`. */
  root: string;
  name?: string;
  entries: MarketplaceEntryInfo[];
}

export interface WorkspaceIndex {
  marketplaces: MarketplaceInfo[];
  /** Every plugin root found: folders with a manifest, and manifest-less folders named by a marketplace. */
  plugins: PluginInfo[];
  /** The plugin at this root (computed on demand for roots not found by the walk). */
  pluginAt(root: string): PluginInfo;
  /** The plugin whose root contains `path`, preferring the deepest. */
  pluginContaining(path: string): PluginInfo | undefined;
}

/** The folders the index's walk skips and how deep it goes. */
const INDEX_SKIP_DIRS: ReadonlySet<string> = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.mcpb-cache']);
const INDEX_MAX_DEPTH = 10;

const CACHE = new WeakMap<Workspace, WorkspaceIndex>();
const PLUGIN_CACHE = new WeakMap<Workspace, Map<string, PluginInfo>>();
/** Bumped by each invalidation: a stepwise build that spans one does not cache its (stale) index. */
const GENERATION = new WeakMap<Workspace, number>();

/** The index for a workspace instance (built once; call `invalidateWorkspaceIndex` after edits). */
export function getWorkspaceIndex(ws: Workspace): WorkspaceIndex {
  let idx = CACHE.get(ws);
  if (!idx) { idx = drainSteps(indexSteps(ws)); CACHE.set(ws, idx); }
  return idx;
}

/**
 * The same index built in steps (one folder listed, one marketplace or plugin read per step), so a host
 * can spread it over time slices between requests; draining it at once is `getWorkspaceIndex`. The index
 * is cached when the last step is done, unless the workspace was invalidated meanwhile (then the next
 * `getWorkspaceIndex` builds it from the new snapshot).
 */
export function* workspaceIndexSteps(ws: Workspace): Generator<string, WorkspaceIndex> {
  const cached = CACHE.get(ws);
  if (cached) return cached;
  const generation = GENERATION.get(ws) ?? 0;
  const idx = yield* indexSteps(ws);
  if ((GENERATION.get(ws) ?? 0) !== generation) return idx;
  const meanwhile = CACHE.get(ws); // someone drained it at once between two steps
  if (meanwhile) return meanwhile;
  CACHE.set(ws, idx);
  return idx;
}

/** Whether the index of this workspace is built (an invalidation drops it). */
export function hasWorkspaceIndex(ws: Workspace): boolean {
  return CACHE.has(ws);
}

export function invalidateWorkspaceIndex(ws: Workspace): void {
  CACHE.delete(ws);
  PLUGIN_CACHE.delete(ws);
  GENERATION.set(ws, (GENERATION.get(ws) ?? 0) + 1);
  dropSnapshotMemos(ws);
}

/**
 * After the text of an existing JSON file changed (a manifest typed into, hooks.json or .mcp.json saved;
 * nothing created or deleted): the next snapshot's index without a rebuild, which walks every folder
 * and reads every manifest (seconds on 100,000 files, and the edited file's diagnostics waited for it).
 * The plugin containing the file is read again; a file outside every plugin changes no index data. The
 * index object is new either way, so what is memoized on it (index-memo.ts) starts over. A marketplace,
 * a plugin read from a marketplace entry or a manifest the walk did not find: invalidated as before.
 * Returns the plugin root read again (if any) and both indexes when refreshed (referenced-files.ts
 * carries its map from one to the other); nothing when invalidated.
 */
export function refreshWorkspaceIndex(ws: Workspace, changedPath: string): { root?: string; previous?: WorkspaceIndex; next?: WorkspaceIndex } {
  const previous = CACHE.get(ws);
  const plugin = previous?.pluginContaining(changedPath);
  const isManifest = changedPath.endsWith('/.claude-plugin/plugin.json');
  if (!previous || changedPath.endsWith('/.claude-plugin/marketplace.json') || (plugin && !plugin.manifestPath)
    || (isManifest && plugin?.root !== dirname(dirname(changedPath)))) {
    invalidateWorkspaceIndex(ws);
    return {};
  }
  const roots = new Map(previous.plugins.map((p) => [p.root, p]));
  dropSnapshotMemos(ws); // the JSON memo among them: the file is parsed again
  if (plugin) {
    const cache = PLUGIN_CACHE.get(ws);
    if (cache) for (const key of [...cache.keys()]) if (key === plugin.root || key.startsWith(`${plugin.root}\u0000`)) cache.delete(key);
    const fresh = readPlugin(ws, plugin.root);
    if (!fresh.manifestPath) { invalidateWorkspaceIndex(ws); return {}; }
    roots.set(plugin.root, fresh);
  }
  const next = indexOf(ws, previous.marketplaces, roots);
  GENERATION.set(ws, (GENERATION.get(ws) ?? 0) + 1); // a stepwise build under way must not cache its index
  CACHE.set(ws, next);
  return { root: plugin?.root, previous, next };
}

/** Whether another plugin of the index lies inside the one at `root`, or that one inside another. */
export function nestsWithAnother(index: WorkspaceIndex, root: string): boolean {
  return index.plugins.some((p) => p.root !== root && (p.root.startsWith(root + '/') || root.startsWith(p.root + '/')));
}

/** Read one plugin root (manifest, name, components). Cached per workspace and root. */
export function readPlugin(ws: Workspace, root: string, entry?: Record<string, unknown>): PluginInfo {
  const key = root + (entry ? `\u0000${JSON.stringify(entry)}` : '');
  let cache = PLUGIN_CACHE.get(ws);
  if (!cache) { cache = new Map(); PLUGIN_CACHE.set(ws, cache); }
  const hit = cache.get(key);
  if (hit) return hit;
  const manifestPath = join(root, '.claude-plugin', 'plugin.json');
  const text = ws.readFile(manifestPath);
  let manifest: Record<string, unknown> | undefined;
  let manifestProblem: PluginInfo['manifestProblem'];
  if (text !== undefined) {
    const v = readJson(ws, manifestPath);
    if (v === undefined) manifestProblem = 'invalid-json';
    else if (!isObject(v)) manifestProblem = 'not-object';
    else manifest = v;
  }
  const effective = effectiveManifest(manifest, text !== undefined, entry);
  const scan: ComponentScan = manifestProblem ? { components: [], ignoredDefaults: [] } : scanComponents(ws, root, effective, text !== undefined ? manifestPath : undefined);
  const name = typeof manifest?.name === 'string' ? manifest.name : typeof entry?.name === 'string' ? entry.name : basename(root);
  const info: PluginInfo = {
    root, manifestPath: text !== undefined ? manifestPath : undefined, manifest, manifestProblem, name,
    components: scan.components, ignoredDefaults: scan.ignoredDefaults,
  };
  cache.set(key, info);
  return info;
}

/**
 * The manifest the loader uses: the entry alone when there is no plugin.json; otherwise plugin.json with
 * a strict entry's component paths appended (strict:false with component fields is a load error, handled
 * by the marketplace rules).
 */
function effectiveManifest(manifest: Record<string, unknown> | undefined, hasFile: boolean, entry?: Record<string, unknown>): Record<string, unknown> {
  if (!hasFile) return entry ?? {};
  const base = { ...(manifest ?? {}) };
  if (!entry || entry.strict === false) return base;
  for (const key of ['commands', 'agents', 'skills', 'outputStyles']) {
    const add = entry[key];
    if (add === undefined) continue;
    const cur = base[key];
    const list = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
    base[key] = [...list(cur), ...list(add)];
  }
  return base;
}

/** Marketplace entry → plugin root for relative sources (`./x`, `.`, bare name under metadata.pluginRoot). */
export function relativeSourceRoot(marketplaceRoot: string, source: unknown, pluginRoot?: unknown): string | undefined {
  if (typeof source !== 'string') return undefined;
  if (source === '.' || source.startsWith('./')) return join(marketplaceRoot, source).replace(/\/$/, '');
  if (typeof pluginRoot === 'string' && !source.includes('/') && !source.includes('\\')) return join(marketplaceRoot, pluginRoot, source);
  return undefined;
}

export function readMarketplace(ws: Workspace, path: string): MarketplaceInfo {
  const root = dirname(dirname(path));
  const v = readJson(ws, path);
  const data = isObject(v) ? v : {};
  const pluginRootSetting = isObject(data.metadata) ? data.metadata.pluginRoot : undefined;
  const entries: MarketplaceEntryInfo[] = [];
  (Array.isArray(data.plugins) ? data.plugins : []).forEach((e, index) => {
    if (!isObject(e)) return;
    const src = e.source;
    const sourceType = typeof src === 'string' ? 'relative' : isObject(src) && typeof src.source === 'string' ? src.source : undefined;
    entries.push({ index, name: typeof e.name === 'string' ? e.name : undefined, sourceType, pluginRoot: relativeSourceRoot(root, src, pluginRootSetting), entry: e });
  });
  return { path, root, name: typeof data.name === 'string' ? data.name : undefined, entries };
}

/** Each step yields what it did (a folder listed, a marketplace or plugin read): a host's trace names it. */
function* indexSteps(ws: Workspace): Generator<string, WorkspaceIndex> {
  const manifests: string[] = [];
  const marketplacePaths: string[] = [];
  const walk = function* (dir: string, depth: number): Generator<string> {
    const list = ws.listDirectory(dir);
    yield dir;
    if (!list) return;
    for (const e of list) {
      if (!e.isDirectory) continue;
      if (e.name === '.claude-plugin') {
        const d = join(dir, e.name);
        if (ws.readFile(join(d, 'plugin.json')) !== undefined) manifests.push(dir);
        if (ws.readFile(join(d, 'marketplace.json')) !== undefined) marketplacePaths.push(join(d, 'marketplace.json'));
      } else if (!INDEX_SKIP_DIRS.has(e.name) && depth < INDEX_MAX_DEPTH) yield* walk(join(dir, e.name), depth + 1);
    }
  };
  yield* walk(ws.root, 0);
  const marketplaces: MarketplaceInfo[] = [];
  for (const p of marketplacePaths.sort()) { marketplaces.push(readMarketplace(ws, p)); yield p; }
  const roots = new Map<string, PluginInfo>();
  for (const r of manifests.sort()) { roots.set(r, readPlugin(ws, r)); yield r; }
  for (const m of marketplaces) {
    for (const e of m.entries) {
      if (e.pluginRoot && !roots.has(e.pluginRoot) && ws.isDirectory(e.pluginRoot)) { roots.set(e.pluginRoot, readPlugin(ws, e.pluginRoot, e.entry)); yield e.pluginRoot; }
    }
  }
  return indexOf(ws, marketplaces, roots);
}

function indexOf(ws: Workspace, marketplaces: MarketplaceInfo[], roots: ReadonlyMap<string, PluginInfo>): WorkspaceIndex {
  return {
    marketplaces,
    plugins: [...roots.values()],
    pluginAt: (root) => roots.get(root) ?? readPlugin(ws, root),
    pluginContaining(path) {
      // Walk up from the path: the first folder that is a plugin root is the deepest one.
      for (let dir = path; ; dir = dirname(dir)) {
        const hit = roots.get(dir);
        if (hit) return hit;
        if (dir === '/' || dir === '.' || dirname(dir) === dir) return undefined;
      }
    },
  };
}
