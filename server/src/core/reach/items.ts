/**
 * Reach items found in one parsed file: the skill of a SKILL.md, the plugin of a plugin.json, each MCP
 * server of an .mcp.json / Desktop config / managed-mcp.json / MCPB manifest, each hook handler, each
 * LSP server, and the agent / command / output style of a markdown component. Each item carries the
 * range of its name and the content facts the component-rule predicates read.
 */
import type { OffsetRange, ParsedFile } from '../types';
import type { ReachItemKind } from './knowledge';
import { basename, dirname } from '../paths';
import { itemsOf, keyNodeOf, keyOf, propertiesOf, rootValue, stringValue, toValue, valueOf, type Node } from '../parse/node';
import { appendAll } from '../arrays';

/** Where inside its file an item was declared (predicates such as "hook in plugin agent frontmatter" read it). */
export type ItemOrigin =
  | 'file' | 'frontmatter' | 'manifest' | 'marketplace-entry' | 'settings' | 'mcpb-reference';

export interface ReachItem {
  kind: ReachItemKind;
  name: string;
  /** Absolute workspace path of the file that declares the item. */
  file: string;
  /** Range of the item's name (or of the declaring node) in `file`. */
  range: OffsetRange;
  origin: ItemOrigin;
  /** The item's own JSON/YAML value (server config, hook handler, frontmatter map, manifest). */
  value?: Record<string, unknown>;
  /** For items declared by a plugin.json or marketplace entry: the plugin root they belong to. */
  pluginRoot?: string;
  /** Containers of the item, outermost first, its own node last: findings inside belong to it (load/attach). */
  scope?: OffsetRange[];
  /** What the loader reads (the load stage's effective properties): name as invoked, transport as read… */
  effective?: Record<string, string>;
}

const rangeOf = (n: Node | undefined, fallback: OffsetRange = { offset: 0, length: 0 }): OffsetRange =>
  n ? { offset: n.offset, length: n.length } : fallback;

const asObject = (v: unknown): Record<string, unknown> | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

/** Items declared by a parsed file. `mcpServerFile` forces reading a JSON file as an MCP server map. */
export function itemsOfFile(file: ParsedFile, as?: 'mcp-map' | 'hooks-file' | 'lsp-map'): ReachItem[] {
  const root = file.root;
  if (as === 'mcp-map') return mcpServers(file, mcpMap(root), 'file');
  if (as === 'hooks-file') return hookHandlers(file, valueOf(root, 'hooks'), 'file');
  if (as === 'lsp-map') return lspServers(file, root, 'file');
  switch (file.kind) {
    case 'skill': return markdownItem(file, 'skill', basename(dirname(file.path)));
    case 'agent': return markdownItem(file, 'agent', basename(file.path).replace(/\.md$/i, ''));
    case 'command': return markdownItem(file, 'command', basename(file.path).replace(/\.md$/i, ''));
    case 'output-style': return markdownItem(file, 'output-style', basename(file.path).replace(/\.md$/i, ''));
    case 'plugin': return pluginItems(file);
    case 'marketplace': return marketplaceItems(file);
    case 'hooks': return hookHandlers(file, valueOf(root, 'hooks'), 'file');
    case 'settings': return hookHandlers(file, valueOf(root, 'hooks'), 'settings');
    case 'lsp': return lspServers(file, root, 'file');
    case 'mcp': return mcpServers(file, mcpMap(root), 'file');
    case 'desktop-config': case 'managed-mcp': return mcpServers(file, valueOf(root, 'mcpServers'), 'file');
    case 'mcpb': return mcpbItem(file);
    default: return [];
  }
}

/** `.mcp.json` may wrap servers in `mcpServers` or put the map at the top level (both load). */
function mcpMap(root: Node | undefined): Node | undefined {
  const wrapped = valueOf(root, 'mcpServers');
  return wrapped ?? root;
}

