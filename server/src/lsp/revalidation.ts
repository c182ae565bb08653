/**
 * Re-validation passes over the scanned files after settings, the config or a file other files read changed
 * (debounced). A pass covers what the edits since the last one can change (pass-scope.ts); a newer
 * pass stops an older one and takes over what that one had not done.
 */
import { advance, inScope, unionOf, type Scope } from './pass-scope';

export interface RevalidationDeps {
  scannedPaths(): Iterable<string>;
  /**
   * Validates `paths` in slices, and any file that only came into `scope` since (a manifest that now names
   * it); the files validated, or false when `superseded()` stopped it.
   */
  run(paths: string[], superseded: () => boolean, scope: Scope): Promise<readonly string[] | false>;
  /** Before a pass over `scope` (cached results of the open buffers in it dropped). */
  starting(scope: Scope): void;
  /** After a pass that ran to its end. */
  finished(pass: FinishedPass): void;
}

export interface FinishedPass {
  scope: Scope;
  /** The scanned files it validated. */
  paths: readonly string[];
  /** Only the items of the files in `scope` can have changed (else any item may have: a manifest, the settings). */
  itemsOfScope: boolean;
}

export class RevalidationPasses {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private passes = 0;
  /** Edits since the last pass started, and what the running pass has left to do. */
  private pending: Scope | undefined;
  private running: Scope | undefined;
  /** Whether an edit among them can change items outside its scope (see FinishedPass.itemsOfScope). */
  private pendingWide = false;
  private runningWide = false;

  constructor(private readonly deps: RevalidationDeps) {}

  /**
   * A pass in `delayMs` (later calls push it back) over `scope` and whatever is pending. `itemsOfScope`:
   * the edit changes no item outside its scope (a Markdown file's readers).
   */
  schedule(delayMs: number, scope: Scope = 'all', itemsOfScope = false): void {
    this.pending = advance(this.pending, scope);
    this.pendingWide ||= !itemsOfScope;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => { this.timer = undefined; void this.start(); }, delayMs);
  }

  private async start(): Promise<void> {
    const scope = unionOf(this.pending, this.running) ?? 'all';
    const wide = scope === 'all' || this.pendingWide || this.runningWide;
    this.pending = undefined;
    this.pendingWide = false;
    this.running = scope;
    this.runningWide = wide;
    const pass = ++this.passes;
    this.deps.starting(scope);
    const paths = [...this.deps.scannedPaths()].filter((p) => inScope(scope, p));
    const validated = await this.deps.run(paths, () => pass !== this.passes, scope);
    if (!validated) return;
    this.running = undefined;
    this.runningWide = false;
    this.deps.finished({ scope, paths: validated, itemsOfScope: !wide });
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}
