/** Shared by the plugin rules: the manifest's component path values with their nodes. */
import { memoOn, memoSlots } from '../../memo';
import type { RuleContext } from '../../types';
import { dirname } from '../../paths';
import { itemsOf, valueOf, type Node } from '../../parse/node';
import { COMPONENT_KEYS, LEGACY_TOP_LEVEL, type ComponentKey } from '../../knowledge/plugin-paths';
import { resolvePluginPath, type ResolvedPath } from '../../index/paths';
import { scanComponents, type ComponentScan } from '../../index/components';
import { readPlugin } from '../../index/workspace-index';
import { rootValue } from '../../parse/node';

export const MR_URL = 'https://code.claude.com/docs/en/plugins/manifest-reference';
export const MR_DATE = '2026-10-04';

/** The plugin root of a `.claude-plugin/plugin.json`. */
export function pluginRootOf(manifestPath: string): string {
  return dirname(dirname(manifestPath));
}

export interface PathValue { key: ComponentKey; node: Node; value: string; pointer: string }

/** Each component key with the pointers it is read from (its own, then the legacy top-level one), split once. */
const KEY_POINTERS = COMPONENT_KEYS.map((key) => {
  const pointers = ['/' + key.key.replace('.', '/')];
  const legacy = Object.entries(LEGACY_TOP_LEVEL).find(([, k]) => k === key.key)?.[0];
  if (legacy) pointers.push('/' + legacy);
  return { key, pointers: pointers.map((pointer) => ({ pointer, path: pointer.slice(1).split('/') })) };
});

/** `nodeAtPointer` for a pointer of plain keys (no escapes, no indexes: the component keys). */
function nodeAtKeys(root: Node, path: readonly string[]): Node | undefined {
  let node: Node | undefined = root;
  for (const key of path) {
    if (node?.type !== 'object') return undefined;
    node = valueOf(node, key);
  }
  return node;
}

const PATH_VALUES = Symbol('componentPathValues');

/** Every string path under a component key (strings and string items of arrays; inline objects skipped). Once per node. */
export function componentPathValues(root: Node | undefined): readonly PathValue[] {
  if (!root || root.type !== 'object') return [];
  return memoOn(root, PATH_VALUES, () => {
    const out: PathValue[] = [];
    for (const { key, pointers } of KEY_POINTERS) {
      for (const { pointer, path } of pointers) {
        const node = nodeAtKeys(root, path);
        if (!node) continue;
        const nodes = node.type === 'array' ? itemsOf(node).map((n, i) => ({ n, p: `${pointer}/${i}` })) : [{ n: node, p: pointer }];
        for (const { n, p } of nodes) {
          if (n.type !== 'string' || typeof n.value !== 'string') continue;
          // An https bundle URL is not a path.
          if (key.key === 'mcpServers' && /^https?:\/\//.test(n.value)) continue;
          out.push({ key, node: n, value: n.value, pointer: p });
        }
      }
    }
    return out;
  });
}

type ResolvedPathValue = PathValue & { r: ResolvedPath };
const RESOLVED = Symbol('resolvedComponentPaths');

/** The component path values of a manifest (or marketplace entry) node, each resolved from `pluginRoot` (pure: once per node and root). */
export function resolvedComponentPaths(root: Node | undefined, pluginRoot: string): readonly ResolvedPathValue[] {
  if (!root) return [];
  const slots = memoSlots(root);
  const hit = slots.get(RESOLVED) as { pluginRoot: string; paths: readonly ResolvedPathValue[] } | undefined;
  if (hit && hit.pluginRoot === pluginRoot) return hit.paths;
  const paths = componentPathValues(root).map((pv) => ({ ...pv, r: resolvePluginPath(pluginRoot, pv.value) }));
  slots.set(RESOLVED, { pluginRoot, paths });
  return paths;
}

export function isPluginManifest(ctx: RuleContext): boolean {
  return ctx.file.kind === 'plugin' && !!ctx.file.root && ctx.file.root.type === 'object' && ctx.file.syntaxErrors.length === 0;
}


const MANIFEST_SCAN = Symbol('manifestScan');

/**
 * The components of the plugin whose manifest is being validated, from the text being validated (so
 * unsaved edits count). When that text is what the workspace index read, the index's scan is reused; the
 * result is shared by every rule of one validation.
 */
export function manifestScan(ctx: RuleContext): ComponentScan {
  // Per rule context (one validation): the scan reads the workspace, which a reused parse tree does not pin.
  return memoOn(ctx, MANIFEST_SCAN, (): ComponentScan => {
    const root = pluginRootOf(ctx.file.path);
    return ctx.workspace.readFile(ctx.file.path) === ctx.file.text
      ? readPlugin(ctx.workspace, root)
      : scanComponents(ctx.workspace, root, rootValue(ctx.file.root) as Record<string, unknown>, ctx.file.path);
  });
}
