/**
 * What the server keeps of a file that is not open, once it is validated: findings, the file item and
 * reach stay; the text and parse tree go (a 20,000-file workspace would otherwise hold every text and
 * tree). Offsets still become line/character through a line-start table, and the reach matrices, which
 * repeat across items of the same kind and channel, are shared instead of held once per item.
 */
import type { Position } from 'vscode-languageserver';
import type { ValidateResult } from '../core/validate';
import type { ItemLoadContext } from '../core/reach/api';
import type { ReachItem } from '../core/reach/items';
import { LineIndex } from '../core/parse/lines';
import type { WorkspaceItem } from '../protocol';
import { itemFor, NO_FINDINGS } from './items';

export interface Positions { positionAt(offset: number): Position }

/**
 * Positions of the few offsets a scanned file is asked about after validation (its items' ranges), taken
 * from the line table while the text is there: a table of every line per file was the largest part of a
 * large workspace's memory. Another offset (an item another file declares here) re-reads the text.
 */
export class SparsePositions implements Positions {
  /** offset, line, character, … (a flat small-integer array of exactly its size: a few entries per file). */
  private readonly known: number[];

  /** `reread(key)`: the file's current text (one reader per workspace, not a closure per file). */
  constructor(table: Positions, offsets: Iterable<number>, private readonly reread: (key: string) => string | undefined, private readonly key: string) {
    const unique = [...new Set(offsets)];
    this.known = new Array<number>(unique.length * 3);
    unique.forEach((offset, i) => {
      const p = table.positionAt(offset);
      this.known[i * 3] = offset; this.known[i * 3 + 1] = p.line; this.known[i * 3 + 2] = p.character;
    });
  }

  positionAt(offset: number): Position {
    const k = this.known;
    for (let i = 0; i < k.length; i += 3) if (k[i] === offset) return { line: k[i + 1], character: k[i + 2] };
    const text = this.reread(this.key);
    return text === undefined ? { line: 0, character: 0 } : new LineIndex(text).positionAt(offset);
  }
}

/** The offsets of a validated file that its sidebar items and routes turn into positions. */
export function itemOffsets(path: string, result: ValidateResult): number[] {
  const out: number[] = [];
  for (const r of result.reach ?? []) if (r.item.file === path) out.push(r.item.range.offset, r.item.range.offset + r.item.range.length);
  return out;
}

/**
 * Equal values shared (hash-consing): each distinct JSON value is held once, its strings fresh copies (no
 * slice of a file's text). A value's key is made of its parts' short refs, not its JSON: keying matrices by
 * their JSON held ~15 KB of key per distinct matrix. Read, never written, once shared.
 */
const MAX_SHARED = 2_000_000;

export class SharedValues {
  private readonly strings = new Map<string, string>();
  /** Canonical string or object → its short ref. */
  private readonly refs = new Map<unknown, string>();
  /** Structural key (parts' refs) → canonical array or object. */
  private readonly nodes = new Map<string, object>();
  /** Values the core shares already (matrices of items without findings): one lookup, no walk. */
  private readonly byOrigin = new WeakMap<object, unknown>();
  private next = 0;

  /** The shared copy of a JSON value (undefined properties dropped, as JSON would). */
  share<T>(v: T): T {
    this.bound();
    if (v === null || typeof v !== 'object') return this.canon(v) as T;
    const known = this.byOrigin.get(v);
    if (known !== undefined) return known as T;
    const c = this.canon(v);
    this.byOrigin.set(v, c);
    return c as T;
  }

  /**
   * A fresh deep copy whose strings are the shared ones (objects stay the copy's own): items and findings,
   * whose strings repeat across files (tool lists, versions, authors, messages) but whose objects do not.
   * Copied by JSON (its objects are the most compact V8 builds), then its strings swapped in place.
   */
  copy<T>(v: T): T {
    this.bound();
    if (v === undefined) return v;
    const c = JSON.parse(JSON.stringify(v)) as unknown;
    return (typeof c === 'string' ? this.str(c, true) : (this.internIn(c), c)) as T;
  }

  /** Strings in the table are kept by the values holding them; after a whole pass, few new ones come. */
  forgetStrings(): void { this.strings.clear(); }

