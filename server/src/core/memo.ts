/**
 * Memos owned by one short-lived object (a parsed file, a rule context, a parse node), stored on the
 * object itself so they die with it. A WeakMap keyed by such objects is not free: V8's young-generation
 * collector keeps a WeakMap entry's value alive while its key is young (only a full collection clears
 * it), so every file's parse tree and rule views survived each scavenge and were promoted (scavenges of
 * ~3-5 ms instead of ~0.5 ms in a corpus run). Long-lived owners (a workspace, an index) keep WeakMaps.
 */
const SLOTS = Symbol('plugin-lens.memo');

type Owner = object & { [SLOTS]?: Map<symbol, unknown> };

/** The memo slots of `owner` (created on first use; its own, never a prototype's: `Object.create` views get theirs). */
export function memoSlots(owner: object): Map<symbol, unknown> {
  const o = owner as Owner;
  let slots = Object.hasOwn(o, SLOTS) ? o[SLOTS] : undefined;
  if (!slots) {
    slots = new Map();
    // Not enumerable: JSON, spreads and Object.keys never see it.
    Object.defineProperty(o, SLOTS, { value: slots, enumerable: false, configurable: true, writable: false });
  }
  return slots;
}

/** `compute()` once per owner and key. */
export function memoOn<V>(owner: object, key: symbol, compute: () => V): V {
  const slots = memoSlots(owner);
  if (slots.has(key)) return slots.get(key) as V;
  const value = compute();
  slots.set(key, value);
  return value;
}
