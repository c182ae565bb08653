/**
 * The Reach tree as plain data, built from a `pluginLens/listItems` answer: grouped by item
 * (marketplaces → plugins → components, then standalone skills, MCP servers, …) or by surface
 * ("what loads on Cowork?"). vscode-free; reach-tree.ts only maps these nodes onto TreeItems.
 */
import type { ItemReach, ReachCell, ReachStatus, WorkspaceItem } from '../../../server/src/protocol';
import { SURFACES } from '../../../server/src/core/surfaces';
import { STATUS_ORDER, STATUS_WORD, cellTooltip, countStatuses, findingsText, itemTooltip, reachBadge } from './reach-format';

export interface Range0 { start: { line: number; character: number }; end: { line: number; character: number } }

export interface NodeModel {
  /** Unique within one tree (TreeItem.id). */
  id: string;
  label: string;
  description: string;
  /** Markdown. */
  tooltip: string;
  /** Codicon id and optional theme color id. */
  icon: string;
  iconColor?: string;
  /** For view/item/context menus: `item.<kind>`, `surface`, `group`, `placeholder`. */
  contextValue: string;
  /** File to open on click. */
  open?: { uri: string; range?: Range0 };
  children: NodeModel[];
  expanded: boolean;
  /**
   * The item came with statuses only (`listItems` `cells: 'status'`): the tree asks `pluginLens/reach` for
   * its file when the tooltip shows and renders `detailedTooltip` (one surface's cell when `surface` is set).
   */
  detail?: { item: WorkspaceItem; surface?: string };
  /**
   * Routes tree: the item came from a `detail: 'summary'` answer (route headers only); its children are
   * built when it is expanded, from `pluginLens/routes` for its file (routes-model.ts `routesChildren`).
   */
  childrenFrom?: { itemId: string; uri: string };
}

export type Grouping = 'item' | 'surface';

/** Display order of kinds among siblings. */
const KIND_ORDER = ['marketplace', 'plugin', 'skill', 'agent', 'command', 'output-style', 'hooks', 'hook', 'mcp', 'mcp-server',
  'lsp', 'lsp-server', 'mcpb', 'desktop-config', 'managed-mcp', 'settings', 'config', 'file'];

const KIND_ICON: Record<string, string> = {
  marketplace: 'library', plugin: 'extensions', skill: 'mortar-board', agent: 'hubot', command: 'terminal',
  'output-style': 'paintcan', hooks: 'zap', hook: 'zap', mcp: 'server', 'mcp-server': 'server-process', lsp: 'symbol-keyword',
  'lsp-server': 'symbol-keyword', mcpb: 'package', 'desktop-config': 'device-desktop', 'managed-mcp': 'shield',
  settings: 'settings-gear', config: 'gear', file: 'file',
};

const KIND_LABEL: Record<string, string> = {
  'output-style': 'output style', hooks: 'hooks file', mcp: 'MCP config', 'mcp-server': 'MCP server', lsp: 'LSP config',
  'lsp-server': 'LSP server', mcpb: 'MCP bundle', 'desktop-config': 'Desktop config', 'managed-mcp': 'managed MCP config',
  settings: 'Claude settings', config: 'Plugin Lens config',
};

export const STATUS_ICON: Record<ReachStatus, { icon: string; color?: string }> = {
  loads: { icon: 'pass', color: 'testing.iconPassed' },
  conditional: { icon: 'circle-large-outline', color: 'charts.yellow' },
  disputed: { icon: 'warning', color: 'charts.orange' },
  unknown: { icon: 'question' },
  'does-not-load': { icon: 'circle-slash', color: 'disabledForeground' },
};

const SURFACE_ICON: Record<string, string> = {
  'claude-ai-web': 'globe', 'claude-desktop-chat': 'comment-discussion', 'claude-mobile': 'device-mobile', cowork: 'organization',
  'claude-code-cli': 'terminal', 'claude-code-desktop': 'device-desktop', 'claude-code-ide': 'code', 'claude-code-cloud': 'cloud',
  'claude-api': 'symbol-interface', 'agent-sdk': 'tools',
};

export function kindIcon(kind: string): string {
  return KIND_ICON[kind] ?? 'symbol-misc';
}

export function kindLabel(kind: string): string {
  return KIND_LABEL[kind] ?? kind;
}

function kindRank(kind: string): number {
  const i = KIND_ORDER.indexOf(kind);
  return i < 0 ? KIND_ORDER.length : i;
}

