/**
 * What the server keeps of a file that is not open, once it is validated: findings, the file item and
 * reach stay; the text and parse tree go (a 20,000-file workspace would otherwise hold every text and
 * tree). Offsets still become line/character through a line-start table, and the reach matrices, which
 * repeat across items of the same kind and channel, are shared instead of held once per item.
 */
import type { Position } from 'vscode-languageserver';
import type { ValidateResult } from '../core/validate';
import type { TargetSet } from '../core/targets';
import type { ReachMatrix } from '../core/reach';
import type { ItemLoadContext } from '../core/reach/api';
import type { ReachItem } from '../core/reach/items';
import { LineIndex } from '../core/parse/lines';

export interface Positions { positionAt(offset: number): Position }

/**
 * Positions of the few offsets a scanned file is asked about after validation (its items' ranges), taken
 * from the line table while the text is there: a table of every line per file was the largest part of a
 * large workspace's memory. Another offset (an item another file declares here) re-reads the text.
 */
export class SparsePositions implements Positions {
  /** offset, line, character, … (a flat small-integer array: a few entries per file). */
  private readonly known: number[] = [];

  constructor(table: Positions, offsets: Iterable<number>, private readonly reread: () => string | undefined) {
    for (const offset of new Set(offsets)) {
      const p = table.positionAt(offset);
      this.known.push(offset, p.line, p.character);
    }
  }

  positionAt(offset: number): Position {
    const k = this.known;
    for (let i = 0; i < k.length; i += 3) if (k[i] === offset) return { line: k[i + 1], character: k[i + 2] };
    const text = this.reread();
    return text === undefined ? { line: 0, character: 0 } : new LineIndex(text).positionAt(offset);
  }
}

/** The offsets of a validated file that its sidebar items and routes turn into positions. */
export function itemOffsets(path: string, result: ValidateResult): number[] {
  const out: number[] = [];
  for (const r of result.reach ?? []) if (r.item.file === path) out.push(r.item.range.offset, r.item.range.offset + r.item.range.length);
  return out;
}

/** Equal reach matrices and target sets, shared (read, never written, after validation). */
export class MatrixPool {
  private readonly pool = new Map<string, ReachMatrix>();
  private readonly targets = new Map<string, TargetSet>();

  share(m: ReachMatrix): ReachMatrix {
    const key = JSON.stringify(m);
    let hit = this.pool.get(key);
    if (!hit) { hit = JSON.parse(key) as ReachMatrix; this.pool.set(key, hit); }
    return hit;
  }

  shareTargets(t: TargetSet): TargetSet {
    const key = JSON.stringify(t);
    let hit = this.targets.get(key);
    if (!hit) { hit = JSON.parse(key) as TargetSet; this.targets.set(key, hit); }
    return hit;
  }

  get size(): number { return this.pool.size; }
}

/**
 * The result without its parse tree, reach matrices shared through `pool`. Kept as a JSON copy: names,
 * descriptions and messages are often slices of the file's text, and one slice keeps the whole text alive.
 * Two routes of one item share its item and load context (copied once), and the load context keeps the
 * workspace index's own PluginInfo instead of a copy: the index holds it anyway, and a copy per item made
 * a plugin with N skills hold N copies of its component list.
 */
export function compactResult(result: ValidateResult, pool: MatrixPool, path?: string): ValidateResult {
  const { parsed: _parsed, reach, targets, ...rest } = result;
  const copy: ValidateResult = jsonCopy(rest);
  if (targets) copy.targets = pool.shareTargets(targets);
  if (reach) {
    const items = new Map<ReachItem, ReachItem>();
    const loads = new Map<ItemLoadContext, ItemLoadContext>();
    // The file's own path string, not a copy per item.
    const copyItem = (item: ReachItem) => { const c = shareStrings(jsonCopy(item)); if (path !== undefined && c.file === path) c.file = path; return c; };
    copy.reach = reach.map((r) => ({
      item: once(items, r.item, copyItem), channel: r.channel, channelVia: jsonCopy(r.channelVia), reach: pool.share(r.reach),
      problems: jsonCopy(r.problems), load: once(loads, r.load, compactLoad),
    }));
  }
  return copy;
}

/** The file item with its id and uri the file's own uri string (they are equal; one string, not three). */
export function sharedUri<T extends { id: string; uri: string } | undefined>(item: T, uri: string): T {
  if (item && item.uri === uri) item.uri = uri;
  if (item && item.id === uri) item.id = uri;
  return item;
}

/** An item's `effective` properties and name repeat its value's strings (the description): one string each. */
function shareStrings(item: ReachItem): ReachItem {
  const value = item.value;
  if (!value) return item;
  if (typeof value.name === 'string' && value.name === item.name) item.name = value.name;
  const effective = item.effective;
  if (effective) for (const k of Object.keys(effective)) if (value[k] === effective[k]) effective[k] = value[k] as string;
  return item;
}

function compactLoad(load: ItemLoadContext): ItemLoadContext {
  const { plugin, ...rest } = load;
  const copy: ItemLoadContext = jsonCopy(rest);
  if (plugin) copy.plugin = plugin;
  return copy;
}

function once<T extends object>(seen: Map<T, T>, v: T, copy: (v: T) => T): T {
  let hit = seen.get(v);
  if (!hit) { hit = copy(v); seen.set(v, hit); }
  return hit;
}

/** A copy made of fresh strings (no slice of a file's text): what a long-lived cache should hold. */
export const jsonCopy = <T>(v: T): T => (v === undefined ? v : JSON.parse(JSON.stringify(v)) as T);
