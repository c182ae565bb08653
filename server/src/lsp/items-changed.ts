/**
 * `pluginLens/itemsChanged`, coalesced: one notification per quiet `delayMs`, naming the files the burst
 * named, or none (anything may have changed) once one change could not name its files.
 */
import { ChangedFiles, type ItemsChangedParams } from '../protocol';

export class ItemsChangedBatch {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Files whose items changed since the last notification, or everything. */
  private readonly pending = new ChangedFiles();

  constructor(private readonly send: (params: ItemsChangedParams) => void, private readonly delayMs = 200) {}

  /** `uris`: only these files' items changed (every spelling a client may list them under). */
  note(uris?: readonly string[]): void {
    this.pending.note(uris);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.delayMs);
  }

  private flush(): void {
    this.timer = undefined;
    const uris = this.pending.take();
    this.send(uris ? { uris } : {});
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}