  private internIn(v: unknown): void {
    if (v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) { const x: unknown = v[i]; if (typeof x === 'string') v[i] = this.str(x, true); else this.internIn(x); }
      return;
    }
    const o = v as Record<string, unknown>;
    for (const k in o) { const x = o[k]; if (typeof x === 'string') o[k] = this.str(x, true); else this.internIn(x); }
  }

  /** The tables only grow while results come and go (edits): past a bound they start afresh (old results keep their values). */
  private bound(): void {
    if (this.strings.size + this.nodes.size < MAX_SHARED) return;
    this.strings.clear(); this.refs.clear(); this.nodes.clear();
  }

  private canon(v: unknown): unknown {
    if (typeof v === 'string') return this.str(v);
    if (v === null || typeof v !== 'object') return v;
    let out: object;
    let key: string;
    if (Array.isArray(v)) {
      const items = v.map((x) => this.canon(x === undefined || typeof x === 'function' ? null : x));
      key = `[${items.map((x) => this.ref(x)).join(',')}]`;
      out = items;
    } else {
      const o: Record<string, unknown> = {};
      const parts: string[] = [];
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        if (x === undefined || typeof x === 'function') continue;
        const name = this.str(k);
        const c = this.canon(x);
        o[name] = c;
        parts.push(this.ref(name), this.ref(c));
      }
      key = `{${parts.join(',')}}`; // joined: one flat string (a key built by += stays a chain of pieces)
      out = o;
    }
    const hit = this.nodes.get(key);
    if (hit) return hit;
    this.nodes.set(key, out);
    this.refs.set(out, `#${(this.next++).toString(36)}`);
    return out;
  }

  /** The shared string equal to `s`; a new one is a flat copy unless `fresh` (made by JSON.parse: no slice). */
  private str(s: string, fresh = false): string {
    let hit = this.strings.get(s);
    if (hit === undefined) {
      hit = fresh ? s : JSON.parse(JSON.stringify(s)) as string; // never a slice that keeps a file's text alive
      this.strings.set(hit, hit);
    }
    return hit;
  }

  /** A canonical part's short ref (a string gets one when it is first part of a shared value). */
  private ref(c: unknown): string {
    if (c !== null && typeof c === 'object') return this.refs.get(c)!;
    if (typeof c !== 'string') return typeof c === 'number' ? `n${c}` : String(c);
    let r = this.refs.get(c);
    if (r === undefined) { r = `$${(this.next++).toString(36)}`; this.refs.set(c, r); }
    return r;
  }
}

/**
 * The result without its parse tree, copied through `pool`: names, descriptions and messages are often
 * slices of the file's text (one slice keeps the whole text alive), so every string is a fresh shared copy;
 * reach matrices, targets and load effects are shared values. Two routes of one item share its item and
 * load context (copied once), and the load context keeps the workspace index's own PluginInfo instead of a
 * copy: the index holds it anyway, and a copy per item made a plugin with N skills hold N copies of its
 * component list.
 */
export function compactResult(result: ValidateResult, pool: SharedValues, path?: string): ValidateResult {
  const { parsed: _parsed, reach, targets, ...rest } = result;
  const copy: ValidateResult = pool.copy(rest);
  if (!copy.findings.length) copy.findings = NONE as never[];
  if (targets) copy.targets = pool.share(targets);
  if (reach) {
    const items = new Map<ReachItem, ReachItem>();
    const loads = new Map<ItemLoadContext, ItemLoadContext>();
    // The file's own path string, not a copy per item.
    const copyItem = (item: ReachItem) => { const c = pool.copy(item); if (path !== undefined && c.file === path) c.file = path; return c; };
    copy.reach = !reach.length ? NONE as never[] : reach.map((r) => ({
      item: once(items, r.item, copyItem), channel: pool.share(r.channel), channelVia: pool.share(r.channelVia), reach: pool.share(r.reach),
      problems: pool.share(r.problems), load: once(loads, r.load, (l) => compactLoad(l, pool)),
    }));
  }
  return copy;
}

/** The file item with its id and uri the file's own uri string (they are equal; one string, not three). */
/**
 * What a host keeps of a validated file once its parse goes: the compact result, the positions of its
 * items (from `table`, the file's lines; another offset is answered from `reread(key)`) and its sidebar item.
 */
export function compactFile(
  uri: string, path: string, table: Positions, result: ValidateResult, pool: SharedValues, reread: (key: string) => string | undefined, key: string,
): { result: ValidateResult; positions: SparsePositions; item: WorkspaceItem | undefined } {
  const item = sharedUri(pool.copy(itemFor(uri, path, result)), uri);
  if (item && !result.findings.length) item.findings = NO_FINDINGS; // its counts are all zero
  return {
    item,
    positions: new SparsePositions(table, itemOffsets(path, result), reread, key),
    result: compactResult(result, pool, path),
  };
}

export function sharedUri<T extends { id: string; uri: string } | undefined>(item: T, uri: string): T {
  if (item && item.uri === uri) item.uri = uri;
  if (item && item.id === uri) item.id = uri;
  return item;
}

/** The load context with the index's PluginInfo (not a copy); its effects (a plugin's manifest findings, repeated for each component) shared. */
function compactLoad(load: ItemLoadContext, pool: SharedValues): ItemLoadContext {
  // The core's shape, built in one go (a spread of a shared object gave each copy its own hidden class).
  return { plugin: load.plugin, effects: pool.share(load.effects), pluginFailure: pool.share(load.pluginFailure), plan: pool.share(load.plan), home: pool.share(load.home) };
}

/**
 * One empty list for the findings and reach of every file that has none: kept for each of a large
 * workspace's files, an empty array each was ~40,000 objects per 20,000 files for V8's marker to visit.
 */
const NONE: readonly never[] = Object.freeze([]);

function once<T extends object>(seen: Map<T, T>, v: T, copy: (v: T) => T): T {
  let hit = seen.get(v);
  if (!hit) { hit = copy(v); seen.set(v, hit); }
  return hit;
}

