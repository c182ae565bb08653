/**
 * Item collection for one file, plus what a plugin.json or marketplace.json pulls in from files the
 * scanner doesn't recognise by name (a root-level `hooks.json` named by `"hooks": "./hooks.json"`, an
 * MCP map at a custom path) and manifest-less plugins a marketplace lists.
 */
import type { FileKindId, ParsedFile } from '../types';
import type { Workspace } from '../workspace';
import { parseForLater } from '../parse/handover';
import { detectKind } from '../kinds/detect';
import { dirname, join } from '../paths';
import { itemsOf, stringValue, valueOf } from '../parse/node';
import { getWorkspaceIndex, type PluginInfo } from '../index/index';
import { itemsOfFile, type ReachItem } from './items';
import { appendAll } from '../arrays';

export function collectItems(file: ParsedFile, ws: Workspace): ReachItem[] {
  const items = itemsOfFile(file);
  if (file.kind === 'plugin') appendAll(items, referencedFiles(file, ws));
  if (file.kind === 'marketplace') appendAll(items, marketplaceEntries(file, ws));
  return items;
}

/**
 * Components the plugin loader finds through manifest paths in files the scanner does not recognise by
 * name (agents listed at the plugin root, a root-level hooks.json, an MCP map at a custom path).
 */
function referencedFiles(file: ParsedFile, ws: Workspace): ReachItem[] {
  const pluginRoot = dirname(dirname(file.path));
  const plugin = getWorkspaceIndex(ws).pluginAt(pluginRoot);
  const out: ReachItem[] = [];
  for (const { path, mode } of unnamedComponentFiles(plugin)) {
    if (path === file.path) continue;
    const text = ws.readFile(path);
    if (text === undefined) continue;
    // The file is validated on its own too: that validation takes this parse instead of parsing again.
    const parsed = parseForLater(ws, path, text, mode.parseAs);
    appendAll(out, itemsOfFile(parsed, mode.as).map((i) => ({ ...i, pluginRoot })));
  }
  return out;
}

type Mode = NonNullable<(typeof MODES)[string]>;
const UNNAMED = new WeakMap<PluginInfo, ReadonlyArray<{ path: string; mode: Mode }>>();

/**
 * A plugin's component files that the scanner does not recognise by name, each once, in component
 * order. A function of the plugin alone (its list lives as long as the index's PluginInfo): worked out
 * once, not on every validation of its manifest.
 */
function unnamedComponentFiles(plugin: PluginInfo): ReadonlyArray<{ path: string; mode: Mode }> {
  let hit = UNNAMED.get(plugin);
  if (!hit) {
    const list: Array<{ path: string; mode: Mode }> = [];
    const done = new Set<string>();
    for (const comp of plugin.components) {
      if (done.has(comp.path) || /\.(mcpb|dxt)$/i.test(comp.path)) continue;
      const mode = MODES[comp.type];
      if (!mode || detectKind(comp.path) === mode.natural) continue; // scanned as a file of its own
      done.add(comp.path);
      list.push({ path: comp.path, mode });
    }
    UNNAMED.set(plugin, hit = list);
  }
  return hit;
}

const MODES: Partial<Record<string, { natural: FileKindId; parseAs: FileKindId; as?: 'mcp-map' | 'hooks-file' | 'lsp-map' }>> = {
  skill: { natural: 'skill', parseAs: 'skill' },
  agent: { natural: 'agent', parseAs: 'agent' },
  command: { natural: 'command', parseAs: 'command' },
  'output-style': { natural: 'output-style', parseAs: 'output-style' },
  hook: { natural: 'hooks', parseAs: 'hooks', as: 'hooks-file' },
  'mcp-server': { natural: 'mcp', parseAs: 'mcp', as: 'mcp-map' },
  'lsp-server': { natural: 'lsp', parseAs: 'lsp', as: 'lsp-map' },
};

/**
 * Marketplace entries: a plugin item for each relative-source folder that has no plugin.json (the
 * entry is its manifest), and inline MCP / LSP servers of every entry.
 */
function marketplaceEntries(file: ParsedFile, ws: Workspace): ReachItem[] {
  const root = file.root?.type === 'object' ? file.root : undefined;
  if (!root) return [];
  const out: ReachItem[] = [];
  const info = getWorkspaceIndex(ws).marketplaces.find((m) => m.path === file.path);
  // By index, once (a marketplace of thousands of entries would search its list per entry).
  const byIndex = new Map<number, NonNullable<typeof info>['entries'][number]>();
  for (const e of info?.entries ?? []) if (!byIndex.has(e.index)) byIndex.set(e.index, e);
  itemsOf(valueOf(root, 'plugins')).forEach((entryNode, index) => {
    const entry = byIndex.get(index);
    const pluginRoot = entry?.pluginRoot;
    const nameNode = valueOf(entryNode, 'name');
    if (pluginRoot && ws.isDirectory(pluginRoot) && !ws.exists(join(pluginRoot, '.claude-plugin', 'plugin.json'))) {
      out.push({
        kind: 'plugin', name: stringValue(nameNode) ?? `plugins[${index}]`, file: file.path,
        range: nameNode ? { offset: nameNode.offset, length: nameNode.length } : { offset: entryNode.offset, length: 1 },
        origin: 'marketplace-entry', value: entry?.entry, pluginRoot,
      });
    }
    for (const key of ['mcpServers', 'lspServers'] as const) {
      const map = valueOf(entryNode, key);
      if (map?.type !== 'object') continue;
      // A view of the same file with another root (Object.create keeps its lazy line index unevaluated).
      const fake: ParsedFile = Object.assign(Object.create(file) as ParsedFile, { root: map });
      const mode = key === 'mcpServers' ? 'mcp-map' : 'lsp-map';
      appendAll(out, itemsOfFile(fake, mode).map((i) => ({ ...i, origin: 'marketplace-entry' as const, pluginRoot })));
    }
  });
  return out;
}
