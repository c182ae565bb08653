/**
 * Server maps in every file kind that holds MCP servers, so the entry checks run the same on `.mcp.json`,
 * claude_desktop_config.json, managed-mcp.json, inline `mcpServers` in plugin.json and marketplace entries.
 */
import { memoOn } from '../../memo';
import type { RuleContext } from '../../types';
import { itemsOf, keyNodeOf, keyOf, propertiesOf, propertyOf, stringValue, valueOf, type Node } from '../../parse/node';
import { findPluginRoot } from '../../targets';
import { dirname } from '../../paths';
import type { McpScope } from '../../knowledge/mcp-expansion';
import { REMOTE_TRANSPORTS } from '../../knowledge/mcp-transports';

export interface ServerMap { node: Node; scope: McpScope; /** The map is the bare top-level object (plugin `.mcp.json`). */ bare: boolean }
export interface Server { name: string; prop: Node; keyNode: Node; entry: Node; map: ServerMap }

/** Per rule context (one validation of one file): every MCP rule of the file asks for the same maps and servers. */
const MAPS = Symbol('serverMaps');
const SERVERS = Symbol('servers');

/** The servers maps of the file being checked (object nodes only). */
export function serverMaps(ctx: RuleContext): readonly ServerMap[] {
  return memoOn(ctx, MAPS, () => computeServerMaps(ctx));
}

function computeServerMaps(ctx: RuleContext): ServerMap[] {
  const root = ctx.file.root;
  if (root?.type !== 'object' || ctx.file.syntaxErrors.length > 0) return [];
  const wrapped = valueOf(root, 'mcpServers');
  switch (ctx.file.kind) {
    case 'mcp': {
      const scope: McpScope = isPluginMcp(ctx) ? 'plugin' : 'project';
      if (propertyOf(root, 'mcpServers')) return wrapped?.type === 'object' ? [{ node: wrapped, scope, bare: false }] : [];
      if (isVsCodeShape(root)) return [];
      return [{ node: root, scope, bare: true }];
    }
    case 'desktop-config':
      return wrapped?.type === 'object' ? [{ node: wrapped, scope: 'desktop', bare: false }] : [];
    case 'managed-mcp':
      return wrapped?.type === 'object' ? [{ node: wrapped, scope: 'managed', bare: false }] : [];
    case 'plugin':
      return wrapped?.type === 'object' ? [{ node: wrapped, scope: 'plugin', bare: false }] : [];
    case 'marketplace':
      return itemsOf(valueOf(root, 'plugins'))
        .map((p) => valueOf(p, 'mcpServers'))
        .filter((m): m is Node => m?.type === 'object')
        .map((node) => ({ node, scope: 'plugin' as const, bare: false }));
    default:
      return [];
  }
}

/** Every server of every map, skipping `$schema` in bare maps. */
export function serversOf(ctx: RuleContext): readonly Server[] {
  return memoOn(ctx, SERVERS, () => {
    const out: Server[] = [];
    for (const map of serverMaps(ctx)) {
      for (const prop of propertiesOf(map.node)) {
        const name = keyOf(prop);
        const entry = prop.children?.[1];
        if (!entry || (map.bare && name === '$schema')) continue;
        out.push({ name, prop, keyNode: keyNodeOf(prop), entry, map });
      }
    }
    return out;
  });
}

/** A `.mcp.json` at a plugin root (or referenced from its manifest) is a plugin config. */
export function isPluginMcp(ctx: RuleContext): boolean {
  return findPluginRoot(ctx.file.path, ctx.workspace) === dirname(ctx.file.path);
}

/** VS Code's `.vscode/mcp.json` shape: `servers` (and maybe `inputs`) at the top, no `mcpServers`. */
export function isVsCodeShape(root: Node): boolean {
  if (propertyOf(root, 'mcpServers')) return false;
  const servers = valueOf(root, 'servers');
  if (servers?.type !== 'object') return false;
  // A real server named "servers" would have command/url/type itself.
  return !['command', 'url', 'type'].some((k) => propertyOf(servers, k));
}

export function typeOf(entry: Node): string | undefined {
  return stringValue(valueOf(entry, 'type'));
}

/** Remote by declared type (an entry with url but no type is read as stdio: see url-without-type). */
export function isRemote(entry: Node): boolean {
  const t = typeOf(entry);
  return t !== undefined && REMOTE_TRANSPORTS.includes(t);
}

export function isStdio(entry: Node): boolean {
  const t = typeOf(entry);
  return (t === undefined && !propertyOf(entry, 'url')) || t === 'stdio';
}

/** String nodes in the fields that hold values (command, args items, env/headers values, url, headersHelper). */
export function stringFields(entry: Node): Array<{ field: string; key?: string; node: Node }> {
  const out: Array<{ field: string; key?: string; node: Node }> = [];
  for (const prop of propertiesOf(entry)) {
    const field = keyOf(prop);
    const v = prop.children?.[1];
    if (!v) continue;
    if (v.type === 'string') out.push({ field, node: v });
    else if (v.type === 'array') for (const item of itemsOf(v)) { if (item.type === 'string') out.push({ field, node: item }); }
    else if (v.type === 'object') {
      for (const p of propertiesOf(v)) {
        const pv = p.children?.[1];
        if (pv?.type === 'string') out.push({ field, key: keyOf(p), node: pv });
      }
    }
  }
  return out;
}

/** Raw text range of a string node's content (inside the quotes). */
export function innerRange(node: Node): { offset: number; length: number } {
  return { offset: node.offset + 1, length: Math.max(0, node.length - 2) };
}
