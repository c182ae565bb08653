/** Shared by the marketplace rules: entries with their nodes and resolved plugin roots. */
import { memoOn } from '../../memo';
import type { RuleContext } from '../../types';
import { dirname } from '../../paths';
import { itemsOf, rootValue, toValue, valueOf, type Node } from '../../parse/node';
import { isObject } from '../../index/paths';
import { relativeSourceRoot } from '../../index/workspace-index';

export const MKR_URL = 'https://code.claude.com/docs/en/plugins/marketplace-reference';
export const MKR_DATE = '2026-10-10';

export interface Entry {
  index: number;
  node: Node;
  value: Record<string, unknown>;
  name?: string;
  nameNode?: Node;
  sourceNode?: Node;
  /** Plugin root for a relative source (may not exist). */
  pluginRoot?: string;
}

export function isMarketplace(ctx: RuleContext): boolean {
  return ctx.file.kind === 'marketplace' && !!ctx.file.root && ctx.file.root.type === 'object' && ctx.file.syntaxErrors.length === 0;
}

export function marketplaceRoot(path: string): string {
  return dirname(dirname(path));
}

export function pluginRootSetting(ctx: RuleContext): unknown {
  const meta = valueOf(ctx.file.root, 'metadata');
  return meta?.type === 'object' ? toValue(valueOf(meta, 'pluginRoot')) : undefined;
}

const ENTRIES = Symbol('marketplaceEntries');

/** The marketplace's plugin entries, computed once per parsed file (every marketplace rule asks). */
export function entries(ctx: RuleContext): Entry[] {
  return memoOn(ctx.file, ENTRIES, () => computeEntries(ctx));
}

function computeEntries(ctx: RuleContext): Entry[] {
  const plugins = valueOf(ctx.file.root, 'plugins');
  if (plugins?.type !== 'array') return [];
  const root = marketplaceRoot(ctx.file.path);
  const pr = pluginRootSetting(ctx);
  const out: Entry[] = [];
  // The entries' values are the file's value's (built once per parse), not one conversion per entry.
  const values = (rootValue(ctx.file.root) as { plugins?: unknown } | undefined)?.plugins;
  itemsOf(plugins).forEach((node, index) => {
    if (node.type !== 'object') return;
    const value = Array.isArray(values) ? values[index] : toValue(node);
    if (!isObject(value)) return;
    const nameNode = valueOf(node, 'name');
    const sourceNode = valueOf(node, 'source');
    out.push({
      index, node, value, nameNode, sourceNode,
      name: typeof value.name === 'string' ? value.name : undefined,
      pluginRoot: relativeSourceRoot(root, value.source, pr),
    });
  });
  return out;
}

/** The marketplace name is one of Anthropic's official ones (its entries may use reserved plugin names). */
export function marketplaceName(ctx: RuleContext): string | undefined {
  const n = valueOf(ctx.file.root, 'name');
  return typeof n?.value === 'string' ? n.value : undefined;
}
