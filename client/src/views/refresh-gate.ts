/**
 * When a sidebar tree fetches its server answer again. A burst of `pluginLens/itemsChanged` (every
 * validation sends one) is coalesced; while the tree's view is hidden it only marks the answer stale,
 * and the view's showing (or a request for its roots) fetches once. On a large workspace the answer is
 * the whole workspace's items (tens of MB, ~1.5 s of server time on 20,000 files): fetching it on every
 * pause in typing with the sidebar closed stalled the server's hovers and completions for nothing.
 * No VS Code API here: the view's visibility is passed in (unit-tested in test/unit/client-refresh-gate).
 */
export interface GateTimers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const REAL_TIMERS: GateTimers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export class RefreshGate {
  private timer: unknown;
  private stale = false;

  /** `visible`: whether the view shows now (a tree with no view yet counts as shown). */
  constructor(private readonly fetch: () => Promise<void>, private readonly visible: () => boolean, private readonly timers: GateTimers = REAL_TIMERS) {}

  /** True when a change came while the view was hidden and no fetch has happened since. */
  get isStale(): boolean {
    return this.stale;
  }

  /** A change: fetch after `delayMs` of quiet, or only remember it while the view is hidden. */
  schedule(delayMs: number): void {
    this.cancel();
    this.timer = this.timers.set(() => {
      this.timer = undefined;
      if (this.visible()) void this.now();
      else this.stale = true;
    }, delayMs);
  }

  /** Fetch now (a user's refresh, the first answer, the view shown while stale). */
  now(): Promise<void> {
    this.cancel();
    this.stale = false;
    return this.fetch();
  }

  /** The view's visibility changed: shown while stale fetches. */
  visibilityChanged(visible: boolean): Promise<void> | undefined {
    return visible && this.stale ? this.now() : undefined;
  }

  dispose(): void {
    this.cancel();
  }

  private cancel(): void {
    if (this.timer !== undefined) { this.timers.clear(this.timer); this.timer = undefined; }
  }
}
