/**
 * Cooperative time slices for long server work (the workspace scan, re-validating every file): the
 * work calls `pause()` between units and yields to the event loop once a slice's budget is spent, so a
 * hover, completion or diagnostic request waits at most one slice (plus the unit that overran it).
 */
/**
 * Event-loop turns between slices. A request that arrived during a slice takes four: the poll that reads
 * it, then three setImmediate hops in vscode-jsonrpc (its reader's semaphore decodes the message, its
 * message queue dispatches it, its writer's semaphore writes the response); each further message queued
 * behind it takes one more. With three turns every response waited for the next slice (p50 18 ms).
 */
const YIELD_TURNS = 6;

export interface SliceTrace {
  /** Slices longer than this are reported. */
  overMs: number;
  report(message: string): void;
}

export class TimeSlicer {
  private sliceStart = performance.now();
  private unitStart = this.sliceStart;
  private longest = { ms: 0, label: '' };
  private units = 0;
  /** Drains running (one may wait in a yield while a request's drain runs). */
  private draining = 0;

  /** `trace`: report slices over a threshold with their longest unit (a diagnosis aid, off by default). */
  constructor(private readonly yieldNow: () => Promise<void>, readonly budgetMs = 10, private readonly trace?: SliceTrace) {}

  /** True when this call yielded (a slice ended). `label` names the unit just done (for the trace). */
  async pause(label?: string): Promise<boolean> {
    if (!this.due(label)) return false;
    await this.endSlice();
    return true;
  }

  /**
   * Drives a step generator (one step = one unit of work, named by the step) in slices; returns its result.
   * Steps within a slice run without an await between them (20,000 one-file steps cost ~25 ms of
   * promise turns otherwise). Work that starts while no drain runs starts a slice: the idle time before it
   * is not work (it made the first step yield at once, and the trace report a slice that long).
   */
  async drain<T>(steps: Generator<string | void, T>): Promise<T> {
    if (this.draining++ === 0) this.startSlice();
    try {
      for (;;) {
        const s = steps.next();
        if (s.done) return s.value;
        if (this.due(s.value ?? undefined)) await this.endSlice();
      }
    } finally {
      this.draining--;
    }
  }

  /** Whether the slice's budget is spent, after the unit `label`. */
  private due(label: string | undefined): boolean {
    const t = performance.now();
    if (this.trace) this.noteUnit(t, label);
    return t - this.sliceStart >= this.budgetMs;
  }

  private async endSlice(): Promise<void> {
    if (this.trace) this.reportSlice(performance.now());
    for (let i = 0; i < YIELD_TURNS; i++) await this.yieldNow();
    this.startSlice();
  }

  private startSlice(): void {
    this.sliceStart = this.unitStart = performance.now();
    this.units = 0;
    this.longest = { ms: 0, label: '' };
  }

  private noteUnit(t: number, label: string | undefined): void {
    this.units++;
    if (t - this.unitStart > this.longest.ms) this.longest = { ms: t - this.unitStart, label: label ?? '(unnamed)' };
    this.unitStart = t;
  }

  private reportSlice(t: number): void {
    const ms = t - this.sliceStart;
    if (ms > this.trace!.overMs) this.trace!.report(`slow slice ${ms.toFixed(1)} ms at ${(t / 1000).toFixed(2)} s, ${this.units} units, longest ${this.longest.ms.toFixed(1)} ms: ${this.longest.label}`);
  }
}
