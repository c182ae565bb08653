/**
 * The Routes tree as plain data, from a `pluginLens/routes` answer: item → its routes (the declared ones
 * marked ✓, the one in use marked, the rest "what if") → each surface with its status, the reason as
 * tooltip and the actions someone must take as children; a route's traps sit above its surfaces.
 * vscode-free; routes-tree.ts maps these nodes onto TreeItems.
 */
import type { Route, RouteAction, RouteCell, RouteTrap, RoutesItem, RoutesResult } from '../../../server/src/protocol';
import { SURFACES } from '../../../server/src/core/surfaces';
import { STATUS_SYMBOL, STATUS_WORD, mdEscape, reachBadge } from './reach-format';
import { STATUS_ICON, kindIcon, kindLabel, type NodeModel } from './reach-model';

/** `✓ declared · in use`, `in use`, `what if`. */
export function routeMark(route: Pick<Route, 'declared' | 'inUse'>): string {
  const parts = [route.declared ? '✓ declared' : '', route.inUse ? 'in use' : ''].filter(Boolean);
  return parts.length ? parts.join(' · ') : 'what if';
}

function links(urls: readonly string[]): string {
  return urls.map((u) => `[${mdEscape(hostOf(u))}](${u})`).join(' · ');
}

function hostOf(url: string): string {
  try { return new URL(url).hostname; } catch { return url; }
}

function actionNode(id: string, a: RouteAction): NodeModel {
  const who = a.who === 'admin' ? 'Admin' : 'Each member';
  return {
    id, label: a.text, description: a.who === 'admin' ? 'admin' : 'member',
    tooltip: `**${who}:** ${mdEscape(a.text)}\n\n${links(a.sources)} (as of ${a.asOf})`,
    icon: a.who === 'admin' ? 'shield' : 'person', contextValue: `routeAction.${a.who}`, children: [], expanded: false,
  };
}

function surfaceNode(routeId: string, surface: string, cell: RouteCell): NodeModel {
  const name = SURFACES.find((s) => s.id === surface)?.name ?? surface;
  const st = STATUS_ICON[cell.status] ?? STATUS_ICON.unknown;
  const id = `${routeId}/${surface}`;
  const actions = cell.actions.map((a) => actionNode(`${id}/${a.id}`, a));
  const lines = [`**${mdEscape(name)}**: ${STATUS_SYMBOL[cell.status]} ${STATUS_WORD[cell.status]}`, '', mdEscape(cell.reason)];
  if (cell.condition) lines.push('', `Only if: ${mdEscape(cell.condition)}`);
  if (cell.actions.length) lines.push('', ...cell.actions.map((a) => `- ${a.who === 'admin' ? 'Admin' : 'Member'}: ${mdEscape(a.text)}`));
  if (cell.sources.length) lines.push('', links(cell.sources));
  return {
    id, label: name,
    description: `${STATUS_WORD[cell.status]}${actions.length ? ` · ${actions.length} action${actions.length === 1 ? '' : 's'}` : ''}`,
    tooltip: lines.join('\n'), icon: st.icon, iconColor: st.color, contextValue: 'routeSurface', children: actions, expanded: false,
  };
}

function trapNode(id: string, t: RouteTrap): NodeModel {
  const where = t.surfaces.map((s) => SURFACES.find((x) => x.id === s)?.name ?? s).join(', ');
  return {
    id, label: t.title, description: 'trap', icon: 'warning', iconColor: 'charts.orange', contextValue: 'routeTrap',
    tooltip: `**${mdEscape(t.title)}** (${mdEscape(where)})\n\n${mdEscape(t.text)}\n\n${links(t.sources)} (as of ${t.asOf})`,
    children: [], expanded: false,
  };
}

function routeNode(item: RoutesItem, route: Route): NodeModel {
  const id = `route:${item.id}@${route.channel}`;
  const cells = SURFACES.filter((s) => route.surfaces[s.id]).map((s) => ({ surface: s.id, cell: route.surfaces[s.id] }));
  const badge = reachBadge(cells.map((c) => c.cell));
  return {
    id, label: route.channelName,
    description: `${routeMark(route)} · ${badge}`,
    tooltip: `**${mdEscape(route.channelName)}** (\`${route.channel}\`): ${routeMark(route)}\n\n` +
      (route.declared ? 'Declared in `.plugin-lens.json` `distribution` or the repository / managed settings.' : route.inUse
        ? 'Inferred from where the file lives; declare it with the code action "Distribute as …".'
        : 'What if it were distributed this way: use "Distribute as …" on the item to declare it.'),
    icon: route.declared ? 'verified-filled' : route.inUse ? 'circle-filled' : 'circle-outline',
    iconColor: route.declared ? 'testing.iconPassed' : undefined,
    contextValue: `route.${route.declared ? 'declared' : route.inUse ? 'inUse' : 'whatIf'}`,
    children: [
      ...route.traps.map((t) => trapNode(`${id}/trap:${t.id}`, t)),
      ...cells.map((c) => surfaceNode(id, c.surface, c.cell)),
    ],
    expanded: false,
  };
}

/** Declared first, then the one in use, then "what if" (the server's order within each). */
function routeRank(r: Route): number {
  return r.declared ? 0 : r.inUse ? 1 : 2;
}

/** An item's route nodes: declared first, then the one in use, then "what if". */
function routeNodes(item: RoutesItem): NodeModel[] {
  return [...item.routes].sort((a, b) => routeRank(a) - routeRank(b)).map((r) => routeNode(item, r));
}

/** An item's root node; `lazy`: no children yet (a summary answer's item, see buildRoutesTree). */
export function routesItemNode(item: RoutesItem, lazy = false): NodeModel {
  const inUse = item.routes.find((r) => r.inUse);
  const declared = item.routes.filter((r) => r.declared).length;
  return {
    id: `routes:${item.id}`, label: item.name,
    description: `${kindLabel(item.kind)} · ${item.routes.length} route${item.routes.length === 1 ? '' : 's'}` +
      (declared ? ` · ${declared} declared` : inUse ? ` · ${inUse.channelName}` : ''),
    tooltip: `**${mdEscape(item.name)}** — ${mdEscape(kindLabel(item.kind))}\n\n` +
      `${item.routes.length} ways to distribute it; ${declared ? `${declared} declared` : 'none declared'}` +
      `${inUse ? `; in use: ${mdEscape(inUse.channelName)}` : ''}.`,
    icon: kindIcon(item.kind), contextValue: `routesItem.${item.kind}`,
    open: { uri: item.uri, range: item.range },
    children: lazy ? [] : routeNodes(item),
    ...(lazy ? { childrenFrom: { itemId: item.id, uri: item.uri } } : {}),
    expanded: false,
  };
}

/**
 * One root per item, in the server's order. From a summary answer (route headers only) an item has no
 * children yet: `childrenFrom` says which file's whole routes build them (routesChildren) when it is expanded.
 */
export function buildRoutesTree(result: RoutesResult | undefined): NodeModel[] {
  if (!result) return [];
  const items = result.items.filter((i) => i.routes.length);
  const lazy = result.detail === 'summary';
  return items.map((item) => routesItemNode(item, lazy));
}

/** A summary item's children, from its file's whole routes; undefined when those do not have the item. */
export function routesChildren(node: NodeModel, fileRoutes: RoutesResult | undefined): NodeModel[] | undefined {
  const full = node.childrenFrom && fileRoutes?.items.find((i) => i.id === node.childrenFrom!.itemId);
  return full ? routeNodes(full) : undefined;
}
