/**
 * Re-validation passes over the scanned files after settings, the config or a JSON file changed
 * (debounced). A pass covers what the edits since the last one can change (pass-scope.ts); a newer
 * pass stops an older one and takes over what that one had not done.
 */
import { inScope, unionOf, type Scope } from './pass-scope';

export interface RevalidationDeps {
  scannedPaths(): Iterable<string>;
  /** Validates `paths` in slices; false when `superseded()` stopped it. */
  run(paths: string[], superseded: () => boolean): Promise<boolean>;
  /** Before a pass (cached results of open buffers dropped). */
  starting(): void;
  /** After a pass that ran to its end. */
  finished(): void;
}

export class RevalidationPasses {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private passes = 0;
  /** Edits since the last pass started, and what the running pass has left to do. */
  private pending: Scope | undefined;
  private running: Scope | undefined;

  constructor(private readonly deps: RevalidationDeps) {}

  /** A pass in `delayMs` (later calls push it back) over `scope` and whatever is pending. */
  schedule(delayMs: number, scope: Scope = 'all'): void {
    this.pending = unionOf(this.pending, scope);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => { this.timer = undefined; void this.start(); }, delayMs);
  }

  private async start(): Promise<void> {
    const scope = unionOf(this.pending, this.running) ?? 'all';
    this.pending = undefined;
    this.running = scope;
    const pass = ++this.passes;
    this.deps.starting();
    const paths = [...this.deps.scannedPaths()].filter((p) => inScope(scope, p));
    if (!(await this.deps.run(paths, () => pass !== this.passes))) return;
    this.running = undefined;
    this.deps.finished();
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}
