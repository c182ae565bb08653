/**
 * Cooperative time slices for long server work (the workspace scan, re-validating every file): the
 * work calls `pause()` between units and yields to the event loop once a slice's budget is spent, so a
 * hover, completion or diagnostic request waits at most one slice (plus the unit that overran it).
 */
export class TimeSlicer {
  private sliceStart = performance.now();

  constructor(private readonly yieldNow: () => Promise<void>, readonly budgetMs = 10) {}

  /** True when this call yielded (a slice ended). */
  async pause(): Promise<boolean> {
    if (performance.now() - this.sliceStart < this.budgetMs) return false;
    // Three turns of the event loop: vscode-jsonrpc handles a message in one setImmediate and writes the
    // response in another, so a request that arrived during the slice is answered before the next one.
    for (let i = 0; i < 3; i++) await this.yieldNow();
    this.sliceStart = performance.now();
    return true;
  }

  /** Drives a step generator (one step = one unit of work) in slices; returns its result. */
  async drain<T>(steps: Generator<void, T>): Promise<T> {
    for (;;) {
      const s = steps.next();
      if (s.done) return s.value;
      await this.pause();
    }
  }
}
