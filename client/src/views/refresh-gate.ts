/**
 * When a sidebar tree fetches its server answer again. A burst of `pluginLens/itemsChanged` (every
 * validation sends one) is coalesced; while the tree's view is hidden it only marks the answer stale,
 * and the view's showing (or a request for its roots) fetches once. On a large workspace the answer is
 * the whole workspace's items (tens of MB, ~1.5 s of server time on 20,000 files): fetching it on every
 * pause in typing with the sidebar closed stalled the server's hovers and completions for nothing. A burst
 * whose every notification names its files (an edited Markdown buffer) fetches those files only.
 * No VS Code API here: the view's visibility is passed in (unit-tested in test/unit/client-refresh-gate).
 */
import { ChangedFiles } from '../../../server/src/protocol';

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
  /** The files the scheduled burst names, or everything once one notification named none. */
  private readonly pending = new ChangedFiles();

  /**
   * `fetch(uris)`: those files' items only, or everything when undefined. `visible`: whether the view
   * shows now (a tree with no view yet counts as shown).
   */
  constructor(private readonly fetch: (uris?: readonly string[]) => Promise<void>, private readonly visible: () => boolean, private readonly timers: GateTimers = REAL_TIMERS) {}

  /** True when a change came while the view was hidden and no fetch has happened since. */
  get isStale(): boolean {
    return this.stale;
  }

  /** A change (of `uris` only, when given): fetch after `delayMs` of quiet, or only remember it while hidden. */
  schedule(delayMs: number, uris?: readonly string[]): void {
    this.pending.note(uris);
    this.cancel();
    this.timer = this.timers.set(() => {
      this.timer = undefined;
      const uris = this.pending.take();
      if (!this.visible()) { this.stale = true; return; }
      this.stale = false;
      void this.fetch(uris);
    }, delayMs);
  }

  /** Fetch everything now (a user's refresh, the first answer, the view shown while stale). */
  now(): Promise<void> {
    this.cancel();
    this.pending.take();
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
