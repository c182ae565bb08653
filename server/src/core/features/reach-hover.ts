/**
 * Item names (skill name, plugin name, marketplace entry, MCP server key, hook event) and the hook the
 * reach engine fills to show an item's reach matrix on hover. Until then `reachHoverProvider` returns
 * undefined and hovers show field docs only.
 */
import type { ParsedFile } from '../types';
import type { Workspace } from '../workspace';
import { findNodeAtOffset, getNodePath, type Node, type JSONPath } from '../parse/node';

export type ItemKind = 'skill' | 'agent' | 'command' | 'output-style' | 'plugin' | 'marketplace' | 'marketplace-entry' | 'mcp-server' | 'hook-event' | 'lsp-server';

export interface ItemAt {
  itemKind: ItemKind;
  name: string;
  /** The node whose text names the item (a key or a string value). */
  node: Node;
  path: JSONPath;
}

export interface ReachHoverContext { file: ParsedFile; item: ItemAt; workspace?: Workspace }
export type ReachHoverProvider = (ctx: ReachHoverContext) => string | undefined;

/** Placeholder: the reach engine replaces this with the item's surfaces × status matrix (markdown). */
export const reachHoverProvider: ReachHoverProvider = () => undefined;

const MCP_MAP_KEYS = new Set(['mcpServers', 'servers']);

/** The item named at `offset`, if the cursor is on an item's name. */
export function itemAt(file: ParsedFile, offset: number): ItemAt | undefined {
  if (!file.root) return undefined;
  const node = findNodeAtOffset(file.root, offset, true);
  if (!node || node.type !== 'string') return undefined;
  const prop = node.parent?.type === 'property' ? node.parent : undefined;
  const isKey = prop?.children?.[0] === node;
  const path = getNodePath(node);
  const name = String(node.value ?? '');
  const at = (itemKind: ItemKind): ItemAt => ({ itemKind, name, node, path });
  const k = file.kind;
  if (!isKey && path.length === 1 && path[0] === 'name') {
    if (k === 'skill' || k === 'agent' || k === 'command' || k === 'output-style' || k === 'plugin' || k === 'marketplace') return at(k);
  }
  if (k === 'marketplace' && !isKey && path.length === 3 && path[0] === 'plugins' && path[2] === 'name') return at('marketplace-entry');
  if (isKey) {
    const parentKey = path[path.length - 2];
    if (typeof parentKey === 'string' && MCP_MAP_KEYS.has(parentKey) && (path.length === 2 || k === 'plugin' || k === 'marketplace')) return at('mcp-server');
    if ((k === 'hooks' || k === 'plugin' || k === 'marketplace') && parentKey === 'hooks' && /^[A-Z]/.test(name)) return at('hook-event');
    if ((k === 'lsp' && path.length === 1) || parentKey === 'lspServers') return at('lsp-server');
  }
  return undefined;
}