function compareItems(a: WorkspaceItem, b: WorkspaceItem): number {
  return kindRank(a.kind) - kindRank(b.kind) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
}

/** A workspace-relative-looking path for tooltips (the URI path; VS Code shows the full one on hover anyway). */
function displayPath(uri: string): string {
  try { return decodeURIComponent(new URL(uri).pathname); } catch { return uri; }
}

interface Flat { item: WorkspaceItem; parentId?: string }

/** Every item once, whether the server nested it (`children`) or linked it (`parentId`). */
export function flattenItems(items: readonly WorkspaceItem[]): Flat[] {
  const seen = new Map<string, Flat>();
  const visit = (item: WorkspaceItem, nestedUnder?: string) => {
    if (seen.has(item.id)) return;
    seen.set(item.id, { item, parentId: nestedUnder ?? item.parentId });
    for (const child of item.children ?? []) visit(child, item.id);
  };
  for (const item of items) visit(item);
  return [...seen.values()];
}

function itemNode(item: WorkspaceItem, children: NodeModel[]): NodeModel {
  const badge = reachBadge(item.reach?.cells);
  const problems = findingsText(item.findings);
  const description = badge || problems || kindLabel(item.kind);
  const color = item.findings?.errors ? 'list.errorForeground' : item.findings?.warnings ? 'list.warningForeground' : undefined;
  return {
    id: item.id,
    label: item.name,
    description,
    tooltip: itemNodeTooltip(item),
    ...(item.reach?.detail === 'status' ? { detail: { item } } : {}),
    icon: KIND_ICON[item.kind] ?? 'symbol-misc',
    iconColor: color,
    contextValue: `item.${item.kind}`,
    open: { uri: item.uri, range: item.range },
    children,
    // Marketplaces and plugins open so the components show; deeper levels stay collapsed.
    expanded: item.kind === 'marketplace' || item.kind === 'plugin',
  };
}

function itemNodeTooltip(item: WorkspaceItem): string {
  return itemTooltip({ name: item.name, kind: kindLabel(item.kind), path: displayPath(item.uri), findings: item.findings, reach: item.reach });
}

/** A node's tooltip from its item's whole reach (see NodeModel.detail); undefined when that has nothing for it. */
export function detailedTooltip(node: NodeModel, full: ItemReach | undefined): string | undefined {
  const d = node.detail;
  if (!d || !full) return undefined;
  if (d.surface === undefined) return itemNodeTooltip({ ...d.item, reach: full });
  const cell = full.cells.find((c) => c.surface === d.surface);
  return cell ? cellTooltip(d.item.name, cell, full.asOf) : undefined;
}

/** Grouped by item: roots are items without a (known) parent, children follow parent links. */
export function buildItemTree(items: readonly WorkspaceItem[]): NodeModel[] {
  const flat = flattenItems(items);
  const ids = new Set(flat.map((f) => f.item.id));
  const byParent = new Map<string | undefined, WorkspaceItem[]>();
  for (const f of flat) {
    const key = f.parentId && ids.has(f.parentId) && f.parentId !== f.item.id ? f.parentId : undefined;
    byParent.set(key, [...(byParent.get(key) ?? []), f.item]);
  }
  const placed = new Set<string>();
  const build = (parent: string | undefined, path: Set<string>): NodeModel[] =>
    (byParent.get(parent) ?? []).sort(compareItems).filter((i) => !path.has(i.id) && !placed.has(i.id))
      .map((i) => { placed.add(i.id); return itemNode(i, build(i.id, new Set([...path, i.id]))); });
  const roots = build(undefined, new Set());
  // Items in a parent cycle (a server bug) still show, as roots.
  for (const f of flat.sort((a, b) => compareItems(a.item, b.item))) {
    if (!placed.has(f.item.id)) { placed.add(f.item.id); roots.push(itemNode(f.item, build(f.item.id, new Set([f.item.id])))); }
  }
  return roots;
}

interface Placed { item: WorkspaceItem; cell: ReachCell; parentName?: string }