function markdownItem(file: ParsedFile, kind: ReachItemKind, fallbackName: string): ReachItem[] {
  const fm = file.root?.type === 'object' ? file.root : undefined;
  const nameNode = valueOf(fm, 'name');
  const declared = stringValue(nameNode)?.trim();
  // Claude Code names skills by folder, agents by `name` (else file): show what the loader shows.
  const name = kind === 'skill' ? (declared || fallbackName) : kind === 'agent' ? (declared || fallbackName) : fallbackName;
  const fallbackRange = file.frontmatter?.present ? { offset: file.frontmatter.contentStart, length: 0 } : { offset: 0, length: 0 };
  const items: ReachItem[] = [{
    kind, name, file: file.path, range: rangeOf(nameNode, fallbackRange), origin: 'file',
    value: asObject(rootValue(fm)) ?? {}, scope: [{ offset: 0, length: file.text.length }],
    effective: markdownEffective(kind, fallbackName, fm),
  }];
  if (kind === 'skill' || kind === 'agent') appendAll(items, hookHandlers(file, valueOf(fm, 'hooks'), 'frontmatter'));
  if (kind === 'agent') appendAll(items, mcpServers(file, valueOf(fm, 'mcpServers'), 'frontmatter'));
  return items;
}

function pluginItems(file: ParsedFile): ReachItem[] {
  const root = file.root?.type === 'object' ? file.root : undefined;
  if (!root) return [];
  const nameNode = valueOf(root, 'name');
  const pluginRoot = dirname(dirname(file.path));
  const items: ReachItem[] = [{
    kind: 'plugin', name: stringValue(nameNode) ?? basename(pluginRoot), file: file.path,
    range: rangeOf(nameNode, { offset: root.offset, length: 1 }), origin: 'file', value: asObject(rootValue(root)), pluginRoot,
    scope: [{ offset: 0, length: file.text.length }],
  }];
  appendAll(items, inlineComponents(file, root, pluginRoot, 'manifest'));
  return items;
}

/** Inline `mcpServers` / `lspServers` / `hooks` objects of a manifest or marketplace entry. */
function inlineComponents(file: ParsedFile, obj: Node, pluginRoot: string, origin: ItemOrigin): ReachItem[] {
  const out: ReachItem[] = [];
  const withRoot = (list: ReachItem[]) => list.map((i) => ({ ...i, pluginRoot }));
  for (const mcp of [valueOf(obj, 'mcpServers')].flatMap((n) => (n?.type === 'array' ? itemsOf(n) : n ? [n] : []))) {
    if (mcp.type === 'object') appendAll(out, withRoot(mcpServers(file, valueOf(mcp, 'mcpServers') ?? mcp, origin)));
    const ref = stringValue(mcp);
    if (ref && /\.(mcpb|dxt)$/i.test(ref)) {
      out.push({ kind: 'mcp-server', name: basename(ref).replace(/\.(mcpb|dxt)$/i, ''), file: file.path, range: rangeOf(mcp), origin: 'mcpb-reference', value: { bundle: ref }, pluginRoot });
    }
  }
  const lsp = valueOf(obj, 'lspServers');
  if (lsp?.type === 'object') appendAll(out, withRoot(lspServers(file, lsp, origin)));
  const hooks = valueOf(obj, 'hooks');
  // The manifest's inline `hooks` is the inner event map; tolerate a hooks.json-shaped wrapper too.
  const events = valueOf(hooks, 'hooks')?.type === 'object' ? valueOf(hooks, 'hooks') : hooks;
  if (hooks?.type === 'object') appendAll(out, withRoot(hookHandlers(file, events, origin)));
  return out;
}

function marketplaceItems(file: ParsedFile): ReachItem[] {
  const root = file.root?.type === 'object' ? file.root : undefined;
  if (!root) return [];
  const nameNode = valueOf(root, 'name');
  return [{
    kind: 'marketplace', name: stringValue(nameNode) ?? basename(dirname(dirname(file.path))), file: file.path,
    range: rangeOf(nameNode, { offset: root.offset, length: 1 }), origin: 'file', value: asObject(rootValue(root)),
    scope: [{ offset: 0, length: file.text.length }],
  }];
}

