/**
 * Validation results of open documents keyed by uri + version (+ settings generation, so a settings
 * change invalidates everything). Evicted on close. Only the most recently used results keep their parse
 * tree (hover, completion and code actions need it; re-validating one file takes milliseconds); the others
 * are compacted like scanned files, so a window with thousands of open files stays bounded.
 */
import type { ValidateResult } from '../core/validate';
import { compactFile, compactResult, SharedValues, type Positions } from './compact';
import { LineIndex } from '../core/parse/lines';
import { uriToPath } from './uri';
import type { WorkspaceItem } from '../protocol';

interface Entry { version: number; generation: number; result: ValidateResult; lines?: Positions; item?: WorkspaceItem }

/** Open documents whose parse tree stays cached. */
const KEEP_PARSED = 32;

export class DocumentCache {
  private readonly entries = new Map<string, Entry>();
  private readonly shared = new SharedValues();
  private generation = 0;

  /** `textOf`: an open document's current text (offsets a compacted result did not keep are read from it). */
  constructor(private readonly textOf: (uri: string) => string | undefined = () => undefined) {}

  /** The cached result; with `needParse`, only one that still has its parse tree. */
  get(uri: string, version: number, needParse = true): ValidateResult | undefined {
    const e = this.entries.get(uri);
    if (!e || e.version !== version || e.generation !== this.generation || (needParse && !e.result.parsed)) return undefined;
    if (e.result.parsed) { this.entries.delete(uri); this.entries.set(uri, e); } // most recently used last
    return e.result;
  }

  /** The newest result for a uri, whatever its version (for item lists and counts). */
  latest(uri: string): ValidateResult | undefined {
    return this.entries.get(uri)?.result;
  }

  /** Offsets → positions of the newest result (its parse, or the line table of a compacted one). */
  positions(uri: string): Positions | undefined {
    const e = this.entries.get(uri);
    return e?.result.parsed ?? e?.lines;
  }

  /** The file item of a compacted result (computed while its parse existed). */
  item(uri: string): WorkspaceItem | undefined {
    return this.entries.get(uri)?.item;
  }

  set(uri: string, version: number, result: ValidateResult): void {
    this.entries.delete(uri);
    this.entries.set(uri, { version, generation: this.generation, result });
    let parsed = 0;
    for (const e of this.entries.values()) if (e.result.parsed) parsed++;
    for (const [u, e] of this.entries) {
      if (parsed <= KEEP_PARSED) break;
      if (!e.result.parsed) continue;
      const path = uriToPath(u);
      if (path) {
        // The buffer holds the text: an offset not kept is answered from its current text.
        const kept = compactFile(u, path, e.result.parsed, e.result, this.shared, this.textOf, u);
        e.item = kept.item; e.lines = kept.positions; e.result = kept.result;
      } else {
        e.item = undefined;
        e.lines = new LineIndex(e.result.parsed.text);
        e.result = compactResult(e.result, this.shared, path);
      }
      parsed--;
    }
  }

  delete(uri: string): void { this.entries.delete(uri); }

  /** A file this one reads changed: its cached result is stale (kept as the latest until re-validated). */
  invalidate(uri: string): void {
    const e = this.entries.get(uri);
    if (e) e.generation = -1;
  }

  /** Settings, config or a related file changed: every cached result is stale. */
  invalidateAll(): void { this.generation++; }

  uris(): string[] { return [...this.entries.keys()]; }

  clear(): void { this.entries.clear(); }
}
