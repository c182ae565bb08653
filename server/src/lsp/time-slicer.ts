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

  /** `trace`: report slices over a threshold with their longest unit (a diagnosis aid, off by default). */
  constructor(private readonly yieldNow: () => Promise<void>, readonly budgetMs = 10, private readonly trace?: SliceTrace) {}

  /** True when this call yielded (a slice ended). `label` names the unit just done (for the trace). */
  async pause(label?: string): Promise<boolean> {
    const t = performance.now();
    if (this.trace) this.noteUnit(t, label);
    if (t - this.sliceStart < this.budgetMs) return false;
    if (this.trace) this.endSlice(t);
    for (let i = 0; i < YIELD_TURNS; i++) await this.yieldNow();
    this.sliceStart = this.unitStart = performance.now();
    return true;
  }

  /** Drives a step generator (one step = one unit of work, named by the step) in slices; returns its result. */
  async drain<T>(steps: Generator<string | void, T>): Promise<T> {
    for (;;) {
      const s = steps.next();
      if (s.done) return s.value;
      await this.pause(s.value ?? undefined);
    }
  }

  private noteUnit(t: number, label: string | undefined): void {
    this.units++;
    if (t - this.unitStart > this.longest.ms) this.longest = { ms: t - this.unitStart, label: label ?? '(unnamed)' };
    this.unitStart = t;
  }

  private endSlice(t: number): void {
    const ms = t - this.sliceStart;
    if (ms > this.trace!.overMs) this.trace!.report(`slow slice ${ms.toFixed(1)} ms at ${(t / 1000).toFixed(2)} s, ${this.units} units, longest ${this.longest.ms.toFixed(1)} ms: ${this.longest.label}`);
    this.units = 0;
    this.longest = { ms: 0, label: '' };
  }
}