function mcpServers(file: ParsedFile, map: Node | undefined, origin: ItemOrigin): ReachItem[] {
  return propertiesOf(map)
    .filter((p) => p.children?.[1]?.type === 'object')
    .map((p) => {
      const value = asObject(toValue(p.children?.[1]));
      return {
        kind: 'mcp-server' as const, name: keyOf(p), file: file.path, range: rangeOf(keyNodeOf(p)), origin,
        value, scope: [rangeOf(p)], effective: { transport: transportAsRead(value) },
      };
    });
}

function lspServers(file: ParsedFile, map: Node | undefined, origin: ItemOrigin): ReachItem[] {
  return propertiesOf(map)
    .filter((p) => p.children?.[1]?.type === 'object')
    .map((p) => ({
      kind: 'lsp-server' as const, name: keyOf(p), file: file.path, range: rangeOf(keyNodeOf(p)), origin,
      value: asObject(toValue(p.children?.[1])), scope: [rangeOf(p)],
    }));
}

/**
 * One item per handler, named as a user knows it: `PostToolUse · Bash · echo hi` (event, matcher,
 * command / url / prompt), ranged on the handler and scoped event → group → handler.
 */
function hookHandlers(file: ParsedFile, events: Node | undefined, origin: ItemOrigin): ReachItem[] {
  const out: ReachItem[] = [];
  for (const ev of propertiesOf(events)) {
    itemsOf(ev.children?.[1]).forEach((group) => {
      const matcher = stringValue(valueOf(group, 'matcher'));
      itemsOf(valueOf(group, 'hooks')).forEach((handler) => {
        const value = asObject(toValue(handler));
        out.push({
          kind: 'hook', name: hookName(keyOf(ev), matcher, value), file: file.path, range: rangeOf(handler), origin,
          value, scope: [rangeOf(ev), rangeOf(group), rangeOf(handler)],
          effective: { event: keyOf(ev), matcher: matcher || '(every occurrence)', ...(typeof value?.command === 'string' ? { command: value.command } : {}) },
        });
      });
    });
  }
  return out;
}

export function hookName(event: string, matcher: string | undefined, handler: Record<string, unknown> | undefined): string {
  const what = ['command', 'url', 'prompt', 'tool'].map((k) => handler?.[k]).find((v) => typeof v === 'string') as string | undefined;
  const short = what && what.length > 40 ? `${what.slice(0, 39)}…` : what;
  return [event, matcher || undefined, short ?? (typeof handler?.type === 'string' ? handler.type : undefined)].filter(Boolean).join(' · ');
}

function mcpbItem(file: ParsedFile): ReachItem[] {
  const root = file.root?.type === 'object' ? file.root : undefined;
  if (!root) return [];
  const nameNode = valueOf(root, 'name');
  const server = asObject(toValue(valueOf(root, 'server')));
  return [{
    kind: 'mcp-server', name: stringValue(nameNode) ?? basename(dirname(file.path)), file: file.path,
    range: rangeOf(nameNode, { offset: root.offset, length: 1 }), origin: 'file',
    value: { ...(server ?? {}), bundle: true }, scope: [{ offset: 0, length: file.text.length }],
  }];
}

/** The command a skill or command is invoked as, and the description the listing shows. */
function markdownEffective(kind: ReachItemKind, fallbackName: string, fm: Node | undefined): Record<string, string> | undefined {
  const description = stringValue(valueOf(fm, 'description'))?.trim();
  const out: Record<string, string> = {};
  // Claude Code takes a skill's or command's command name from its folder / file name.
  if (kind === 'skill' || kind === 'command') out.invokedAs = `/${fallbackName}`;
  out.description = description || '(none)';
  return out;
}

/** The transport Claude Code reads: "type", else stdio (so a bare "url" is read as a stdio server without a command). */
function transportAsRead(server: Record<string, unknown> | undefined): string {
  const type = typeof server?.type === 'string' ? server.type : undefined;
  if (type) return type;
  return typeof server?.command === 'string' ? 'stdio' : 'stdio (no "type" and no "command")';
}
