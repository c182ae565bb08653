/**
 * Component files a plugin manifest points at that a path-based kind test cannot recognise (a root
 * `./hooks.json`, agents listed from the plugin root, an `mcp.json` elsewhere …): the loader reads
 * them as components, so Plugin Lens must check them as such.
 */
import type { FileKindId } from '../types';
import type { Workspace } from '../workspace';
import type { ComponentType } from './components';
import type { PluginInfo, WorkspaceIndex } from './workspace-index';
import { getWorkspaceIndex, nestsWithAnother, workspaceIndexSteps } from './workspace-index';
import { drainSteps } from '../steps';

const KIND_OF: Partial<Record<ComponentType, { kind: FileKindId; ext: RegExp }>> = {
  hook: { kind: 'hooks', ext: /\.json$/ },
  agent: { kind: 'agent', ext: /\.md$/ },
  command: { kind: 'command', ext: /\.md$/ },
  'output-style': { kind: 'output-style', ext: /\.md$/ },
  skill: { kind: 'skill', ext: /\/SKILL\.md$/i },
  'mcp-server': { kind: 'mcp', ext: /\.json$/ },
  'lsp-server': { kind: 'lsp', ext: /\.json$/ },
};

const CACHE = new WeakMap<object, Map<string, FileKindId>>();

/** File path → kind, for every component file of every plugin in the workspace index (cached with it). */
export function referencedComponentFiles(ws: Workspace): Map<string, FileKindId> {
  const cached = CACHE.get(getWorkspaceIndex(ws)); // the common case, without a generator
  if (cached) return cached;
  return drainSteps(referencedComponentFilesSteps(ws));
}

/**
 * The files `referencedComponentFiles` names that a scan by file name did not list (`listed` lacks them)
 * and that lie where the caller checks (`within`), in the map's order: a host checks them with the rest.
 */
export function unlistedComponentFiles(ws: Workspace, listed: { has(path: string): boolean }, within: (path: string) => boolean): string[] {
  return drainSteps(unlistedComponentFilesSteps(ws, listed, within));
}

/** The same, a step every 4,096 component files (a server looks over a whole workspace's between requests). */
export function* unlistedComponentFilesSteps(ws: Workspace, listed: { has(path: string): boolean }, within: (path: string) => boolean): Generator<void, string[]> {
  const out: string[] = [];
  let n = 0;
  for (const p of referencedComponentFiles(ws).keys()) {
    if (!listed.has(p) && within(p)) out.push(p);
    if (++n % 4096 === 0) yield;
  }
  return out;
}

/**
 * The same map built in steps, one plugin a step (it stats every component file of the workspace: tens of
 * ms in one piece on a large one), for a host's time slices; cached when done.
 */
export function* referencedComponentFilesSteps(ws: Workspace): Generator<string, Map<string, FileKindId>> {
  const index = yield* workspaceIndexSteps(ws); // built in steps too when an edit dropped it
  const cached = CACHE.get(index);
  if (cached) return cached;
  const out = new Map<string, FileKindId>();
  for (const plugin of index.plugins) {
    addComponentFiles(ws, plugin, out);
    yield plugin.root;
  }
  const meanwhile = CACHE.get(index); // drained at once between two steps
  if (meanwhile) return meanwhile;
  CACHE.set(index, out);
  return out;
}

function addComponentFiles(ws: Workspace, plugin: PluginInfo, out: Map<string, FileKindId>): void {
  for (const c of plugin.components) {
    const k = KIND_OF[c.type];
    // Inline components live in plugin.json itself, which has its own kind.
    if (!k || c.path === plugin.manifestPath || /\/\.claude-plugin\/[^/]+\.json$/.test(c.path) || !k.ext.test(c.path)) continue;
    if (!ws.exists(c.path)) continue;
    if (!out.has(c.path)) out.set(c.path, k.kind);
  }
}

/**
 * An index refreshed after a text edit (refreshWorkspaceIndex) keeps the map of the one it replaces,
 * with the files of the plugin read again (`root`) recomputed: building it anew stats every component
 * file of the workspace. Only when no other plugin can claim a file inside that plugin, nor that plugin
 * one outside it (nested plugins, `../` paths: then the next lookup builds the map as before).
 */
export function carryReferencedFiles(ws: Workspace, previous: WorkspaceIndex, next: WorkspaceIndex, root?: string): void {
  const known = CACHE.get(previous);
  if (!known) return;
  if (root === undefined) { CACHE.set(next, known); return; }
  const inside = (p: string) => p.startsWith(root + '/');
  const before = previous.pluginAt(root);
  const after = next.pluginAt(root);
  if (![...before.components, ...after.components].every((c) => inside(c.path)) || nestsWithAnother(next, root)) return;
  if (next.plugins.some((plugin) => plugin.root !== root && plugin.components.some((c) => inside(c.path)))) return;
  const out = new Map<string, FileKindId>();
  for (const [p, kind] of known) if (!inside(p)) out.set(p, kind);
  addComponentFiles(ws, after, out);
  CACHE.set(next, out);
}
