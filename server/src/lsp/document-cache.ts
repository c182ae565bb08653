/**
 * Validation results of open documents keyed by uri + version (+ settings generation, so a settings
 * change invalidates everything). Evicted on close.
 */
import type { ValidateResult } from '../core/validate';

interface Entry { version: number; generation: number; result: ValidateResult }

export class DocumentCache {
  private readonly entries = new Map<string, Entry>();
  private generation = 0;

  get(uri: string, version: number): ValidateResult | undefined {
    const e = this.entries.get(uri);
    return e && e.version === version && e.generation === this.generation ? e.result : undefined;
  }

  /** The newest result for a uri, whatever its version (for item lists and counts). */
  latest(uri: string): ValidateResult | undefined {
    return this.entries.get(uri)?.result;
  }

  set(uri: string, version: number, result: ValidateResult): void {
    this.entries.set(uri, { version, generation: this.generation, result });
  }

  delete(uri: string): void { this.entries.delete(uri); }

  /** Settings, config or a related file changed: every cached result is stale. */
  invalidateAll(): void { this.generation++; }

  uris(): string[] { return [...this.entries.keys()]; }

  clear(): void { this.entries.clear(); }
}