function placedNode(surface: string, p: Placed): NodeModel {
  const st = STATUS_ICON[p.cell.status] ?? STATUS_ICON.unknown;
  const where = p.parentName ? `${kindLabel(p.item.kind)} in ${p.parentName}` : kindLabel(p.item.kind);
  return {
    id: `surface:${surface}/${p.item.id}`,
    label: p.item.name,
    description: `${STATUS_WORD[p.cell.status]} · ${where}`,
    tooltip: cellTooltip(p.item.name, p.cell, p.item.reach?.asOf ?? ''),
    ...(p.item.reach?.detail === 'status' ? { detail: { item: p.item, surface } } : {}),
    icon: st.icon,
    iconColor: st.color,
    contextValue: `item.${p.item.kind}`,
    open: { uri: p.item.uri, range: p.item.range },
    children: [],
    expanded: false,
  };
}

/**
 * Grouped by surface: one root per surface (canonical order), its items by status — loads, conditional,
 * disputed, unknown — and the ones that do not load under a collapsed "does not load" group.
 * `surfaces` limits the roots (e.g. to the configured targets); all ten when empty.
 */
export function buildSurfaceTree(items: readonly WorkspaceItem[], surfaces: readonly string[] = []): NodeModel[] {
  const flat = flattenItems(items);
  const names = new Map(flat.map((f) => [f.item.id, f.item.name]));
  const withReach = flat.filter((f) => f.item.reach?.cells.length);
  if (!withReach.length) {
    return flat.length ? [{
      id: 'placeholder:no-reach', label: 'No reach data yet', description: '', icon: 'info', contextValue: 'placeholder',
      tooltip: 'The server has not computed reach for these items yet. Try **Refresh**.', children: [], expanded: false,
    }] : [];
  }
  const wanted = surfaces.length ? SURFACES.filter((s) => surfaces.includes(s.id)) : SURFACES;
  return wanted.map((s) => {
    const placed: Placed[] = [];
    for (const f of withReach) {
      const cell = f.item.reach!.cells.find((c) => c.surface === s.id);
      if (cell) placed.push({ item: f.item, cell, parentName: f.parentId ? names.get(f.parentId) : undefined });
    }
    placed.sort((a, b) => STATUS_ORDER.indexOf(a.cell.status) - STATUS_ORDER.indexOf(b.cell.status) || compareItems(a.item, b.item));
    const loaded = placed.filter((p) => p.cell.status !== 'does-not-load').map((p) => placedNode(s.id, p));
    const notLoaded = placed.filter((p) => p.cell.status === 'does-not-load').map((p) => placedNode(s.id, p));
    const children = [...loaded];
    if (notLoaded.length) {
      children.push({
        id: `surface:${s.id}/does-not-load`, label: 'Does not load', description: String(notLoaded.length),
        tooltip: `Items that do not load on ${s.name}`, icon: 'circle-slash', contextValue: 'group', children: notLoaded, expanded: false,
      });
    }
    const counts = countStatuses(placed.map((p) => p.cell));
    return {
      id: `surface:${s.id}`,
      label: s.name,
      description: reachBadge(placed.map((p) => p.cell)),
      tooltip: `**${s.name}** (\`${s.id}\`): ${counts.loads} load, ${counts.conditional} conditional, ` +
        `${counts.disputed + counts.unknown} disputed or unknown, ${counts['does-not-load']} do not load`,
      icon: SURFACE_ICON[s.id] ?? 'circle-outline',
      contextValue: 'surface',
      children,
      expanded: false,
    };
  });
}

export function buildTree(items: readonly WorkspaceItem[], grouping: Grouping, surfaces: readonly string[] = []): NodeModel[] {
  return grouping === 'surface' ? buildSurfaceTree(items, surfaces) : buildItemTree(items);
}

/** Plain snapshot for tests and the extension API: labels, descriptions and children. */
export interface NodeSnapshot { label: string; description: string; children: NodeSnapshot[] }
export function snapshot(nodes: readonly NodeModel[]): NodeSnapshot[] {
  return nodes.map((n) => ({ label: n.label, description: n.description, children: snapshot(n.children) }));
}

/** The placeholder root shown when the server's answer failed and there is nothing older to show. */
export function errorNode(label: string, error: string): NodeModel {
  return { id: 'placeholder:error', label, description: error, tooltip: error, icon: 'error', contextValue: 'placeholder', children: [], expanded: false };
}

/** Child id → parent, for a tree view's getParent (reveal needs it). */
export function parentIndex(roots: readonly NodeModel[]): Map<string, NodeModel> {
  const parents = new Map<string, NodeModel>();
  const index = (nodes: readonly NodeModel[], parent?: NodeModel) => {
    for (const n of nodes) { if (parent) parents.set(n.id, parent); index(n.children, n); }
  };
  index(roots);
  return parents;
}
