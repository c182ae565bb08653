/**
 * `pluginLens/itemsChanged`, coalesced: one notification per quiet `delayMs`, naming the files the burst
 * named, or none (anything may have changed) once one change could not name its files.
 */
import type { ItemsChangedParams } from '../protocol';

export class ItemsChangedBatch {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Files whose items changed since the last notification, or 'all' when anything may have. */
  private pending: Set<string> | 'all' = new Set();

  constructor(private readonly send: (params: ItemsChangedParams) => void, private readonly delayMs = 200) {}

  /** `uris`: only these files' items changed (every spelling a client may list them under). */
  note(uris?: readonly string[]): void {
    if (!uris) this.pending = 'all';
    else if (this.pending !== 'all') for (const u of uris) this.pending.add(u);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.delayMs);
  }

  private flush(): void {
    this.timer = undefined;
    const pending = this.pending;
    this.pending = new Set();
    this.send(pending === 'all' ? {} : { uris: [...pending] });
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}
